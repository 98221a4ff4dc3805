"""Loading and scoring of the two evaluation sets (the bench and the gate tests share it).

WCXB (``shared/eval/wcxb``) is scored as the public article-extraction benchmarks do (see
``shared/eval/README.md``): ``\\w+`` tokens, 4-word shingles, per-page precision and recall
averaged over pages, F1 computed from the two means.

newsdev (``shared/eval/newsdev``) is scored by the conventions of its README: titles exact
after NFKC and whitespace collapsing, authors as sets, dates as the page's local day (or the
label's offset), bodies as bag-of-words F1, and must/must-not-contain snippets.

Both sets are split by *site* (:func:`held_back`), so that a rule tuned on one half is
checked on publishers it has never seen.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from dateutil import parser as dateutil_parser

from .dates.months import FOREIGN_MONTH_NAMES

_TOKEN = re.compile(r"\w+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.IGNORECASE)


def held_back(site: str) -> bool:
    """Whether ``site`` (a host, ``www.`` ignored) is in the held-back half of a set.

    A stable hash of the host, so every page of a publisher falls on the same side and the
    split never changes between runs or machines.
    """
    host = site.lower().removeprefix("www.")
    return zlib.crc32(host.encode("utf-8")) % 2 == 1


def host_of(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


@dataclass(frozen=True)
class Page:
    file_id: str
    page_type: str
    url: str | None
    html: str
    title: str | None
    author: str | None
    date: str | None
    text: str
    site: str = ""


def load_metadata(root: Path) -> dict[str, dict[str, object]]:
    data = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    files: dict[str, dict[str, object]] = data["files"]
    return files


def iter_pages(root: Path, ids: list[str], split: str = "dev") -> Iterator[Page]:
    """Yield the pages of ``ids`` (ground truth included) from a WCXB-layout folder."""
    meta = load_metadata(root)
    for file_id in ids:
        html_path = root / split / "html" / f"{file_id}.html.gz"
        truth_path = root / split / "ground-truth" / f"{file_id}.json"
        if not html_path.exists() or not truth_path.exists():
            continue
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", errors="replace")
        record = json.loads(truth_path.read_text(encoding="utf-8"))
        truth = record.get("ground_truth") or {}
        yield Page(
            file_id=file_id,
            page_type=str(meta.get(file_id, {}).get("page_type", "unknown")),
            url=record.get("url"),
            html=html,
            title=truth.get("title"),
            author=truth.get("author"),
            date=truth.get("publish_date"),
            text=truth.get("main_content") or "",
            site=str(meta.get(file_id, {}).get("domain") or host_of(record.get("url"))),
        )


def select_ids(
    root: Path, page_type: str | None = "article", split: str = "dev", sample: int | None = None
) -> list[str]:
    """File ids of ``page_type`` (all types when None), sorted; ``sample`` takes an even stride.

    A stride over the sorted ids is deterministic and spreads the sample over the whole set.
    """
    meta = load_metadata(root)
    ids = sorted(
        fid
        for fid, info in meta.items()
        if info.get("split") == split and (page_type is None or info.get("page_type") == page_type)
    )
    if sample and sample < len(ids):
        step = len(ids) / sample
        ids = [ids[int(i * step)] for i in range(sample)]
    return ids


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def body_scores(predicted: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of one page's text on 4-word shingles (multiset overlap)."""
    pred, gold = shingles(predicted), shingles(truth)
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    precision = tp / (tp + fp) if tp + fp else (1.0 if not gold else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def norm_text(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", value or "").split()).casefold()


def title_match(predicted: str | None, truth: str | None) -> bool:
    return norm_text(predicted) == norm_text(truth)


def date_match(predicted: str | None, truth: str | None) -> bool:
    return (predicted or "")[:10] == (truth or "")[:10]


def _names(value: str) -> list[str]:
    value = re.sub(r"^\s*by\s+", "", value, flags=re.IGNORECASE)
    return [n for n in (norm_text(p) for p in _AUTHOR_SPLIT.split(value)) if n]


def author_match(predicted: tuple[str, ...] | list[str], truth: str | None) -> bool:
    """The first predicted author is one of the labelled names (or both sides are empty).

    Labels mix forms ("A and B", "A, Senior Editor"), so the label is split into parts and
    our first author must equal one part after case-folding and whitespace collapsing.
    """
    gold = _names(truth or "")
    if not gold:
        return not predicted
    return bool(predicted) and norm_text(predicted[0]) in gold


_MONTH_NAMES = {
    month: [
        *(datetime(2000, month, 1).strftime(form).casefold() for form in ("%B", "%b")),
        *FOREIGN_MONTH_NAMES[month].split(),
    ]
    for month in range(1, 13)
}
_SEP = r"[-/._\s]"
_EPOCH_NUMBER = re.compile(r"(?<!\d)1\d{9}(?:\d{3})?(?!\d)")
_TAG = re.compile(r"<[^>]*>")


def _labelled_day(day: str | None) -> date | None:
    try:
        return date.fromisoformat((day or "")[:10])
    except ValueError:
        return None  # a month-only label ("2003-11") cannot equal any extractor's day


def date_written(html: str, url: str | None, day: str | None) -> bool:
    """Whether the labelled ``day`` (YYYY-MM-DD) is written as a date in the page or its URL.

    It bounds what any extractor can score on dates: a day the page never writes can only
    be guessed. The search is generous on purpose (numbers in any order and separator,
    two-digit years, month names in seven languages, in text, attributes and the URL),
    since counting too many pages as reachable only raises the bound.
    """
    when = _labelled_day(day)
    if when is None:
        return False
    haystack = f"{url or ''} {html} {_TAG.sub(' ', html)}".casefold()
    y, m, d = when.year, when.month, when.day
    month, dd, yy = rf"0?{m}", rf"0?{d}", rf"(?:{y}|{y % 100:02d})"
    ordinal = r"(?:st|nd|rd|th|er|º|\.)?"
    names = "(?:" + "|".join(re.escape(n) for n in _MONTH_NAMES[m]) + r")\.?"
    forms = [
        rf"{y}{_SEP}{month}{_SEP}{dd}(?!\d)",
        rf"{y}{m:02d}{d:02d}",
        rf"{dd}{_SEP}{month}{_SEP}{yy}(?!\d)",
        rf"{month}{_SEP}{dd}{_SEP}{yy}(?!\d)",
        rf"{dd}{ordinal}[\s/-]*(?:of\s+|de\s+)?{names}[\s,/-]*(?:de\s+|del\s+)?{y}",
        rf"{names}[\s/-]*{dd}{ordinal}[\s,/-]*{y}",
    ]
    return re.search(r"(?<!\d)(?:" + "|".join(forms) + ")", haystack) is not None


def day_in_timestamp(html: str, day: str | None) -> bool:
    """Whether a Unix timestamp in the page falls on the labelled day in some zone.

    Such numbers are mostly upload times in image URLs and tracking parameters, not dates
    a reader sees; the bench counts them apart from :func:`date_written`.
    """
    when = _labelled_day(day)
    if when is None:
        return False
    start = datetime(when.year, when.month, when.day, tzinfo=UTC).timestamp() - 14 * 3600
    end = start + (24 + 14 + 12) * 3600  # the day seen from UTC+14 through UTC-12
    return any(start <= int(number[:10]) < end for number in _EPOCH_NUMBER.findall(html))


# -- the day a page declares ----------------------------------------------------------------
# Read here on its own, with lxml and dateutil, and never with the extractor's code: the
# bench checks the extractor against it, and a shared reader would share its bugs.
_OPEN_GRAPH_PUBLISHED = frozenset({"article:published_time", "og:article:published_time"})
_DECLARED_META = frozenset(
    {
        "datepublished",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dcterms.issued",
        "citation_publication_date",
        "publish-date",
        "publish_date",
        "publishdate",
        "pubdate",
    }
)
_POSTING_TYPES = frozenset({"blogposting", "liveblogposting", "socialmediaposting", "report"})
_ISO_PREFIX = re.compile(r"\s*((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)(?!\d)")
_ENGLISH_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def _day_as_written(value: object) -> date | None:
    """The calendar day a declared value writes, in the value's own offset: an ISO date or
    an English-month RFC date. Numeric dates in other orders are ambiguous: None."""
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        if _ENGLISH_MONTH.search(value) and re.search(r"(?:19|20)\d\d", value):
            first = dateutil_parser.parse(value, default=datetime(2000, 1, 1))
            second = dateutil_parser.parse(value, default=datetime(2001, 2, 2))
            if first.date() == second.date():
                return first.date()
    except (ValueError, OverflowError):
        return None
    return None


def _article_like(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    for name in names:
        kind = str(name).casefold().rsplit("/", 1)[-1]
        if kind.endswith("article") or kind in _POSTING_TYPES:
            return True
    return False


def _ld_top_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level JSON-LD objects and those of a top-level @graph (not nested ones: those
    are parts, lists of other posts, the site...)."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (g for g in graph if isinstance(g, dict))


def declared_day(html: str | bytes) -> date | None:
    """The day the page declares as its article's publication, from its strongest
    declaration: a JSON-LD Article-like object's ``datePublished``, else the Open Graph
    ``article:published_time``, else the article's microdata ``datePublished``, else the
    other publication <meta> keys everyone knows. None when the page declares no day, or
    when its strongest declaration names several (related posts in the JSON-LD)."""
    for days in declared_days(html):
        if days:
            return next(iter(days)) if len(days) == 1 else None
    return None


def declared_days(html: str | bytes) -> list[set[date]]:
    """The days each kind of declaration names, strongest first (see :func:`declared_day`)."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    linked: list[object] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().casefold() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        linked.extend(o.get("datePublished") for o in _ld_top_objects(data) if _article_like(o))
    graph: list[object] = []
    named: list[object] = []
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().casefold()
        if key in _OPEN_GRAPH_PUBLISHED:
            graph.append(meta.get("content"))
        elif key in _DECLARED_META:
            named.append(meta.get("content"))
    marked: list[object] = []
    for node in root.xpath('//*[@itemprop="datePublished"]'):
        # The nearest item is the one the property describes: an article's, or a video's.
        items = node.xpath("ancestor-or-self::*[@itemscope][1]")
        kind = (items[0].get("itemtype") or "").strip().rstrip("/") if items else ""
        if not kind or _article_like({"@type": kind}):
            marked.append(node.get("content") or node.get("datetime"))
    return [
        {day for value in values if (day := _day_as_written(value)) is not None}
        for values in (linked, graph, marked, named)
    ]


# -- newsdev ------------------------------------------------------------------------------
HTMLDATE_SOURCE = "adbar/htmldate"


@dataclass(frozen=True)
class NewsPage:
    """One newsdev page: raw bytes (in the encoding the page declares) and its labels."""

    id: str
    source: str
    url: str | None
    language: str | None
    html: bytes
    title: str | None
    published: str | None
    authors: tuple[str, ...] | None
    body: str | None
    must_contain: tuple[str, ...] | None
    must_not_contain: tuple[str, ...] | None
    label_sources: dict[str, str]

    @property
    def site(self) -> str:
        return host_of(self.url) or self.id

    @property
    def date_from_htmldate(self) -> bool:
        """Whether the date label comes from htmldate's own benchmark (its tuning set)."""
        return self.label_sources.get("published") == HTMLDATE_SOURCE


def iter_newsdev(root: Path, limit: int | None = None) -> Iterator[NewsPage]:
    """The pages of a newsdev folder (``labels.jsonl`` + ``pages/``), in file order."""
    with (root / "labels.jsonl").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            row = json.loads(line)

            def listed(name: str, row: dict[str, object] = row) -> tuple[str, ...] | None:
                value = row.get(name)
                return tuple(str(v) for v in value) if isinstance(value, list) else None

            yield NewsPage(
                id=row["id"],
                source=row["source"],
                url=row.get("url"),
                language=row.get("language"),
                html=gzip.decompress((root / row["file"]).read_bytes()),
                title=row.get("title"),
                published=row.get("published"),
                authors=listed("authors"),
                body=row.get("body"),
                must_contain=listed("body_must_contain"),
                must_not_contain=listed("body_must_not_contain"),
                label_sources=dict(row.get("label_sources") or {}),
            )


def collapsed(value: str | None) -> str:
    """NFKC with whitespace collapsed (case kept): the newsdev comparison form."""
    return " ".join(unicodedata.normalize("NFKC", value or "").split())


def exact_title_match(predicted: str | None, truth: str) -> bool:
    """newsdev titles: exact after NFKC and whitespace collapsing, case-sensitive."""
    return collapsed(predicted) == collapsed(truth)


# What separates a headline from the site's name and the section in a <title>.
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·•»/]\s+|\s*[|｜]\s*")


def _json_strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _json_strings(value)


def title_written(html: str | bytes, title: str) -> bool:
    """Whether the labelled ``title`` is written whole in the page: as the whole text of an
    element, an attribute's value (``<meta content>``), a JSON-LD string, or a part of the
    ``<title>`` between separators.

    It bounds what an extractor that does not rewrite titles can score: a label in CSS
    capitals, with other quotation marks or joined from two places is not written. The
    search is generous on purpose, like :func:`date_written`."""
    wanted = collapsed(title)
    # lxml reads undeclared bytes as Latin-1, and most such pages are UTF-8; but it refuses
    # text that carries an XML encoding declaration.
    readings: list[str | bytes] = [html]
    if isinstance(html, str):
        readings.append(html.encode("utf-8"))
    else:
        with contextlib.suppress(UnicodeDecodeError):
            readings.insert(0, html.decode("utf-8"))
    for reading in readings:
        try:
            root = lxml.html.fromstring(reading)
            break
        except (ValueError, lxml.etree.ParserError):
            continue
    else:
        return False
    written: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        written.update(collapsed(value) for value in element.attrib.values())
        if element.tag == "script":
            if "ld+json" in (element.get("type") or ""):
                with contextlib.suppress(ValueError):
                    written.update(
                        collapsed(s) for s in _json_strings(json.loads(element.text or ""))
                    )
            continue
        # Glued as a browser's copy would glue it, and with a space at every tag (a <br>).
        for text in (collapsed(element.text_content()), collapsed(" ".join(element.itertext()))):
            if text and len(text) <= 4 * len(wanted):
                written.add(text)
                if element.tag == "title":
                    written.update(collapsed(part) for part in _TITLE_SEPARATOR.split(text))
    return wanted in written


def names_written(html: str | bytes, names: Iterable[str]) -> bool:
    """Whether every labelled name is written in the page (its markup or its text, case
    folded): a name the page never writes, a login or a full name where it prints a first
    name, can only be guessed. Generous on purpose, like :func:`date_written`."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    page = collapsed(f"{html} {_TAG.sub(' ', html)}").casefold()
    return all(collapsed(name).casefold() in page for name in names)


def author_set_match(predicted: Iterable[str], truth: Iterable[str]) -> bool:
    """newsdev authors: the same set of names after NFKC, whitespace and case folding
    (an extractor's ``"A; B"`` string counts as two names)."""

    def names(values: Iterable[str]) -> set[str]:
        parts = (part for value in values for part in value.split(";"))
        return {collapsed(part).casefold() for part in parts if part.strip()}

    return names(predicted) == names(truth)


def day_match(predicted: datetime | str | None, label: str) -> bool:
    """newsdev dates: a ``YYYY-MM-DD`` label against the prediction's own (local) day; a label
    with a UTC offset against an aware prediction converted to that offset."""
    if predicted is None:
        return False
    if isinstance(predicted, str):
        text = predicted.strip()
        try:
            predicted = datetime.fromisoformat(text)
        except ValueError:
            return text[:10] == label[:10]
    if len(label) > 10:
        try:
            labelled = datetime.fromisoformat(label)
        except ValueError:
            return predicted.date().isoformat() == label[:10]
        if labelled.tzinfo is not None and predicted.tzinfo is not None:
            predicted = predicted.astimezone(labelled.tzinfo)
    return predicted.date().isoformat() == label[:10]


# CJK ideographs, kana and hangul: one token per character, as the newsdev README scores.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_BAG_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")


def bag_of_words(text: str | None) -> Counter[str]:
    return Counter(_BAG_TOKEN.findall(unicodedata.normalize("NFKC", text or "").lower()))


def bag_f1(predicted: str | None, truth: str) -> float:
    """newsdev bodies: bag-of-words F1 of one page."""
    pred, gold = bag_of_words(predicted), bag_of_words(truth)
    overlap = sum((pred & gold).values())
    if not overlap:
        return 1.0 if not pred and not gold else 0.0
    return f1(overlap / sum(pred.values()), overlap / sum(gold.values()))


def snippets_pass(
    text: str | None, must: Iterable[str] | None, must_not: Iterable[str] | None
) -> bool:
    """Every must-contain snippet in the text and no must-not-contain one (after NFKC and
    whitespace collapsing, case-sensitive)."""
    body = collapsed(text)
    return all(collapsed(s) in body for s in must or ()) and not any(
        collapsed(s) in body for s in must_not or ()
    )

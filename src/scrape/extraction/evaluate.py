"""Scoring and loading for the WCXB-layout evaluation set (bench and the gate test share it).

The scoring is the one the public article-extraction benchmarks use (see
``shared/eval/README.md``): ``\\w+`` tokens, 4-word shingles, per-page precision and recall
averaged over pages, F1 computed from the two means.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .dates import FOREIGN_MONTH_NAMES

_TOKEN = re.compile(r"\w+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.IGNORECASE)


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

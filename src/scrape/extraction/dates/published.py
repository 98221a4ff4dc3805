"""The date search: which of a page's dates is its publication date, by the evidence.

Where to look (declared metadata, the byline by the headline, the URL, labelled dates) and
in which order to trust what is found; reading each date is the grammar's (:mod:`.grammar`).
"""

from __future__ import annotations

import copy
import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from ahocorasick_rs import AhoCorasick
from htmldate import extractors as htmldate_extractors
from htmldate import find_date
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ancestors, attr_text, beside_picture, text_width
from ..metadata import ARTICLE_TYPES, Metadata, declared_languages, ld_text
from .clock import clock_after, clock_before
from .grammar import (
    ASCII_DIGITS,
    TEXT_DATE,
    DateStyle,
    DayFirst,
    date_from_url,
    parse_date,
    writes_day,
)

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)


def plausible(value: datetime | None, fetched_at: datetime) -> bool:
    """Not before the web news era and not after the page was fetched (a day of slack)."""
    if value is None:
        return False
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    limit = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    return EARLIEST <= aware <= limit + timedelta(days=1)


# The Open Graph article's publication time.
_OPEN_GRAPH_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
)
# The other well-known publication keys.
_PUBLISHED_META = (
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "publication_date",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "og:published_time",
    "article.published",
)
# Keys that date the document without saying which date: many CMSs set them to the last
# modification, so they rank below the date the byline shows.
_GENERIC_META = ("date", "dc.date", "dcterms.date")
_PUBLISHED_KEY = re.compile(
    r"(?:^|[-_.:])pub(?:lish(?:ed)?|lication)?[-_.]?(?:date|time|at|on)?$", re.IGNORECASE
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "article:modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)


@dataclass(frozen=True)
class Published:
    """What a page says of its first publication.

    ``date`` is the publication date when the page gives one. Otherwise ``updated_only`` is
    the date of an "Updated ..." stamp, the one date the page shows: the latest day the
    story can have been first published (:meth:`no_later_than`).
    """

    date: datetime | None
    updated_only: datetime | None = None

    def no_later_than(self, found: datetime | None) -> datetime | None:
        """``found`` (a date searched for elsewhere on the page) bounded by the stamp: it
        stands when it is on an earlier day, the first publication the update followed;
        on the same or a later day, or with none found, the stamp is the date."""
        stamp = self.updated_only
        if stamp is None or (found is not None and found.date() < stamp.date()):
            return found
        return stamp


def find_published(
    md: Metadata,
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    url: str | None,
    fetched_at: datetime,
) -> Published:
    """The page's first publication date, by the strength of the evidence for it.

    Best first: the date the page declares for its main entity (:func:`declared_dates`);
    then the date shown in the byline next to the headline ("originally published on ..."
    first); then a generic <meta> date ("date", "dc.date": often the last modification);
    then the date in the URL path; then, as a last resort, a lone "Posted on" label
    elsewhere on the page. A later source never outranks an earlier one however early its
    date: dates in captions, media data, teasers, comments and the article's own text name
    other events. Dates after the fetch are never publication dates. A date labelled
    "Updated ..." is no publication date, only its bound (:class:`Published`).
    """
    text = _visible_text(tree)
    order = DateStyle(text, next(iter(declared_languages(md)), None))

    def usable(values: Iterable[datetime | None]) -> list[datetime]:
        return [d for d in values if d is not None and plausible(d, fetched_at)]

    declared = usable(declared_dates(md, tree, headline, url, order))
    generic = usable(parse_date(md.meta.get(key), order) for key in _GENERIC_META)
    filed = usable([date_from_url(url)])
    header, updated = header_times(tree, headline, order)
    original, posted = labelled_dates(text, order)
    near = shown_dates(tree, headline, day_first=order, now=fetched_at)
    marked = _microdata_published(tree, shown=True, order=order)
    byline = usable(
        [
            *original,
            *header,
            *([marked] if marked else []),
            *(d.value for d in near if not d.updated),
        ]
    )[:3]
    # The page's timestamps of the publication, and all of them: they give a shown time
    # without a zone its offset.
    instants = ([*declared, *byline], [*generic, *modified_candidates(md)])
    if declared:
        best = declared[0]
        # Sites re-stamp the declared date on updates while the byline keeps the first
        # day: a byline day before it wins, unless it is the declared instant's day in the
        # page's zone or the declared day with day and month read the other way round.
        shown = byline[0] if byline else None
        if (
            shown is not None
            and shown.date() < best.date()
            and not _one_instant(shown, best)
            and (shown.year, shown.day, shown.month) != (best.year, best.month, best.day)
        ):
            return Published(_in_page_zone(shown, instants))
        if any(d.value.date() == best.date() for d in near if not d.updated):
            # The reader is shown the declared day: no zone-free date elsewhere re-days it.
            return Published(_timed(best, byline, instants))
        found = _local_form(best, [*declared[1:], *generic, *filed], [*byline, *declared])
        return Published(_timed(found, byline, instants))
    if byline:
        return Published(_in_page_zone(_local_form(byline[0], filed, byline), instants))
    if generic:
        return Published(_local_form(generic[0], filed, generic))
    if filed:
        return Published(filed[0])
    stamped = usable(posted)
    updated_only = usable([*updated, *(d.value for d in near if d.updated)])
    return Published(stamped[0] if stamped else None, updated_only[0] if updated_only else None)


def declared_dates(
    md: Metadata,
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    url: str | None,
    order: DayFirst = None,
) -> list[datetime]:
    """The publication dates the page declares for its main entity, most specific first.

    The JSON-LD article that is the page's main entity; the Open Graph article's
    ``published_time``; microdata ``datePublished`` of the article (not of a video, an image
    or a list of posts); ``<time pubdate>``; the other well-known publication <meta> keys
    and the ones sites name themselves ("w-published-date"); a JSON-LD WebPage's date.
    """
    found: list[datetime | None] = []
    article = main_ld_article(md, headline, url)
    if article is not None:
        # CMSs of day-first countries write it day first too ("03/12/2026 14:35").
        found.append(parse_date(_str(_first_date(article)), order))
    found.extend(parse_date(md.meta.get(key), order) for key in _OPEN_GRAPH_META)
    found.append(_microdata_published(tree, order=order))
    found.append(_rdfa_published(tree, order))
    for node in tree.css("time[pubdate]")[:3]:
        found.append(parse_date(node.attributes.get("datetime") or _text(node), order))
    found.extend(parse_date(md.meta.get(key), order) for key in _PUBLISHED_META)
    # Keys sites name themselves ("published-date", "published-time") can be a draft's or an
    # import's: of several, the earliest.
    known = {*_PUBLISHED_META, *_OPEN_GRAPH_META, *_GENERIC_META}
    own = [
        parsed
        for key, value in md.meta.items()
        if key not in known and _PUBLISHED_KEY.search(key)
        if (parsed := parse_date(value, order)) is not None
    ]
    own.sort(key=_day_of)
    found.extend(own)
    found.append(parse_date(_str((md.ld_webpage or {}).get("datePublished")), order))
    return [d for d in found if d is not None]


def main_ld_article(
    md: Metadata, headline: LexborNode | None, url: str | None
) -> dict[str, Any] | None:
    """The JSON-LD article object that is the page's main entity, or None when unclear.

    The only one; else the one the page's address or headline names; else the one a
    WebPage calls its ``mainEntity``. Several articles with nothing to tell them apart
    (related posts in the page's graph) leave it open unless they share one day.
    """
    articles = [a for a in md.ld_articles if _first_date(a)]
    if len(articles) <= 1:
        return articles[0] if articles else None
    addresses = {_address(u) for u in (url, md.canonical, md.meta.get("og:url")) if u}
    for article in articles:
        refs = [article.get("url"), article.get("@id"), article.get("mainEntityOfPage")]
        if any(
            _address(ld_text(r) if not isinstance(r, dict) else ld_text(r.get("@id"))) in addresses
            for r in refs
            if r
        ):
            return article
    titles = {_folded(t) for t in (md.get("og:title"), md.html_title) if t}
    if headline is not None:
        titles.add(_folded(headline.text(deep=True)))
    for article in articles:
        if _folded(ld_text(article.get("headline")) or "") in titles:
            return article
    days = {d.date() for d in (parse_date(_str(a.get("datePublished"))) for a in articles) if d}
    return articles[0] if len(days) <= 1 else None


def _first_date(article: dict[str, Any]) -> Any:
    """The JSON-LD article's first date: its publication, else its creation, else, for a live
    blog that declares neither, the start of its coverage (when the page went live)."""
    return (
        article.get("datePublished")
        or article.get("dateCreated")
        or article.get("coverageStartTime")
    )


def _day_of(value: datetime) -> date:
    return value.date()


def _address(value: str | None) -> str:
    """A URL without scheme, ``www.``, query, fragment and trailing slash: one page, one form."""
    if not value:
        return ""
    value = value.split("#", 1)[0].split("?", 1)[0].casefold()
    value = re.sub(r"^(?:https?:)?//(?:www\.)?", "", value)
    return value.rstrip("/")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _local_form(best: datetime, zone_free: list[datetime], instants: list[datetime]) -> datetime:
    """``best``, or the same instant on the day the page files the article under.

    A timestamp in UTC and a zone-free date of the page a day apart (a <meta> date, the URL
    path) are one instant on two calendar days: the page's own day is the zone-free one, and
    a shown <time> of the same instant carries its local time and offset.
    """
    # A timestamp with another offset is already in the page's zone: its day is the page's.
    if best.utcoffset() != timedelta(0):
        return best
    for value in zone_free:
        if value.tzinfo is not None or value.date() == best.date() or not _midnight(value):
            continue
        if not _same_instant_on(best, value.date()):
            continue
        same = (
            d
            for d in instants
            if d.tzinfo is not None
            and abs(d - best) < timedelta(minutes=1)
            and d.date() == value.date()
        )
        return next(same, value)
    return best


def _zone_between(shown: datetime, instant: datetime) -> timezone | None:
    """The UTC offset in which the zone-free ``shown`` time is ``instant`` (to the minute
    a byline prints), or None when no zone of the world (whole or half hours) makes it so."""
    utc = instant.astimezone(UTC).replace(tzinfo=None)
    seconds = (shown - utc).total_seconds()
    whole = round(seconds / 1800) * 1800
    if not -12 * 3600 <= whole <= 14 * 3600 or abs(seconds - whole) > 60:
        return None
    return timezone(timedelta(seconds=whole))


def _timed(
    best: datetime, shown: list[datetime], instants: tuple[list[datetime], list[datetime]]
) -> datetime:
    """``best``, or when it names a day only (a date-only declaration), the byline's time
    on that day."""
    if best.tzinfo is not None or not _midnight(best):
        return best
    for value in shown:
        if value.date() == best.date() and not _midnight(value):
            return _in_page_zone(value, instants) or value
    return best


def _in_page_zone(
    value: datetime | None, instants: tuple[list[datetime], list[datetime]]
) -> datetime | None:
    """A shown time without a zone in the page's own offset: the one in which it is the
    instant a timestamp of the publication names (``instants[0]``), else the one offset all
    the page's timestamps carry (a UTC stamp says nothing of the page's zone: servers write
    it whatever the publisher's is)."""
    if value is None or value.tzinfo is not None or _midnight(value):
        return value
    published, others = instants
    for instant in published:
        zone = _zone_between(value, instant) if instant.tzinfo is not None else None
        if zone is not None:
            return instant.astimezone(zone)
    offsets = {d.utcoffset() for d in [*published, *others] if d.tzinfo is not None}
    offsets -= {timedelta(0)}
    if len(offsets) == 1:
        return value.replace(tzinfo=timezone(offsets.pop() or timedelta(0)))
    return value


def _one_instant(shown: datetime, declared: datetime) -> bool:
    """Whether a shown date can be the declared instant, seen in another zone."""
    if shown.tzinfo is None:
        return declared.tzinfo is not None and _same_instant_on(declared, shown.date())
    aware = declared if declared.tzinfo is not None else declared.replace(tzinfo=UTC)
    return abs(aware - shown) < timedelta(minutes=1)


def _midnight(value: datetime) -> bool:
    return (value.hour, value.minute, value.second) == (0, 0, 0)


def _same_instant_on(value: datetime, day: date) -> bool:
    """Whether ``value`` falls on ``day`` in some zone of the world (UTC-12 to UTC+14)."""
    utc = value.astimezone(UTC)
    return (utc - timedelta(hours=12)).date() <= day <= (utc + timedelta(hours=14)).date()


def header_times(
    tree: LexborHTMLParser, headline: LexborNode | None, order: DayFirst = None
) -> tuple[list[datetime], list[datetime]]:
    """(first, updated) dates of the <time> elements in the article header.

    The header is the smallest ancestor of the headline that holds a date-ish element; a
    <time> there dates the article unless a label calls it an update. Microdata
    ``datePublished`` counts wherever it sits outside furniture. Without a headline, the
    page's <article> stands in for the header, or its <main> when it has no <article>.
    """
    line = {a.mem_id for a in ancestors(headline)} if headline is not None else set()
    first: list[datetime] = []
    updated: list[datetime] = []
    marked = []
    for node in tree.css('[itemprop="datePublished"]')[:20]:
        attrs = node.attributes
        raw = attrs.get("content") or attrs.get("datetime") or _text(node)
        parsed = parse_date(raw, order)
        if parsed is not None and _of_the_article(node) and not _furniture(node, line):
            marked.append(parsed)
    # Outside furniture, several days still mean a list of posts (a blog's index).
    if len({d.date() for d in marked}) == 1:
        first.append(marked[0])
    # Not an <article> that is another post: a "related-post-card", or one in a "read-next"
    # block. Only such names count: layout classes around the page's own article
    # ("sidebar-fixed") say nothing of it.
    own = (node for node in tree.css("article")[:20] if not _other_post(node))
    scope = _article_header(headline) or next(own, None)
    if scope is None and headline is None:
        scope = tree.css_first("main, [role=main]")
    if scope is None:
        return first, updated
    if headline is None:
        # The stand-in holds the article as the headline's ancestors do: a layout class of
        # the blocks around it ("m-article--sidebar-right") says nothing of its dates.
        line = {a.mem_id for a in (scope, *ancestors(scope))}
    for node in scope.css("time")[:10]:
        if _furniture(node, line, stop=scope) or _other_matter(node, line):
            continue
        text = _text(node)
        digits = text.translate(ASCII_DIGITS)
        written = TEXT_DATE.search(digits)
        # Of the text, the written date alone: a label before it ("Opublikowano: 03.12.2025")
        # turns the date parser to month first, and a time after it is the clock's to read
        # ("14時35分", "오후 2:35"), which the date parser reads to the hour or not at all.
        shown = written.group(0) if written else text
        parsed = parse_date(node.attributes.get("datetime"), order) or parse_date(shown, order)
        if parsed is None:
            continue
        rest = digits[written.end() :] if written else ""
        if not rest.strip(_SEPARATORS):
            rest += " " + _text_after(node)
        parsed = _with_clock(parsed, rest)
        if written and _midnight(parsed) and parsed.tzinfo is None:
            # A time the clock reading misses ("14:35, 3 декабря", "3 grudnia 2026 r., godz.
            # 14:35"): the date parser's reading of the whole text, when it names that day.
            whole = parse_date(text, order)
            if whole is not None and whole.date() == parsed.date():
                parsed = whole
        # The label may sit inside the <time> too: "<time>Last Updated: Dec 17, 2025</time>".
        lead = _label_before(node) + " " + re.split(r"\d", text, maxsplit=1)[0]
        if _UPDATED_LABEL.search(lead.rstrip()) or _marked_modified(node):
            updated.append(parsed)
            continue
        first.append(parsed)
        break
    if not first and headline is None:
        # No headline, so no byline window either: the article's opening lines stand in.
        lead = " ".join(scope.text(deep=True, separator=" ").split())[:400]
        for match in TEXT_DATE.finditer(lead):
            parsed = parse_date(match.group(0), order)
            if parsed is not None and not _UPDATED_LABEL.search(lead[: match.start()]):
                first.append(parsed)
                break
    return first, updated


_DATE_SRC = TEXT_DATE.pattern
# "This article was originally published on 26 Sep 2019 but has been updated": the page
# says outright which date is the first publication, wherever it says it.
_ORIGINALLY = re.compile(
    rf"""\b(?:originally|first)\s+(?:published|posted|appeared)(?:\s+(?:on|in))?\s*:?\s*
    (?:the\s+|\w+,\s+)?({_DATE_SRC})""",
    re.IGNORECASE | re.VERBOSE,
)
# "Posted on April 13, 2023" / "Published: 13.04.2023" in a post's footer or header.
_POSTED = re.compile(
    rf"""\b(?:published|posted|publicad[oa]|publiée?|veröffentlicht|pubblicat[oa]|gepubliceerd
      | gepostet|erschienen|publiziert|erstellt|geplaatst|publicerad|publisert|publiceret
      | opublikowano|publikováno|опубликовано)
    (?:\s+(?:on|el|em|le|am|il|op|den|dnia|dne))?\s*:?\s*(?:\w+,\s+)?({_DATE_SRC})""",
    re.IGNORECASE | re.VERBOSE,
)
# German puts the participle last: "Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr
# gepostet", "... am Mittwoch, 19. Mai 2010 veröffentlicht".
_POSTED_LAST = re.compile(
    rf"""\bam\s+(?:\w+,?\s+)?({_DATE_SRC})(?:,?\s+(?:um\s+)?\d{{1,2}}[:.]\d\d(?:\s*Uhr)?)?
    \s+(?:gepostet|veröffentlicht|publiziert|erschienen|erstellt)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# The label words above without their first letter (es/pt, fr, de, it, nl, sv, no, da,
# pl, cs, ru after English), so either case of that letter is found without lower-casing
# the whole text (scripts included, it can run to megabytes); found all in one pass.
_LABEL_TAILS = (
    "ublished",
    "osted",
    "ppeared",
    "ublicad",
    "ublié",
    "eröffentlicht",
    "ubblicat",
    "epubliceerd",
    "epostet",
    "rschienen",
    "ubliziert",
    "rstellt",
    "eplaatst",
    "ublicerad",
    "ublisert",
    "ubliceret",
    "publikowano",
    "ublikováno",
    "публиковано",
)

_LABEL_WORDS = AhoCorasick([*_LABEL_TAILS, *(tail.upper() for tail in _LABEL_TAILS)])


def labelled_dates(text: str, order: DayFirst = None) -> tuple[list[datetime], list[datetime]]:
    """(original, posted): dates the page's visible text labels as its publication.

    "Originally published on ..." wherever it is said; "Posted on ..." only when every such
    label on the page names the same day (several days mean a list of posts).
    """
    original: list[datetime] = []
    posted: list[datetime] = []
    # The regexes run only around the label words: over a whole page they are slow.
    for _, at, _ in _LABEL_WORDS.find_matches_as_indexes(text):
        # Markup indentation survives in the text: normalise only this window.
        window = " ".join(text[max(0, at - 80) : at + 200].split())
        for regex, into in ((_ORIGINALLY, original), (_POSTED, posted), (_POSTED_LAST, posted)):
            match = regex.search(window)
            parsed = parse_date(match.group(1), order) if match else None
            if parsed is not None:
                into.append(parsed)
    days = {d.date() for d in posted}
    return original, posted[:1] if len(days) == 1 else []


def _visible_text(tree: LexborHTMLParser) -> str:
    body = tree.body
    return body.text(deep=True, separator=" ") if body is not None else ""


def _article_header(headline: LexborNode | None) -> LexborNode | None:
    """The smallest ancestor of the headline that also holds a date-ish element."""
    if headline is None:
        return None
    parent = headline.parent
    for _ in range(7):
        if parent is None or parent.tag in {"body", "html"}:
            return None
        if parent.css_first("time, [class*=date], [class*=time], [class*=meta], [class*=byline]"):
            return parent
        parent = parent.parent
    return None


def _label_before(node: LexborNode, depth: int = 0) -> str:
    """Up to 40 characters of text just before ``node`` in its parent ("Updated on")."""
    parent = node.parent
    if parent is None or depth > 2:
        return ""
    text = ""
    child = parent.child
    while child is not None and child.mem_id != node.mem_id:
        text += " " + (child.text(deep=True) if child.tag != "-text" else child.text_content or "")
        child = child.next
    if not text.strip() and parent.parent is not None:
        # "<span>Updated</span><span><time>…</time></span>": the label is the parent's sibling.
        return _label_before(parent, depth + 1)
    return " ".join(text.split())[-40:]


def _text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True).split())


# What sits between a date and its time in a byline: "3 May 2022 | 21:25", "3.5.2022 · 21:25".
_SEPARATORS = " ,|·•/@–—-"


def _text_after(node: LexborNode) -> str:
    """The text of the two elements after ``node`` in its parent, where a byline puts the
    time when the date has an element of its own."""
    parts: list[str] = []
    sibling = node.next
    while sibling is not None and len(parts) < 2:
        text = sibling.text(deep=True) if sibling.tag != "-text" else sibling.text_content
        if text and text.strip():
            parts.append(" ".join(text.split()))
        sibling = sibling.next
    return " ".join(parts)[:60]


def _with_clock(value: datetime, rest: str, lead: str = "") -> datetime:
    """``value``, a day without a time, at the clock time that follows it in the text
    (``rest``), else at the one that closes the text before it (``lead``)."""
    if value.tzinfo is not None or not _midnight(value):
        return value
    clock = clock_after(rest) or (clock_before(lead) if lead else None)
    if clock is None:
        return value
    hour, minute, second, offset = clock
    zone = timezone(timedelta(seconds=offset)) if offset is not None else None
    return value.replace(hour=hour, minute=minute, second=second, tzinfo=zone)


def _microdata_published(
    tree: LexborHTMLParser, shown: bool = False, order: DayFirst = None
) -> datetime | None:
    """The article's microdata ``datePublished`` when every such element names one day.

    Blog themes put it in the post footer, where the byline search does not look. A video's
    or an image's own item is not the article; several different days mean a list of posts,
    and none of them is the page's own. With ``shown``, only elements the reader sees (the
    byline marked up) count.
    """
    values = []
    for node in tree.css('[itemprop="datePublished"]')[:20]:
        if not _of_the_article(node) or (shown and node.tag in {"meta", "link"}):
            continue
        attrs = node.attributes
        raw = attrs.get("content") or attrs.get("datetime") or attrs.get("title")
        parsed = parse_date(raw or node.text(deep=True), order)
        if parsed is not None:
            values.append(parsed)
    if not values or len({v.date() for v in values}) > 1:
        return None
    return values[0]


# RDFa properties of a creation or publication date: Dublin Core (Drupal's default
# markup) and schema.org's, with or without the vocabulary's prefix.
_RDFA_PUBLISHED = frozenset(
    {
        "dc:date",
        "dc:created",
        "dc:issued",
        "dcterms:created",
        "dcterms:issued",
        "datepublished",
        "schema:datepublished",
    }
)
_RDFA_COMMENT = re.compile(r"comment", re.IGNORECASE)


def _rdfa_published(tree: LexborHTMLParser, order: DayFirst = None) -> datetime | None:
    """The date an element's RDFa ``property`` declares as the page's creation, when every
    such element outside the comments names one day (a listing's posts name several)."""
    values = []
    for node in tree.css("[property][content]")[:200]:
        if node.tag == "meta":
            continue  # read with the page's <meta> keys
        properties = set((node.attributes.get("property") or "").casefold().split())
        if not properties & _RDFA_PUBLISHED or _in_comment(node):
            continue
        parsed = parse_date(node.attributes.get("content"), order)
        if parsed is not None:
            values.append(parsed)
    if not values or len({v.date() for v in values}) > 1:
        return None
    return values[0]


def _in_comment(node: LexborNode) -> bool:
    """Inside a reader's comment: its RDFa type or its class says so."""
    for element in (node, *ancestors(node)):
        attrs = element.attributes
        marks = " ".join(attrs.get(a) or "" for a in ("typeof", "class", "id"))
        if _RDFA_COMMENT.search(marks):
            return True
    return False


# Microdata item types that are the page or its article; a property of any other item
# (VideoObject, ImageObject, Comment, Event...) describes that item.
_PAGE_ITEMS = frozenset({"webpage", "itempage", "blog", "creativework"})


def _of_the_article(node: LexborNode) -> bool:
    for element in (node, *ancestors(node)):
        attrs = element.attributes
        if "itemscope" not in attrs:
            continue
        kind = (attrs.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].casefold()
        return not kind or kind in ARTICLE_TYPES or kind in _PAGE_ITEMS
    return True


def modified_candidates(md: Metadata) -> list[datetime]:
    article = md.ld_article or {}
    out = [parse_date(_str(article.get("dateModified")))]
    out.extend(parse_date(md.meta.get(key)) for key in _MODIFIED_META)
    return [d for d in out if d is not None]


def _str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        # A typed value: {"@type": "DateTime", "@value": "2026-12-03T14:35:00+01:00"}.
        value = value.get("@value")
    return value if isinstance(value, str) else None


def fallback_date(
    html: str,
    fetched_at: datetime,
    full: str | None = None,
    languages: Iterable[str] = (),
) -> tuple[datetime | None, bool]:
    """htmldate's original-date search, used only when the page declares and shows nothing.

    First its extensive search of ``html``, the pruned page, where the header's "today" and
    related posts' dates are gone; when that finds no day, its quicker search of the pruned
    page with the machine-readable part of ``full`` put back (the unpruned page's <head>
    and scripts: <meta>, JSON data); last, its extensive search of ``full`` itself. Returns
    (date, dated): the date when the page gives one in full, and whether htmldate found any
    date at all (a copyright year still tells the page is dated content). ``languages`` are
    the ones the page declares (:func:`~.metadata.declared_languages`): the dates htmldate
    cannot read itself are read in those and English (in the languages most news is written
    in when none is given).
    """
    with _dateparser_for(tuple(languages)):
        return _fallback_date(html, fetched_at, full)


def _fallback_date(
    html: str, fetched_at: datetime, full: str | None
) -> tuple[datetime | None, bool]:
    dated = False
    for page, extensive in ((html, True), (full, False)):
        if page and not extensive:
            page = _machine_readable(page, html)
        if not page:
            continue
        found = _htmldate(page[:300_000], fetched_at, extensive)
        if found is None:
            continue
        dated = True
        if _given_in_full(page[:300_000], found):
            return found, True
    # Pruning can take the only date with the block around it (a "post data" aside beside
    # the article, a page header read as furniture): then the whole page, for a full date,
    # without the site's menus, footer and other posts. A date on the day of the visit is the
    # site's "today" stamp, not the post's.
    whole = _without_other_posts(full[:300_000]) if full else ""
    found = _htmldate(whole, fetched_at, extensive=True) if whole else None
    if found is None or found.date() >= fetched_at.date():
        return None, dated
    if _given_in_full(whole, found):
        return found, True
    return None, dated


def _given_in_full(page: str, found: datetime) -> bool:
    """Whether ``page`` gives htmldate's ``found`` day in full: htmldate fills a missing day
    (and month) with 1 from a copyright year or a "/2023/07/" upload path, a date the page
    never gave."""
    return found.day != 1 or _written(page, found)


def _page_footer(node: LexborNode) -> bool:
    """A <footer> outside any <article>: the site's. One inside an <article> is that
    article's own (its byline and date, as HTML defines it)."""
    return node.tag == "footer" and not any(a.tag == "article" for a in ancestors(node))


def _without_other_posts(page: str) -> str:
    """``page`` without the site's menus and footer and without blocks of other posts
    (related, comments...), as :func:`_furniture` reads them."""
    tree = LexborHTMLParser(page)
    doomed: set[int] = set()
    outermost: list[LexborNode] = []
    for node in tree.css("nav, footer, [class], [id]"):
        if node.tag in {"body", "html"}:
            continue
        names = attr_text(node)
        if (node.tag == "nav" or _page_footer(node) or _OTHER_POSTS.search(names)) and not any(
            a.mem_id in doomed for a in ancestors(node)
        ):
            doomed.add(node.mem_id)
            outermost.append(node)
    # Removed only once all are chosen: nothing is read inside a removed block.
    for node in outermost:
        node.decompose()
    return tree.html or ""


def _machine_readable(full: str, pruned: str) -> str:
    """The <head> and the scripts of ``full`` with the body of ``pruned``, as one page."""
    tree = LexborHTMLParser(full[:2_000_000])
    head = tree.head.html if tree.head is not None else ""
    scripts = "".join(node.html or "" for node in tree.css("body script"))
    body = LexborHTMLParser(pruned).body
    return f"<html>{head}<body>{scripts}{body.html if body is not None else ''}</body></html>"


def _htmldate(page: str, fetched_at: datetime, extensive: bool) -> datetime | None:
    try:
        found = find_date(
            # The date sits near the top; scanning megabytes of text is slow.
            page,
            original_date=True,
            extensive_search=extensive,
            outputformat="%Y-%m-%d",
            max_date=fetched_at.strftime("%Y-%m-%d"),
        )
    except Exception:  # htmldate raises assorted errors on odd markup; a date is optional
        return None
    parsed = parse_date(found) if found else None
    return parsed if parsed is not None and plausible(parsed, fetched_at) else None


def _written(html: str, value: datetime) -> bool:
    day = value.date()
    iso = day.isoformat()
    if iso in html or iso.replace("-", "/") in html:
        return True
    return writes_day(html, day)


# htmldate reads the dates its own patterns miss with dateparser, built for every locale
# (htmldate.extractors.get_external_parser): the first date no locale reads compiles all
# 205 of them, seconds of CPU in every new process, and each such date is tried in all of
# them. A page writes its dates in the language it declares or in English; one that
# declares none, in one of the languages most news is written in (those the date grammar
# knows the months of). While a page's search runs, htmldate gets a parser for those.
# htmldate caches what it read by the text alone (try_date_expr), so the cache is emptied on
# entering and on leaving: a reading in one page's languages never answers for another
# page. The lock keeps other threads' searches out meanwhile.
_NEWS_LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "fr", "de", "it", "nl", "ru", "uk")
_NEWS_LANGUAGES += ("pl", "cs", "sk", "tr", "id", "hu", "ro", "el", "bg", "fi", "sv", "nb")
_NEWS_LANGUAGES += ("da", "ar", "zh", "ja", "ko")
_HTMLDATE = threading.Lock()


@contextmanager
def _dateparser_for(declared: tuple[str, ...]) -> Iterator[None]:
    with _HTMLDATE:
        default = getattr(htmldate_extractors, "get_external_parser", None)
        if default is None:  # an htmldate without this hook: every locale, as it builds it
            yield
            return
        parser = _dateparser(declared or _NEWS_LANGUAGES)
        htmldate_extractors.get_external_parser = lambda: parser  # type: ignore[assignment]
        htmldate_extractors.try_date_expr.cache_clear()
        try:
            yield
        finally:
            htmldate_extractors.get_external_parser = default
            htmldate_extractors.try_date_expr.cache_clear()


@lru_cache(maxsize=64)
def _dateparser(declared: tuple[str, ...]) -> Any:
    """htmldate's own date parser, reading only the ``declared`` languages and English
    (those of :data:`_NEWS_LANGUAGES` when dateparser knows none of them)."""
    default = htmldate_extractors.get_external_parser()
    # Imported here, after htmldate has loaded dateparser for the parser above: a worker
    # that never reaches this search never holds dateparser's modules.
    from dateparser.data.languages_info import language_order

    known = {code.casefold(): code for code in language_order}
    # "zh-hant" is a language of its own to dateparser, "de-ch" is German.
    codes = [
        next((known[t] for t in (tag, tag.split("-", 1)[0]) if t in known), None)
        for tag in declared
    ]
    languages = [code for code in codes if code is not None] or list(_NEWS_LANGUAGES)
    restricted = copy.copy(default)
    restricted.languages = list(dict.fromkeys([*languages, "en"]))
    return restricted


# --- dates the reader sees next to the headline -----------------------------------------

# Text that is never shown to the reader.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "title", "option", "head"})
# A label right before a shown date that makes it an update stamp, not the first publication:
# the languages' ordinary words for "updated" (en, de, es, pt, it, nl, fr; sv, da, no, fi;
# pl, cs, sk, hr/sr/bs, sl; hu, ro, el, ru, uk, bg, tr, id/ms, ca, vi, ar, he). Not the
# Chinese, Japanese and Korean ones: "更新" and "수정" stand after a date as often as before
# it ("2019年3月8日 更新"), where they would mark the next date.
_UPDATED_LABEL = re.compile(
    r"""(?:(?:updated|modified|edited|revised|reviewed|refreshed|aktualisiert|geändert
      | actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|gewijzigd|actualisée?|modifiée?
      | mis\s+à\s+jour|mise\s+à\s+jour
      | uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|päivitys
      | aktualizacja|zaktualizowano|aktualizováno|aktualizované|aktualizace|ažurirano|posodobljeno
      | frissítve|frissítés|módosítva|actualizat[ăa]?|actualizare|ενημερώθηκε|ενημέρωση
      | обновлено|обновлена|обновление|оновлено|оновлення|актуализирана|актуализирано
      | güncellendi|güncelleme|güncellenme|diperbarui|pembaruan|dikemaskini|actualitzat
      | cập\s+nhật|تحديث|עודכן)\b
    )[^\d]{0,12}$""",
    re.IGNORECASE | re.VERBOSE,
)


# class/id/itemprop tokens that call an element the modification time ("updated",
# "date-modified", Drupal's "field--name-changed"). WordPress writes "published updated" on
# the one <time> of a post never edited: a publication token outweighs them.
_MODIFIED_MARK = re.compile(
    r"(?:^|[\s_-])(?:updated|modified|changed|date-?modified|last-?(?:updated|modified))(?=$|[\s_-])"
)
_PUBLISHED_MARK = re.compile(
    r"(?:^|[\s_-])(?:published|pubdate|date-?published|posted-?on|post-?date)(?=$|[\s_-])"
)


def _marked_modified(node: LexborNode | None) -> bool:
    """The element or its parent is marked up as the modification time, not the publication."""
    for element in (node, node.parent if node is not None else None):
        if element is None or element.tag in {"body", "html"}:
            return False
        attrs = element.attributes
        names = " ".join(attrs.get(key) or "" for key in ("class", "id", "itemprop")).casefold()
        if _PUBLISHED_MARK.search(names):
            return False
        if _MODIFIED_MARK.search(names):
            return True
    return False


@dataclass(frozen=True)
class ShownDate:
    """A date written in the page's visible text near its headline."""

    value: datetime
    distance: int  # characters between the headline and the date
    after: bool  # below the headline (bylines) rather than above it (kickers)
    updated: bool  # labelled "Updated ..." / "Last modified ..."


# "3 hours ago", "an hour ago", "2 days ago": what live news pages print instead of a date.
# Weeks and longer are left out: "2 weeks ago" spans days, and a wrong day is worse than none.
_RELATIVE = re.compile(
    r"\b(\d{1,3}|an?|one)\s+(min(?:ute)?|h(?:ou)?r|day)s?\s+ago\b", re.IGNORECASE
)
_RELATIVE_UNIT = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}


# The same in the other languages news is written in, in their ordinary words: the word for
# "ago" before the count (de, fr, es, pt, cs, ro, el, ar) or after the unit (it, nl, sv, da,
# no, pl, ru, uk, tr, fi, id, ja, zh, ko), or a unit that says it itself (hu "3 órája").
# A bare "for 3 days" is no date: Danish and Norwegian "for" counts only with "siden".
_UNIT_WORDS = {
    "m": "minute minuten minutes minutos minuto minuti minuut minuter minutter minutt minut"
    " minuty minutę minutami minutou минут минуту минуты хвилин хвилину хвилини dakika"
    " minuuttia perce λεπτά λεπτό menit دقيقة دقائق",
    "h": "stunde stunden heure heures hora horas ora ore uur timme timmar timer time godzin"
    " godziny godzinę hodinami hodinou час часа часов годин годину години saat tuntia órája"
    " oră ώρα ώρες jam ساعة ساعات",
    "d": "tag tagen jour jours día días dia dias giorno giorni dag dagen dagar dage dager døgn"
    " dni dzień dny dnem день дня дней дні днів gün päivää napja zi zile ημέρα ημέρες μέρα"
    " μέρες hari يوم أيام",
}
# The languages of South Asia (hi, ne, bn, as, or, ur, ta, te, ml, gu, pa), Persian, Thai,
# Vietnamese, Hebrew and Georgian, all with the word for "ago" after the unit but Hebrew,
# which puts it first ("לפני 3 שעות"); Marathi writes its "ago" into the unit ("3
# तासांपूर्वी").
_UNIT_WORDS["m"] += " मिनट मिनेट ମିନିଟ মিনিট منٹ دقیقه நிமிடம் நிமிடங்களுக்கு నిమిషాల నిమిషం"
_UNIT_WORDS["m"] += " മിനിറ്റ് મિનિટ ਮਿੰਟ นาที phút דקות דקה წუთის"
_UNIT_WORDS["h"] += " घंटे घंटा घण्टा ଘଣ୍ଟା ঘণ্টা گھنٹے گھنٹہ ساعت மணி గంటల గంట മണിക്കൂർ કલાક"
_UNIT_WORDS["h"] += " ਘੰਟੇ ਘੰਟਾ ชั่วโมง giờ שעות שעה საათის"
_UNIT_WORDS["d"] += " दिन दिनों ଦିନ দিন دن روز நாள் நாட்களுக்கு రోజుల రోజు ദിവസം દિવસ ਦਿਨ"
_UNIT_WORDS["d"] += " วัน ngày ימים დღის"
_AGO_UNITS = {"मिनिटांपूर्वी": "m", "तासांपूर्वी": "h", "दिवसांपूर्वी": "d"}
_SWAHILI_UNITS = {"dakika": "m", "saa": "h", "masaa": "h", "siku": "d"}
# Arabic and Hebrew write one unit without a count and two in the unit's dual ("منذ ساعة",
# "منذ ساعتين", "לפני שעתיים"): (count, unit) of each such word after "منذ" / "לפני".
_COUNTED_UNITS = {
    "دقيقة": (1, "m"),
    "دقيقتين": (2, "m"),
    "ساعة": (1, "h"),
    "ساعتين": (2, "h"),
    "يوم": (1, "d"),
    "يومين": (2, "d"),
    "דקה": (1, "m"),
    "שעה": (1, "h"),
    "שעתיים": (2, "h"),
    "יום": (1, "d"),
    "יומיים": (2, "d"),
}
_CJK_UNITS = {"分": "m", "分钟": "m", "분": "m", "時間": "h", "小时": "h", "小時": "h", "시간": "h"}
_CJK_UNITS |= {"日": "d", "天": "d", "일": "d"}
_UNIT_OF = {word: unit for unit, words in _UNIT_WORDS.items() for word in words.split()}
_UNIT_OF |= _CJK_UNITS | _AGO_UNITS
_SAYS_AGO = frozenset({"perce", "órája", "napja", *_AGO_UNITS})
# Vowel signs and other marks written inside words of the scripts of South and Southeast
# Asia: a word goes on past them ("दिन" is not the end of "दिनों").
_MARK = "\u0900-\u0963\u0981-\u09e3\u0a01-\u0a63\u0a81-\u0ae3\u0b01-\u0b63\u0b82-\u0be3"
_MARK += "\u0c00-\u0c63\u0c80-\u0ce3"
_MARK += "\u0d00-\u0d63\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_RELATIVE_ANY = re.compile(
    rf"""(?:(?<!\w)(?:vor|il\s+y\s+a|hace|há|před|acum|πριν(?:\s+από)?|منذ|לפני)\s+)?
    (?<![\d月월./:-])(\d{{1,3}}|einer|einem|une|un|una|uma|um|o)\s*
    ({_alternatives([*_UNIT_OF.keys() - _CJK_UNITS.keys()])}|perce|órája|napja)
    (?:(?![\w{_MARK}])|(?=ที่แล้ว))
    # Tamil counts hours in "மணி நேரம்" (hour time) and declines the second word.
    (?:\s*(?:நேரத்துக்கு|நேரத்திற்கு|நேரம்))?
    (?:\s*(?P<ago>(?:fa|geleden|sedan|siden|temu|назад|тому|önce|sitten|(?:yang\s+)?lalu
      |पहले|अघि|আগে|আগতে|ପୂର୍ବରୁ|ପୂର୍ବେ|پہلے|قبل|پیش|முன்பு|முன்|క్రితం|മുമ്പ്|પહેલાં|પહેલા
      |ਪਹਿਲਾਂ|trước|წინ)(?![\w{_MARK}])
      |ที่แล้ว))?
    | (?<![\d月월./:-])(?P<count>\d{{1,3}})\s*(?P<cjk>{_alternatives(_CJK_UNITS)})\s*(?:前|전)
    | (?<!\w)(?:منذ|לפני)\s+(?P<counted>{_alternatives(_COUNTED_UNITS)})(?!\w)
    # Swahili names the unit first: "saa 3 zilizopita" (3 hours that have passed).
    | (?<!\w)(?P<sw>{_alternatives(_SWAHILI_UNITS)})\s+(?P<sw_count>\d{{1,3}})\s+
      (?:zilizopita|yaliyopita|iliyopita)(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)


def _relative_date(match: re.Match[str], now: datetime) -> datetime:
    count = int(match[1]) if match[1].isdigit() else 1
    return now - count * _RELATIVE_UNIT[match[2][:1].casefold()]


def _relative_any(match: re.Match[str], now: datetime) -> datetime | None:
    """The time a relative date of :data:`_RELATIVE_ANY` names, or None when the words
    around the count do not say "ago" ("vor 3 Tagen" does, "3 Tage lang" does not)."""
    if match["cjk"]:
        count, unit = match["count"], _CJK_UNITS[match["cjk"]]
    elif match["counted"]:
        number, unit = _COUNTED_UNITS[match["counted"]]
        return now - number * _RELATIVE_UNIT[unit]
    elif match["sw"]:
        count, unit = match["sw_count"], _SWAHILI_UNITS[match["sw"].lower()]
    else:
        word = match[2].lower()
        said = match.start(1) > match.start() or match["ago"] or word in _SAYS_AGO
        if not said:
            return None
        count, unit = match[1], _UNIT_OF.get(word, {"perce": "m", "órája": "h"}.get(word, "d"))
    number = int(count) if count.isdigit() else 1
    return now - number * _RELATIVE_UNIT[unit]


def relative_published(
    tree: LexborHTMLParser, headline: LexborNode | None, now: datetime
) -> datetime | None:
    """The time a relative stamp by the headline names, in any of the languages news is
    written in ("vor 3 Stunden", "il y a 2 heures", "3 часа назад", "3時間前"), read against
    the fetch time: the last resort of a page that dates itself no other way."""
    found = shown_dates(tree, headline, now=now, relative=_RELATIVE_ANY)
    return found[0].value if found else None


def shown_dates(
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    before: int = 250,
    after: int = 700,
    day_first: DayFirst = None,
    now: datetime | None = None,
    relative: re.Pattern[str] = _RELATIVE,
) -> list[ShownDate]:
    """Dates in the visible text just above and below the headline, nearest first.

    Readers date an article by what its header shows ("March 4, 2025", "Published Oct 14",
    "Last updated: Dec 4"), and sites put it above the headline as often as in the byline
    under it. The window is short so the dates of other posts further down (related lists,
    comments) stay out; text inside site furniture (the header's "today", sidebars) is
    skipped. With ``now`` (the fetch time), a relative "3 hours ago" counts as a date too.
    """
    body = tree.body
    if body is None or headline is None or not _inside(headline, body):
        return []
    head_len = len(" ".join(headline.text(deep=True).split()))
    # Offsets count from the headline's start; above it, only the last ``before``
    # characters matter, so they are read backwards from the headline, not from the top.
    start = 0
    pieces: list[tuple[int, str, LexborNode]] = []  # (offset, text, its element)
    reach = 0
    for node in _text_nodes_before(headline, body):
        piece = _shown_piece(node)
        if piece is None:
            continue
        if reach + 1 > before:
            break
        reach += len(piece[0]) + 1
        pieces.append((start - reach, *piece))
    pieces.reverse()
    offset = start
    for node in _text_nodes_from(headline, body):
        piece = _shown_piece(node)
        if piece is None:
            continue
        pieces.append((offset, *piece))
        offset += len(piece[0]) + 1
        if offset > start + head_len + after:
            break
    end = start + head_len
    line = {a.mem_id for a in ancestors(headline)}
    found: list[ShownDate] = []
    for index, (piece_start, text, element) in enumerate(pieces):
        if piece_start + len(text) <= start - before or start <= piece_start < end:
            continue
        matches = list(TEXT_DATE.finditer(text))
        ago = not matches and now is not None
        if ago:
            matches = list(relative.finditer(text))
        if not matches:
            continue
        if _furniture(element, line) or _other_matter(element, line):
            continue
        for match in matches:
            if _in_prose(element, text, match.start(), match.end()):
                continue
            if ago and now is not None:
                value: datetime | None = (
                    _relative_date(match, now)
                    if relative is _RELATIVE
                    else _relative_any(match, now)
                )
            else:
                value = _with_zone(parse_date(match.group(0), day_first), element)
                # The time may follow in the same text or in the next element
                # ("<time>3 May 2022</time><time>21:25</time>").
                rest = text[match.end() :]
                if not rest.strip(_SEPARATORS) and index + 1 < len(pieces):
                    rest += " " + pieces[index + 1][1]
                opening = text[: match.start()]
                value = _with_clock(value, rest, opening) if value is not None else None
            if value is None:
                continue
            where = piece_start + match.start()
            below = where >= end
            distance = where - end if below else start - where
            if distance > (after if below else before):
                continue
            # The label may sit in a sibling element ("<span>Updated</span> <time>...").
            lead = _text_before(pieces, piece_start, text[: match.start()])
            stamp = bool(_UPDATED_LABEL.search(lead)) or _marked_modified(element)
            found.append(ShownDate(value, distance, below, stamp))
    found.sort(key=lambda d: d.distance)
    return found


def _inside(node: LexborNode, body: LexborNode) -> bool:
    return node.mem_id == body.mem_id or any(a.mem_id == body.mem_id for a in ancestors(node))


def _shown_piece(node: LexborNode) -> tuple[str, LexborNode] | None:
    """A text node's text as the reader sees it (whitespace collapsed, digits in ASCII), with
    its element; None for the markup's indentation and for text never shown."""
    raw = node.text_content
    # Most text nodes are the markup's indentation.
    if not raw or raw.isspace():
        return None
    parent = node.parent
    if parent is None or parent.tag in _HIDDEN:
        return None
    text = " ".join(raw.split()).translate(ASCII_DIGITS)
    return (text, parent) if text else None


def _text_nodes_before(node: LexborNode, body: LexborNode) -> Iterator[LexborNode]:
    """The text nodes of ``body`` before ``node`` in document order, nearest first."""
    current: LexborNode | None = node
    while current is not None and current.mem_id != body.mem_id:
        sibling = current.prev
        while sibling is not None:
            # The sibling's subtree backwards: children pushed first to last, popped last first.
            stack = [sibling]
            while stack:
                item = stack.pop()
                if item.is_text_node:
                    yield item
                    continue
                child = item.child
                while child is not None:
                    stack.append(child)
                    child = child.next
            sibling = sibling.prev
        current = current.parent


def _text_nodes_from(node: LexborNode, body: LexborNode) -> Iterator[LexborNode]:
    """The text nodes of ``body`` from ``node`` on, in document order."""
    current: LexborNode | None = node
    yield from (n for n in node.traverse(include_text=True) if n.is_text_node)
    while current is not None and current.mem_id != body.mem_id:
        sibling = current.next
        while sibling is not None:
            yield from (n for n in sibling.traverse(include_text=True) if n.is_text_node)
            sibling = sibling.next
        current = current.parent


# class/id tokens of blocks that list other posts: their dates are not the article's.
_OTHER_POSTS = re.compile(
    r"""(?:^|[\s_-])(?:
      related|recommend(?:ed|ations)?|more-(?:articles|stories|news|posts)|read-(?:more|next)
    | (?:latest|recent|popular|trending|top)-(?:news|posts|articles|stories)|trending
    | comments?|respond|disqus|reply|replies|widget
    )(?=$|[\s_-])""",
    re.VERBOSE,
)
# class/id tokens of the site's own furniture. Narrower than the pruning tokens: a
# "category-header", "article-banner" or "meta-share-group" holds the article's own date.
_CHROME = re.compile(
    r"""(?:^|[\s_-])(?:
      sidebar|breadcrumbs?|nav|navbar|navigation|menu|footer|site-header|topbar|top-bar
    | ticker|weather|subscribe|cookie|consent|popup|modal
    | advert|advertisement|ads?|sponsor(?:ed)?|promo|taboola|outbrain
    )(?=$|[\s_-])""",
    re.VERBOSE,
)
# A newsletter sign-up box is furniture, but the word also names a newsletter issue's own
# header ("newsletter-details" under the headline): only a block with a form field signs up.
_SIGNUP = re.compile(r"(?:^|[\s_-])newsletter(?=$|[\s_-])")


def _furniture(node: LexborNode, headline_line: set[int], stop: LexborNode | None = None) -> bool:
    """Inside site chrome or a block of other posts, judged for a date near the headline.

    An ancestor that holds the headline (``headline_line``: the headline's ancestors) is
    the article's own header, whatever its class. Below ``stop`` (the article header) only
    lists of other posts count: headers lay out their byline in asides and "sidebar" rows.
    """
    inside = stop is not None
    for anc in (node, *ancestors(node)):
        tag = anc.tag
        if tag in {"body", "html", None} or anc.mem_id in headline_line:
            return False
        if inside and stop is not None and anc.mem_id == stop.mem_id:
            inside = False
            continue
        names = attr_text(anc)
        if _OTHER_POSTS.search(names) or (tag == "a" and _card(anc)):
            return True
        if tag == "article" and _teaser_article(anc):
            return True
        if tag in {"ul", "ol"} and _list_of_posts(anc):
            return True
        if tag in {"div", "section"} and _row_of_posts(anc):
            return True
        if inside:
            continue
        if tag in {"nav", "aside"} or _CHROME.search(names):
            return True
        if _page_footer(anc):
            return True
        if _SIGNUP.search(names) and anc.css_first("form, input, button"):
            return True
        # A <header> with a menu is the site's, and its date is "today".
        if tag == "header" and (anc.css_first("nav, [role=navigation]") or len(anc.css("a")) >= 8):
            return True
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")


def _list_of_posts(node: LexborNode) -> bool:
    """A list whose items link elsewhere and carry dates, two different ones among its first
    items: a list of other posts, whatever its class calls it ("weitere", "andere",
    "also-read"). A byline's list ("Published ..." / "Updated ...") holds its dates without
    a link in each item."""
    dates: set[str] = set()
    items = [child for child in node.iter() if child.tag == "li"]
    for item in items[:8]:
        text = " ".join(item.text(deep=True).split()).translate(ASCII_DIGITS)
        if not _YEAR.search(text) or item.css_first("a[href]") is None:
            continue
        found = TEXT_DATE.search(text)
        if found is not None:
            dates.add(found.group(0))
            if len(dates) > 1:
                return True
    return False


# A linked headline is longer than a linked name, a section or a "more" link.
_HEADLINE_WIDTH = 20


def _row_of_posts(node: LexborNode) -> bool:
    """A block whose children are cards of other posts, whatever its class (or a hashed
    one) calls it: two or more children, each a linked headline with a date, two different
    dates among the first. A front-end lays out a "top stories" rail or a "most read" box as
    such a row of <div>s as often as a list. A byline's children hold a name's link or a date,
    not a headline's link and a date each."""
    dates: set[str] = set()
    for item in itertools.islice((c for c in node.iter() if c.tag != "-text"), 8):
        link = item if item.tag == "a" else item.css_first("a[href]")
        if link is None or text_width(_text(link)) < _HEADLINE_WIDTH:
            continue
        # Spaced: a card's title and date are often elements side by side.
        text = item.text(deep=True, separator=" ").translate(ASCII_DIGITS)
        found = TEXT_DATE.search(text) if _YEAR.search(text) else None
        if found is not None:
            dates.add(found.group(0))
            if len(dates) > 1:
                return True
    return False


# More link text than a date and a short label: the link is a card of another post.
_CARD_CHARS = 60


def _card(link: LexborNode) -> bool:
    """A link that holds a whole card (a title, a summary) of another post.

    A date in a link is a permalink ("Posted on <a rel=bookmark><time>...") or a byline
    linked to the page itself (avatar, name and date): the page's own when the link holds
    little more than the date or says it is the current page, another post's when it holds
    that post's title too.
    """
    if link.attributes.get("aria-current") == "page":
        return False
    if link.css_first("h2, h3, h4, h5, h6") is not None:
        return True
    return len(" ".join(link.text(deep=True).split())) > _CARD_CHARS


def _teaser_article(article: LexborNode) -> bool:
    """An <article> that is another post's card: short, under a heading that links to that
    post. (One holding the headline never gets here: it is the page's own.)"""
    heading = article.css_first("h1, h2, h3, h4, h5, h6")
    if heading is None or heading.css_first("a[href]") is None:
        return False
    return len(" ".join(article.text(deep=True).split())) <= _TEASER_CHARS


# A card is a title, a line of summary and its date; an article is longer.
_TEASER_CHARS = 400
# Elements whose dates are another thing's than the article's publication: a photo's
# caption or credit, a quotation or an embedded post, a media player.
_MATTER_TAGS = frozenset(
    {"figure", "figcaption", "caption", "blockquote", "q", "video", "audio", "picture", "iframe"}
)
_MATTER_NAMES = re.compile(
    r"(?:^|[\s_-])(?:(?:fig|img|image|photo|wp)?-?(caption)|credits?|copyright|embed(?:ded)?|"
    r"instagram-media|twitter-tweet|tiktok-embed|gallery|slideshow|player)(?=$|[\s_-])"
)
# A block of running text: a date in it, past its opening words, is part of a sentence.
_PROSE_CHARS = 200
_OPENING_CHARS = 60
# More text than a byline puts after its date: the date is part of the sentence that follows.
_SENTENCE_AFTER = 60
_DATELINE_DASH = re.compile(r"[–—|-]+\s")


def _other_matter(node: LexborNode, headline_line: set[int]) -> bool:
    """Inside a caption, a quotation, an embed or a media player, up to the article header."""
    for depth, anc in enumerate((node, *ancestors(node))):
        if anc.tag in {"body", "html", None} or anc.mem_id in headline_line:
            return False
        if anc.tag in _MATTER_TAGS:
            return True
        named = _MATTER_NAMES.search(attr_text(anc)) if depth < 4 else None
        # Themes name small print "caption" too (the date line under the headline): only
        # one by a picture captions it.
        if named and (named.group(1) is None or beside_picture(anc)):
            return True
    return False


def _in_prose(element: LexborNode, text: str, at: int, end: int | None = None) -> bool:
    """Whether a date at ``at`` of ``text`` (a text node of ``element``) sits in a sentence of
    a paragraph rather than in a byline: a long run of text, a sentence running on after the
    date in the same text ("On 12 November 2026 the council ..."), or a long block of text past
    its opening words (a byline's name and date can open the block that holds the article). A
    dateline that opens the text ("Karlsruhe, (12.11.2021). The ...", "12.11.2021 – The ...")
    is the report's own."""
    block = element
    for anc in (element, *ancestors(element)):
        if anc.tag in {"p", "li", "dd", "td", "div", "section", "article", "body"}:
            block = anc
            break
    if _dateline(text[:at]) and _text(block).startswith(text[:at].strip()):
        return False
    if len(text) > _PROSE_CHARS:
        return True
    # A byline's date is followed by little more than its time, a separator and a name.
    rest = text[end:].strip() if end is not None else ""
    if text_width(rest) > _SENTENCE_AFTER and not _DATELINE_DASH.match(rest):
        return True
    if block.tag in {"body", "article", "section"}:
        return False
    whole = _text(block)
    if len(whole) <= _PROSE_CHARS:
        return False
    where = whole.find(text[:40]) + at
    return where > _OPENING_CHARS


# The place a report is filed from, then the date: "Karlsruhe, (", "BERLIN/", "New York, ".
_DATELINE_PLACE = re.compile(r"^([^\W\d_][\w.'-]*(?:[ -][^\W\d_][\w.'-]*){0,2})\s*[,/(]\s*\(?$")


def _dateline(lead: str) -> bool:
    """Whether ``lead``, the text before a date, is a dateline's place: one to three words,
    each capitalised, as news reports and press releases open in every Latin and Cyrillic
    script ("began on Monday, " is a sentence)."""
    match = _DATELINE_PLACE.match(lead.strip())
    return match is not None and all(word[:1].isupper() for word in re.split(r"[ -]", match[1]))


def _other_post(node: LexborNode) -> bool:
    return any(
        _OTHER_POSTS.search(attr_text(a))
        for a in (node, *ancestors(node))
        if a.tag not in {"body", "html", None}
    )


def _text_before(pieces: list[tuple[int, str, LexborNode]], piece_start: int, head: str) -> str:
    earlier = [t for s, t, _ in pieces if s < piece_start][-3:]
    return (" ".join(earlier) + " " + head)[-40:]


def _with_zone(value: datetime | None, element: LexborNode | None) -> datetime | None:
    """The machine-readable time of a <time> element when it names the same day.

    It carries the time and zone the text leaves out; a day apart means the attribute
    was written in another zone than the one shown, and the reader's day wins.
    """
    if value is None or element is None or element.tag != "time":
        return value
    attr = parse_date(element.attributes.get("datetime"))
    if attr is None:
        return value
    if attr.date() == value.date():
        return attr
    # Days apart, no zone explains it: the text is another date (a creation or edit day)
    # and the attribute is what the element declares; the header search reads it.
    naive = attr.replace(tzinfo=None)
    return value if abs(naive - value.replace(tzinfo=None)) <= timedelta(days=1) else None

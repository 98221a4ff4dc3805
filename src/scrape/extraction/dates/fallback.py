"""htmldate's date search, the last resort of a page that declares and shows no date
(:func:`fallback_date`), reading dates in the page's own languages.
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any

from htmldate import extractors as htmldate_extractors
from htmldate import find_date
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ancestors, attr_text
from .common import plausible
from .furniture import OTHER_POSTS, list_of_posts, page_footer, teaser_cards
from .grammar import parse_date, writes_day


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
    the ones the page declares (``metadata.declared_languages``): the dates htmldate
    cannot read itself are read in those and English (in the languages most news is written
    in when none is given).
    """
    with _dateparser_for(tuple(languages)):
        return _fallback_date(html, fetched_at, full)


def _fallback_date(
    html: str, fetched_at: datetime, full: str | None
) -> tuple[datetime | None, bool]:
    dated = False
    html = _without_embeds_and_captions(html)
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


def _without_other_posts(page: str) -> str:
    """``page`` without the site's menus and footer and without blocks of other posts
    (related, comments...), as :func:`.furniture.in_furniture` reads them."""
    tree = LexborHTMLParser(page)
    doomed: set[int] = set()
    outermost: list[LexborNode] = []
    for node in tree.css("nav, footer, [class], [id]"):
        if node.tag in {"body", "html"}:
            continue
        names = attr_text(node)
        if (node.tag == "nav" or page_footer(node) or OTHER_POSTS.search(names)) and not any(
            a.mem_id in doomed for a in ancestors(node)
        ):
            doomed.add(node.mem_id)
            outermost.append(node)
    # ... and other stories' cards among the text's paragraphs, and lists of other stories
    # told by their shape whatever their class (the writer's other stories, dated).
    body = tree.body
    shaped = [n for n in body.css("ul, ol") if list_of_posts(n)] if body is not None else []
    for card in [*(teaser_cards(body) if body is not None else []), *shaped]:
        if not any(a.mem_id in doomed for a in (card, *ancestors(card))):
            doomed.add(card.mem_id)
            outermost.append(card)
    # Removed only once all are chosen: nothing is read inside a removed block.
    for node in outermost:
        node.decompose()
    if body is not None:
        _drop_embeds_and_captions(body)
    return tree.html or ""


def _without_embeds_and_captions(page: str) -> str:
    """``page`` without the posts it embeds from social networks and without what it says
    of its pictures (captions, alt text): their days are those posts' and the pictures'
    ("Topside installation 28.04.2014"), never the article's, and htmldate would read them
    first."""
    tree = LexborHTMLParser(page)
    if tree.body is None:
        return page
    _drop_embeds_and_captions(tree.body)
    return tree.html or page


def _drop_embeds_and_captions(body: LexborNode) -> None:
    """Take embedded social posts, captions and images' alt and title text out of ``body``."""
    embeds = [node for node in body.css("[class]") if _EMBED.search(attr_text(node))]
    embeds += body.css("figcaption")
    held = {n.mem_id for node in embeds for n in node.traverse() if n.mem_id != node.mem_id}
    for node in embeds:
        if node.mem_id not in held:
            node.decompose()
    for image in body.css("img[alt], img[title]"):
        for name in ("alt", "title"):
            if name in image.attrs:
                del image.attrs[name]


_EMBED = re.compile(r"instagram-media|twitter-tweet|tiktok-embed|fb-post|bluesky-embed")


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

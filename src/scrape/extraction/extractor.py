"""Extraction stage: raw HTML -> :class:`Article`.

The work is split so that the expensive steps see as little as possible:

1. cheap guards on the raw text (decoding, size, absurd nesting) before any parser runs;
2. one lexbor parse (selectolax) for metadata: JSON-LD, <meta>, the headline element, the
   article header's date and byline;
3. pruning on the same tree (scripts, navigation, ads, related lists, share bars, comment
   forms, cookie prompts, the caller's drop selectors);
4. trafilatura on the much smaller pruned document for the main text;
5. block-level cleaning (generic junk lines, the site's learned template blocks).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import ExtractError, UnextractableError
from ..models import Article, ExtractionHints
from . import guard
from .authors import choose_authors
from .blocks import TemplateLearner, normalise, text_blocks
from .body import clean_blocks, embedded_text, has_state, main_text_blocks
from .dates.common import plausible
from .dates.declared import main_ld_article, modified_candidates
from .dates.fallback import fallback_date
from .dates.published import find_published
from .dates.shown import relative_published
from .dom import text_words
from .metadata import Metadata, declared_languages, host_name, ld_text, read_metadata
from .pagetype import Signals, classify, read_shape
from .prune import cut_frame, prune, sign_up_lines
from .title import find_title, meta_titles, site_names

__all__ = [
    "Article",
    "ExtractError",
    "ExtractionHints",
    "TemplateLearner",
    "Timings",
    "extract",
    "extract_with_blocks",
    "text_blocks",
]

log = logging.getLogger(__name__)

# Per-document budget of work: optional work (second extraction passes, the htmldate search)
# is skipped once half of it is spent. Counted in CPU seconds of the extracting thread, so a
# page gets the same work, and the same result, however busy the machine is: the wall clock
# also counts the time the thread waits for a CPU, or for the GIL behind other threads.
DEADLINE_SECONDS = 5.0
BIG_PAGE_CHARS = 2_000_000
# Below this many words of text the page may hold its article as data (JSON) instead.
SHORT_BODY_WORDS = 100
# The HTML's text this short may be a paywall's teaser of what the state holds in full.
_PARTIAL_TEXT_WORDS = 300


@dataclass
class Timings:
    """Where the time of one extraction went: CPU seconds per stage, in the order they ran.

    Handed to :func:`extract` by whoever wants the figures (the extraction bench); each
    :meth:`lap` charges the time since the previous one to a stage. CPU time, because on a
    shared machine the wall clock measures the neighbours.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    _last: float = field(default=0.0, repr=False)

    def start(self) -> None:
        self._last = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


class _Untimed(Timings):
    """The clock of an extraction nobody asked the timings of: reading the CPU clock is a
    system call, not worth a page's twenty of them."""

    def start(self) -> None:
        pass

    def lap(self, stage: str) -> None:
        pass


_UNTIMED = _Untimed()


def _with_main_article(md: Metadata, headline: LexborNode | None, url: str | None) -> Metadata:
    """``md`` with the page's own JSON-LD article as :attr:`Metadata.ld_article`, where the
    address, the titles or the ``headline`` tell it among several."""
    main = main_ld_article(md, headline, url)
    return md if main is None or main is md.ld_article else replace(md, ld_article=main)


def _empty(url: str | None, page_type: str) -> Article:
    return Article(
        url=url,
        canonical_url=None,
        title=None,
        published=None,
        modified=None,
        authors=(),
        body="",
        language=None,
        description=None,
        site_name=None,
        image=None,
        tags=(),
        is_article=False,
        page_type=page_type,
    )


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    fetched_at: datetime | None = None,
    hints: ExtractionHints | None = None,
    timings: Timings | None = None,
) -> Article:
    """Extract the article of one HTML page.

    Returns an :class:`Article` whose ``is_article`` tells whether the page is an article at
    all. Raises :class:`ExtractError` for input that cannot be processed safely (absurdly
    deep nesting); empty or text-less documents give an empty, non-article result.
    ``timings``, when given, receives the time spent in each stage.
    """
    return _extract(html, url, fetched_at, hints, timings, with_blocks=False)[0]


def extract_with_blocks(
    html: str | bytes,
    url: str | None = None,
    *,
    fetched_at: datetime | None = None,
    hints: ExtractionHints | None = None,
    timings: Timings | None = None,
) -> tuple[Article, frozenset[str]]:
    """:func:`extract`, and the page's :func:`text_blocks` (what a crawl learns its site's
    template from), read from the same parse of the page."""
    return _extract(html, url, fetched_at, hints, timings, with_blocks=True)


def _extract(
    html: str | bytes,
    url: str | None,
    fetched_at: datetime | None,
    hints: ExtractionHints | None,
    timings: Timings | None,
    *,
    with_blocks: bool,
) -> tuple[Article, frozenset[str]]:
    started = time.thread_time()

    def past_half_budget() -> bool:
        return time.thread_time() - started > DEADLINE_SECONDS / 2

    clock = timings if timings is not None else _UNTIMED
    clock.start()
    hints = hints or ExtractionHints()
    # To the second: a date counted back from it ("2 hours ago") is no finer than that.
    now = (fetched_at or datetime.now(UTC)).replace(microsecond=0)
    text = _decoded(html, url)
    if not text.strip():
        return _empty(url, "empty"), frozenset()
    clock.lap("decode")
    if guard.nests_too_deep(text):
        raise UnextractableError(f"element nesting deeper than {guard.MAX_DEPTH} levels: refusing")
    clock.lap("depth guard")

    tree = LexborHTMLParser(text)
    if tree.body is None:
        return _empty(url, "empty"), frozenset()
    clock.lap("parse")
    md = read_metadata(tree)
    names = site_names(md, url)
    clock.lap("metadata")
    # The JSON-LD article the page's address or titles name is the page's own: a related
    # post its graph declares beside it may be the richer object, and its headline and
    # author are no part of this page. Named by the headline once it is found.
    md = _with_main_article(md, None, url)
    declared_titles = meta_titles(md)
    headline_node, headline, title = find_title(tree, md, url)
    # The heading's own line, kicker and all, as the body's text reads it: the headline may
    # join its kicker with ": " or leave it out, and the line is furniture all the same.
    heading_line = (
        " ".join(headline_node.text(deep=True).split()) if headline_node is not None else ""
    )
    md = _with_main_article(md, headline_node, url)
    clock.lap("headline/title")

    stated = find_published(md, tree, headline_node, url, now)
    published = stated.date
    # Only a date the page itself declares or shows with its headline says "article"; the
    # htmldate fallback below finds some date on almost any page.
    dated = published is not None or stated.updated_only is not None
    # What the page declares, else the "Updated ..." stamp its byline shows.
    modified = next((d for d in modified_candidates(md) if plausible(d, now)), stated.updated)
    # Read before pruning takes the header: a relative stamp ("vor 3 Stunden") or a day
    # without its year ("3.12. 14:35") is the last resort, used only when the fallback below
    # finds no date either.
    relative = (
        relative_published(tree, headline_node, now, next(iter(declared_languages(md)), None))
        if published is None
        else None
    )
    clock.lap("dates")
    byline = choose_authors(md, tree, headline_node, names, url)
    authors = byline.names
    clock.lap("authors")

    # Read before pruning: the template is learned from the whole page, furniture included.
    page_blocks = frozenset(text_blocks(tree)) if with_blocks else frozenset()
    clock.lap("template blocks")
    anchored = prune(tree, hints.drop_selectors, md.paywalled)
    # Lines of the boxes asking the reader to sign up: left in the page trafilatura reads,
    # dropped from its answer.
    template = hints.template_blocks | sign_up_lines(tree)
    # What the page's type is read from, and the last-resort date search's page, keep the
    # frame around the article; the body's extraction reads the article alone.
    shape = read_shape(md, tree, url or md.canonical)
    framed = (tree.html or "") if published is None else ""
    cut_frame(tree)
    clock.lap("prune")
    pruned = tree.html or ""
    clock.lap("serialise")
    # On huge pages or past half the budget, trafilatura's fallback comparisons (a second
    # and third extractor run) are the first thing to go.
    fast = len(pruned) > BIG_PAGE_CHARS or past_half_budget()
    blocks = main_text_blocks(tree, pruned, text, url, anchored=anchored, fast=fast, lap=clock.lap)
    # A display heading over the text may spell another declared title (og:title under a
    # breadcrumb's <h1>): opening the body, it is the page's header all the same.
    furniture = frozenset(
        normalise(n) for n in (*authors, headline or "", heading_line, *declared_titles) if n
    )

    def cleaned(found: list[str]) -> list[str]:
        return clean_blocks(
            found,
            title=title,
            drop_phrases=hints.drop_phrases,
            template=template,
            furniture=furniture,
            headings=(headline or "", heading_line),
            writers=authors,
        )

    blocks = cleaned(blocks)
    clock.lap("cleaning")
    blocks = _or_embedded(blocks, text, md, cleaned, (title or "", headline or ""))
    body = "\n\n".join(blocks)
    clock.lap("embedded text")
    guessed = False
    if published is None and blocks and not past_half_budget():
        # Last resort on the pruned page, where the header's "today" and the dates of
        # related posts are already gone.
        published, guessed = fallback_date(framed, now, text, declared_languages(md))
    if published is None and relative is not None and plausible(relative, now):
        published = relative
    if stated.updated_only is not None:
        # A byline showing only when the story was updated: an earlier date found above is
        # its first publication; the stamp is the latest it can have been.
        published = stated.no_later_than(published)
    clock.lap("fallback date")

    signals = Signals(
        url=url or md.canonical,
        has_headline=headline_node is not None,
        has_published=dated,
        has_any_date=published is not None or guessed,
        has_authors=byline.signed,
        body_words=text_words(body),
        body_blocks=len(blocks),
    )
    page_type = classify(md, shape, signals)
    if not body and page_type == "article":
        # An article without text (scripted page, cut-off download) is nothing to store.
        page_type = "empty"
    clock.lap("classify")
    spent = time.thread_time() - started
    if spent > DEADLINE_SECONDS:
        log.warning("extraction of %s took %.1f s of CPU", url, spent)
    article = Article(
        url=url,
        canonical_url=_absolute(md.canonical, url) or _absolute(md.get("og:url"), url),
        title=title,
        published=published,
        modified=modified,
        authors=authors,
        body=body,
        language=md.language or md.get("og:locale", "content-language"),
        description=md.get("og:description", "description", "twitter:description"),
        site_name=md.get("og:site_name") or next(iter(md.ld_site_names), None) or host_name(url),
        image=md.get("og:image", "twitter:image") or ld_text((md.ld_article or {}).get("image")),
        tags=_tags(md),
        is_article=page_type == "article",
        page_type=page_type,
    )
    clock.lap("article")
    return article, page_blocks


def _or_embedded(
    blocks: list[str],
    page: str,
    md: Metadata,
    cleaned: Callable[[list[str]], list[str]],
    titles: tuple[str, ...],
) -> list[str]:
    """``blocks``, or the article text ``page`` carries as data (JSON-LD ``articleBody``, a
    framework's state), ``cleaned``, where the HTML holds little or no text: pages rendered
    by scripts, and pages showing a few paragraphs whose state holds the article's record
    (named by one of ``titles``) in full."""
    # Words in any script: a Chinese, Japanese or Thai paragraph is one or two of its
    # space-separated tokens, and a whole article of them would read as an empty page.
    found_words = sum(text_words(b) for b in blocks)
    article_body = ld_text((md.ld_article or {}).get("articleBody"))
    if found_words >= SHORT_BODY_WORDS:
        # A text of some length in the HTML stands over JSON-LD's; a state's record may
        # still hold what a paywall cut (the page parsed again only when it ships one).
        if found_words >= _PARTIAL_TEXT_WORDS or not has_state(page):
            return blocks
        article_body = None
    embedded = embedded_text(LexborHTMLParser(page), article_body, found_words, titles)
    if sum(text_words(b) for b in embedded) > 2 * found_words:
        return cleaned(embedded)
    return blocks


def _decoded(html: str | bytes, url: str | None) -> str:
    """The page's text, cut to the longest the extractor reads; :class:`ExtractError` for
    input that is no page or an address that is no URL."""
    if not isinstance(html, str | bytes):
        raise ExtractError(f"expected str or bytes, got {type(html).__name__}")
    if url is not None:
        try:
            urlsplit(url)
        except ValueError as exc:
            raise UnextractableError(f"not a URL: {url!r} ({exc})") from None
    text = guard.decode(html)
    if len(text) > guard.MAX_CHARS:
        log.info("truncating %s from %d to %d characters", url, len(text), guard.MAX_CHARS)
        text = text[: guard.MAX_CHARS]
    return text


def _tags(md: Metadata) -> tuple[str, ...]:
    raw = md.get("news_keywords", "keywords", "article:tag") or ""
    keywords = (md.ld_article or {}).get("keywords")
    if isinstance(keywords, list):
        raw = ",".join(str(k) for k in keywords) or raw
    elif isinstance(keywords, str) and keywords:
        raw = keywords
    seen: dict[str, str] = {}
    for tag in raw.split(","):
        tag = " ".join(tag.split())
        if tag and len(tag) < 60:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())[:30]


def _absolute(href: str | None, base: str | None) -> str | None:
    """``href`` resolved against the page URL, if that gives an http(s) URL with a host.

    Pages declare canonical URLs relative, or with unfilled template variables; those are
    no identity to deduplicate on."""
    if not href:
        return None
    try:
        resolved = urljoin(base or "", href)
        parts = urlsplit(resolved)
        hostname = parts.hostname
    except ValueError:  # "https://[broken" reads as an unclosed IPv6 address
        return None
    if parts.scheme not in ("http", "https") or not hostname or "{" in resolved:
        return None
    return resolved

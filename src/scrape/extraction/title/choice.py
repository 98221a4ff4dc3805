"""The page's title: its visible headline, or the declared title that beats it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import address_words, text_width, without_accents
from ..metadata import Metadata, host_name, ld_text
from .declared import agreed_title, as_declared, majority_title, meta_titles, uncut
from .heading import heading_text, unjoined_headline
from .headline import find_headline, site_prefix
from .site_names import (
    DANGLING,
    declared_sections,
    drop_sections,
    drop_tail,
    is_site,
    is_site_name,
    link_texts,
    opens_with_site,
    shown_site_names,
    site_names,
    spelled_site_names,
    strip_site_name,
    without_underscored_site,
)
from .text import repaired, squash, word_overlap

# Repositories and catalogues label the field in the heading itself ("Title: ...").
_FIELD_LABEL = re.compile(r"^\s*(?:title|headline)\s*:\s+(?=\S)", re.IGNORECASE)


def find_title(
    tree: LexborHTMLParser, md: Metadata, url: str | None
) -> tuple[LexborNode | None, str | None, str | None]:
    """The page's headline element, its text as shown, and the page's title (the headline
    when no title can be chosen)."""
    shown, logos = shown_site_names(tree, url)
    titles = meta_titles(md)

    def site_name(text: str) -> bool:
        return is_site_name(text, md, url, shown)

    # Where the page declares no title but its site's name, the URL's slug speaks for it.
    untitled = all(site_name(t) for t in titles)
    slug = frozenset(address_words(" ".join(slug_words(url))).split()) if untitled else frozenset()
    node = find_headline(tree, titles, site_name, slug)
    headline = heading_text(node) if node is not None else None
    bare = unjoined_headline(node) if node is not None else None
    title = choose_title(md, headline, url, [*shown, *logos], link_texts(tree), bare)
    return node, headline, title or headline


def choose_title(
    md: Metadata,
    headline: str | None,
    url: str | None,
    shown: Sequence[str] = (),
    is_section: Callable[[str], bool] = lambda _text: False,
    bare: str | None = None,
) -> str | None:
    """The page's title from its declared titles and its visible ``headline``; ``bare``
    is the headline without the kicker element the heading joins to it, if any."""
    site = _SiteWords(md, url, shown, is_section)
    declared = [repaired(t) for t in meta_titles(md)]
    headline = repaired(headline) if headline else headline
    if headline:
        headline = _FIELD_LABEL.sub("", headline, count=1)
    witnesses = [headline or "", *declared]
    ld_headline = ld_text((md.ld_article or {}).get("headline"))
    ld_headline = repaired(as_declared(ld_headline)) if ld_headline else None
    declared = [
        uncut(t, [w for w in witnesses if w != t], by_length=t == ld_headline) for t in declared
    ]
    cleaned, named = _cleaned_titles(declared, headline, ld_headline, site)
    if headline:
        chosen = _headline_title(headline, bare, declared, cleaned, named, url, site)
        if chosen is not None:
            return chosen
    # No usable headline: the title the page's declarations agree on, rather than the first
    # one (og:title is sometimes a social-media teaser the other declarations do not share).
    return majority_title(cleaned)


class _SiteWords:
    """How a page names its site and its sections: the names a title loses."""

    def __init__(
        self,
        md: Metadata,
        url: str | None,
        shown: Sequence[str],
        is_section: Callable[[str], bool],
    ) -> None:
        self.names = site_names(md, url)
        self.shown = spelled_site_names(md, shown)
        self.host = host_name(url or md.canonical or md.get("og:url")) or ""
        self._sections = {squash(s) for s in declared_sections(md)} - {""}
        self._is_section = is_section
        self._spelled = {squash(n) for n in self.shown} - {""}
        # A site opening its titles with its name and a colon ("Port Gazette: Headline")
        # does so on its home page too, where the words after it are its tagline and the
        # whole is the page's name: only a page declaring itself an article loses the prefix.
        self.article_page = bool(md.ld_article) or (md.get("og:type") or "").casefold() == "article"

    def is_section_or_declared(self, text: str) -> bool:
        return squash(text) in self._sections or self._is_section(text)

    def names_site(self, text: str, whole: bool = False) -> bool:
        """Whether ``text`` is a name of the site, or (``whole``) only the site's name."""
        host = squash(self.host)
        return squash(text) in self._spelled or is_site(text, self.names, host, whole)

    def without_site_name(self, title: str) -> str:
        return strip_site_name(title, self.names, self.host, self.shown)

    def cleanup(self, title: str) -> str:
        """A declared title without the site's name and sections."""
        if self.article_page:
            # So does a section its menu links or it declares ("Politik: ..."); a kicker
            # the menu does not link stays. On a shop's category page the section is the
            # page's name ("Camping Tents: Large Tents for Family Camping | Shop").
            title = site_prefix(title, self.names_site) or title
            title = site_prefix(title, self.is_section_or_declared) or title
        title = self.without_site_name(title)
        title = drop_sections(
            without_underscored_site(title, self.names_site), self.is_section_or_declared
        )
        return DANGLING.sub("", drop_sections(drop_tail(title), self.is_section_or_declared))


def _cleaned_titles(
    declared: list[str], headline: str | None, ld_headline: str | None, site: _SiteWords
) -> tuple[list[str], list[str]]:
    """The declared titles without the site's name and sections, and those of them that
    name the story rather than the site."""
    # Only the declared titles lose their section links: a heading shows what the page
    # calls its story, and a place or topic ending it ("... – Spain") may be a menu's
    # link as well.
    cleaned = [site.cleanup(t) for t in declared]
    # A <title> cut before its site's name ("Headline…_Site") ends in its ellipsis once the
    # name is gone.
    cleaned = [uncut(c, [w for w in (headline or "", *cleaned) if w and w != c]) for c in cleaned]
    # A declaration that is the site's own name (og:title left at its default, the name
    # alone) names the site, not the story; it has no vote while another names something.
    named = [t for t in cleaned if not site.names_site(t, whole=True)]
    # Nor does the site's own title, the home page's, left in an article page's
    # declarations ("Port Gazette – News from the coast"): it opens with the site's name
    # and shares no word with the headline the page's JSON-LD article declares.
    if ld_headline:
        defaults = {
            squash(t)
            for raw, t in zip(declared, cleaned, strict=True)
            if opens_with_site(raw, site.names_site) and word_overlap(t, [ld_headline]) == 0
        }
        named = [t for t in named if squash(t) not in defaults] or named
    return named or cleaned, named


def _headline_title(
    headline: str,
    bare: str | None,
    declared: list[str],
    cleaned: list[str],
    named: list[str],
    url: str | None,
    site: _SiteWords,
) -> str | None:
    """The visible headline, or the declared title that beats it; None where the heading
    is no headline (the site's name) or too long to be one."""
    head = DANGLING.sub("", drop_tail(site.without_site_name(headline)))
    squashed = squash(head)
    # The visible headline is what readers (and labels) know; trust it when a declared
    # title confirms it, or when there is nothing to compare against.
    if not squashed or is_site(head, site.names, whole=True):
        return None
    # Inside a declared title, a heading as long as a headline is one; the length
    # as it would run in Latin letters, since a Chinese or Korean headline holds
    # as much in a third of the characters.
    # Spelled whole by one (the site's name cut) before found inside another, which
    # may still carry the name: the mark at a kicker's break is read off the whole.
    for title in declared + cleaned:
        if squashed == squash(title):
            return _with_declared_mark(head, title)
    for title in declared + cleaned:
        if text_width(squashed) > 15 and squashed in squash(title):
            return _with_declared_mark(head, title)
    # A kicker set in an element of its own over the headline, which a declared
    # title leaves out: the page's own markup says which words are the headline,
    # so one declaration spelling them is enough, and they are kept as shown.
    if bare and any(squash(bare) == squash(t) for t in cleaned):
        return DANGLING.sub("", site.without_site_name(repaired(bare)))
    agreed = agreed_title(cleaned)
    if agreed and _is_label(head, declared, url):
        return agreed
    if agreed and _adds_furniture(head, agreed):
        return agreed
    # A short heading inside the agreed title, past its start, is a section heading
    # that repeats some of its words ("Discord", "Choose a Tool"), picked for want
    # of a matching <h1>; one the title starts with is the headline the title
    # extends for search results ("What is Mesh WiFi? | Whole Home Mesh WiFi").
    if agreed and squashed in squash(agreed)[1:]:
        return agreed
    recased = _recased(head, cleaned)
    if recased:
        return recased
    majority = majority_title(cleaned)
    if not declared or majority is None:
        return head
    if len(head) > 300:
        return None
    overlap = word_overlap(head, declared)
    if overlap < 0.5 and (len(named) == 1 or (not named and not _is_home(url))):
        # A page declaring its title once (mostly the <title> tag alone) and
        # printing a headline sharing under half its words: the declaration
        # is the search engines' wording, the heading the page's own; with
        # no second declaration to side with it, the slug does not decide. A
        # declaration that is the site's name alone declares no title, but on
        # the home page, which the site's name names, and its heading is a
        # slogan.
        return head
    return _slug_prefers(head, majority, url, overlap)


# A mark set between a kicker and its headline, or a headline's two halves.
_JOINING_MARK = re.compile(r"(?<=\S)(?: ?:| [–—-]) (?=\S)")


def _with_declared_mark(head: str, title: str) -> str:
    """The heading as the declared ``title`` writes it, where the title has a colon or dash
    where the heading has only a space ("Energie: Stadtwerke ..." for "Energie<br>Stadtwerke
    ...", "Headline - Standfirst | Site" for "Headline <span>Standfirst</span>"): the
    heading's line break or styling does what the mark does in text. Otherwise the heading
    as shown."""
    # A badge before the heading's words ("+" of a paid article, "▶" of a video) that the
    # title does not write is the template's.
    badge = _BADGE.match(head)
    sign = badge.group(0).strip() if badge else ""
    # ... but signs closing the heading too bracket it ("++ Verdi droht mit Streik ++", a
    # live ticker's headline).
    if badge and not title.lstrip().startswith(sign) and not head.endswith(sign):
        head = head[badge.end() :]
    for mark in _JOINING_MARK.finditer(title):
        spaced = f"{title[: mark.start()]} {title[mark.end() :]}"
        at = spaced.find(head)
        if at != -1 and at < mark.start() < at + len(head):
            return title[at : at + len(head) + mark.end() - mark.start() - 1]
    return head


_BADGE = re.compile(r"[+▶►🔒]+\s+")


def _is_label(head: str, declared: list[str], url: str | None) -> bool:
    """A one- or two-word heading ("Webcams", "M&A Updates") that neither a declared title
    nor the URL contains: the section or page-type label some templates put in the <h1>."""
    if len(head.split()) > 2:
        return False
    squashed = squash(head)
    path = squash(unquote(urlsplit(url or "").path))
    return squashed not in path and not any(squashed in squash(t) for t in declared)


def _recased(head: str, cleaned: list[str]) -> str | None:
    """The declared spelling of a headline typed in capitals ("BEST DRIP COFFEE MAKER")."""
    if any(c.islower() for c in head) or not any(c.isupper() for c in head):
        return None
    for title in cleaned:
        if (
            any(c.islower() for c in title)
            and word_overlap(_caseless(head), [_caseless(title)]) >= 0.8
        ):
            return title
    return None


def _caseless(text: str) -> str:
    """``text`` as capitals compare with it: Greek capitals drop their accents ("ΠΟΛΗΣ" for
    "πόλης") and Turkish ones their dots ("IŞIK" for "ışık", "YENİ" for "yeni"), which
    case-folding alone keeps apart."""
    return without_accents(text.casefold().replace("ı", "i"))


# The last path segment of an article URL, when it spells words ("how-to-start-an-llc").
_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)

# An article id with dots, as some CMSs close a slug with it ("-1.17110423").
_DOTTED_ID = re.compile(r"\d+(?:\.\d+)+")


def slug_words(url: str | None) -> set[str]:
    """Words of the URL's slug, or nothing when the last segment is not a worded slug.

    Publishers derive the slug from the headline as first written, so it is a witness
    independent of the page's declarations. Ids, hashes and one-word paths say nothing.
    """
    segments = [s for s in unquote(urlsplit(url or "").path).split("/") if s]
    # Trailing ids and dates ("/why-tutoring-stalls/2025/11", "/harbour-walks/88123").
    while segments and segments[-1].isdigit():
        segments.pop()
    if not segments:
        return set()
    last = _SLUG_EXTENSION.sub("", segments[-1]).casefold()
    words = [w for w in re.split(r"[-_+]+", last) if w]
    while words and _DOTTED_ID.fullmatch(words[-1]):
        words.pop()
    if len(words) < 2 or not all(w.isalnum() for w in words):
        return set()
    # Mostly words, not ids: "a1b2c3-d4e5" is a hash.
    if sum(w.isalpha() for w in words) < 0.5 * len(words):
        return set()
    return set(words)


def _slug_share(text: str, slug: set[str]) -> float:
    return len(slug & set(re.findall(r"[^\W_]+", text.casefold()))) / len(slug) if slug else 0.0


def _slug_prefers(head: str, declared: str, url: str | None, overlap: float) -> str:
    """Between a visible headline and the declared title it does not confirm, the one the
    URL's slug spells.

    A headline sharing most words with the declared title stays, unless the slug spells
    the declared title whole and under half of the headline (a slogan in the <h1>: "Form
    your LLC today" over "How to start an LLC"). A headline sharing few words with it is a
    rewrite or a different text; it stays when the slug names at least as much of it as of
    the declared title (labels follow the visible headline in a tie), and gives way to
    the declared title when the slug does not name it or names the declared title better.
    """
    slug = slug_words(url)
    on_head, on_declared = _slug_share(head, slug), _slug_share(declared, slug)
    if overlap >= 0.5:
        return declared if on_declared == 1.0 and on_head < 0.5 else head
    return head if on_head > 0 and on_head >= on_declared else declared


def _is_home(url: str | None) -> bool:
    """Whether ``url`` is a site's home page: its root, or no address to tell."""
    return not urlsplit(url or "").path.strip("/")


# Words that do not make a label: "The Best Scooters" over "Best Scooters" is one headline.
_ARTICLES = frozenset(["the", "a", "an"])

# A sentence of the dek: long, and ended like a sentence.
_DEK = re.compile(r"\W*(?:\S+\s+){9,}\S*[.!?]")


def _adds_furniture(head: str, title: str) -> bool:
    """Whether a heading is the declared title with template furniture around it.

    Templates print a date or a label ("Dec 18 2025", "Blog:", a kicker) before the
    headline in the <h1>, or run the dek into it after a separator; a shorter ending
    ("..., Reviewed by a Student") is the headline itself, which the declared title
    shortens for search results.
    """
    squashed, wanted = squash(head), squash(title)
    if not wanted or len(wanted) >= len(squashed):
        return False
    words = head.split()
    if squashed.endswith(wanted):
        for n in range(1, 5):
            if squash(" ".join(words[n:])) == wanted:
                return not {w.casefold() for w in words[:n]} <= _ARTICLES
    if squashed.startswith(wanted):
        for n in range(len(words) - 1, 0, -1):
            if squash(" ".join(words[:n])) == wanted:
                return _DEK.fullmatch(" ".join(words[n:])) is not None
    return False

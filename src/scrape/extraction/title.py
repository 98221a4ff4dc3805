"""The article's own headline, without the site name glued to it."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote, urlsplit

from .dom import word_overlap
from .metadata import Metadata, host_name, ld_text

# Separators sites put between headline and site name ("Headline | Site", "Site - Headline").
_SEPARATOR = re.compile(r"\s+[|\-–—·•»:/~]{1,2}\s+|\s*\|\s*")


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def site_names(md: Metadata, url: str | None) -> list[str]:
    names = [md.get("og:site_name", "application-name", "twitter:site", "publisher") or ""]
    names += md.ld_site_names
    host = host_name(url or md.canonical or md.get("og:url"))
    if host:
        names.append(host)
        # "www.theverge.com" -> "theverge": matches "The Verge" once squashed.
        names.append(host.rsplit(".", 2)[-2] if host.count(".") >= 1 else host)
    return [n.lstrip("@") for n in names if n and n.strip()]


_GENERIC = frozenset(
    ["blog", "news", "home", "online", "magazine", "journal", "daily", "the", "and", "www"]
)


def is_site_name(text: str, md: Metadata, url: str | None) -> bool:
    """Whether a whole heading is the site's name (a logo <h1>), not a headline."""
    host = host_name(url or md.canonical or md.get("og:url")) or ""
    return _is_site(text, site_names(md, url), _squash(host), whole=True)


# Words a site's name is followed by in its own logo or masthead ("Port Gazette Blog").
_GENERIC_RUN = re.compile("(?:" + "|".join(sorted(_GENERIC, key=len, reverse=True)) + ")*")


def _is_site(segment: str, names: list[str], host: str = "", whole: bool = False) -> bool:
    """Whether ``segment`` names the site.

    A segment cut off by a separator ("Headline | Port Gazette Weekly") is the site's when
    it contains the name; a ``whole`` heading containing the name and other words ("Port
    Gazette Walks Guide") is a headline that mentions the site, unless the other words are
    generic ("Port Gazette Blog").
    """
    seg = _squash(segment)
    if not seg:
        return True
    words = re.findall(r"\w+", segment.casefold())
    # "Rust Blog" on blog.rust-lang.org: a short segment naming a distinctive host word.
    # Every word must belong to the host: "Best Bread Machines" on breaddad.com shares a
    # word with the host but is a headline.
    distinctive = [w for w in words if len(w) >= 4 and w not in _GENERIC]
    if host and len(words) <= 3 and distinctive and all(w in host or w in _GENERIC for w in words):
        return True
    if _is_acronym(segment, names):
        return True
    for name in names:
        squashed = _squash(name)
        if not squashed:
            continue
        same = seg == squashed or (len(squashed) >= 4 and (squashed in seg or seg in squashed))
        if same and whole and squashed in seg and seg != squashed:
            same = bool(_GENERIC_RUN.fullmatch(seg.replace(squashed, "", 1)))
        # A long segment merely mentioning the site ("Why Google bought X") is a headline.
        if same and len(segment.split()) <= max(4, len(name.split()) + 2):
            return True
    return False


def _is_acronym(segment: str, names: list[str]) -> bool:
    """Initials of the site name ("WFA" for World Future Awards) used as a title suffix."""
    seg = segment.strip()
    if not (2 <= len(seg) <= 6 and seg.isalpha() and seg.isupper()):
        return False
    for name in names:
        words = re.findall(r"[^\W\d_]+", name)
        if len(words) >= 2 and "".join(w[0] for w in words).upper() == seg:
            return True
    return False


def strip_site_name(title: str, names: list[str], host: str = "") -> str:
    """Remove leading/trailing segments that are the site's name."""
    host = _squash(host)
    title = " ".join(title.split())
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATOR.findall(title)
    start, end = 0, len(parts)
    while end - start > 1 and _is_site(parts[end - 1], names, host):
        end -= 1
    while end - start > 1 and _is_site(parts[start], names, host):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()


# Where a headline and its trailing tag meet ("Headline | Tag", "Headline - Tag").
_TAIL_SEPARATOR = re.compile(r"\s+[|\-–—]\s+|\s*\|\s*")
# A short trailing tag: "| District", "- Infographic", "— Strength Training", "- Part 1".
# Every word capitalised (or a number), as in a label, not a clause.
_LABEL = re.compile(r"[A-Z0-9][\w&'’.+#]*(?:\s+[A-Z0-9][\w&'’.+#]*){0,2}")
# The author's byline glued on by newsletter and blog platforms ("- by Jane Roe").
_BYLINE = re.compile(r"[Bb]y\s+[^\s|]+(?:\s+[^\s|]+){0,3}")


def _split_last(title: str) -> tuple[str, str] | None:
    matches = list(_TAIL_SEPARATOR.finditer(title))
    last = matches[-1] if matches else None
    if last is None or last.start() == 0:
        return None
    return title[: last.start()].rstrip(), title[last.end() :].strip()


def drop_tail(title: str) -> str:
    """Remove a short label-like segment after the last separator of a long headline.

    Sites tag the headline with its section, format or series ("| Top 19 Companies",
    "- Personally Tested") in the same way they append their name; readers, and the
    article's own byline area, do not repeat it. A headline of under four words keeps its
    tail ("Zero Waste - A Beginner's Guide"): there it is the point of the headline.
    """
    split = _split_last(title)
    if split is not None and _BYLINE.fullmatch(split[1]) and len(split[0].split()) >= 2:
        title = split[0]
        split = _split_last(title)
    if split is not None and _LABEL.fullmatch(split[1]) and len(split[0].split()) >= 4:
        return split[0]
    return title


def meta_titles(md: Metadata) -> list[str]:
    """Declared titles, most trustworthy first."""
    article = md.ld_article or {}
    candidates = [
        md.get("og:title"),
        ld_text(article.get("headline")) or ld_text(article.get("name")),
        md.get("twitter:title"),
        md.get("dc.title", "parsely-title", "sailthru.title", "headline"),
        md.html_title,
    ]
    # Some CMSs escape twice ("Beginner&#8217;s", "&amp;"), mostly in JSON-LD.
    return [" ".join(html.unescape(c).split()) for c in candidates if c and c.strip()]


def _majority(cleaned: list[str]) -> str | None:
    """The declared title most of the others repeat; the most trusted one on a tie."""
    votes: dict[str, int] = {}
    for title in cleaned:
        key = _squash(title)
        if key:
            votes[key] = votes.get(key, 0) + 1
    best = max(votes.values(), default=0)
    return next((t for t in cleaned if _squash(t) and votes[_squash(t)] == best), None)


def _agreed(cleaned: list[str]) -> str | None:
    """A declared title that at least two of the page's declarations give."""
    title = _majority(cleaned)
    if title is None:
        return None
    return title if sum(_squash(t) == _squash(title) for t in cleaned) >= 2 else None


def _is_label(head: str, declared: list[str], url: str | None) -> bool:
    """A one- or two-word heading ("Webcams", "M&A Updates") that neither a declared title
    nor the URL contains: the section or page-type label some templates put in the <h1>."""
    if len(head.split()) > 2:
        return False
    squashed = _squash(head)
    path = _squash(unquote(urlsplit(url or "").path))
    return squashed not in path and not any(squashed in _squash(t) for t in declared)


def _recased(head: str, cleaned: list[str]) -> str | None:
    """The declared spelling of a headline typed in capitals ("BEST DRIP COFFEE MAKER")."""
    if any(c.islower() for c in head) or not any(c.isupper() for c in head):
        return None
    for title in cleaned:
        if any(c.islower() for c in title) and word_overlap(head, [title]) >= 0.8:
            return title
    return None


# The last path segment of an article URL, when it spells words ("how-to-start-an-llc").
_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)


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


def choose_title(md: Metadata, headline: str | None, url: str | None) -> str | None:
    names = site_names(md, url)
    declared = meta_titles(md)
    host = host_name(url or md.canonical or md.get("og:url")) or ""
    cleaned = [drop_tail(strip_site_name(t, names, host)) for t in declared]
    if headline:
        head = drop_tail(strip_site_name(headline, names, host))
        squashed = _squash(head)
        # The visible headline is what readers (and labels) know; trust it when a declared
        # title confirms it, or when there is nothing to compare against.
        if squashed and not _is_site(head, names, whole=True):
            for title in declared + cleaned:
                other = _squash(title)
                if squashed == other or (len(squashed) > 15 and squashed in other):
                    return head
            agreed = _agreed(cleaned)
            if agreed and _is_label(head, declared, url):
                return agreed
            recased = _recased(head, cleaned)
            if recased:
                return recased
            majority = _majority(cleaned)
            if not declared or majority is None:
                return head
            if len(head) <= 300:
                return _slug_prefers(head, majority, url, word_overlap(head, declared))
    # No usable headline: the title the page's declarations agree on, rather than the first
    # one (og:title is sometimes a social-media teaser the other declarations do not share).
    return _majority(cleaned)

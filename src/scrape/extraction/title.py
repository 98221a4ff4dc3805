"""The article's own headline, without the site name glued to it."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dom import ancestors, attr_text, text_width, without_accents
from .headline import (
    BARS,
    find_headline,
    heading_text,
    site_prefix,
    split_title,
    unjoined_headline,
    word_overlap,
)
from .metadata import Metadata, host_name, ld_text


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


# A character reference left in parsed text: the CMS escaped the title twice ("SQL &#x26;
# AI", "Beginner&#8217;s"). Only complete references, so "AT&T" and "R&D" stay as they are.
_CHAR_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
# UTF-8 bytes decoded as cp1252 or latin-1 somewhere upstream of the page ("Investorâ€™s",
# "Investorâ\x80\x99s"): a lead-byte character followed by continuation-byte characters.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]{1,3}"
)


def _as_bytes(text: str) -> bytes | None:
    """The bytes ``text`` was decoded from, as cp1252 or (for the five bytes cp1252 leaves
    undefined, and C1 controls) as latin-1."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            out.append(ord(char))
    return bytes(out)


def _unmangled(match: re.Match[str]) -> str:
    raw = _as_bytes(match.group(0))
    try:
        fixed = raw.decode("utf-8") if raw is not None else ""
    except UnicodeDecodeError:
        return match.group(0)
    # Titles are mangled in their punctuation and accented letters; a decoding into any
    # other script ("Ö’" as a Hebrew accent) means the text was right as it was.
    plausible = all(
        "\u00a0" <= c <= "\u024f" or "\u2000" <= c <= "\u20cf" or c == "\u2122" for c in fixed
    )
    return fixed if fixed and plausible else match.group(0)


# Characters that print nothing: soft hyphens (line-break hints: "Mes&shy;sen&shy;ger"),
# zero-width spaces, word joiners and stray byte-order marks. Joiners that shape letters
# (ZWJ, ZWNJ in Persian or Hindi) are kept.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Direction marks and embeddings that right-to-left sites set around a title's separators
# and ends ("Headline \u200f- Site", "\u202bHeadline\u202c | Site"): next to a space or at
# an end they order nothing a reader sees, and left there they stay on the headline once
# the site's name is cut off. Between two letters they may order a mixed-script run, and
# stay.
_BIDI = "[\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_BIDI_EDGE = re.compile(rf"^{_BIDI}+|{_BIDI}+$|(?<=\s){_BIDI}+|{_BIDI}+(?=\s)")


def repaired(text: str) -> str:
    """``text`` with doubly escaped character references decoded, mojibake undone and
    invisible characters (and direction marks at its ends and spaces) removed."""
    for _ in range(2):
        if not _CHAR_REF.search(text):
            break
        text = html.unescape(text)
    text = _BIDI_EDGE.sub("", _INVISIBLE.sub("", text))
    return _MOJIBAKE.sub(_unmangled, text)


# The most words a site's name has, articles and all ("Il Corriere del Porto").
_NAME_WORDS = 4


def site_names(md: Metadata, url: str | None) -> list[str]:
    names = [md.get("og:site_name", "application-name", "twitter:site", "publisher") or ""]
    names += md.ld_site_names
    # Scripts that copy the page's title into every title-like <meta> fill the app's name
    # with it too ("application-name" = "Headline - Site"): that names the page, not the
    # site, and would make the headline itself look like the site's name.
    titles = {_squash(t) for t in (md.html_title, md.get("og:title")) if t}
    host = host_name(url or md.canonical or md.get("og:url"))
    # A name the host spells is the site's even where a title repeats it: the <title> of a
    # page whose template names only the site ("Le Courrier du Sud" on courrierdusud.fr).
    # A few words, as a name is: a whole "Headline | Le Courrier du Lac" spells it too. A
    # host spells the name without its accents ("Severní deník" on severnidenik.cz).
    word = _squash(host.rsplit(".", 2)[-2]) if host and host.count(".") >= 1 else ""
    names = [
        n
        for n in names
        if _squash(n) not in titles
        or (
            len(word) >= 4 and word in without_accents(_squash(n)) and len(n.split()) <= _NAME_WORDS
        )
    ]
    if host:
        names.append(host)
        # "www.theverge.com" -> "theverge": matches "The Verge" once squashed.
        names.append(host.rsplit(".", 2)[-2] if host.count(".") >= 1 else host)
    return [n.lstrip("@") for n in names if n and n.strip()]


# A link to a site's home page: its root, on this host or given with one ("/",
# "https://www.example.org/", "//example.org/index.html").
_HOME_HREF = re.compile(
    r"(?:(?:https?:)?//(?:www\.)?(?P<host>[^/?#:]+)(?::\d+)?/?|/)(?:index\.(?:html?|php))?",
    re.IGNORECASE,
)


def shown_site_names(tree: LexborHTMLParser, url: str | None) -> tuple[list[str], list[str]]:
    """The names the page itself gives its site: the text of links to the site's home page
    (the logo, "新华网") and the part its feeds' titles share before a separator ("Port
    Gazette » Feed", "Port Gazette » Comments Feed"); apart, the names its logos give in
    images' alt text (``<a href="/"><img alt="صوت الميناء"></a>``).

    They name the site in its own words and script, where the declarations name it in
    none or the host spells it in Latin letters. A logo image may name a section's own
    logo (a forum's section, a platform's blog) as well as the site: its alt text is for
    the title's segments, not for telling a heading from the logo.
    """
    names: list[str] = []
    logos: list[str] = []
    firsts: list[str] = []
    host = (host_name(url) or "").casefold()
    # One pass, narrowed in the selector: a page has hundreds of links, a handful to its
    # root.
    wanted = ['link[rel="alternate"][title]']
    if re.fullmatch(r"[\w.-]+", host):
        ends = [f"//{h}{slash}" for h in (host, f"www.{host}") for slash in ("", "/")]
        wanted += ['a[href="/"]', 'a[href*="/index."]', *(f'a[href$="{e}"]' for e in ends)]
    for node in tree.css(", ".join(wanted)):
        attrs = node.attributes
        if node.tag == "link":
            parts = split_title(" ".join((attrs.get("title") or "").split()))[0]
            if _FEED_TYPE.search(attrs.get("type") or "") and len(parts) > 1:
                firsts.append(parts[0])
            continue
        home = _HOME_HREF.fullmatch((attrs.get("href") or "").strip())
        if home is None or (home.group("host") or host).casefold() != host:
            continue
        text = " ".join(node.text(deep=True).split())
        if text and len(text.split()) <= 6:
            names.append(text)
        elif not text:
            logo = _logo_name(node)
            if logo and len(logo.split()) <= 6:
                logos.append(logo)
    # One feed's title may start with the post's own ("Headline » Comments"); what two
    # share is the site's.
    names += [first for first in dict.fromkeys(firsts) if firsts.count(first) >= 2]
    return list(dict.fromkeys(names)), list(dict.fromkeys(logos))


_FEED_TYPE = re.compile(r"rss|atom", re.IGNORECASE)


def _logo_name(link: LexborNode) -> str:
    """The site's name as a link without text gives it: the alt text of its images (the
    logo drawn as an <img alt="한겨레">), else its aria-label or title. The image comes
    first: a label names the link's purpose ("Startseite", "Go home") as often as the
    site."""
    alts = " ".join(img.attributes.get("alt") or "" for img in link.css("img"))
    attrs = link.attributes
    for name in (alts, attrs.get("aria-label"), attrs.get("title")):
        if name and name.strip():
            return " ".join(name.split())
    return ""


_GENERIC = frozenset(
    ["blog", "news", "home", "online", "magazine", "journal", "daily", "the", "and", "www"]
)


def _spelled_site_names(md: Metadata, shown: Sequence[str]) -> list[str]:
    """Names of the site that count only spelled exactly: the page's own (``shown``) and
    the other names its JSON-LD gives the site, which may be slogans ("Covering Breaking
    News") too loose to match inside a segment. As in :func:`site_names`, one that repeats
    the page's own title names the page."""
    titles = {_squash(t) for t in (md.html_title, md.get("og:title")) if t}
    alternates = [n for n in md.ld_site_alternate_names if _squash(n) not in titles]
    return [*shown, *alternates]


def is_site_name(text: str, md: Metadata, url: str | None, shown: Sequence[str] = ()) -> bool:
    """Whether a whole heading is the site's name (a logo <h1>), not a headline."""
    host = host_name(url or md.canonical or md.get("og:url")) or ""
    if _squash(text) in {_squash(n) for n in _spelled_site_names(md, shown)}:
        return True
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
        same = seg == squashed or (
            len(squashed) >= 4 and (squashed in seg or (len(seg) >= 4 and seg in squashed))
        )
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


def _without_host(title: str, host: str) -> str:
    """``title`` without a leading or trailing host name ("example.com Headline"): a dotted
    host name needs no separator to stand apart from the headline.

    Only as spelled in the address bar: a capitalised "Booking.com" is the company, the
    subject of a headline such as "Booking.com Reports Record Summer".
    """
    if "." not in host:
        return title
    words = title.split(" ")
    # The separator that set the host apart goes with it ("Headline - example.com").
    if len(words) > 1 and words[0].removeprefix("www.") == host:
        return " ".join(words[1:]).lstrip(_HOST_SEPARATORS)
    if len(words) > 1 and words[-1].removeprefix("www.") == host:
        return " ".join(words[:-1]).rstrip(_HOST_SEPARATORS)
    return title


_HOST_SEPARATORS = " |-–—·•»«:/~"


def strip_site_name(title: str, names: list[str], host: str = "", shown: Sequence[str] = ()) -> str:
    """Remove leading/trailing segments that are the site's name: one of ``names`` (as
    :func:`_is_site` matches them) or, spelled exactly, one of the ``shown`` names, which
    may span segments ("Headline - Gazette - Webdesign")."""
    title = _without_host(" ".join(title.split()), host)
    host = _squash(host)
    parts, seps = split_title(title)
    if len(parts) < 2:
        return title
    spelled = {_squash(n) for n in shown} - {""}

    def run(first: int, last: int) -> bool:
        return _squash("".join(parts[first:last])) in spelled

    start, end = 0, len(parts)
    while end - start > 1:
        if _is_site(parts[end - 1], names, host) or _site_with_tagline(
            parts[end - 1], [*names, *shown]
        ):
            end -= 1
            continue
        cut = next((k for k in range(start + 1, end) if run(k, end)), None)
        if cut is None:
            break
        end = cut
    while end - start > 1:
        if _is_site(parts[start], names, host):
            start += 1
            continue
        cut = next((k for k in range(end - 1, start, -1) if run(start, k)), None)
        if cut is None:
            break
        start = cut
    if (start, end) == (0, len(parts)):
        return title
    return _joined(parts, seps, start, end)


# An underscore joining two words with no space: a separator where it sets off the site's
# name, as in Chinese titles ("Headline_Section_Site"), in any script.
_UNDERSCORE = re.compile(r"(?<=\S)_(?=\S)")
# The most words of a section's name between a headline and its site's.
_SECTION_WORDS = 3


def _without_underscored_site(title: str, names_site: Callable[[str], bool]) -> str:
    """``title`` without the site's name its last underscore sets off, and without the
    section names between that and the headline ("Headline_Politics_Port Gazette" ->
    "Headline"). An underscore is a separator only when the site's name follows it: in
    other titles it is a name's or a file's ("snake_case", "IMG_2041")."""
    parts = _UNDERSCORE.split(title)
    last = parts[-1].strip()
    if len(parts) < 2 or len(split_title(last)[0]) > 1 or not names_site(last):
        return title
    parts.pop()
    while (
        len(parts) > 1
        and _is_headline(parts[0])
        and len(parts[-1].split()) <= _SECTION_WORDS
        and text_width(parts[-1]) < text_width(parts[0])
    ):
        parts.pop()
    return "_".join(parts)


def _opens_with_site(title: str, names_site: Callable[[str], bool]) -> bool:
    """Whether a title's first segment, of several, is the site's name."""
    parts = split_title(title)[0]
    return len(parts) > 1 and names_site(parts[0])


# A mark set between a kicker and its headline, or a headline's two halves.
_JOINING_MARK = re.compile(r"(?<=\S)(?: ?:| [–—-]) (?=\S)")


def _with_declared_mark(head: str, title: str) -> str:
    """The declared ``title`` where it is the heading with a colon or dash where the
    heading has only a space ("Energie: Stadtwerke ..." for "Energie<br>Stadtwerke ..."):
    the heading's line break or styling does what the mark does in text. Otherwise the
    heading as shown."""
    for mark in _JOINING_MARK.finditer(title):
        if f"{title[: mark.start()]} {title[mark.end() :]}" == head:
            return title
    return head


# Where a site's name ends and its tagline begins ("Port Gazette: News from the coast").
_TAGLINE_START = re.compile(r"\s*[:,–—-]\s")


def _site_with_tagline(segment: str, names: list[str]) -> bool:
    """Whether a title's last segment is the site's name followed by its tagline ("Port
    Gazette: News from the coast", "Hafenblatt – das Nachrichtenportal"): set off by a
    colon, comma or dash the title's separators do not split at. Only at the title's
    end, where templates append the name: at its start, the words after "Name:" are the
    headline."""
    squashed = {_squash(n) for n in names} - {""}
    for mark in _TAGLINE_START.finditer(segment):
        name = _squash(segment[: mark.start()])
        if text_width(name) >= 4 and name in squashed:
            return True
    return False


def _joined(parts: list[str], seps: list[str], start: int, end: int) -> str:
    """``parts[start:end]`` of a :func:`split_title` with their separators between them."""
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()


# Where a headline and its trailing tag meet ("Headline | Tag", "Headline - Tag").
_TAIL_SEPARATOR = re.compile(rf"\s+[|\-–—]\s+|\s*[{BARS}]\s*|\s+[\-–—](?=[^\W\d_])")
# A short trailing tag: "| District", "- Infographic", "— Strength Training", "- Part 1".
# Every word capitalised (or a number), as in a label, not a clause.
_LABEL_WORD = r"[A-Z0-9][\w&'’.+#]*"
# Or a list of keywords, as tag lines are ("| Python, SQL & AI").
_LABEL = re.compile(
    rf"{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{0,2}}"
    rf"|{_LABEL_WORD}(?:(?:,\s+|\s+&\s+){_LABEL_WORD}){{1,4}}"
)
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
    if split is not None and _uncased_label(split[1]) and len(split[0]) >= 4 * len(split[1]):
        return split[0]
    return title


def link_texts(tree: LexborHTMLParser) -> Callable[[str], bool]:
    """Whether a text is, whole, the text of a link in the page's navigation: its menus
    and its breadcrumb trail.

    A site's sections are the links it navigates by ("Notícias de Economia", "Zprávy z
    ekonomiky"), on every page of it. A link elsewhere may be a tag or a related story,
    whose words a title may share. The links are read once, and only when a title has a
    tail to test.
    """
    links: dict[str, list[LexborNode]] | None = None

    def is_link(text: str) -> bool:
        nonlocal links
        if links is None:
            links = {}
            for node in tree.css("a[href]"):
                label = node.text(deep=True)
                if len(label) <= _SECTION_CHARS:
                    links.setdefault(_squash(label), []).append(node)
        key = _squash(text)
        return bool(key) and any(_navigates(node) for node in links.get(key, ()))

    return is_link


# A section's name is a few words; a link text longer than this is a story's.
_SECTION_CHARS = 60
# Menus and trails are named so in any language's templates ("main-nav", "hauptmenue",
# "breadcrumbs"); "unavailable" and a "navy" colour are no "nav".
_NAVIGATION = re.compile(r"nav(?!ail|y)|menu|crumb")
# A menu's link sits a few levels inside it (a > li > ul > nav); a wrapper further out
# named after a menu ("menu-open" on the page's container) holds the article too.
_NAVIGATION_DEPTH = 6


def _navigates(link: LexborNode) -> bool:
    for depth, anc in enumerate(ancestors(link)):
        if depth >= _NAVIGATION_DEPTH or anc.tag in {"body", "html"}:
            return False
        if anc.tag == "nav" or anc.attributes.get("role") == "navigation":
            return True
        if _NAVIGATION.search(attr_text(anc)):
            return True
    return False


def drop_sections(title: str, is_section: Callable[[str], bool]) -> str:
    """Remove trailing segments that are the page's section links ("Headline | Notícias de
    Economia"), however they are cased, while a headline of several words remains: sites
    append their section's name to the headline as they append their own."""
    parts, seps = split_title(title)
    end = len(parts)
    while end > 1 and _is_headline(" ".join(parts[: end - 1])) and is_section(parts[end - 1]):
        end -= 1
    if end == len(parts):
        return title
    return _joined(parts, seps, 0, end)


def _declared_sections(md: Metadata) -> list[str]:
    """The sections the page declares its story in: ``article:section`` and the JSON-LD
    article's ``articleSection`` (a name or a list of names)."""
    found = [md.get("article:section") or ""]
    section = (md.ld_article or {}).get("articleSection")
    for item in section if isinstance(section, list) else [section]:
        found.append(ld_text(item) or "")
    return [f for f in found if f]


def _is_headline(text: str) -> bool:
    """Long enough to be a headline on its own: four words, or, in a script written
    without spaces, ten characters."""
    return len(text.split()) >= 4 or (" " not in text.strip() and len(text.strip()) >= 10)


# A separator ending a title whose last part is empty ("National Rail Enquiries -"). Angle
# quotes stay: French quotes are set off by spaces ("« Nous irons »").
_DANGLING = re.compile(rf"(?:\s+[|\-–—·•:/~{BARS}]+)+$")


def _uncased_label(tail: str) -> bool:
    """A one-word section tag in a script without capitals ("정치", "国际", "سياسة")."""
    return (
        0 < len(tail) <= 6 and tail.isalpha() and not any(c.isupper() or c.islower() for c in tail)
    )


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
    og_title, card_title = candidates[0], candidates[2]
    if og_title and card_title and _squash(card_title) == _squash(og_title):
        # A Twitter card falls back to og:title; a card title spelling it is that same
        # social-media title written out again, not a second declaration agreeing with it.
        candidates[2] = None
    return [_as_declared(c) for c in candidates if c and c.strip() and len(c) <= _LONGEST_DECLARED]


# A <title> never closed holds the rest of the document as its text (browsers read it so),
# and an attribute whose closing quote is missing runs on to the next one: a "title" of
# thousands of characters is such a page's markup, not its name.
_LONGEST_DECLARED = 1_000


def _as_declared(title: str) -> str:
    # Some CMSs escape twice ("Beginner&#8217;s", "&amp;"), mostly in JSON-LD.
    return " ".join(html.unescape(title).split())


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
    squashed, wanted = _squash(head), _squash(title)
    if not wanted or len(wanted) >= len(squashed):
        return False
    words = head.split()
    if squashed.endswith(wanted):
        for n in range(1, 5):
            if _squash(" ".join(words[n:])) == wanted:
                return not {w.casefold() for w in words[:n]} <= _ARTICLES
    if squashed.startswith(wanted):
        for n in range(len(words) - 1, 0, -1):
            if _squash(" ".join(words[:n])) == wanted:
                return _DEK.fullmatch(" ".join(words[n:])) is not None
    return False


# Repositories and catalogues label the field in the heading itself ("Title: ...").
_FIELD_LABEL = re.compile(r"^\s*(?:title|headline)\s*:\s+(?=\S)", re.IGNORECASE)


def find_title(
    tree: LexborHTMLParser, md: Metadata, url: str | None
) -> tuple[LexborNode | None, str | None, str | None]:
    """The page's headline element, its text as shown, and the page's title (the headline
    when no title can be chosen)."""
    shown, logos = shown_site_names(tree, url)
    node = find_headline(tree, meta_titles(md), lambda t: is_site_name(t, md, url, shown))
    headline = heading_text(node) if node is not None else None
    bare = unjoined_headline(node) if node is not None else None
    title = choose_title(md, headline, url, [*shown, *logos], link_texts(tree), bare)
    return node, headline, title or headline


# Quotation marks of any language a headline may go on with where a declared title stops.
_QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚「」『』＂"
# An ellipsis ending a title: the CMS cut it to a length and said so.
_ELLIPSIS = re.compile(r"\s*(?:…+|\.{3,})$")
# Under this, a shortened title's remains ("Die…") could start any text.
_SHORTENED_MIN = 8


def _uncut(title: str, witnesses: Sequence[str], by_length: bool = False) -> str:
    """``title`` as it was written, when the page declares it cut short: the text of the
    first witness (the heading, another declared title) that goes on from where it stops.

    A template that pastes the headline into ``content="..."`` unescaped ends the attribute
    at the headline's first straight quote mark (``content="Dijo "basta" a la reforma"`` is
    read, by browsers and by us, as "Dijo "), while the heading and the <title> element,
    which are text, carry the whole of it: a declared title that a witness goes on from at
    a quote mark ("Dijo" before "“basta” a la reforma") is cut, never a shorter wording,
    since search titles are shortened at a separator or a word, not at a quotation. A
    title ending in an ellipsis ("Regierung und Opposition einigen sich nach…") is one a
    CMS cut to a length, and a witness that goes on from it past the cut (not with the
    ellipsis itself) holds the rest. A title a witness goes on from inside a word
    ("... des Deutschl" before "andtickets") was cut at a length without saying so; and a
    ``by_length`` title, the JSON-LD headline, which validators hold to 110 characters and
    CMSs cut to fit, was cut too where a witness goes on from it with more words.
    """
    stem = _ELLIPSIS.sub("", title)
    shortened = stem != title
    if not stem or (shortened and len(stem) < _SHORTENED_MIN):
        return title
    for text in witnesses:
        at = text.find(stem)
        while at >= 0:
            rest = text[at + len(stem) :]
            before = text[:at].rstrip()
            starts_word = not before or not text[at - 1].isalnum()
            # A title the witness quotes ("„Tatort“ aus Münster") ends at its closing mark.
            quoted = bool(before) and before[-1] in _QUOTE_MARKS and not shortened
            if starts_word and not quoted and _goes_on(rest, shortened, stem, by_length):
                return text[at:]
            at = text.find(stem, at + 1)
    return title


def _goes_on(rest: str, shortened: bool, stem: str, by_length: bool) -> bool:
    if shortened:
        rest = rest.lstrip()
        return bool(rest) and not rest.startswith(("…", "..."))
    # Inside a word of a spaced script: in one written without spaces any two titles
    # one of which starts the other would meet "inside a word".
    if stem[-1:].isalnum() and rest[:1].isalnum() and " " in stem.strip():
        return True
    if by_length and rest[:1].isspace() and rest.lstrip()[:1].isalnum():
        return True
    rest = rest.lstrip()
    return len(rest) > 1 and rest[0] in _QUOTE_MARKS


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
    ld_headline = repaired(_as_declared(ld_headline)) if ld_headline else None
    declared = [
        _uncut(t, [w for w in witnesses if w != t], by_length=t == ld_headline) for t in declared
    ]
    cleaned, named = _cleaned_titles(declared, headline, ld_headline, site)
    if headline:
        chosen = _headline_title(headline, bare, declared, cleaned, named, url, site)
        if chosen is not None:
            return chosen
    # No usable headline: the title the page's declarations agree on, rather than the first
    # one (og:title is sometimes a social-media teaser the other declarations do not share).
    return _majority(cleaned)


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
        self.shown = _spelled_site_names(md, shown)
        self.host = host_name(url or md.canonical or md.get("og:url")) or ""
        self._sections = {_squash(s) for s in _declared_sections(md)} - {""}
        self._is_section = is_section
        self._spelled = {_squash(n) for n in self.shown} - {""}
        # A site opening its titles with its name and a colon ("Port Gazette: Headline")
        # does so on its home page too, where the words after it are its tagline and the
        # whole is the page's name: only a page declaring itself an article loses the prefix.
        self.article_page = bool(md.ld_article) or (md.get("og:type") or "").casefold() == "article"

    def is_section_or_declared(self, text: str) -> bool:
        return _squash(text) in self._sections or self._is_section(text)

    def names_site(self, text: str) -> bool:
        return _squash(text) in self._spelled or _is_site(text, self.names, _squash(self.host))

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
            _without_underscored_site(title, self.names_site), self.is_section_or_declared
        )
        return _DANGLING.sub("", drop_sections(drop_tail(title), self.is_section_or_declared))


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
    cleaned = [_uncut(c, [w for w in (headline or "", *cleaned) if w and w != c]) for c in cleaned]
    # A declaration that is the site's own name (og:title left at its default, the name
    # alone) names the site, not the story; it has no vote while another names something.
    spelled = {_squash(n) for n in site.shown}
    host = _squash(site.host)
    named = [
        t for t in cleaned if not (_squash(t) in spelled or _is_site(t, site.names, host, True))
    ]
    # Nor does the site's own title, the home page's, left in an article page's
    # declarations ("Port Gazette – News from the coast"): it opens with the site's name
    # and shares no word with the headline the page's JSON-LD article declares.
    if ld_headline:
        defaults = {
            _squash(t)
            for raw, t in zip(declared, cleaned, strict=True)
            if _opens_with_site(raw, site.names_site) and word_overlap(t, [ld_headline]) == 0
        }
        named = [t for t in named if _squash(t) not in defaults] or named
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
    head = _DANGLING.sub("", drop_tail(site.without_site_name(headline)))
    squashed = _squash(head)
    # The visible headline is what readers (and labels) know; trust it when a declared
    # title confirms it, or when there is nothing to compare against.
    if not squashed or _is_site(head, site.names, whole=True):
        return None
    # Inside a declared title, a heading as long as a headline is one; the length
    # as it would run in Latin letters, since a Chinese or Korean headline holds
    # as much in a third of the characters.
    # Spelled whole by one (the site's name cut) before found inside another, which
    # may still carry the name: the mark at a kicker's break is read off the whole.
    for title in declared + cleaned:
        if squashed == _squash(title):
            return _with_declared_mark(head, title)
    for title in declared + cleaned:
        if text_width(squashed) > 15 and squashed in _squash(title):
            return head
    # A kicker set in an element of its own over the headline, which a declared
    # title leaves out: the page's own markup says which words are the headline,
    # so one declaration spelling them is enough, and they are kept as shown.
    if bare and any(_squash(bare) == _squash(t) for t in cleaned):
        return _DANGLING.sub("", site.without_site_name(repaired(bare)))
    agreed = _agreed(cleaned)
    if agreed and _is_label(head, declared, url):
        return agreed
    if agreed and _adds_furniture(head, agreed):
        return agreed
    # A short heading inside the agreed title, past its start, is a section heading
    # that repeats some of its words ("Discord", "Choose a Tool"), picked for want
    # of a matching <h1>; one the title starts with is the headline the title
    # extends for search results ("What is Mesh WiFi? | Whole Home Mesh WiFi").
    if agreed and squashed in _squash(agreed)[1:]:
        return agreed
    recased = _recased(head, cleaned)
    if recased:
        return recased
    majority = _majority(cleaned)
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

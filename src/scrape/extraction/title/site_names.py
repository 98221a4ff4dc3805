"""The site's name and its sections, and a title without them: the names a site goes by
(declared, in its logo, in its address), and the separators, taglines and section links
they are glued to a headline with."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dates.months import FOREIGN, MONTHS
from ..dom import ancestors, attr_text, text_width, without_accents
from ..metadata import Metadata, host_name, ld_text
from .text import BAR, BARS, split_title, squash

# The most words a site's name has, articles and all ("Il Corriere del Porto").
_NAME_WORDS = 4


def site_names(md: Metadata, url: str | None) -> list[str]:
    names = [md.get("og:site_name", "application-name", "twitter:site", "publisher") or ""]
    names += md.ld_site_names
    # Scripts that copy the page's title into every title-like <meta> fill the app's name
    # with it too ("application-name" = "Headline - Site"): that names the page, not the
    # site, and would make the headline itself look like the site's name.
    titles = {squash(t) for t in (md.html_title, md.get("og:title")) if t}
    host = host_name(url or md.canonical or md.get("og:url"))
    # A name the host spells is the site's even where a title repeats it: the <title> of a
    # page whose template names only the site ("Le Courrier du Sud" on courrierdusud.fr).
    # A few words, as a name is: a whole "Headline | Le Courrier du Lac" spells it too. A
    # host spells the name without its accents ("Severní deník" on severnidenik.cz).
    word = squash(host.rsplit(".", 2)[-2]) if host and host.count(".") >= 1 else ""
    names = [
        n
        for n in names
        if squash(n) not in titles
        or (len(word) >= 4 and word in without_accents(squash(n)) and len(n.split()) <= _NAME_WORDS)
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


def spelled_site_names(md: Metadata, shown: Sequence[str]) -> list[str]:
    """Names of the site that count only spelled exactly: the page's own (``shown``) and
    the other names its JSON-LD gives the site, which may be slogans ("Covering Breaking
    News") too loose to match inside a segment. As in :func:`site_names`, one that repeats
    the page's own title names the page."""
    titles = {squash(t) for t in (md.html_title, md.get("og:title")) if t}
    alternates = [n for n in md.ld_site_alternate_names if squash(n) not in titles]
    return [*shown, *alternates]


# A web address alone ("carta.info", "www.example.de"): a site's name, whatever host the
# page was fetched from (an archive's copy, a mirror).
# A domain's ending is in lower case and no file's ("Node.js", "ASP.NET" name software).
_ADDRESS_ALONE = re.compile(
    r"\s*(?:(?i:https?://)?(?i:www\.))?[\w-]+(?:\.[\w-]+)*"
    r"\.(?!(?:js|ts|py|rb|md|txt|pdf|css|json|exe)\b)[a-z]{2,}/?\s*"
)


def is_site_name(text: str, md: Metadata, url: str | None, shown: Sequence[str] = ()) -> bool:
    """Whether a whole heading is the site's name (a logo <h1>), not a headline."""
    host = host_name(url or md.canonical or md.get("og:url")) or ""
    if _ADDRESS_ALONE.fullmatch(text) or squash(text) in {
        squash(n) for n in spelled_site_names(md, shown)
    }:
        return True
    return is_site(text, site_names(md, url), squash(host), whole=True)


# Words a site's name is followed by in its own logo or masthead ("Port Gazette Blog").
_GENERIC_RUN = re.compile("(?:" + "|".join(sorted(_GENERIC, key=len, reverse=True)) + ")*")


def is_site(segment: str, names: list[str], host: str = "", whole: bool = False) -> bool:
    """Whether ``segment`` names the site.

    A segment cut off by a separator ("Headline | Port Gazette Weekly") is the site's when
    it contains the name; a ``whole`` heading containing the name and other words ("Port
    Gazette Walks Guide") is a headline that mentions the site, unless the other words are
    generic ("Port Gazette Blog").
    """
    seg = squash(segment)
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
        squashed = squash(name)
        if not squashed:
            continue
        same = seg == squashed or (
            len(squashed) >= 4
            and (
                (squashed in seg and _spelled_in(squashed, words))
                or (len(seg) >= 4 and seg in squashed)
            )
        )
        if same and whole and squashed in seg and seg != squashed:
            same = bool(_GENERIC_RUN.fullmatch(seg.replace(squashed, "", 1)))
        # A long segment merely mentioning the site ("Why Google bought X") is a headline.
        if same and len(segment.split()) <= max(4, len(name.split()) + 2):
            return True
    return False


def _spelled_in(squashed: str, words: list[str]) -> bool:
    """Whether a run of whole ``words`` spells the name ``squashed``: "BILD" in "BILD
    Hamburg", not the "Bild" opening "die Bilder der Nacht"."""
    return any(
        squash("".join(words[i:j])) == squashed
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


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
    :func:`is_site` matches them) or, spelled exactly, one of the ``shown`` names, which
    may span segments ("Headline - Gazette - Webdesign")."""
    title = _without_host(" ".join(title.split()), host)
    host = squash(host)
    parts, seps = split_title(title)
    if len(parts) < 2:
        return title
    spelled = {squash(n) for n in shown} - {""}

    def run(first: int, last: int) -> bool:
        return squash("".join(parts[first:last])) in spelled

    start, end = 0, len(parts)
    while end - start > 1:
        if is_site(parts[end - 1], names, host) or _site_with_tagline(
            parts[end - 1], [*names, *shown]
        ):
            end -= 1
            continue
        cut = next((k for k in range(start + 1, end) if run(k, end)), None)
        if cut is None:
            break
        end = cut
    while end - start > 1:
        if is_site(parts[start], names, host):
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


def without_underscored_site(title: str, names_site: Callable[[str], bool]) -> str:
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


def opens_with_site(title: str, names_site: Callable[[str], bool]) -> bool:
    """Whether a title's first segment, of several, is the site's name."""
    parts = split_title(title)[0]
    return len(parts) > 1 and names_site(parts[0])


# Where a site's name ends and its tagline begins ("Port Gazette: News from the coast").
_TAGLINE_START = re.compile(r"\s*[:,–—-]\s")


def _site_with_tagline(segment: str, names: list[str]) -> bool:
    """Whether a title's last segment is the site's name followed by its tagline ("Port
    Gazette: News from the coast", "Hafenblatt – das Nachrichtenportal"): set off by a
    colon, comma or dash the title's separators do not split at. Only at the title's
    end, where templates append the name: at its start, the words after "Name:" are the
    headline."""
    squashed = {squash(n) for n in names} - {""}
    for mark in _TAGLINE_START.finditer(segment):
        name = squash(segment[: mark.start()])
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
_TAIL_SEPARATOR = re.compile(rf"\s+[|\-–—]\s+|{BAR}|\s+[\-–—](?=[^\W\d_])")

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


# A day ending the headline of a live blog or a daily column ("Live updates – May 2",
# "Der Tag – 2. Mai"): the headline's own, which its heading prints too.
_DAY = re.compile(
    rf"(?i:{MONTHS}|{FOREIGN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?i:{MONTHS}|{FOREIGN})\.?"
)

# The source a headline quotes, after a dash in capitals: "Rice prices to fall – DA".
_ATTRIBUTED = re.compile(r"\s[–—-]\s+[A-Z]{2,6}$")


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
    if (
        split is not None
        and _LABEL.fullmatch(split[1])
        and len(split[0].split()) >= 4
        and not _ATTRIBUTED.search(title)
        and not _DAY.fullmatch(split[1])
    ):
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
                    links.setdefault(squash(label), []).append(node)
        key = squash(text)
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


def declared_sections(md: Metadata) -> list[str]:
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
DANGLING = re.compile(rf"(?:\s+[|\-–—·•:/~{BARS}]+)+$")


def _uncased_label(tail: str) -> bool:
    """A one-word section tag in a script without capitals ("정치", "国际", "سياسة")."""
    return (
        0 < len(tail) <= 6 and tail.isalpha() and not any(c.isupper() or c.islower() for c in tail)
    )

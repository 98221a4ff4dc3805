"""Reading the names an author element holds, one text line at a time: the line of a
name among its role, date, bio and the by-words between names, the co-authors listed as
links of their own, and the name a link to the writer's page spells in its address."""

from __future__ import annotations

import itertools
import re
import unicodedata
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from ..dom import address_words, ancestors, text_of
from ..names import (
    AGENCY,
    INDEFINITE,
    PARTICLES,
    clean_name,
    is_role,
    lower_initial,
    name_part,
    spelled_as_name,
)
from .common import plausible, shown_text
from .labels import (
    AND,
    BIO_VERB,
    BY,
    BY_CHUNK,
    BY_WORDS,
    INTERVIEWER,
    LABEL_CHUNK,
    WRITER_LABEL,
)
from .places import taxonomy

BYLINE_CHARS = 400


def element_names(node: LexborNode, desks: bool = False) -> list[str]:
    """Names in an author element. A link to the writer's page whose text is no word of
    the name its address spells ("<a href=/autoren/anna-roth>Alle Artikel</a>", "Full
    Profile") is a button when the text beside it spells that name: the name is that text.
    Without it, the link's text may be the writer's login or pen name ("reineckefuchs" at
    "/author/jan-koch")."""
    slug = _slug_words(node)
    if not slug or set(address_words(node.text(deep=True)).split()) & set(slug):
        return node_names(node, desks)
    key = "".join(slug)
    for box in itertools.islice(ancestors(node), 3):
        if len(box.text(deep=True)) > BYLINE_CHARS:
            break
        for text in visible_texts(box):
            line = " ".join(text.split())
            if "".join(address_words(line).split()) == key:
                return [line]
    return node_names(node, desks)


def _slug_words(node: LexborNode) -> list[str]:
    """The words of the last segment of a link's path when they spell a name of two words
    or more ("/autoren/anna-roth"), not a number or a login ("/author/12345", "/u/aroth")."""
    if node.tag != "a":
        return []
    path = urlsplit(node.attributes.get("href") or "").path.rstrip("/")
    words = re.split(r"[-_.+]+", path.rsplit("/", 1)[-1].casefold())
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return []
    return words


_JOINER = re.compile(rf"^(?:,|;|&|{AND}|{BY}|author|authors|(?:written|posted)\s+by):?$", re.I)


_INTERVIEW_CHARS = 120


def node_names(node: LexborNode, desks: bool = False) -> list[str]:
    """Names in a byline element, read one text line at a time.

    Bylines put the name and what follows it (role, date, reading time, a bio) in sibling
    elements; read as one string they glue into "Jane Doe Staff Writer Sep". Lines that
    only join names ("By", ",", "and") are kept with their neighbours.
    """
    text = "\n".join(map(_unbroken, visible_texts(node, filed=True)))
    # An interview's byline names the person asked before the one who asked, who wrote it
    # ("Z <b>Anną Nowak</b> rozmawia <a>Jan Kowalski</a>"): the names after the verb.
    whole = " ".join(text.split())
    interviewer = INTERVIEWER.match(whole) if len(whole) < _INTERVIEW_CHARS else None
    asked = clean_name(whole[interviewer.end() :], desks) if interviewer is not None else []
    if asked and all(plausible(n) for n in asked):
        return asked
    lines = [" ".join(t.split()) for t in text.split("\n")]
    lines = [t for t in lines if t]
    for i in range(1, len(lines) - 1):
        # One lower-case word between two names is the byline's "and" in its language
        # ("Ahmad Faizal | dan | Nurul Huda", "Juma Ali | na | Amina Said").
        if (
            _one_word(lines[i])
            and lines[i].islower()
            and lines[i - 1][:1].isupper()
            and lines[i + 1][:1].isupper()
        ):
            lines[i] = ","
    merged: list[str] = []
    for line in lines:
        if merged and (_JOINER.match(line) or _JOINER.match(merged[-1].rsplit(" ", 1)[-1])):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    other_field = False
    for index, line in enumerate(merged[:6]):
        if line.endswith((":", "：")):
            # The label of a field other than the writer's ("in Rubrik:", "Filed under:",
            # "Fotos:"), then that field's values, up to the next label or "By".
            other_field = _other_field(line)
            if other_field:
                # No name but a full one ("David Gracey:" over a bio) is such a label.
                names = [n for n in clean_name(line, desks) if " " in n and plausible(n)]
                if names:
                    return names
                continue
        elif other_field and not BY_CHUNK.match(line):
            continue
        if _FROM_END.search(line):
            continue
        # A bio names its person first ("Jane Doe is a writer, ..."); the rest is prose.
        opening = _bio_opening(line)
        if opening:
            line = opening
        elif _prose(line):
            continue
        names = [
            n
            for n in map(name_part, clean_name(line, desks))
            if n and plausible(n) and not _lower_fragment(n, line)
        ]
        if names and index == 0 and _by_word(node, line, merged[1:2], desks):
            continue
        if names:
            return names + _listed_names(node, merged[index + 1 :], names, desks)
    return []


# A line that ends in "from" introduces the one after it, as an author box heads the name
# ("Insights from | Jane Doe", "Un mot de | Claire Roy", "Catatan dari | Budi Santoso"):
# what it says before is no name ("Insights").
_FROM_END = re.compile(r"\S\s+(?:from|de|da|van|od|от|från|fra|dari|từ|من|از)$", re.IGNORECASE)
_PROSE_WORDS = 7


def _prose(line: str) -> bool:
    """A sentence, as an author's note or bio in an author element holds: many words, most
    of them in lower case. Cut at its commas, its pieces are no names ("especially")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    lower = sum(lower_initial(w) and w.casefold() not in PARTICLES for w in words)
    return len(words) > _PROSE_WORDS and lower >= 2 * (len(words) - lower)


def _lower_fragment(name: str, line: str) -> bool:
    """Whether a one-word name in lower case is a piece of a longer line cut at its commas
    or its "and" ("Jonas Weber ist Autor, lebt in Kassel": "lebt"), not a login the line
    gives alone or after its by-word ("rasos", "Gepostet von rasos am 12.03.")."""
    if " " in name or not lower_initial(name) or line.strip() == name or AGENCY.match(name):
        return False
    signed = re.search(rf"(?:^|\b{BY_WORDS}\s*:?\s+){re.escape(name)}(?!\w)", line, re.I)
    return signed is None


def _bio_opening(line: str) -> str:
    """The name a bio opens with, two to four words before its verb ("Jane Doe is a
    writer"), in a line of a sentence's length, or a shorter one whose verb gives the
    writer's role ("Anna Roth ist Redakteurin im Ressort Politik."); or nothing."""
    words = line.split()
    if len(words) < _SHORT_BIO_WORDS:
        return ""
    for size in range(2, 5):
        name = " ".join(words[:size])
        capitalised = all(w[:1].isupper() or w in PARTICLES for w in name.split())
        verb = BIO_VERB.match(line, len(name))
        if not (verb and capitalised and spelled_as_name(name)):
            continue
        if len(words) > _PROSE_WORDS or is_role(_ARTICLE.sub("", line[verb.end() :]).rstrip(".")):
            return name
    return ""


# "Anna Roth ist Redakteurin.": the shortest bio that says who writes.
_SHORT_BIO_WORDS = 4
# An indefinite article before the role ("ist eine Redakteurin", "is a reporter").
_ARTICLE = re.compile(rf"^\s*(?:a|an|{INDEFINITE})\s+", re.IGNORECASE)


def _listed_names(node: LexborNode, lines: list[str], names: list[str], desks: bool) -> list[str]:
    """Co-authors a byline lists as links of their own with nothing written between them or
    set apart by a mark ("<li><a href=/autor/a>A</a></li><li><a href=/autor/b>B</a></li>",
    "<a>A</a> · <a>B</a>"): the lines after the first name that are each the whole text of
    a link into the same folder as the first name's link, the site's writers' pages (a
    section's or a place's link is elsewhere)."""
    links: dict[str, str] = {}
    for link in node.css("a[href]"):
        links.setdefault(text_of(link), link.attributes.get("href") or "")
    folder = _folder(links.get(names[-1], ""))
    if not folder:
        return []
    seen = {name.casefold() for name in names}
    pages = {_page_of(links.get(name, "")) for name in names}
    found: list[str] = []
    for line in lines[: 2 * _LISTED_NAMES]:
        if not any(char.isalnum() for char in line):
            continue  # the list's separator ("·", "|", "/")
        if _folder(links.get(line, "")) != folder:
            break
        if _page_of(links[line]) in pages:
            continue  # the named writer's page again ("Tüm Yazıları", "All articles")
        more = [n for n in map(name_part, clean_name(line, desks)) if n and plausible(n)]
        if not more:
            break
        for name in more:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                found.append(name)
    return found


_LISTED_NAMES = 8


def _page_of(href: str) -> str:
    return urlsplit(href).path.rstrip("/")


def _folder(href: str) -> str:
    """The path of a link without its last segment: "/autor" for "/autor/jana-novak/"."""
    path = urlsplit(href).path.rstrip("/")
    return path.rsplit("/", 1)[0] if "/" in path else ""


def _one_word(text: str) -> bool:
    """Whether ``text`` is one word of letters, with the marks that Indic and other scripts
    write their vowels with ("द्वारा", "লেখক"), which ``\\w`` does not match."""
    return text[:1].isalpha() and all(
        c.isalpha() or unicodedata.category(c).startswith("M") for c in text
    )


def _by_word(node: LexborNode, line: str, after: list[str], desks: bool) -> bool:
    """Whether a byline's first line, one word of plain text, announces the full name
    linked on the next line: the by-word of a language the patterns do not list ("Oleh
    <a>Ahmad Faizal</a>", "Piše <a>Maja Kranjc</a>"). A linked word (a login) or one before
    a name in plain text (a nickname, a rank) is no by-word."""
    if not _one_word(line) or AGENCY.match(line) or not after:
        return False
    linked = {text_of(a) for a in node.css("a")}
    if line in linked:
        return False
    names = [n for n in map(name_part, clean_name(after[0], desks)) if n and plausible(n)]
    return bool(names) and len(names[0].split()) >= 2 and names[0] in linked


_WRITER_ROLE = re.compile(
    r"^(?:reporter(?:in)?|redakteur(?:in)?|journalist(?:in|e)?|korrespondent(?:in)?|"
    r"correspondent|corresponsal|correspondant(?:e)?)\s*[:：]$",
    re.IGNORECASE,
)


def _other_field(label: str) -> bool:
    """A label of another field than the writer's: the writer's own ("Autor:", "Text:",
    "Reporter:") announce the name ("Von:" and "Written by:" are joined with it before)."""
    return not (LABEL_CHUNK.match(label) or WRITER_LABEL.match(label) or _WRITER_ROLE.match(label))


def _unbroken(text: str) -> str:
    """A name the markup breaks over source lines one word a line ("    Kathrin\n    Führes")
    as one line; any other text as it is."""
    words = text.split()
    lines = [line for line in text.splitlines() if line.strip()]
    if 2 <= len(words) <= 4 and len(lines) == len(words) and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return text


def visible_texts(node: LexborNode, filed: bool = False) -> list[str]:
    """The node's text nodes with words, without style sheets and scripts; with ``filed``,
    also without what its tag or category elements hold (a byline element often carries
    the section the article is filed under: "March 20, 2023 | Wellness & Prevention") and
    with only the first text of a paragraph of prose (a bio opens with the name)."""
    texts = []
    skipped: set[int] = set()
    # An author's note or bio set in paragraphs: past their first text, their sentences
    # name nobody as the writer, and the words they emphasise are lines of their own ("not").
    prose: set[int] = set()
    for item in node.traverse(include_text=True):
        if not item.is_text_node:
            if filed and item.mem_id != node.mem_id and taxonomy(item):
                skipped.add(item.mem_id)
            elif filed and item.tag == "p" and _prose(text_of(item)):
                prose.add(item.mem_id)
            continue
        text = shown_text(item)
        if text is None:
            continue
        if skipped and any(a.mem_id in skipped for a in ancestors(item)):
            continue
        if prose:
            paragraph = next((a.mem_id for a in ancestors(item) if a.mem_id in prose), None)
            if paragraph is not None:
                prose.discard(paragraph)
                skipped.add(paragraph)
        texts.append(text)
    return texts

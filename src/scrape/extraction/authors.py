"""Who wrote the page: the declared authors, the byline near the headline, the author box,
the sign-off, the owner of a personal site. What counts as a name is ``names``'s business."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dates.grammar import TEXT_DATE
from .dom import (
    BREADCRUMB_TOKEN,
    FURNITURE_TOKENS,
    MARK,
    ancestors,
    attr_text,
    text_of,
    text_width,
    token_pattern,
    without_accents,
)
from .metadata import Metadata, ld_text, ld_types
from .names import (
    AGENCY,
    AND_PICTURES,
    ARABIC_WROTE,
    CJK_LABELS,
    DATE_CHUNK,
    DESK,
    LOGIN,
    NOT_NAME_WORD,
    OTHER_AND,
    OTHER_BY,
    PARTICLES,
    PROFESSION,
    REPORTER_TITLE,
    WRITER_LABELS,
    caseless,
    clean_name,
    common_words,
    dated_by,
    dedupe,
    drop_role,
    lower_initial,
    name_part,
    person_like,
    spelled_as_name,
)

_AND = rf"and|und|et|y|{OTHER_AND}"
# A login name rather than a byline: "andrew.keaveney", "KatieS", "kffnirmitap",
# "TurboTaxLisa" (not "McDonald").
_HANDLE = re.compile(r"^(?:[a-z]\S*|\S*[._@\d]\S*|\S*[a-z][A-Z]|\S*[a-z][A-Z]\S*[a-z][A-Z]\S*)$")
# Author elements: marked by rel, itemprop or class, or links to the writer's page. One
# "/aut" stands for "/author" and the writer's page as other languages name it ("/autor/",
# "/autoren/jan-koch", "/auteur/", "/autore/"), since lexbor tests each attribute selector on
# every element of the page; the other links it finds ("/autos/") are dropped after.
_BYLINE_CSS = (
    '[rel~="author"], [itemprop="author"], [class*="author"], [class*="byline"], '
    '[class*="writer"], a[href*="/aut"], a[href*="/people/"], a[href*="/profile/"], '
    # "/about/editors/jane-roe", "/redakteure/jan-koch"
    'a[href*="/editors/"], a[href*="/redakteur"], '
    # The author's class in the page's language ("autor", "autora", "autoren", "autorka"):
    # kept only as a word of the class, not "autoresize".
    '[class*="autor"], '
    # A class that is the byline's word itself ("by"), as themes in any language name it.
    '[class~="by"], '
    # Sites whose classes are generated (CSS modules, utility classes) name the byline in
    # an id or in the attributes their tests and scripts find it by.
    # (Each selector walks the whole page: only the two commonest.)
    '[id*="byline"], [data-testid*="byline"]'
)
# The attributes besides the class that name an element the byline.
_NAMING_ATTRS = ("id", "data-testid")
_HREF_MARKS = ("/aut", "/people/", "/profile/", "/editors/", "/redakteur")
_AUTOR_CLASS = re.compile(
    r"(?:^|[\s_-])autor(?:a|as|e|es|en|i|in|innen|ka|ki|zy|ius|iai|s)?(?=$|[\s_A-Z-])"
)
_WRITER_LINK = re.compile(
    r"/author|/autor/|/autoren/|/auteur/|/autore/|/people/|/profile/|/editors/|/redakteur|"
    # The writers' folder named in the plural ("/autori/ales-vavra/", "/autorzy/", "/autores/").
    r"/autori/|/autorzy/|/autores/|/auteurs/|/autorius/|/autors/"
)
_ACCOUNT_LINK = re.compile(
    r"/(?:settings|account|accounts|mypage|my-account|login|signin|sign-in|register)(?:/|$|\?)",
    re.IGNORECASE,
)
# Whitespace as CSS splits an attribute's words, which "~=" compares ASCII case-blind on rel.
_CSS_SPACE = re.compile(r"[ \t\n\f\r]+")


def _author_element(node: LexborNode, host: str = "") -> bool:
    """Whether an element ``_BYLINE_CSS`` found is an author element: all are, but for a
    link found by its "/aut" alone, an element whose class only holds "autor" inside
    another word, and a link found by its address alone that leads off the site (``host``)
    or into a section ("/people/2026/12/story.html")."""
    if node.tag in {"body", "html"}:
        # The page's own classes carry the theme's settings ("hide-author", "single-author"):
        # the whole page is no byline.
        return False
    attrs = node.attributes
    href = attrs.get("href") or ""
    rel = _CSS_SPACE.split((attrs.get("rel") or "").lower())
    classes = attrs.get("class") or ""
    tokens = classes.casefold().split()
    classed = (
        any(word in classes for word in ("author", "byline", "writer"))
        or "by" in tokens
        or _AUTOR_CLASS.search(classes) is not None
    ) and not _post_classes(tokens)
    marked = (
        "author" in rel
        or attrs.get("itemprop") == "author"
        or classed
        or any("byline" in (attrs.get(name) or "") for name in _NAMING_ATTRS)
    )
    if node.tag != "a" or not any(mark in href for mark in _HREF_MARKS):
        return marked
    if _ACCOUNT_LINK.search(href):
        # The reader's own profile in the site's menu ("/settings/profile/"), not a writer's.
        return marked
    if marked:
        return True
    if _off_site(href, host) or _section_link(href):
        return False
    return "/aut" not in href or bool(_WRITER_LINK.search(href))


def _post_classes(tokens: list[str]) -> bool:
    """Whether a class list (its tokens, case folded) is the one a CMS gives a whole post
    ("hentry category-news tag-food author-jane-doe post-type-store-item"): its "author-"
    token names the post's writer, not an element that prints the name (a card, a product,
    the article)."""
    if "hentry" not in tokens:
        return False
    marks = [t for t in tokens if any(w in t for w in ("author", "byline", "writer", "autor"))]
    return all(t.startswith("author-") for t in marks)


def _off_site(href: str, host: str) -> bool:
    """Whether a link leads to another site than ``host``'s: a profile there (a social
    network's "/profile/<site>") is the site's own account, not its writer's page, which a
    site keeps under its own domain."""
    other = urlsplit(href).hostname if "//" in href else None
    if not other or not host:
        return False
    return _registered(other) != _registered(host)


# "/people/" and "/profile/" are also the names of sections ("/people/erlebt/397213-story.html",
# a magazine's celebrity pages): the writer's page is one segment below the folder.
# An article's address below it ("/people/395567-star-talks.html") is a story's, too.
_SECTION_MARK = re.compile(r"/(?:people|profile)/(?:[^/?#]+/[^/?#]|[^/?#]+\.html?$)")


def _section_link(href: str) -> bool:
    return _SECTION_MARK.search(urlsplit(href).path) is not None and not any(
        mark in href for mark in ("/aut", "/editors/", "/redakteur")
    )


def _ld_authors(
    article: dict[str, Any], named: dict[str, dict[str, Any]] | None = None
) -> tuple[list[str], list[str]]:
    """(people, organisations) the article declares as its author; references by "@id"
    are looked up among the page's ``named`` JSON-LD objects."""
    people: list[str] = []
    orgs: list[str] = []
    value = article.get("author") or article.get("creator")
    values = value if isinstance(value, list) else [value]
    for item in values:
        if isinstance(item, dict) and not item.get("name") and named:
            item = named.get(str(item.get("@id")), item)
        if isinstance(item, dict):
            name = ld_text(item.get("name"))
            if not name:
                continue
            (orgs if ld_types(item) & {"organization", "newsmediaorganization"} else people).append(
                name
            )
        elif isinstance(item, str):
            people.append(item)
    return people, orgs


def _described(md: Metadata) -> list[str]:
    """The full names the declared authors' own descriptions open with: a CMS declares its
    account's display name ("Nils") and the bio the writer wrote ("Nils Pickert ist freier
    Autor ...", "Stefanus Stahl - Maschinenbauer ...")."""
    article = md.ld_article or md.ld_webpage or {}
    value = article.get("author") or article.get("creator")
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "@id" in item:
            item = {**md.ld_named.get(str(item["@id"]), {}), **item}
        if not isinstance(item, dict):
            continue
        words: list[str] = []
        for word in (ld_text(item.get("description")) or "").split()[:4]:
            if not (word[:1].isupper() and word.isalpha()):
                break
            words.append(word)
        if 2 <= len(words) <= 3:
            found.append(" ".join(words))
    return found


class _Page:
    """The parts of one page the author search reads, each read at most once: the search
    asks for the byline with and without desks, and the author box reads the same
    author elements."""

    def __init__(self, body: LexborNode, headline: LexborNode | None, host: str = "") -> None:
        self.body = body
        self.headline = headline
        self.host = host

    @functools.cached_property
    def near_pairs(self) -> list[tuple[str, LexborNode | None]]:
        """The text chunks after the headline, each with the element that holds it."""
        return _chunks_after(self.body, self.headline)

    @functools.cached_property
    def text(self) -> str:
        """The page's text, a space between text nodes."""
        return self.body.text(deep=True, separator=" ")

    @functools.cached_property
    def near(self) -> list[str]:
        """The text chunks after the headline."""
        return [text for text, _ in self.near_pairs]

    @functools.cached_property
    def near_holders(self) -> list[LexborNode | None]:
        """The element that holds each of :attr:`near`'s chunks."""
        return [holder for _, holder in self.near_pairs]

    @functools.cached_property
    def holders(self) -> frozenset[int]:
        return _holding_headline(self.body)

    @functools.cached_property
    def marked(self) -> list[LexborNode]:
        """The author elements, in document order, each once (lexbor lists an element
        once for each selector it matches)."""
        found = {n.mem_id: n for n in self.body.css(_BYLINE_CSS)}
        return [n for n in found.values() if _author_element(n, self.host)]

    @functools.cached_property
    def candidates(self) -> list[LexborNode]:
        """The author elements outside the site's furniture, taxonomy, teasers and text."""
        return [
            n
            for n in self.marked
            if not (
                _furniture(n, self.holders)
                or _taxonomy(n)
                or _in_teaser(n, self.holders)
                or _mentioned_in_text(n)
            )
        ]

    @functools.cached_property
    def bylines(self) -> list[LexborNode]:
        """The candidates that may be the article's byline, nearest the headline first:
        those after it, then a few before it."""
        candidates = self.candidates
        if not candidates:
            return []
        # The elements before the headline, found by walking the page only as far as the
        # headline (the candidates are in document order already).
        wanted = {n.mem_id for n in candidates}
        seen: set[int] = set()
        headline = self.headline
        if headline is not None:
            for node in self.body.traverse():
                if node.mem_id == headline.mem_id:
                    break
                if node.mem_id in wanted:
                    seen.add(node.mem_id)
            else:
                seen.clear()  # a headline outside the body: every candidate is after it
        after = [n for n in candidates if n.mem_id not in seen]
        before = [n for n in reversed(candidates) if n.mem_id in seen]
        return after[:12] + before[:4]


# A byline group of another role than the writer's, as its class names it
# ("bylines__group--fact_checker", "finance_reviewer", "photo-credit").
_CREDIT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:reviewer|reviewed|medical[_-]?review\w*|fact[_-]?check\w*|"
    r"photographer|illustrator|translator)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _credited(node: LexborNode) -> bool:
    """Whether an author element is in a byline group of another role than the writer's."""
    return any(_CREDIT_CLASS.search(attr_text(n)) for n in (node, *ancestors(node)))


def byline_authors(page: _Page, desks: bool = False) -> list[str]:
    """Names from the byline of the page's own article (not of listed other posts).

    The byline is the author-marked element nearest after the headline in document order;
    author elements inside related lists, sidebars and comment sections are ignored.
    """
    for node in page.bylines:
        if node.css_first(f"[{MARK}]") is not None or any(map(_is_card_link, ancestors(node))):
            continue
        if _credited(node):
            continue
        names = _element_names(node, desks)
        if names:
            # The byline passed the furniture and teaser tests: the author elements it
            # holds are its own, whatever their class says ("author-card").
            cards = _card_names(node, page.marked, names, desks)
            return cards or names + _co_authors(node, page.candidates, names, desks)
    return _by_pattern(page, desks)


def _card_names(
    node: LexborNode, marked: list[LexborNode], names: list[str], desks: bool
) -> list[str]:
    """The writers of a byline element that holds one author element per writer, each a
    card of its own (a picture, the name in a plain <div>, a role): a name from each card,
    when the first card's is the name the element was read for. Read as one element, it
    gives its first line only."""
    inside = _inside_ids(node) - {node.mem_id}
    cards = [c for c in marked if c.mem_id in inside]
    # The outermost author elements only: a card's own name link is no card of its own.
    held = {n.mem_id for c in cards for n in c.traverse() if n.mem_id != c.mem_id}
    cards = [c for c in cards if c.mem_id not in held]
    # Cards repeat one shape; an author element of another shape beside the first (the
    # writer's role, bio or social link) is no other writer's.
    shape = (cards[0].tag, cards[0].attributes.get("class")) if cards else None
    cards = [c for c in cards if (c.tag, c.attributes.get("class")) == shape]
    if len(cards) < 2:
        return []
    found: list[str] = []
    for card in cards:
        if _other_role(card, node):
            continue
        card_names = _node_names(card, desks)
        if card_names and card_names[0].casefold() not in map(str.casefold, found):
            found.append(card_names[0])
    if not found or found[0].casefold() != names[0].casefold():
        return []
    return found


_BYLINE_CHARS = 400


def _element_names(node: LexborNode, desks: bool = False) -> list[str]:
    """Names in an author element. A link to the writer's page whose text is no word of
    the name its address spells ("<a href=/autoren/anna-roth>Alle Artikel</a>", "Full
    Profile") is a button when the text beside it spells that name: the name is that text.
    Without it, the link's text may be the writer's login or pen name ("reineckefuchs" at
    "/author/jan-koch")."""
    slug = _slug_words(node)
    if not slug or set(_ascii_key(node.text(deep=True)).split()) & set(slug):
        return _node_names(node, desks)
    key = "".join(slug)
    for box in itertools.islice(ancestors(node), 3):
        if len(box.text(deep=True)) > _BYLINE_CHARS:
            break
        for text in _visible_texts(box):
            line = " ".join(text.split())
            if "".join(_ascii_key(line).split()) == key:
                return [line]
    return _node_names(node, desks)


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


def _ascii_key(text: str) -> str:
    """Words of ``text`` as an address spells them: in lower case, "ü" as "ue", other
    letters without their accents."""
    text = text.casefold()
    for letter, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(letter, spelled)
    return " ".join(re.findall(r"[a-z0-9]+", without_accents(text)))


def _co_authors(
    first: LexborNode, candidates: list[LexborNode], names: list[str], desks: bool
) -> list[str]:
    """Names in the other author elements of the same byline ("By <a>A</a>, <a>B</a> and
    <a>C</a>"): the smallest ancestor of the first holding another author element, when it
    is no more than a byline's worth of text."""
    scope = first.parent
    while scope is not None and scope.tag not in {"body", "html", "article", "main"}:
        if len(scope.text(deep=True)) > _BYLINE_CHARS:
            return []
        inside = _inside_ids(scope)
        others = [n for n in candidates if n.mem_id in inside and n.mem_id != first.mem_id]
        if others:
            found: list[str] = []
            seen = {n.casefold() for n in names}
            for other in others:
                if (
                    first.mem_id in _inside_ids(other)
                    or any(a.mem_id == first.mem_id for a in ancestors(other))
                    or _other_role(other, scope)
                ):
                    continue
                for name in _node_names(other, desks):
                    if name.casefold() not in seen:
                        seen.add(name.casefold())
                        found.append(name)
            return found
        scope = scope.parent
    return []


# Credits beside the writers' that name someone else's part: a translator, an editor, a
# reviewer, a photographer ("Übersetzt von", "Traduit par", "Edited by").
_OTHER_ROLE = re.compile(
    r"translat|übersetz|tradu(?:it|cid|zid|ction|cción|zione)|vertaald|"
    r"\b(?:edited|reviewed|fact-checked)\b|\bphoto|illustrat|"
    # "Translator" in Japanese, Chinese and Korean ("翻訳者", "翻译", "번역").
    r"翻訳|翻译|翻譯|번역",
    re.IGNORECASE,
)


def _other_role(node: LexborNode, scope: LexborNode) -> bool:
    """Whether an author element of a byline credits another role than writing: its own
    class says so, or a short label around it does."""
    for anc in (node, *ancestors(node)):
        if anc.mem_id == scope.mem_id:
            return False
        # Measured without the markup's indentation: a label's group is short as read.
        text = " ".join(anc.text(deep=True).split())
        if _OTHER_ROLE.search(attr_text(anc)) or (len(text) < 120 and _OTHER_ROLE.search(text)):
            return True
    return False


def _inside_ids(node: LexborNode) -> set[int]:
    return {n.mem_id for n in node.traverse()}


# Page furniture whose names are not this article's byline: the page cleaner's furniture
# without its byline and bio tokens (not body text, but exactly what is looked for here).
_FURNITURE = token_pattern(FURNITURE_TOKENS)


def _furniture(node: LexborNode, holding: frozenset[int]) -> bool:
    """Inside the site's menus, sidebars, related lists, comments or an author box; an
    element ``holding`` the headline (an article header) is not furniture."""
    for anc in (node, *ancestors(node)):
        if anc.tag in {"body", "html"}:
            return False
        attrs = attr_text(anc)
        # A header, by tag or by class ("story--header", "element-top-bar"), and a <footer>
        # are the site's only outside the article: the article's own hold its byline.
        header = anc.tag in {"header", "footer"} or _HEADER.search(attrs) is not None
        chrome = anc.tag in {"nav", "aside"} or (header and not _in_article(anc))
        furniture = _FURNITURE.search(_HEADER.sub(" ", attrs)) is not None
        if (chrome or furniture) and anc.mem_id not in holding:
            return True
    return False


_HEADER = token_pattern("header|topbar|top-bar")


def _in_article(node: LexborNode) -> bool:
    """Inside an <article>: a <header> there is the article's own (byline, date)."""
    return any(anc.tag == "article" for anc in ancestors(node))


# Cards and rows of a list of other posts (a CMS's "views-row", a theme's "teaser-list");
# a microformats "h-card" is the byline's own person.
_TEASER = token_pattern(
    r"teasers?|(?<!\bh-)cards?|listing|post-list|views?-row|swiper|slider|carousel"
)


def _in_teaser(node: LexborNode, holding: frozenset[int]) -> bool:
    """Inside a teaser card or a row of a list of other posts (below the element
    ``holding`` the headline): that post's author, or a link to a profile, is no byline of
    this one."""
    if _in_listed_post(node, holding):
        return True
    for anc in (node, *ancestors(node)):
        if anc.tag in {"body", "html"} or anc.mem_id in holding:
            return False
        if _TEASER.search(attr_text(anc)):
            return True
    return False


def _in_listed_post(node: LexborNode, holding: frozenset[int]) -> bool:
    """Inside an item of a list (below the element ``holding`` the headline) that links,
    besides ``node``, to another page by a headline's worth of text: a list of other posts,
    each with its byline, whatever its class says."""
    item = next((a for a in (node, *ancestors(node)) if a.tag == "li"), None)
    if item is None or item.mem_id in holding:
        return False
    return _links_a_headline(item, node)


_HEADLINE_CHARS = 30


def _links_a_headline(item: LexborNode, node: LexborNode) -> bool:
    """Whether a list item links, besides the author element ``node``, to another page by
    a headline's worth of text: a list of other posts, each with its byline."""
    inside = _inside_ids(node)
    return any(
        a.mem_id not in inside and len(text_of(a)) >= _HEADLINE_CHARS for a in item.css("a[href]")
    )


def _mentioned_in_text(node: LexborNode) -> bool:
    """A link to a person's profile inside a paragraph of the text: someone the article
    mentions, not its writer."""
    block = next((a for a in ancestors(node) if a.tag in {"p", "li", "blockquote", "td"}), None)
    if block is None:
        return False
    return len(block.text(deep=True)) > max(160, 4 * len(node.text(deep=True)))


_TAXONOMY_CLASS = re.compile(r"(?:^|[\s_-])(?:tags?|categor(?:y|ies)|topics?)(?:$|[\s_-])", re.I)
_TAXONOMY_HREF = re.compile(r"/(?:tags?|categor(?:y|ies)|topics?)/", re.IGNORECASE)


def _taxonomy(node: LexborNode) -> bool:
    """A tag or category link, or a box of them: bylines' neighbours ("byline__tag")
    name what the article is filed under, never who wrote it."""
    if _TAXONOMY_CLASS.search(node.attributes.get("class") or ""):
        return True
    links = [node] if node.tag == "a" else node.css("a")
    hrefs = [a.attributes.get("href") or "" for a in links]
    return bool(hrefs) and all(_TAXONOMY_HREF.search(h) for h in hrefs)


_JOINER = re.compile(
    rf"^(?:,|;|&|{_AND}|by|von|par|por|di|door|author|authors|(?:written|posted)\s+by):?$",
    re.IGNORECASE,
)


def _node_names(node: LexborNode, desks: bool = False) -> list[str]:
    """Names in a byline element, read one text line at a time.

    Bylines put the name and what follows it (role, date, reading time, a bio) in sibling
    elements; read as one string they glue into "Jane Doe Staff Writer Sep". Lines that
    only join names ("By", ",", "and") are kept with their neighbours.
    """
    text = "\n".join(map(_unbroken, _visible_texts(node, filed=True)))
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
                names = [n for n in clean_name(line, desks) if " " in n and _plausible(n)]
                if names:
                    return names
                continue
        elif other_field and not _BY_CHUNK.match(line):
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
            if n and _plausible(n) and not _lower_fragment(n, line)
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
    if " " in name or not lower_initial(name) or line.strip() == name:
        return False
    signed = re.search(rf"(?:^|\b{_BY_WORDS}\s*:?\s+){re.escape(name)}(?!\w)", line, re.I)
    return signed is None


def _bio_opening(line: str) -> str:
    """The name a bio opens with, two to four words before its verb ("Jane Doe is a
    writer"), in a line of a sentence's length; or nothing."""
    words = line.split()
    if len(words) <= _PROSE_WORDS:
        return ""
    for size in range(2, 5):
        name = " ".join(words[:size])
        capitalised = all(w[:1].isupper() or w in PARTICLES for w in name.split())
        if _BIO_VERB.match(line, len(name)) and capitalised and spelled_as_name(name):
            return name
    return ""


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
    found: list[str] = []
    for line in lines[: 2 * _LISTED_NAMES]:
        if not any(char.isalnum() for char in line):
            continue  # the list's separator ("·", "|", "/")
        if _folder(links.get(line, "")) != folder:
            break
        more = [n for n in map(name_part, clean_name(line, desks)) if n and _plausible(n)]
        if not more:
            break
        for name in more:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                found.append(name)
    return found


_LISTED_NAMES = 8


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
    names = [n for n in map(name_part, clean_name(after[0], desks)) if n and _plausible(n)]
    return bool(names) and len(names[0].split()) >= 2 and names[0] in linked


_WRITER_ROLE = re.compile(
    r"^(?:reporter(?:in)?|redakteur(?:in)?|journalist(?:in|e)?|korrespondent(?:in)?|"
    r"correspondent|corresponsal|correspondant(?:e)?)\s*[:：]$",
    re.IGNORECASE,
)


def _other_field(label: str) -> bool:
    """A label of another field than the writer's: the writer's own ("Autor:", "Text:",
    "Reporter:") announce the name ("Von:" and "Written by:" are joined with it before)."""
    return not (
        _LABEL_CHUNK.match(label) or _WRITER_LABEL.match(label) or _WRITER_ROLE.match(label)
    )


def _unbroken(text: str) -> str:
    """A name the markup breaks over source lines one word a line ("    Kathrin\n    Führes")
    as one line; any other text as it is."""
    words = text.split()
    lines = [line for line in text.splitlines() if line.strip()]
    if 2 <= len(words) <= 4 and len(lines) == len(words) and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return text


def _visible_text(node: LexborNode) -> str:
    """The node's text, one line per text node with words, without style sheets and
    scripts (the markup's indentation left out)."""
    return "\n".join(_visible_texts(node))


def _visible_texts(node: LexborNode, filed: bool = False) -> list[str]:
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
            if filed and item.mem_id != node.mem_id and _taxonomy(item):
                skipped.add(item.mem_id)
            elif filed and item.tag == "p" and _prose(text_of(item)):
                prose.add(item.mem_id)
            continue
        text = item.text_content
        if not text or text.isspace():
            continue
        parent = item.parent
        if parent is not None and parent.tag in _NOT_SHOWN:
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


_NOT_SHOWN = frozenset({"style", "script", "noscript", "template"})


def _plausible(name: str) -> bool:
    """Not a fragment a byline element also holds: a weekday or month ("Sat"), initials
    ("CM"), or a lower-case phrase ("on behalf of")."""
    words = name.split()
    if AGENCY.match(name):
        return True
    shortest = 1 if caseless(name) else 2
    if len(words) == 1 and (NOT_NAME_WORD.match(name.strip(".")) or len(name) <= shortest):
        return False
    if len(words) > 1 and ":" in name:
        return False
    # "Hinterlasse einen Kommentar", "Die Beamten fanden die Leiche": a phrase, not a name
    # (whose lower-case words are particles: "Ursula von der Leyen").
    phrase = any(lower_initial(w) and w.casefold() not in PARTICLES for w in words)
    # A particle leads to the family name and never ends a name: "Actualitzada el",
    # "Publié le", "Gepostet von" are the lead-ins of a date or a name.
    cut = len(words) > 1 and words[-1] in PARTICLES
    return not (cut or (len(words) > 1 and phrase and not DESK.match(name)))


# A chunk that only announces the name in the next one ("By", "Written by", "Contributors:").
_LABEL_CHUNK = re.compile(
    r"^(?:(?:written|posted|published|reported|words|story|text|article)\s+)?by\s*:?$"
    r"|^(?:(?:ein\s+)?(?:artikel|beitrag)\s+|(?:gespeichert|veröffentlicht|geschrieben|erstellt|"
    r"verfasst|publié|écrit|publicado|escrito|pubblicato|scritto)\s+)?"
    rf"(?:von|par|por|di|da|door|{OTHER_BY})\s*:?$"
    r"|^(?:authors?|contributors?|writers?|byline|autor(?:in|en)?|auteurs?|autori?)\s*:$"
    rf"|^(?:{WRITER_LABELS})\s*[:：]$",
    re.IGNORECASE,
)
# "Medically reviewed | by | ...", "Photos | by | ...": someone other than the writer.
_NOT_WRITER = re.compile(
    r"\b(?:reviewed|checked|edited|illustrat\w*|photo\w*|images?|sponsored|presented)\s*$",
    re.IGNORECASE,
)
_BY_WORDS = rf"(?:by|von|par|por|di|da|de|door|av|af|{OTHER_BY})"
# "By Jane Doe", and as other languages say it ("Von", "Par", "Por", "Di", "Door", "Av").
_BY_CHUNK = re.compile(
    r"^(?:(?:written|posted|reporting|geschrieben|erstellt|verfasst|veröffentlicht|eingestellt|"
    r"publié|écrit|publicado|escrito|pubblicato|scritto)\s+)?"
    rf"(?:by|von|par|por|di|door|av|af|{OTHER_BY})\s*:?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
# A writer's field label and the name after it in the same chunk ("Autor: Jan Koch"), which
# a reader's comment may hold as well.
_LABELLED_CHUNK = re.compile(
    rf"^(?:authors?|autor(?:in|en)?|auteurs?|autori?|{WRITER_LABELS}|"
    # The writer's and the reporter's, not the editor's, in Chinese and Japanese.
    r"作者|著者|筆者|執筆者|记者|記者)\s*[:：]\s*(?=[^\W\d_])"
    r"|^文\s*[／/：:]\s*(?=[^\W\d_])"
    rf"|^{ARABIC_WROTE}(?=[^\W\d_])",
    re.IGNORECASE,
)


# Articles, which open many a publication's name and never a given name. English ones are
# in NOT_NAME_WORD already; "de", "der" and the like are particles of family names too.
_ARTICLES = frozenset(
    [
        "le",
        "la",
        "les",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "die",
        "der",
        "das",
        "de",
        "het",
        "den",
        "o",
        "os",
        "as",
        "un",
        "une",
        "ein",
        "eine",
    ]
)
_SCAN_CHARS = 1500


def _following(node: LexborNode) -> Iterator[LexborNode]:
    """The nodes after ``node`` in document order (not its own descendants), without
    walking the page from its top."""
    current: LexborNode | None = node
    while current is not None:
        sibling = current.next
        while sibling is not None:
            yield from sibling.traverse(include_text=True)
            sibling = sibling.next
        current = current.parent


def _text_after(scope: LexborNode, start: LexborNode | None) -> list[tuple[str, LexborNode | None]]:
    """The text chunks (text nodes) after ``start`` (from the top of ``scope`` without
    one), up to a little of the article text, each with its parent element."""
    chunks: list[tuple[str, LexborNode | None]] = []
    total = 0
    nodes = scope.traverse(include_text=True) if start is None else _following(start)
    for node in nodes:
        if not node.is_text_node:
            continue
        raw = node.text_content
        if not raw or raw.isspace():
            continue
        parent = node.parent
        if parent is not None and parent.tag in {"script", "style", "noscript", "template"}:
            continue
        text = " ".join(raw.split())
        total += len(text)
        chunks.append((text, parent))
        if total > _SCAN_CHARS:
            break
    return chunks


def _chunks_after(
    body: LexborNode, headline: LexborNode | None
) -> list[tuple[str, LexborNode | None]]:
    if headline is not None:
        return _text_after(body, headline)
    return _text_after(_article_of(body, None) or body, None)


def _announced(
    chunks: list[str], desks: bool = False, holders: list[LexborNode | None] | None = None
) -> list[str]:
    """Names the page announces as its byline: "By | Jane Doe", "by: Jane Doe". A label or
    a reporter's title in the reader comments or a list of other posts (each chunk's element
    among ``holders``) is not the article's."""

    def elsewhere(index: int) -> bool:
        holder = holders[index] if holders is not None and index < len(holders) else None
        return holder is not None and _in_other_posts(holder)

    for i, chunk in enumerate(chunks):
        if len(chunk) > 200 or (i and _NOT_WRITER.search(chunks[i - 1])):
            continue
        found: list[str] = []
        # A login name alone after the label ("Gespeichert von | rasos") is how blog and
        # forum software sign a post: the page says it is the author.
        signed = False
        if _LABEL_CHUNK.match(chunk) and i + 1 < len(chunks):
            found = clean_name(_joined_names(chunks, i + 1), desks)
            signed = len(chunks[i + 1].split()) == 1
        elif by := _BY_CHUNK.match(chunk) or dated_by(chunk):
            found = [name_part(n) for n in clean_name(drop_role(chunk[by.end() :]), desks)]
        elif (label := _LABELLED_CHUNK.match(chunk)) and not elsewhere(i):
            found = [name_part(n) for n in clean_name(drop_role(chunk[label.end() :]), desks)]
        elif len(chunk) < 80 and REPORTER_TITLE.fullmatch(chunk) and not elsewhere(i):
            found = [n for n in clean_name(chunk) if caseless(n)]
        names = [
            n
            for n in found
            if (signed and LOGIN.fullmatch(n))
            or (
                # Arabic, Chinese, Korean have no capitals to tell a name by: the by-word tells.
                (person_like(n, announced=True) or (caseless(n) and len(n.split()) <= 4))
                and _plausible(n)
                and (AGENCY.match(n) or not _HANDLE.match(n))
            )
        ]
        if names:
            return names
    return []


_JOINER_CHUNK = re.compile(rf"^(?:,|;|&|{_AND})$", re.IGNORECASE)


def _joined_names(chunks: list[str], start: int) -> str:
    """The chunk at ``start`` and the names joined to it chunk by chunk ("Anna Berg" |
    "," | "Jan Ohm" | "und" | "Eva Lind")."""
    text = chunks[start]
    i = start + 1
    while i + 1 < len(chunks) and _JOINER_CHUNK.match(chunks[i]):
        text += f" {chunks[i]} {chunks[i + 1]}"
        i += 2
    return text


def _by_pattern(page: _Page, desks: bool = False) -> list[str]:
    """The byline in the text right after the headline, for pages that mark it up as
    plain text: "By | Jane Doe", "by: Jane Doe", or a name chunk beside the date or the
    reading time ("Jane Doe | Mar 5, 2026 | 9 min read")."""
    chunks, headline = page.near, page.headline
    names = _announced(chunks, desks, page.near_holders)
    if names:
        return names
    names = _dated_name(chunks[:10], page.near_holders[:10], page)
    if names or headline is None:
        return names
    # A date-and-author line set above the headline.
    before = _chunks_before(headline)
    return _dated_name([text for text, _ in before], [holder for _, holder in before], page)


def _dated_name(
    head: list[str], holders: list[LexborNode | None] | None = None, page: _Page | None = None
) -> list[str]:
    """A full name in a short chunk next to a date chunk (two chunks either side). A date
    with its month's name in another language than English ("4 dicembre 2026", "28. Jan.
    2022") is as often a heading's or a caption's: the name must share its line."""
    dated = [len(c) < 60 and DATE_CHUNK.search(c) is not None for c in head]
    written = [
        len(c) < 60 and not d and TEXT_DATE.search(c) is not None
        for c, d in zip(head, dated, strict=True)
    ]

    def beside_written(i: int) -> bool:
        # A label's value ("Anlass: | Historischer Markt") or a label is no byline.
        if holders is None or any(c.endswith((":", "：")) for c in head[max(0, i - 1) : i + 1]):
            return False
        return any(
            written[j] and _one_line(holders[i], holders[j])
            for j in range(max(0, i - 2), min(len(head), i + 3))
        )

    for i, chunk in enumerate(head[:8]):
        if len(chunk) > 60 or dated[i] or written[i]:
            continue
        if not (any(dated[max(0, i - 2) : i + 3]) or beside_written(i)):
            continue
        if holders is not None and _not_a_byline(holders[i]):
            continue
        names = [
            n
            for n in clean_name(chunk)
            if person_like(n) and _plausible(n) and spelled_as_name(n, acronyms=True)
        ]
        if names and len(names[0].split()) >= 2:
            return names
    for i, chunk in enumerate(head[:8]):
        if not dated[i] or (holders is not None and _not_a_byline(holders[i])):
            continue
        names = _name_in_date_line(chunk)
        # "Dec 10, 2025 · Product Updates": a section's name, its words common in the text.
        if names and not (page is not None and common_words(names[0], page.text)):
            return names
    return []


_LINE_CHARS = 150


def _one_line(a: LexborNode | None, b: LexborNode | None) -> bool:
    """Whether two chunks' elements are parts of one short line: an element of a line's
    worth of text and no heading holds both (a header's kicker, headline and date are
    not one line)."""
    if a is None or b is None:
        return False
    for box in itertools.islice((a, *ancestors(a)), 4):
        if len(box.text(deep=True)) > _LINE_CHARS or box.tag in _HEADINGS:
            return False
        if box.mem_id == b.mem_id or any(n.mem_id == box.mem_id for n in ancestors(b)):
            return box.css_first(",".join(_HEADINGS)) is None
    return False


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


# What a date line puts between its fields: "04.02.2022 | 13:10 Uhr | Uta Helkenberg",
# "Gunter Frank / 22.04.2020 / 06:15", "Dec 26, 2025 • Mahua Das in Project Management".
_FIELD_SEP = re.compile(r"\s+[|/•·–—-]\s+|\s*[|•·]\s*")


def _name_in_date_line(line: str) -> list[str]:
    """The one full name among the fields of a date line, the others being the date, the
    time and numbers or labels ("Foto: ..."): the byline set in the date's own line."""
    fields = [f.strip() for f in _FIELD_SEP.split(line)]
    if len(fields) < 2:
        return []
    words = [name_part(f) for f in fields if f and not re.search(r"\d", f)]
    names = [
        n
        for n in words
        if len(n.split()) >= 2
        and person_like(n)
        and _plausible(n)
        and spelled_as_name(n, acronyms=True)
    ]
    return names if len(names) == 1 else []


# Elements whose text is never a byline however close to a date it stands: a form's label or
# button (a menu of topics), and a heading over text (the text's first section; an author
# card's name may be a heading).
_FORM_TAGS = frozenset({"label", "option", "legend", "button"})
_SECTION_HEADINGS = frozenset({"h1", "h2", "h3"})


def _not_a_byline(holder: LexborNode | None) -> bool:
    """Whether a chunk's element is the heading of a section of text, a form control's
    label, a category link, a caption, an in-page button or the breadcrumb trail: a
    capitalised phrase there ("Cautionary Tale", "HR Strategy") is no name."""
    if holder is None:
        return False
    nearest = [holder, *itertools.islice(ancestors(holder), 3)]
    if any(n.tag in _FORM_TAGS for n in nearest) or _taxonomy(holder):
        return True
    # A picture's caption or credit ("Presidente Joe Biden / AFP"), a button that jumps
    # within the page ("Print Recipe"), the breadcrumb trail ("Forums › Gaming Forum").
    if any(n.tag == "figcaption" for n in nearest) or any(
        n.tag == "a" and (n.attributes.get("href") or "").startswith("#") for n in nearest
    ):
        return True
    if any(BREADCRUMB_TOKEN.search(attr_text(n)) for n in (holder, *ancestors(holder))):
        return True
    heading = next((n for n in nearest if n.tag in _SECTION_HEADINGS), None)
    return heading is not None and _heads_text(heading)


def _heads_text(heading: LexborNode) -> bool:
    """Whether a paragraph of text follows the heading, as under a section's heading; an
    author card's name heading is followed by a role, a date or a bio naming the person."""
    after = heading.next
    while after is not None and not after.is_element_node:
        after = after.next
    if after is None or after.tag != "p":
        return False
    text, name = text_of(after), text_of(heading)
    return len(text) >= 20 and not text.startswith(name.split()[0] if name else "")


def _chunks_before(headline: LexborNode) -> list[tuple[str, LexborNode | None]]:
    """The text chunks of the element just before the headline (a dateline over it), each
    with its parent element."""
    prev = headline.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
    if prev is None or len(prev.text(deep=True)) > 200:
        return []
    chunks: list[tuple[str, LexborNode | None]] = []
    for item in prev.traverse(include_text=True):
        text = item.text_content if item.is_text_node else None
        if not text or text.isspace() or (item.parent and item.parent.tag in _NOT_SHOWN):
            continue
        chunks += [(line, item.parent) for line in map(" ".join, map(str.split, text.split("\n")))]
    return [(line, parent) for line, parent in chunks if line]


# Lists of other posts, reader comments and the site's menus: their names are never the
# author of this article (an author box or a sidebar "about me" may well be).
_OTHER_POSTS = re.compile(
    r"(?:^|[\s_-])(?:related|recommend\w*|more-(?:articles|stories|posts|news)|"
    r"read-(?:more|next|also)|latest|recent|popular|trending|comment|comments|respond|reply|"
    r"disqus|nav|navbar|navigation|menu|breadcrumbs?|cards?|teasers?|listing|post-list|loop|"
    r"swiper|slider?|carousel)"
    r"(?=$|[\s_-])"
)
_WRITTEN_BY = re.compile(
    r"^(?:this\s+(?:post|article|story)\s+was\s+|(?:article|post|story)\s+)?"
    r"(?:written|posted)\s+by\s*:?(?:\s+|$)"
    r"|^about\s+the\s+author\s*:?\s*"
    # "Written by" in other languages, as an author box heads the name with it.
    r"|^(?:(?:artikel|beitrag)\s+)?(?:geschrieben|verfasst)\s+von\s*:?(?:\s+|$)"
    r"|^(?:(?:article|artículo|articolo|artigo|artikel)\s+)?(?:écrit|rédigé|escrito|redactado|"
    r"scritto|geschreven|skrivet|skrevet|ditulis|napisany|napisane|napisała?)\s+"
    r"(?:par|por|da|door|av|af|oleh|przez)\s*:?(?:\s+|$)"
    r"|^(?:bài\s+)?viết\s+bởi\s*:?(?:\s+|$)",
    re.IGNORECASE,
)
# The same, as ASCII case folding of the page's UTF-8 text finds it (the test that lets a
# page without any skip the walk over its text).
_WRITTEN_BY_BYTES = re.compile(
    rb"written by|about the author|geschrieben von|verfasst von|crit par|"
    rb"dig\xc3\xa9 par|escrito por|redactado por|scritto da|geschreven door|skrivet av|"
    rb"skrevet af|ditulis oleh|napisa\S{0,3} przez|vi\xe1\xba\xbft b\xe1\xbb\x9fi"
)


def _is_card_link(node: LexborNode) -> bool:
    # A whole teaser card is one link; a byline inside belongs to that other post.
    return node.tag == "a" and len(node.text(deep=True)) > 80


def _holding_headline(body: LexborNode) -> frozenset[int]:
    """The headline's element and those that hold it: the article's own. Found once a page:
    asking each candidate's ancestors for the mark searches the page once per ancestor
    (seconds on a page with hundreds of author links)."""
    return frozenset(
        held.mem_id for mark in body.css(f"[{MARK}]") for held in (mark, *ancestors(mark))
    )


# Where a <header> or <footer> is a part of the content around it, not the site's banner
# or its closing footer (as HTML's accessibility mapping scopes them).
_SCOPING = frozenset({"article", "aside", "main", "nav", "section"})
# A class naming the author: the card or teaser it marks is about the author.
_AUTHOR_CLASS = re.compile(r"author|byline|writer")
_CARD_WORD = re.compile(r"[\s_-]?(?:cards?|teasers?)")
# WordPress marks the comments the post's own author wrote.
_BY_POST_AUTHOR = re.compile(r"(?:^|\s)bypostauthor(?:$|\s)")


def _site_chrome(node: LexborNode) -> bool:
    """The site's navigation, or its banner or closing footer: a <header> or <footer>
    outside any sectioning element or <main>."""
    if node.tag == "nav":
        return True
    return node.tag in {"header", "footer"} and not any(a.tag in _SCOPING for a in ancestors(node))


def _in_other_posts(node: LexborNode, holders: frozenset[int] = frozenset()) -> bool:
    """Inside the site's chrome, a list of other posts or the reader comments."""
    for anc in (node, *ancestors(node)):
        if anc.mem_id in holders:
            # The article's own container ("main with-navigation"), whatever its class says.
            return False
        if _site_chrome(anc):
            return True
        if anc.tag in {"body", "html"}:
            return False
        if _is_card_link(anc):
            return True
        attrs = attr_text(anc)
        other = _OTHER_POSTS.search(attrs)
        if other is None:
            continue
        if _BY_POST_AUTHOR.search(attrs):
            # A comment its class says the post's author wrote names that author.
            return False
        if _AUTHOR_CLASS.search(attrs) and _CARD_WORD.fullmatch(other.group(0)):
            # An author card ("author-card", "teaser-box author") is the author's own; a
            # card or teaser around it is still another post's, so the walk goes on.
            continue
        return True
    return False


def _full_name(names: list[str]) -> list[str]:
    return names if names and person_like(names[0]) and len(names[0].split()) >= 2 else []


def author_box(page: _Page) -> list[str]:
    """A person named in the article's author box or a "Written by" line, wherever it is.

    The byline proper (near the headline) is read first; this is for pages that only name
    their author in a box after the text or in a sidebar, which page cleaning treats as
    furniture. Only a full name is taken: boxes also hold bios, roles and links.
    """
    body, holders = page.body, page.holders
    for node in page.marked:
        if not (
            _in_other_posts(node, holders)
            or _in_listed_post(node, holders)
            or _mentioned_in_text(node)
            or _credited(node)
        ):
            names = _full_name(_element_names(node))
            if names:
                return names
    avatar = _avatar_name(page)
    if avatar:
        return avatar
    bio = _bio_heading(body, holders)
    if bio:
        return bio
    labelled = _labelled(body, holders)
    if labelled:
        return labelled
    # ASCII case folding (of the UTF-8 bytes) matches these ASCII phrases as casefold()
    # would, in a fraction of its time on a long page.
    page_text = body.text(deep=True).encode("utf-8", "surrogatepass").lower()
    if _WRITTEN_BY_BYTES.search(page_text) is None:
        # Walking every text node costs more than the rest of the author search.
        return []
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = " ".join((node.text_content or "").split())
        match = _WRITTEN_BY.match(text) if len(text) < 150 else None
        if match is None or node.parent is None or _in_other_posts(node.parent, holders):
            continue
        rest = text[match.end() :] or text_of(node.parent)[len(text) :]
        names = _full_name([name_part(n) for n in clean_name(rest)])
        if not names and not rest.strip():
            # The label heads a card of its own ("Article written by:" over a portrait
            # and the name): the name is the first text after it.
            names = _name_after(node.parent)
        if names:
            return names
    return []


_AFTER_LABEL_CHUNKS = 3


def _name_after(label: LexborNode) -> list[str]:
    """A full name in the first text chunks after a label's element, before any longer
    text (a bio, the article)."""
    chunks = 0
    for node in _following(label):
        if not node.is_text_node or (node.parent is not None and node.parent.tag in _NOT_SHOWN):
            continue
        text = " ".join((node.text_content or "").split())
        if not text:
            continue
        names = _full_name([name_part(n) for n in clean_name(text)])
        if names or len(text) > 100:
            return names
        chunks += 1
        if chunks >= _AFTER_LABEL_CHUNKS:
            return []
    return []


# A field label for the writer ("Autor: Jan Koch", "<b>Text:</b> Eva Lind"), in any language
# the byline lead-ins cover; the colon makes it a label rather than a word of a sentence.
_WRITER_LABEL = re.compile(
    rf"^(?:authors?|autor(?:in|en)?|auteurs?|autori?|verfasser(?:in)?|text|texte|testo|"
    rf"texto|tekst|redaktion|rédaction|redacción|{WRITER_LABELS}|{CJK_LABELS})"
    # The writer who took the pictures too: "Text & Fotos:", "Texto y fotos:", "Tekst i
    # zdjęcia:", "Teks dan foto:".
    rf"(?:{AND_PICTURES})?\s*[:：]\s*",
    re.IGNORECASE,
)
# Searched in the text with a newline put before it: a pattern that starts with a fixed
# character is searched for that character first, where "(?:^|\n)" is tried at every one.
# The labels of languages the by-words do not cover (names.WRITER_LABELS) are read in
# bylines only: every alternative is tried at every line of the page's text.
_WRITER_LABEL_ANYWHERE = re.compile(
    rf"\n[^\S\n]*(?:authors?|autor(?:in|en)?|auteurs?|autori?|verfasser(?:in)?|text|texte|"
    rf"testo|texto|tekst|redaktion|rédaction|redacción|{CJK_LABELS})\s*[:：]",
    re.IGNORECASE,
)


def _has_writer_label(text: str) -> bool:
    """Whether a line of ``text`` starts with a writer's field label."""
    return _WRITER_LABEL_ANYWHERE.search("\n" + text) is not None


def _labelled(body: LexborNode, holders: frozenset[int]) -> list[str]:
    """A person the article names after a writer's field label, wherever it stands (a
    credits line after the text, a facts box), outside lists of other posts and comments."""
    # Walking every text node costs more than the rest of the author search: first a cheap
    # test on lexbor's text, one line a text node, which holds every text node the walk
    # reads (and scripts' besides).
    if not _has_writer_label(body.text(deep=True, separator="\n", skip_empty=True)):
        return []
    chunks: list[tuple[str, LexborNode]] = []
    for node in body.traverse(include_text=True):
        if not node.is_text_node:
            continue
        raw = node.text_content
        if not raw or raw.isspace():
            continue
        parent = node.parent
        if parent is None or parent.tag in _NOT_SHOWN:
            continue
        chunks.append((" ".join(raw.split()), parent))
    for i, (text, parent) in enumerate(chunks):
        label = _WRITER_LABEL.match(text) if len(text) < 150 else None
        if label is None or _in_other_posts(parent, holders):
            continue
        rest = text[label.end() :] or (chunks[i + 1][0] if i + 1 < len(chunks) else "")
        if PROFESSION.fullmatch(rest) and i + 2 < len(chunks):
            # "Autor: <a>Rechtsanwalt</a> Jan Koch": the title links to the profession's page.
            rest = f"{rest} {chunks[i + 2][0]}"
        names = [
            n
            for n in map(name_part, clean_name(drop_role(rest)))
            if person_like(n, announced=True) and _plausible(n) and not _HANDLE.match(n)
        ]
        if names:
            # "Autor: Uta Roth, Projektleiterin": after a singular label, one name and a role.
            plural = re.match(r"(?i)(?:authors|autoren|auteurs|autori)\s*[:：]", label.group(0))
            return names if plural else names[:1]
    return []


# How far up from a portrait its caption may be: the picture's wrapper, the card's.
_AVATAR_LEVELS = 3
_AVATAR_BOX_CHARS = 1500


def _avatar_name(page: _Page) -> list[str]:
    """The person whose portrait stands beside their name: an image whose alternative text
    names the person ("Jane Doe", "Headshot of Jane Doe, Writer") in a small box that
    prints the same full name as a text of its own. Author boxes and bylines are built so
    whatever their class names say. Only a portrait in the byline's place right after the
    headline or over the person's bio counts (a logo or a product's picture is captioned
    too); comment threads, team pages and testimonials repeat the shape for many people,
    so where more than two are shown so, only the first and in the byline's place."""
    found: list[str] = []
    for image in page.body.css("img[alt]"):
        alt = " ".join((image.attributes.get("alt") or "").split())
        if not 3 < len(alt) < 150:
            continue
        name = _captioned(image, alt)
        if not name or name in found:
            continue
        if (
            _in_other_posts(image, page.holders)
            or _in_listed_post(image, page.holders)
            or any(map(_is_card_link, ancestors(image)))
            or _credited(image)
            or _linked_elsewhere(image)
            or _in_a_grid(image)
        ):
            continue
        if _under_headline(page, name) or _over_bio(image, name):
            found.append(name)
    if not found or common_words(found[0], page.text):
        return []
    if len(found) > 2 and not _under_headline(page, found[0]):
        return []
    return found[:1]


def _under_headline(page: _Page, name: str) -> bool:
    """Whether ``name`` is a chunk of the byline's place: the first lines after the
    headline (a page without one has no such place)."""
    return page.headline is not None and name in page.near[: _window(page.near, _ANNOUNCED_CHARS)]


# What an alternative text may say around a portrait's name: a few words before it
# ("Headshot of", "Porträt von", "Zdjęcie:"), a role after a comma or a dash.
_ALT_AFTER = re.compile(r"^(?:$|\s*[,|(–—-])")


def _alt_names(alt: str, name: str) -> bool:
    """Whether an image's alternative text names the person ``name``, not a thing named
    after them ("Jane Doe Logo", "students in the Jane Doe programme")."""
    at = alt.find(name)
    if at < 0:
        return False
    before = alt[:at].split()
    return len(before) <= 3 and _ALT_AFTER.match(alt[at + len(name) :]) is not None


def _over_bio(image: LexborNode, name: str) -> bool:
    """Whether the portrait's box goes on with the person's bio: a text that starts with
    the name ("Lauren Vetter is a ...")."""
    box = image
    for _ in range(_AVATAR_LEVELS + 1):
        if box.parent is None:
            return False
        box = box.parent
        if any(
            len(text) > len(name) + 20 and text.startswith(name)
            for text in (" ".join(t.split()) for t in _visible_texts(box))
        ):
            return True
    return False


_OTHER_CREDIT = re.compile(rf"\b(?:reviewed|checked|edited)\b|{_OTHER_ROLE.pattern}", re.I)


def _linked_elsewhere(image: LexborNode) -> bool:
    """Whether a picture links to another page than a writer's (a product's, a category's,
    a story's): a portrait links to its person's page or nowhere."""
    link = next((a for a in itertools.islice(ancestors(image), 4) if a.tag == "a"), None)
    href = link.attributes.get("href") or "" if link is not None else ""
    return link is not None and not any(mark in href for mark in _HREF_MARKS)


def _in_a_grid(image: LexborNode) -> bool:
    """Whether a picture is one item of a list of three or more pictured items (a shop's
    categories, a team, commenters)."""
    item = next((a for a in ancestors(image) if a.tag == "li"), None)
    if item is None or item.parent is None:
        return False
    pictured = [li for li in item.parent.iter() if li.tag == "li" and li.css_first("img")]
    return len(pictured) >= 3


def _captioned(image: LexborNode, alt: str) -> str:
    """The full name printed near ``image`` that its alternative text holds, written the
    same ("adobe photoshop elements" names a program in lower case)."""
    box = image
    for _ in range(_AVATAR_LEVELS):
        parent = box.parent
        if parent is None or parent.tag in {"body", "html"}:
            return ""
        box = parent
        if len(box.text(deep=True)) > _AVATAR_BOX_CHARS:
            return ""
        texts = _visible_texts(box)
        if any(len(t) < 40 and _OTHER_CREDIT.search(t) for t in texts):
            return ""  # "Fact checked by", "Reviewed by", "Photo:": another part than writing
        for item in box.traverse(include_text=True):
            if not item.is_text_node or item.parent is None or item.parent.tag in _NOT_SHOWN:
                continue
            line = " ".join((item.text_content or "").split())
            if (
                2 <= len(line.split()) <= 3
                and _alt_names(alt, line)
                and person_like(line)
                and _plausible(line)
                and spelled_as_name(line)
            ):
                # A caption that links to another page than a writer's names what it
                # leads to (a product, a story).
                return "" if _linked_elsewhere(item) else line
    return ""


# "is", "was", "has" as a bio goes on after the name, in the languages of the by-words.
_BIO_VERB = re.compile(
    r"\s+(?:is|was|has|ist|war|hat|est|était|es|era|è|é|foi|heeft|jest|był|była|är|var|er|"
    r"je|byl|byla|on|oli|adalah|merupakan|là)\b"
)


def _bio_heading(body: LexborNode, holders: frozenset[int]) -> list[str]:
    """A name heading over the author's bio ("Alban Brooke" / "Alban Brooke is the Head
    of Marketing at ..."): the paragraph after it starts by naming the same person."""
    for node in body.css("h2, h3, h4, h5, h6, strong"):
        name = text_of(node)
        if not 3 < len(name) < 60 or not _full_name([name]) or not spelled_as_name(name):
            continue
        if _in_other_posts(node, holders):
            continue
        # A name in bold as a paragraph of its own ("<p><strong>Anna Roth</strong></p>"):
        # the bio is the paragraph after that one.
        line = node.parent if node.tag == "strong" and node.parent is not None else None
        start = line if line is not None and line.tag == "p" and text_of(line) == name else node
        after = start.next
        while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
            after = after.next
        if after is None or after.tag not in {"p", "div"}:
            continue
        bio = text_of(after)
        if not (bio.startswith(name) and _BIO_VERB.match(bio, len(name))):
            continue
        if common_words(name, body.text(deep=True, separator=" ")):
            continue  # a term the text defines under its heading
        return [name]
    return []


_ANNOUNCED_CHARS = 600


def _window(chunks: list[str], limit: int) -> int:
    """How many of ``chunks`` fit in the first ``limit`` characters."""
    total = 0
    for i, chunk in enumerate(chunks):
        total += len(chunk)
        if total > limit:
            return i + 1
    return len(chunks)


def _labelled_meta(md: Metadata) -> str | None:
    """The writer a page's labelled data for link previews names: SEO plugins pair a label
    in the site's language with its value ("twitter:label1" "Verfasst von", "twitter:data1"
    "Karoline Herr"); the other pairs say the reading time or a price."""
    for index in range(1, 5):
        label = md.get(f"twitter:label{index}")
        if label is None:
            return None
        if _LABEL_CHUNK.match(" ".join(label.split())):
            return md.get(f"twitter:data{index}")
    return None


_PUBLISHER_KEYS = ("dc.publisher", "publisher", "og:site_name", "application-name")
_META_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")


def _meta_authors(md: Metadata, tree: LexborHTMLParser) -> list[str | None]:
    """The author the page's <meta> tags declare, key by key; a microdata "author" read
    from an item inside the page (a cited paper's, a review's) is left out."""
    values = [md.get(key) for key in _META_AUTHOR_KEYS]
    author = values[0]
    declared = 'meta[name="author" i][content], meta[property="author" i][content]'
    if author and tree.css_first(declared) is None:
        nested = [
            n
            for n in tree.css('meta[itemprop="author"][content]')
            if (n.attributes.get("content") or "").strip() == author
        ]
        if nested and all(_in_nested_item(n) for n in nested):
            values[0] = None
    return values


def _in_nested_item(node: LexborNode) -> bool:
    """Whether a microdata property belongs to an item that is itself a property of another
    (a reference list's entry, a review, a comment): that work's, never the page's."""
    item = next((a for a in ancestors(node) if "itemscope" in a.attributes), None)
    return item is not None and "itemprop" in item.attributes


def _scholarly_authors(tree: LexborHTMLParser) -> list[str]:
    """Every author of a scholarly paper, as journal platforms declare them for indexers,
    one tag each ("citation_author"); the family name may come first ("Adwan, Marwan H.")."""
    found = []
    for node in tree.css('meta[name="citation_author"][content]'):
        value = " ".join((node.attributes.get("content") or "").split())
        family, comma, given = value.partition(",")
        if comma and given.strip() and "," not in given:
            value = f"{given.strip()} {family.strip()}"
        found += clean_name(value)[:1]
    return found


@dataclass(frozen=True)
class Byline:
    """Who wrote the page, and whether the page itself says so.

    ``signed`` is false for the owner of a personal site, inferred from the site's name
    alone: a shop, a company or a service is named like a person as often as a blog is,
    so such a name says nothing about the page being an article.
    """

    names: tuple[str, ...]
    signed: bool


def choose_authors(
    md: Metadata, tree: LexborHTMLParser, headline: LexborNode | None, site: list[str]
) -> Byline:
    people, orgs = _ld_authors(md.ld_article or {}, md.ld_named)
    if not md.ld_article and md.ld_webpage:
        # Older SEO plugins' graphs declare the writer on the WebPage, with no article
        # object; a page's organisation there is only its owner.
        people = _ld_authors(md.ld_webpage, md.ld_named)[0]
    # The publisher a page declares is the site, however it names it (a magazine's title).
    publishers = [md.get(key) or "" for key in _PUBLISHER_KEYS]
    site_keys = {_key(s) for s in [*site, *orgs, *publishers]} - {""}

    def site_named(name: str) -> bool:
        # The site's name, or a longer one holding it ("Die FURCHE" on furche.at,
        # "EFC Bayrische Bembel" on bayrische-bembel.de, "MesOpinions.com").
        key = _key(name)
        return key in site_keys or any(len(k) >= 5 and k in key for k in site_keys)

    def read_declared(value: str) -> list[str]:
        names = [n for n in clean_name(value) if not _phrase(n)]
        if len(names) < 2:
            return names
        # One name cut at its "und" or commas into what look like several people: the
        # site's own ("Kirche und Leben, Münster, Germany": its name and its address) or an
        # institution's ("Bundesministerium für Wirtschaft und Klimaschutz").
        head = " ".join(value.split(",")[0].split())
        if site_named(head):
            return [head]
        if _institution(names[0]):
            return [" ".join(value.split())]
        return names

    names = [n for p in people for n in read_declared(p)] or _scholarly_authors(tree)
    if not names:
        for value in [*_meta_authors(md, tree), _labelled_meta(md)]:
            if value and "://" not in value:
                names = read_declared(value)
                if names:
                    break

    def persons(found: list[str]) -> list[str]:
        if any(map(_institution, found)):
            # One name of an institution, cut at its "und"/"and" into what look like two.
            return []
        return [n for n in found if not site_named(n)]

    # The page's host: ``site`` ends with it and its short name.
    host = next((s for s in reversed(site) if "." in s and " " not in s), "")
    page = _Page(tree.body, headline, host) if tree.body is not None else None

    @functools.cache
    def printed_byline() -> list[str]:
        return byline_authors(page) if page is not None else []

    @functools.cache
    def printed_box() -> list[str]:
        return author_box(page) if page is not None else []

    shown: list[str] = []
    if page is not None:
        # What the page prints under its headline ("By Jane Doe") is what readers are told;
        # declared authors are often the CMS account that posted it.
        near = page.near
        shown = [
            _declared_within(n, names)
            for n in persons(
                _announced(
                    near[: _window(near, _ANNOUNCED_CHARS)],
                    holders=page.near_holders,
                )
            )
        ]
        declared_keys = {_key(n) for n in names}
        # A first name or login shown ("von Max") where the declared name spells it out
        # ("Max Berger"): the declared name is the fuller answer.
        first_names = {n.split()[0].casefold() for n in names if len(n.split()) > 1}
        partial = len(shown[:1]) == 1 and " " not in shown[0] and shown[0].casefold() in first_names
        if shown and _key(shown[0]) not in declared_keys and not partial:
            listed = persons(printed_byline())
            more = listed[len(shown) :]
            if (
                more
                and list(map(_key, listed[: len(shown)])) == list(map(_key, shown))
                and all(len(name.split()) >= 2 for name in more)
            ):
                # The byline's element goes on to list co-authors, set apart by a mark the
                # announcement does not read ("Por <a>A</a> · <a>B</a>"): full names only,
                # as a byline's one word after "in" may be its section's.
                shown = listed
            return Byline(dedupe(shown), signed=True)

    if not persons(names) or all(_HANDLE.match(n) for n in names):
        # The declared author is the site, an organisation or a login name: the byline
        # may name a person.
        printed = printed_byline()
        found = persons(printed)
        if not names:
            names = found or printed
        elif found and person_like(found[0]) and len(found[0].split()) >= 2:
            # Over a declared author, only a name written like a person's full name: what
            # else a byline area holds ("Grow", "Make an Impact") is not a better answer.
            names = found
    # The site's own name or an organisation is the author only when no person is named
    # (personal blogs are named after their author; company pages name nobody).
    chosen = persons(names)
    if page is not None and any(len(n.split()) == 1 for n in chosen):
        # A first name or a login declared: the byline or the author box may spell it out.
        printed = [*shown, *printed_byline(), *printed_box(), *_described(md)]
        chosen = _in_full(chosen, printed)
    agencies = [o for o in orgs if AGENCY.match(o.strip())]
    if not chosen:
        # Only the site or an organisation so far: a person in an author box, or signing
        # the text at its end, beats it; a wire agency declared as the author beats the
        # site's own name (an agency's story on a portal whose <meta> names the portal).
        own = all(map(site_named, names))
        chosen = (
            printed_box()
            or (_sign_off(page) if page is not None else [])
            or (agencies if own else [])
            or names
            or [n for o in orgs for n in clean_name(o)]
        )
    if not chosen:
        # Nobody is named: a named desk the page declares or prints as its byline.
        # An organisation declared as the author is the site itself unless it is a wire
        # agency (the site's own name is no byline).
        declared = [*people, *agencies, *(v or "" for v in _meta_authors(md, tree))]
        chosen = [n for d in declared if "://" not in d for n in clean_name(d, desks=True)]
        if not chosen and page is not None:
            chosen = byline_authors(page, desks=True) or _wire_credit(page)
    if chosen:
        return Byline(dedupe(chosen), signed=True)
    return Byline(dedupe(_personal_site(md, tree, site)), signed=False)


# Elements a sign-off's name may be set in: emphasis, and the markup around it that shows
# nothing of its own (a microdata <meta>, a line break).
_SIGN_OFF_TAGS = frozenset({"b", "strong", "em", "i", "font", "span", "br", "meta"})
_SIGN_OFF_TEXT = 500
_SIGN_OFF_PARAGRAPHS = 4
# Aligned right, as an attribute, a style or a class says it ("text-right", "alignright"),
# not "copyright".
_RIGHT = re.compile(r"(?<![a-z])right(?![a-z])|alignright")


# A sign-off in brackets closing the text: names in kanji of three to five characters (a
# wire's two-character short name, "（共同）", and the closing "（完）" are no names).
_BRACKETED_SIGN_OFF = re.compile(r"[（(]([\u4e00-\u9fff]{3,5}(?:[、・][\u4e00-\u9fff]{3,5})*)[）)]")


def _sign_off(page: _Page) -> list[str]:
    """The writer who signs the text where it ends: a paragraph of its own among the last
    of the text's container that is a person's name set apart (wholly in bold or italics
    as the very last paragraph, or aligned right, footnotes or a box may follow) or
    announced ("Von Cosima Künzel", "By Jane Doe"). Newspapers and blogs sign a report so
    where they print no byline over it."""
    paragraphs = page.body.css("p")
    if not paragraphs:
        return []
    # The text's container: the parent of its longest paragraph.
    box = max(paragraphs, key=lambda p: len(p.text(deep=True))).parent
    if box is None or _in_other_posts(box, page.holders):
        return []
    shown = [child for child in box.iter() if text_of(child)]
    if sum(text_width(text_of(child)) for child in shown if child.tag == "p") < _SIGN_OFF_TEXT:
        return []  # no text for a name to close (Han, kana and hangul write it in fewer signs)
    for place, child in enumerate(reversed(shown[-_SIGN_OFF_PARAGRAPHS:])):
        if child.tag != "p":
            continue
        text = text_of(child)
        looks = " ".join(child.attributes.get(a) or "" for a in ("align", "style", "class"))
        right = _RIGHT.search(looks.casefold()) is not None
        inner = [e for e in child.traverse() if e.mem_id != child.mem_id]
        marked = [e for e in inner if e.tag != "meta"]
        emphasised = (
            place == 0
            and bool(marked)
            and all(e.tag in _SIGN_OFF_TAGS for e in inner)
            and text_of(marked[0]) == text
        )
        announced = len(text) < 60 and _BY_CHUNK.match(text) is not None
        bracketed = _BRACKETED_SIGN_OFF.fullmatch(text)
        if place == 0 and bracketed and not re.search(CJK_LABELS, text):
            # "（山田太郎）", "（山田太郎、佐藤花子）": Japanese papers sign a report so.
            signed = re.split(r"[、・]", bracketed.group(1))
            return [] if any(AGENCY.match(n) for n in signed) else signed
        if not (right or emphasised or announced):
            continue
        # The first paragraph set apart decides: a name, or no sign-off at all.
        names = clean_name(text)
        whole = all(
            2 <= len(n.split()) <= 3
            and person_like(n)
            and _plausible(n)
            and spelled_as_name(n)
            and not common_words(n, page.text)
            for n in names
        )
        return names if names and whole and (announced or len(names) == 1) else []
    return []


# A wire agency's dateline opening the text ("BERLIN (dpa) -", "WASHINGTON (AP) —",
# "Paris (AFP/Reuters) :"), and its credit closing the text ("... sagte ein Sprecher. (dpa)",
# "... sagte ein Sprecher. dpa/lno").
_DATELINE = re.compile(
    r"^[^\W\d_][^\W\d_.\s/'-]*(?:[\s/'-]+[^\W\d_]+){0,3}\.?\s*\(([^()]{2,30})\)\.?\s*[-–—:]"
)
_CLOSING_CREDIT = re.compile(
    r"(?:^|[.!?\"“”»«]\s*)\(([^()]{2,30})\)$|(?:^|[.!?\"“”»«]\s+)([\w/-]{2,20})$"
)
# The text's source named on a line of its own after it ("Quelle: dpa", "Source: AFP").
_SOURCE_LINE = re.compile(
    r"^(?:quelle|source|fuente|fonte|fonti|źródło|zdroj|vir|izvor|kilde|källa|lähde|bron|"
    r"джерело|источник|kaynak|forrás|sursa|πηγή|sumber|来源|來源|출처|المصدر)"
    r"\s*[:：]\s*([^:：]{2,30})$",
    re.IGNORECASE,
)
_DATELINE_CHUNKS = 6


def _wire_credit(page: _Page) -> list[str]:
    """The wire agencies a story credits in its dateline or at the end of its text, for
    pages that name no person: the agency is the byline of the story it wrote."""
    chunks = page.near[:_DATELINE_CHUNKS]
    # "<strong>BERLIN (dpa)</strong> - ...": the dateline may end its own element.
    for i in range(len(chunks)):
        dateline = _DATELINE.match(" ".join(chunks[i : i + 2]))
        if dateline:
            return _agencies(dateline.group(1))
    article = _article_of(page.body, page.headline)
    paragraphs = reversed(article.css("p")) if article is not None else iter(())
    last = next((t for t in map(text_of, paragraphs) if t), "")
    source = _SOURCE_LINE.match(last)
    if source:
        return _agencies(source.group(1))
    closing = _CLOSING_CREDIT.search(last) if len(last) < 2000 else None
    return _agencies(closing.group(1) or closing.group(2)) if closing else []


def _agencies(code: str) -> list[str]:
    """The agencies in a credit ("dpa/AFP", "AP, Reuters"); a regional desk's code after
    the agency ("dpa/lno") is no agency of its own."""
    parts = [p.strip() for p in re.split(r"[/,;]|\bund\b|\band\b", code)]
    names = [p for p in parts if AGENCY.match(p)]
    return names if names and len(names) >= len(parts) - 1 else []


def _article_of(body: LexborNode, headline: LexborNode | None) -> LexborNode | None:
    """The element holding the article's text: the <article> around the headline, else the
    page's main element."""
    if headline is not None:
        held = next((a for a in ancestors(headline) if a.tag == "article"), None)
        if held is not None:
            return held
    return body.css_first("article, main, [role=main]")


def _in_full(names: list[str], printed: list[str]) -> list[str]:
    """Each one-word name ("Nils", a first name or a login) as the page prints it in full
    ("Eine Kolumne von Nils Pickert", the author box's "Nils Pickert")."""
    full = [n for n in printed if len(n.split()) >= 2 and person_like(n)]

    def spelled_out(name: str) -> str:
        if " " in name:
            return name
        return next((f for f in full if f.split()[0].casefold() == name.casefold()), name)

    return list(map(spelled_out, names))


def _phrase(name: str) -> bool:
    """Words of a sentence, not a name: a lower-case word that is no name particle before a
    capitalised one ("deinen Hochzeitsbloggern", "unsere Redaktion", "your Editors"). A name
    written all in lower case ("annette thurmon") is a name still."""
    words = name.split()
    return (
        len(words) >= 2
        and lower_initial(words[0])
        and words[0].casefold() not in PARTICLES
        and any(w[:1].isupper() for w in words[1:])
    )


def _declared_within(shown: str, declared: list[str]) -> str:
    """The declared name a byline prints after words of its own ("Von Korrespondentin Anna
    Roth" where "Anna Roth" is declared): those words are the writer's role, which a
    language that capitalises its nouns writes like a name. A title shortened with a full
    stop ("Dr.", "Prof.") stays as printed."""
    words = shown.split()
    for name in declared:
        size = len(name.split())
        if (
            size >= 2
            and len(words) > size
            and _key(" ".join(words[-size:])) == _key(name)
            and not any("." in w for w in words[:-size])
        ):
            return name
    return shown


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name.casefold())


def _institution(name: str) -> bool:
    """Named like an institution, not a person: three words or more, one of them in lower
    case and no name particle ("Bayerische Landesanstalt für Wald", "Office of Science")."""
    words = name.split()
    return len(words) >= 3 and any(
        lower_initial(w) and w.casefold() not in PARTICLES for w in words
    )


# Second-level labels under which countries register domains ("example.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})


def _registered(host: str) -> list[str]:
    """The labels of the domain ``host`` is registered under ("example.co.uk" of
    "news.example.co.uk")."""
    labels = host.casefold().split(".")
    return labels[-(3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2) :]


def _subdomain(host: str) -> bool:
    """Whether ``host`` is a name under a registered domain ("owain.bearblog.dev"), not
    the registered domain itself ("urania.de", "example.co.uk")."""
    return len(host.split(".")) > len(_registered(host))


# Pages a site declares as a product or a collection of its pages, not a post.
_UNWRITTEN = frozenset({"product", "productgroup", "collectionpage", "searchresultspage"})


# A word that names a newspaper, a magazine or a news site, in the languages of the web:
# a title with one of them ("Harbour Gazette", "Ege Haber", "Warta Nusantara", "Nya
# Kusttidningen") is a publication's, however much its host spells it like a person's.
_PUBLICATION = re.compile(
    r"news|times|post|herald|gazette|tribune|journal|daily|weekly|magazine|press|chronicle|"
    r"courier|observer|reporter|dispatch|bulletin|"
    r"\w*(?:zeitung|blatt|bladet|tidning|tidningen|krant|kurier|avis|posten|nytt|nieuws|"
    r"nachrichten|anzeiger|rundschau|presse)|"
    r"gazeta|gazzetta|corriere|giornale|notizie|quotidien|courrier|journal|diario|noticias|"
    r"periódico|jornal|notícias|noticiário|dagblad|courant|nyheter|haber|habercisi|gazetesi|"
    r"dergisi|berita|warta|harian|kabar|báo|wiadomości|dziennik|tygodnik|новости|газета|"
    r"вести|известия|новини|вісті|أخبار|صحيفة|جريدة|خبر|اخبار|समाचार|ख़बर|खबर",
    re.IGNORECASE,
)


def _personal_site(md: Metadata, tree: LexborHTMLParser, site: list[str]) -> list[str]:
    """The owner of a personal site, when the page names nobody else: the site is called
    by a person's name ("Owain Brennan", the title's suffix or the home link) and the host
    spells it ("owain.example.dev", "artmann.co")."""
    hosts = [s for s in site if "." in s and " " not in s]
    if not hosts or md.ld_organisations:
        # A site that declares an organisation as its publisher or owner, by whatever name
        # ("Sogn Avis AS" for "Sogn Avis"), is that organisation's: a newspaper or a brand
        # named like a person is no owner to name.
        return []
    if md.ld_types & _UNWRITTEN or (md.get("og:type") or "").casefold().startswith("product"):
        # A shop's product or a page listing the site's posts: the owner wrote none of it.
        return []
    host = re.sub(r"\W+", "", hosts[0].casefold())
    candidates = list(site)
    if md.html_title:
        candidates += [p.strip() for p in re.split(r"\s[|\-–—·]\s", md.html_title)[1:]]
    home = tree.css_first('a[href="/"]')
    if home is not None:
        candidates.append(" ".join(home.text(deep=True).split()))
    first_label = hosts[0].casefold().split(".")[0]
    domain = re.sub(r"\W+", "", _registered(hosts[0])[0])
    text = tree.body.text(deep=True, separator=" ") if tree.body is not None else ""
    for candidate in candidates:
        words = candidate.split()
        if len(words) != 2 or not person_like(candidate) or DESK.match(candidate):
            continue
        # A brand set in capitals ("CODE FARM", "ECOVACS US", "UVA SCPS") or with signs
        # ("OK! Magazin"): the site writes its own name so, never a person's.
        if not spelled_as_name(candidate) or any(
            len(w.strip(".")) >= 2 and w.isupper() for w in words
        ):
            continue
        if common_words(candidate, text):  # "Statistics Globe", "Privacy Guides"
            continue
        if words[0].casefold() in _ARTICLES:  # "La Gazette", "Die Rundschau": a title
            continue
        if any(_PUBLICATION.fullmatch(w) for w in words):  # "Ege Haber", "Harbour Gazette"
            continue
        given, family = (re.sub(r"\W+", "", w.casefold()) for w in words)
        # The full name in the host, the family name as the whole name of the domain
        # ("artmann.co"), or the given name as the label of a blog on a shared host
        # ("owain.bearblog.dev"). A given name as a domain of its own ("urania.de" for
        # "Urania Berlin") is a brand's name, and so is a word of the site's name that is
        # only a piece of the domain or a subdomain ("Natürlich Jagd" on natuerlich-jagd.de,
        # "ZDNet Japan" on japan.zdnet.com, "Docker Docs" on docs.docker.com).
        on_shared_host = _subdomain(hosts[0])
        if (
            given + family in host
            or (len(family) >= 4 and family == domain)
            or (on_shared_host and given == first_label)
        ):
            return [candidate]
    return []

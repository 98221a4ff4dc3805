"""The choice of the page's authors: :func:`choose_authors` weighs what the page declares
against what it prints (the byline, the author box, the sign-off, a wire agency's credit)
and, when it names nobody, the owner of a personal site; :class:`Byline` is its answer."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..metadata import Metadata
from ..names import (
    AGENCY,
    PARTICLES,
    clean_name,
    dedupe,
    lower_initial,
    person_like,
    with_agencies,
)
from .boxes import author_box
from .bylines import byline_authors
from .common import HANDLE
from .declared import (
    described,
    labelled_meta,
    ld_authors,
    ld_photographers,
    meta_authors,
    scholarly_authors,
)
from .element_names import element_names
from .page import ANNOUNCED_CHARS, Page, window
from .personal_site import personal_site
from .plain_bylines import announced
from .sign_offs import opening_byline, sign_off, source_writers, wire_credit

_PUBLISHER_KEYS = ("dc.publisher", "publisher", "og:site_name", "application-name")
# The schema.org types of a news story ("NewsArticle", "ReportageNewsArticle", ...).
_NEWS_TYPES = ("NewsArticle", "LiveBlogPosting")


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
    md: Metadata,
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    site: list[str],
    url: str | None = None,
) -> Byline:
    """The page's writers, in this order: the byline under the headline where it names
    others than the page declares; the declared writers (spelled out, and with the
    co-authors the byline adds); where those are the site, an organisation or a login, a
    person the byline, the author box or a sign-off names; else a wire agency, a desk, or
    the owner of a personal site."""
    people, orgs = ld_authors(md.ld_article or {}, md.ld_named)
    if not md.ld_article and md.ld_webpage:
        # Older SEO plugins' graphs declare the writer on the WebPage, with no article
        # object; a page's organisation there is only its owner.
        people = ld_authors(md.ld_webpage, md.ld_named)[0]
    evidence = _Evidence(md, tree, headline, site, url, orgs)
    names = _declared_names(md, tree, people, evidence)
    shown = _shown(evidence, names)
    if shown and _shown_over_declared(shown, names):
        return Byline(dedupe(_with_listed(evidence, shown)), signed=True)
    names = _over_organisation(evidence, names)
    chosen = evidence.persons(names)
    if evidence.parts is not None and chosen:
        chosen = _with_co_authors(chosen, evidence.persons(evidence.byline))
    if evidence.parts is not None and any(len(n.split()) == 1 for n in chosen):
        # A first name or a login declared: the byline or the author box may spell it out.
        chosen = _in_full(chosen, [*shown, *evidence.byline, *evidence.box, *described(md)])
    # Declared beside the writers, the photographer the byline credits with the pictures
    # ("Text: A | Fotos: B", B's card saying "Fotograf") took them, and wrote nothing.
    photographers = evidence.photographers
    chosen = [n for n in chosen if _key(n) not in photographers] or chosen
    agencies = [o for o in orgs if AGENCY.match(o.strip())]
    chosen = (
        chosen
        or _beside_organisation(evidence, names, orgs, agencies)
        or _desk(evidence, people, agencies)
    )
    if chosen:
        # A wire agency declared beside the writers is a co-author, not the site.
        wires = [a for a in agencies if _key(a) not in evidence.own_keys]
        return Byline(dedupe([*chosen, *wires]), signed=True)
    return Byline(dedupe(personal_site(md, tree, site)), signed=False)


class _Evidence:
    """What :func:`choose_authors` weighs, read once: the names the site goes by (its own,
    its publisher's, the organisations it declares), the parts of the page (``parts``:
    None for a page without a body) and the bylines it prints."""

    def __init__(
        self,
        md: Metadata,
        tree: LexborHTMLParser,
        headline: LexborNode | None,
        site: list[str],
        url: str | None,
        orgs: list[str],
    ) -> None:
        self.md = md
        self.tree = tree
        # The publisher a page declares is the site, however it names it (a magazine's title).
        publishers = [md.get(key) or "" for key in _PUBLISHER_KEYS]
        self.own_keys = {_key(s) for s in [*site, *publishers]} - {""}
        self.site_keys = self.own_keys | {_key(o) for o in orgs}
        # The page's host: ``site`` ends with it and its short name.
        host = next((s for s in reversed(site) if "." in s and " " not in s), "")
        self.parts = Page(tree.body, headline, host, url) if tree.body is not None else None

    def site_named(self, name: str) -> bool:
        """The site's name, or a longer one holding it ("Die FURCHE" on furche.at, "EFC
        Bayrische Bembel" on bayrische-bembel.de, "MesOpinions.com"), or the name without
        its article ("Sierra Leone Telegraph" by "The Sierra Leone Telegraph")."""
        key = _key(name)
        return (
            key in self.site_keys
            or any(len(k) >= 5 and k in key for k in self.site_keys)
            or any(k.endswith(key) and k[: -len(key)] in _ARTICLES for k in self.site_keys)
        )

    def unsigned_news(self, organisation: str) -> bool:
        """Whether a news article declares the site itself as its author (its name, or a
        longer one holding it: "NOS Nieuws" on NOS, "MDR THÜRINGEN" on MDR): a story no
        one signs, as a reader sees it. A company's blog post signed by the company is
        the company's."""
        kind = (self.md.ld_article or {}).get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k.endswith(_NEWS_TYPES) for k in kinds):
            return False
        key = _key(organisation)
        return any(k == key or (len(k) >= 3 and k in key) for k in self.own_keys)

    def persons(self, found: list[str]) -> list[str]:
        if any(map(_institution, found)):
            # One name of an institution, cut at its "und"/"and" into what look like two.
            return []
        return [n for n in found if not (self.site_named(n) or _BROADCASTER.search(n))]

    def read_declared(self, value: str) -> list[str]:
        desk, agencies = with_agencies(" ".join(value.split()))
        if agencies and self.site_named(desk):
            # "Le Parisien avec AFP": the site's desk with a wire's copy, the wire's story.
            return agencies
        names = [n for n in clean_name(value) if not (_phrase(n) or _no_name(n))]
        if len(names) < 2:
            return names
        # One name cut at its "und" or commas into what look like several people: the
        # site's own ("Kirche und Leben, Münster, Germany": its name and its address) or an
        # institution's ("Bundesministerium für Wirtschaft und Klimaschutz").
        head = " ".join(value.split(",")[0].split())
        if self.site_named(head):
            return [head]
        if _institution(names[0]):
            return [" ".join(value.split())]
        return names

    @functools.cached_property
    def byline(self) -> list[str]:
        """The names in the byline element nearest the headline."""
        if self.parts is None:
            return []
        return self.not_the_subject(byline_authors(self.parts))

    def not_the_subject(self, names: list[str]) -> list[str]:
        """``names`` without one word the headline holds too: a place the story's dateline
        gives ("Woldegk · 09.01.2025"); a writer signing with one word is not its subject."""
        headline = self.parts.headline if self.parts is not None else None
        if headline is None or not any(len(n.split()) == 1 for n in names):
            return names
        words = {w.casefold() for w in re.findall(r"\w+", headline.text(deep=True))}
        return [n for n in names if len(n.split()) > 1 or n.casefold() not in words]

    @functools.cached_property
    def photographers(self) -> set[str]:
        """The keys of the names the byline credits with the pictures: an author element a
        photo role labels, or "Fotos: B" in a line that credits the text too."""
        if self.parts is None:
            return set()
        found: set[str] = set()
        for node in self.parts.marked[:_CREDIT_ELEMENTS]:
            parent = node.parent
            around = " ".join(parent.text(deep=True).split()) if parent is not None else ""
            beside = around.replace(" ".join(node.text(deep=True).split()), " ")
            if (
                len(around) < _ROLE_LINE_CHARS
                and _PHOTO_ROLE.search(beside)
                and not _TEXT_ROLE.search(beside)
            ):
                found.update(_key(n) for n in element_names(node))
        # The chunks of one line are read together: "Text:", the name, "| Fotos: B".
        line = " ".join(self.parts.near[:_CREDIT_CHUNKS])
        credit = _PHOTOS_BESIDE_TEXT.search(line)
        if credit is not None:
            found.update(_key(n) for n in clean_name(credit.group(1)))
        # "Von A (Text) und B (Bilder)": the role after each name; "By A and B,
        # Photographs by C", "Von A · Fotos von C": the role before it.
        found.update(_key(m[1]) for m in _NAME_THEN_PHOTO_ROLE.finditer(line))
        chunks = self.parts.near[:_CREDIT_CHUNKS]
        for i, chunk in enumerate(chunks):
            role = _PHOTOS_BY.search(chunk)
            if role is not None and not _TEXT_AND.search(chunk[: role.start()]):
                named = role[1] or (chunks[i + 1] if i + 1 < len(chunks) else "")
                found.update(_key(n) for n in clean_name(named))
        # ... and those the page declares with a photographer's job, whom the byline lists
        # beside the writers.
        found.update(_key(n) for n in ld_photographers(self.md.ld_article or {}))
        return found

    @functools.cached_property
    def box(self) -> list[str]:
        """The names in the page's author box."""
        return author_box(self.parts) if self.parts is not None else []


def _declared_names(
    md: Metadata, tree: LexborHTMLParser, people: list[str], evidence: _Evidence
) -> list[str]:
    """The writers the page declares for machines: its JSON-LD article's, a scholarly
    paper's, else its <meta> author's."""
    names = [n for p in people for n in evidence.read_declared(p)] or scholarly_authors(tree)
    if not names:
        for value in [*meta_authors(md, tree), labelled_meta(md)]:
            if value and "://" not in value:
                names = evidence.read_declared(value)
                if names:
                    break
    return names


def _shown(evidence: _Evidence, declared: list[str]) -> list[str]:
    """The writers the page announces under its headline ("By Jane Doe"), each as
    declared where the byline adds a role before the name."""
    if evidence.parts is None:
        return []
    near = evidence.parts.near
    announced_names = announced(
        near[: window(near, ANNOUNCED_CHARS)],
        holders=evidence.parts.near_holders,
        article=evidence.parts.holders,
        shapes=evidence.parts.shapes,
    )
    return [_declared_within(n, declared) for n in evidence.persons(announced_names)]


def _shown_over_declared(shown: list[str], declared: list[str]) -> bool:
    """Whether what the page prints under its headline is the answer over what it
    declares: readers are told the byline; declared authors are often the CMS account that
    posted it. Not so where the byline shows a first name or login ("von Max") that a
    declared name spells out ("Max Berger"): the declared name is the fuller answer."""
    declared_keys = {_key(n) for n in declared}
    first_names = {n.split()[0].casefold() for n in declared if len(n.split()) > 1}
    partial = len(shown[:1]) == 1 and " " not in shown[0] and shown[0].casefold() in first_names
    return _key(shown[0]) not in declared_keys and not partial


def _with_listed(evidence: _Evidence, shown: list[str]) -> list[str]:
    """``shown`` with the co-authors the byline's element goes on to list, set apart by a
    mark the announcement does not read ("Por <a>A</a> · <a>B</a>"): full names only, as
    a byline's one word after "in" may be its section's."""
    listed = evidence.persons(evidence.byline)
    more = listed[len(shown) :]
    if (
        more
        and list(map(_key, listed[: len(shown)])) == list(map(_key, shown))
        and all(len(name.split()) >= 2 for name in more)
    ):
        return listed
    return shown


def _over_organisation(evidence: _Evidence, names: list[str]) -> list[str]:
    """``names``, or the person the byline names where the declared author is the site, an
    organisation or a login name."""
    if evidence.persons(names) and not all(HANDLE.match(n) for n in names):
        return names
    found = evidence.persons(evidence.byline)
    if not names:
        return found or evidence.byline
    if found and _full_name(found[0]):
        # Over a declared author, only a name written like a person's full name: what
        # else a byline area holds ("Grow", "Make an Impact") is not a better answer.
        return found
    return names


def _beside_organisation(
    evidence: _Evidence, names: list[str], orgs: list[str], agencies: list[str]
) -> list[str]:
    """Where only the site or an organisation is named so far: a person in an author box,
    or signing the text at its end, beats it; a wire agency declared as the author beats
    the site's own name (an agency's story on a portal whose <meta> names the portal), and
    so does one credited where the text ends. The site's own name or an organisation is
    the author only when no person is named (personal blogs are named after their author;
    company pages name nobody), and never of a news story the site declares as its own,
    which nobody signs."""
    own = all(map(evidence.site_named, names))
    parts = evidence.parts
    # The site declared as the author, which an agency credited where the text ends beats.
    site_declared = own and bool(names or orgs)
    box = evidence.box
    if box and evidence.parts is not None:
        box = _agency_byline(evidence.parts, evidence.site_named) or box
    # A box naming the site is its account's: a person signing the text beats it.
    own_box = bool(box) and all(map(evidence.site_named, box))
    return (
        (box if not own_box else [])
        or (sign_off(evidence.parts) if evidence.parts is not None else [])
        or (opening_byline(evidence.parts) if evidence.parts is not None else [])
        or (source_writers(evidence.parts) if evidence.parts is not None else [])
        or (agencies if own else [])
        # ... and so does a wire agency the byline under the headline names alone ("Von:
        # dpa", "RND/dpa" on the RND's site) ...
        or ((_byline_agencies(parts, evidence.site_named) or []) if site_declared and parts else [])
        # ... and the agency the story credits where it ends ("tmg/KNA", "(sda)")
        # (a desk's name, where nothing is declared, is read after: :func:`_desk`).
        or (wire_credit(parts, evidence.site_named) if site_declared and parts is not None else [])
        or (box if own_box else [])
        or names
        or [n for o in orgs if not evidence.unsigned_news(o) for n in clean_name(o)]
    )


def _desk(evidence: _Evidence, people: list[str], agencies: list[str]) -> list[str]:
    """Where nobody is named: a named desk the page declares or prints as its byline. An
    organisation declared as the author is the site itself unless it is a wire agency
    (the site's own name is no byline)."""
    declared = [*people, *agencies, *(v or "" for v in meta_authors(evidence.md, evidence.tree))]
    chosen = [
        n for d in declared if "://" not in d for n in clean_name(d, desks=True) if not _no_name(n)
    ]
    if not chosen and evidence.parts is not None:
        chosen = evidence.not_the_subject(byline_authors(evidence.parts, desks=True))
        chosen = chosen or wire_credit(evidence.parts, evidence.site_named)
    return chosen


def _with_co_authors(declared: list[str], printed: list[str]) -> list[str]:
    """The byline's list where it names every declared writer and more, in full names:
    a page declaring its first writer only ("author": one Person) prints its co-authors
    beside them."""
    wanted = {_key(n) for n in declared}
    listed = {_key(n) for n in printed}
    extra = [n for n in printed if _key(n) not in wanted]
    if wanted < listed and all(len(n.split()) >= 2 for n in extra):
        return printed
    return declared


def _byline_agencies(page: Page, site_named: Callable[[str], bool]) -> list[str] | None:
    """The wire agencies the byline under the headline names, when it names nothing but
    them and the site ("mgo/dpa", "Quelle: WELT/dpa"); None where it names nobody, or the
    site alone ("FRANCE 24" over its own story)."""
    printed = byline_authors(page, desks=True)
    agencies = [n for n in printed if AGENCY.match(n)]
    if not agencies and all(map(site_named, printed)):
        return None
    return agencies if all(n in agencies or site_named(n) for n in printed) else []


def _agency_byline(page: Page, site_named: Callable[[str], bool]) -> list[str]:
    """The wire agencies the byline under the headline or the text's dateline or last line
    credit ("mgo/dpa", "Quelle: WELT/dpa", "BERLIN (dpa)"), when that names no person but
    the site: the story is theirs, whoever an author box elsewhere on the page shows."""
    agencies = _byline_agencies(page, site_named)
    return wire_credit(page, site_named) if agencies is None else agencies


# An editor's initials declared as the author's name ("ar", "obe"), or an account's id a
# system generated ("mdelatorreq6vkpg2ma0ci": digits between letters twice, a login's
# length): no name. A login a person chose ("MikeNils", "fri.juli") is the page's answer.
_INITIALS = re.compile(r"[a-zäöüß]{2,3}")
_GENERATED_ID = re.compile(r"(?=.*\d[a-z]+\d)[a-z0-9]{12,}")


def _no_name(name: str) -> bool:
    """Initials or a generated login; a wire agency's letters ("dpa") are its name."""
    if AGENCY.match(name):
        return False
    return bool(_INITIALS.fullmatch(name) or _GENERATED_ID.fullmatch(name))


def _in_full(names: list[str], printed: list[str]) -> list[str]:
    """Each one-word name ("Nils", a first name or a login) as the page prints it in full
    ("Eine Kolumne von Nils Pickert", the author box's "Nils Pickert")."""
    full = [n for n in printed if len(n.split()) >= 2 and person_like(n)]

    def spelled_out(name: str) -> str:
        if " " in name:
            return name
        return next((f for f in full if f.split()[0].casefold() == name.casefold()), name)

    found = list(map(spelled_out, names))
    # "Peters, Katharina" (a catalogue's order) was cut into two: once the first name is
    # spelled out, the family name alone is a word of it, no other writer.
    words = {w.casefold() for name in found if " " in name for w in name.split()}
    return [name for name in found if " " in name or name.casefold() not in words]


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


_CREDIT_ELEMENTS = 12
_CREDIT_CHUNKS = 15
_ROLE_LINE_CHARS = 80
_PHOTO_ROLE = re.compile(r"\b(?:foto(?:graf(?:in|en)?|s)?|photo(?:grapher|s)?|bilder?)\b", re.I)
_TEXT_ROLE = re.compile(r"\b(?:text|tekst|texte|texto|testo|von|by|av|af|door|par|por|di)\b", re.I)
# "Text: A | Fotos: B": the pictures' credit in the line that credits the text.
_PHOTOS_BESIDE_TEXT = re.compile(
    r"\b(?:text|tekst|texte|texto|testo)\b\s*:?.{2,60}?\b(?:fotos?|photos?|bilder?)\s*:?\s*"
    r"([^|•·:]{3,60}?)\s*(?:$|[|•·]|\b(?:veröffentlicht|published|aktualisiert)\b)",
    re.IGNORECASE,
)

# "Photographs by C", "Fotos von C": the pictures' credit before the name (in the chunk, or
# the next one when the name is a link of its own).
_PHOTOS_BY = re.compile(
    r"\b(?:photographs?|photos?|photography|fotos?|fotografie|bilder|illustrations?)\s+"
    r"(?:by|von|de|di|door|av|af|por|par)\b\s*:?\s*(.*)$",
    re.IGNORECASE,
)
# ... unless the same name wrote the text ("Text and photos by C", "Text und Fotos von C").
_TEXT_AND = re.compile(
    r"\b(?:text|texte|tekst|texto|testo|words|story)\s*(?:and|und|&|et|y|e|og|och|en)\s*$",
    re.IGNORECASE,
)

_NAME_THEN_PHOTO_ROLE = re.compile(
    r"((?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){1,3}[A-ZÀ-ÞĀ-Ž][\w'’-]*)\s*"
    r"\((?i:fotos?|bilder?|photos?|photography|illustrations?|grafiken?)\)"
)


def _full_name(name: str) -> bool:
    """Two to four words written like a person's name; in a script without capitals
    (Devanagari, Arabic, Thai), two to four words of letters."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if all(w[0].isalpha() and w[0].lower() == w[0].upper() for w in words):
        return True
    return person_like(name)


# The article a site's name may open with ("The Sierra Leone Telegraph", "Die Glocke").
_ARTICLES = frozenset({"the", "die", "der", "das", "le", "la", "les", "el", "il", "de", "het"})


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name.casefold())


# A broadcaster by the word its name ends in ("Bayerischer Rundfunk", "Sky Television"):
# declared as the author of its sister site's pages, no person.
_BROADCASTER = re.compile(
    r"\s(?:rundfunk|fernsehen|hörfunk|broadcasting|television|radio|tv)$", re.IGNORECASE
)


def _institution(name: str) -> bool:
    """Named like an institution, not a person: three words or more, one of them in lower
    case and no name particle ("Bayerische Landesanstalt für Wald", "Office of Science")."""
    words = name.split()
    return len(words) >= 3 and any(
        lower_initial(w) and w.casefold() not in PARTICLES for w in words
    )

"""The byline written as plain text near the headline, for pages that mark none up: a name
announced by a by-word or a writer's label ("By | Jane Doe", "Autor: Jan Koch"), a
reporter's title, or a full name beside the date."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ..dates.grammar import TEXT_DATE
from ..dom import BREADCRUMB_TOKEN, ancestors, attr_text, text_of
from ..names import (
    AGENCY,
    AND_PICTURES,
    ARABIC_WROTE,
    DATE_CHUNK,
    LOGIN,
    OPENING_BYLINE,
    REPORTER_TITLE,
    WRITER_LABELS,
    agencies_credit,
    caseless,
    cjk_byline,
    clean_name,
    common_words,
    date_only,
    dated_by,
    drop_role,
    is_role,
    name_part,
    person_like,
    place_name,
    spelled_as_name,
    wire_agencies,
    without_paper,
)
from ..wording import is_furniture_block
from .common import HANDLE, NOT_SHOWN, plausible
from .labels import AND, BY_CHUNK, INTERVIEWER, LABEL_CHUNK, WRITER_WORDS
from .page import Page
from .places import in_other_posts, in_picture, in_posts_by_shape, section_link, taxonomy

# "Medically reviewed | by | ...", "Photos | by | ...": someone other than the writer.
_NOT_WRITER = re.compile(
    r"\b(?:reviewed|checked|edited|illustrat\w*|photo\w*|images?|sponsored|presented)\s*$",
    re.IGNORECASE,
)


# A writer's field label and the name after it in the same chunk ("Autor: Jan Koch"), which
# a reader's comment may hold as well.
_LABELLED_CHUNK = re.compile(
    rf"^(?:{WRITER_WORDS}|{WRITER_LABELS}|"
    # The writer's and the reporter's, not the editor's, in Chinese and Japanese.
    r"作者|著者|筆者|執筆者|记者|記者)"
    # ... who took the pictures too ("Text und Fotos: Eva Lind").
    rf"(?:{AND_PICTURES})?\s*[:：]\s*(?=[^\W\d_])"
    r"|^文\s*[／/：:]\s*(?=[^\W\d_])"
    rf"|^{ARABIC_WROTE}(?=[^\W\d_])",
    re.IGNORECASE,
)


def announced(
    chunks: list[str],
    desks: bool = False,
    holders: list[LexborNode | None] | None = None,
    article: frozenset[int] = frozenset(),
    shapes: dict[int, bool] | None = None,
) -> list[str]:
    """Names the page announces as its byline: "By | Jane Doe", "by: Jane Doe". A label or
    a reporter's title in the reader comments or a list of other posts (each chunk's element
    among ``holders``; ``article``, the elements holding the headline, are the article's
    own) is not the article's."""

    def holder_of(index: int) -> LexborNode | None:
        return holders[index] if holders is not None and index < len(holders) else None

    def elsewhere(index: int) -> bool:
        holder = holder_of(index)
        return holder is not None and (
            in_other_posts(holder) or in_posts_by_shape(holder, article, shapes)
        )

    def unlabelled_byline(index: int) -> bool:
        # A name with no by-word or label is a byline only outside other posts and outside
        # a picture's caption, where credits are written alike ("Michael Kappeler/dpa").
        holder = holder_of(index)
        return holder is not None and not (in_other_posts(holder) or in_picture(holder))

    prose = 0
    for i, chunk in enumerate(chunks):
        if opening := OPENING_BYLINE.match(chunk):
            # The byline in brackets opening the story's first paragraph, however long.
            chunk = opening[0]
        if len(chunk) > _PROSE_CHARS:
            # The byline stands before the text, or after its lead: past two paragraphs,
            # "von" opens a sub-heading's phrase ("Kritik von Pendlerinitiative").
            prose += 1
            if prose > _PROSE_BEFORE_BYLINE:
                break
            continue
        if i and _NOT_WRITER.search(chunks[i - 1]):
            continue
        found, signed = _announced_in(chunks, i, chunk, desks, unlabelled_byline)
        if found and elsewhere(i):
            # Another post's byline: in a list of other posts, the site's chrome or the
            # comments, however it announces the name (asked once a name is found: most
            # chunks hold none).
            continue
        names = [
            n
            for n in found
            if (signed and LOGIN.fullmatch(n))
            or (
                # Arabic, Chinese, Korean have no capitals to tell a name by: the by-word tells.
                (person_like(n, announced=True) or (caseless(n) and len(n.split()) <= 4))
                and plausible(n)
                and (AGENCY.match(n) or not HANDLE.match(n))
            )
        ]
        if names:
            return names
    return []


def _announced_in(
    chunks: list[str],
    i: int,
    chunk: str,
    desks: bool,
    unlabelled_byline: Callable[[int], bool],
) -> tuple[list[str], bool]:
    """The names ``chunk`` (the ``i``-th of ``chunks``) announces, by its shape: after a
    label or a by-word, an interviewer's label, a reporter's title, initials, an agency or
    a role; and whether the name is a login the label signs. ``unlabelled_byline`` says
    whether a chunk with no label may be the byline by where it stands."""
    found: list[str] = []
    # A login name alone after the label ("Gespeichert von | rasos") is how blog and
    # forum software sign a post: the page says it is the author.
    signed = False
    if LABEL_CHUNK.match(chunk) and i + 1 < len(chunks):
        found = clean_name(_joined_names(chunks, i + 1), desks)
        signed = len(chunks[i + 1].split()) == 1
    elif by := BY_CHUNK.match(chunk) or dated_by(chunk):
        byline = without_paper(chunk[by.end() :])
        if len(byline.split()) > _BYLINE_WORDS and _SENTENCES.search(byline):
            # Sentences opening with the by-word ("Von Montag an wird die Brücke ... Ein
            # Überblick über Umleitungen und Busverkehr."): a lead, not a byline.
            return [], False
        found = [name_part(n) for n in clean_name(drop_role(byline), desks)]
    elif interviewer := INTERVIEWER.match(chunk):
        names = clean_name(chunk[interviewer.end() :].rstrip("."))
        found = [n for n in names if person_like(n) and len(n.split()) >= 2]
    elif label := _LABELLED_CHUNK.match(rest := _after_date(chunk)):
        found = [name_part(n) for n in clean_name(drop_role(rest[label.end() :]), desks)]
    elif len(chunk) < 80 and (REPORTER_TITLE.fullmatch(chunk) or cjk_byline(chunk)):
        found = [n for n in clean_name(chunk) if caseless(n)]
    elif (
        (own := _WITH_OWN_INITIALS.match(chunk))
        and _initials_of(own[1], own[2])
        and unlabelled_byline(i)
    ):
        found = [own[1]]
    elif (
        (credited := _WITH_AGENCY.match(chunk))
        and agencies_credit(credited[2])
        and unlabelled_byline(i)
    ):
        found = [n for n in clean_name(credited[1]) if len(n.split()) >= 2]
    elif (roled := _NAME_THEN_ROLE.match(chunk)) and _writes_for(roled[2]) and unlabelled_byline(i):
        found = clean_name(roled[1])
    elif desks and re.search(r"[/,]", chunk) and unlabelled_byline(i):
        # Agencies credited together, with the site or a desk's code ("dpa/lno",
        # "RND/dpa", "AFP/dpa/jk"): the story's source where it names no writer.
        found = wire_agencies(chunk)
    elif (
        desks
        and (len(chunk.split()) <= _WIRE_ALONE_WORDS or AGENCY.fullmatch(chunk))
        and not chunk.isupper()
        and unlabelled_byline(i)
    ):
        # An agency alone on its line, or its newsroom ("Reuters", "Europa Press",
        # "Agencia EFE", "Redazione ANSA"): the source of wire copy where it names no
        # writer. Letters alone ("AP", "DPA") are as often a data processing agreement
        # or an access point on pages that are no news.
        wires = clean_name(chunk, desks=True)
        found = wires if wires and all(AGENCY.fullmatch(w) for w in wires) else []
    return found, signed


_PROSE_CHARS = 200
_PROSE_BEFORE_BYLINE = 2
_BYLINE_WORDS = 12
# A sentence's end, and the next one's capital.
_SENTENCES = re.compile(r"[.!?]\s+[^\W\d_]")
# An agency's short name or its newsroom's is a few words ("Agencia EFE", "Europa Press");
# its full name may be longer ("Press Trust of India").
_WIRE_ALONE_WORDS = 3
# Writers named with the agencies whose material they used, in brackets ("Anna Roth (mit
# dpa)", "Anna Roth und Max Weber (dpa/AFP)"): a byline without a by-word.
_WITH_AGENCY = re.compile(
    r"^([^\W\d_][^()]{3,80}?)\s*[(（]\s*(?:(?:mit|with|avec|con|com|met)\s+)?([^()（）]{2,30})[)）]$",
    re.IGNORECASE,
)
# A name signed with its writer's initials in brackets ("Anna Roth (ar)", "Jan Koch (jko)"),
# as regional papers sign their stories: a byline without a by-word.
_WITH_OWN_INITIALS = re.compile(
    r"^([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*\(([^\W\d_]{2,4})\)$"
)


def _initials_of(name: str, initials: str) -> bool:
    """Whether ``initials`` are the name's own: its first letter, then its last word's, in
    lower case as editors sign; in capitals they are the name's acronym ("Frequently Asked
    Questions (FAQ)")."""
    words = name.casefold().split()
    return initials.islower() and initials[0] == words[0][0] and words[-1][0] in initials[1:]


# A name and the writer's role after a comma, with no by-word ("Jane Doe, Staff Writer",
# "Anna Roth, Leiterin Politik"): the role says the name is the writer's.
_NAME_THEN_ROLE = re.compile(
    r"^([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})"
    r"(?:,\s+|\s*[|/]\s*|\s+(?i:with|avec|mit|con|com|met|med)\s+)(.{2,40})$"
)


def _writes_for(text: str) -> bool:
    """A writer's role, or the wire agency the writer files for ("Anna Roth/dpa", "Jane Doe
    | Reuters")."""
    return is_role(text) or AGENCY.fullmatch(text.strip()) is not None


def _after_date(chunk: str) -> str:
    """``chunk`` past the date that leads it and the separator after it ("05.02.2020 |
    Autor: Anna Roth", "- Redaktion: Jan Koch"); the whole chunk when it opens otherwise."""
    chunk = chunk.lstrip(" |·•–—-")
    parts = _FIELD_SEP.split(chunk, maxsplit=1)
    if len(parts) < 2 or not date_only(parts[0]):
        return chunk
    # ... and the time in a field of its own ("17.07.2024 | 21:48 Uhr | Text: Anna Roth").
    rest = _FIELD_SEP.split(parts[1], maxsplit=1)
    return rest[1] if len(rest) == 2 and _CLOCK.fullmatch(rest[0]) else parts[1]


_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}\s*(?:uhr|h|[ap]\.?m\.?)?", re.IGNORECASE)


_JOINER_CHUNK = re.compile(rf"^(?:,|;|&|{AND})$", re.IGNORECASE)


def _joined_names(chunks: list[str], start: int) -> str:
    """The chunk at ``start`` and the names joined to it chunk by chunk ("Anna Berg" |
    "," | "Jan Ohm" | "und" | "Eva Lind")."""
    text = chunks[start]
    i = start + 1
    while i + 1 < len(chunks) and _JOINER_CHUNK.match(chunks[i]):
        text += f" {chunks[i]} {chunks[i + 1]}"
        i += 2
    return text


def by_pattern(page: Page, desks: bool = False) -> list[str]:
    """The byline in the text right after the headline, for pages that mark it up as
    plain text: "By | Jane Doe", "by: Jane Doe", or a name chunk beside the date or the
    reading time ("Jane Doe | Mar 5, 2026 | 9 min read")."""
    chunks, headline = page.near, page.headline
    names = announced(chunks, desks, page.near_holders, page.holders, page.shapes)
    if names:
        return names
    names = _dated_name(chunks[:10], page.near_holders[:10], page)
    if names or headline is None:
        return names
    # A date-and-author line set above the headline.
    before = _chunks_before(headline)
    return _dated_name([text for text, _ in before], [holder for _, holder in before], page)


def _dated_name(
    head: list[str], holders: list[LexborNode | None] | None = None, page: Page | None = None
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
            (written[j] and _one_line(holders[i], holders[j]))
            # A date line of its own, however long ("Aktualisiert: 06.11.2024, 10:22 ·
            # Veröffentlicht: 05.11.2024, 09:00").
            or (
                j > i
                and len(head[j]) < _LINE_CHARS
                and _date_beside(holders[i], holders[j], head[j])
            )
            for j in range(max(0, i - 2), min(len(head), i + 3))
        )

    # A byline comes before the story's text: past two of its paragraphs, a name over a
    # date is a list's heading over its posts ("Weitere Meldungen" over dated links).
    prose = [i for i, c in enumerate(head) if len(c) >= _PROSE_CHARS]
    end = min(8, prose[1] if len(prose) > 1 else 8)
    for i, chunk in enumerate(head[:end]):
        if len(chunk) > 60 or dated[i] or written[i]:
            continue
        if not (any(dated[max(0, i - 2) : i + 3]) or beside_written(i)):
            continue
        if holders is not None and _not_a_byline(holders[i], page):
            continue
        # The last name of a list set as chunks ("Anna Berg" | "and" | "Jan Ohm" | date):
        # the list from its first.
        start = i
        while start >= 2 and _JOINER_CHUNK.match(head[start - 1]):
            start -= 2
        names = [
            n
            for n in clean_name(_joined_names(head, start))
            if person_like(n)
            and plausible(n)
            and spelled_as_name(n, acronyms=True)
            # A place beside a date is where and when something is on ("San Jose | Mar 5").
            and not place_name(n)
            # A German rubric opens with an article or a preposition ("Im Wortlaut",
            # "Zur Person", "Der Tag"), as no name does.
            and n.split()[0].casefold() not in _RUBRIC_OPENERS
        ]
        if names and len(names[0].split()) >= 2:
            return names
    for i, chunk in enumerate(head[:8]):
        # The name in the date's own line, whatever its language writes the month in.
        if not (dated[i] or written[i]) or (
            holders is not None and _not_a_byline(holders[i], page)
        ):
            continue
        names = _name_in_date_line(chunk)
        # "Dec 10, 2025 · Product Updates": a section's name, its words common in the text.
        if names and not (page is not None and common_words(names[0], page.text)):
            return names
    return []


_LINE_CHARS = 150
_PROSE_CHARS = 200
# "Das" and "Den" are family and given names too ("Mahua Das").
_RUBRIC_OPENERS = frozenset(
    ["der", "die", "im", "am", "zum", "zur", "vom", "beim", "ins", "mit", "für", "über", "aus"]
)


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


def _date_beside(name: LexborNode | None, day: LexborNode | None, day_text: str) -> bool:
    """Whether a name's element and an element holding a date and nothing else stand side
    by side, the name's first ("<div>Anna Roth</div><div>5. November 2024</div>"): a
    byline's two fields, which class names alone may tell apart. A heading's or caption's
    date has words around it."""
    if name is None or day is None or not date_only(day_text):
        return False
    name_text = name.text(deep=True).strip()
    first = _outermost(name, lambda text: text == name_text)
    second = _outermost(day, date_only)
    after = first.next
    while after is not None and not after.is_element_node:
        if (after.text_content or "").strip():
            return False
        after = after.next
    return after is not None and after.mem_id == second.mem_id


def _outermost(node: LexborNode, holds: Callable[[str], bool]) -> LexborNode:
    """The outermost of the elements around ``node`` (three levels up at most) whose text
    ``holds`` says is still the field's: the name alone, a date with its label
    ("Publiziert <time>5. November 2024</time>")."""
    box = node
    for parent in itertools.islice(ancestors(node), 3):
        if not holds(parent.text(deep=True).strip()):
            break
        box = parent
    return box


# What a date line puts between its fields: "04.02.2022 | 13:10 Uhr | Uta Helkenberg",
# "Gunter Frank / 22.04.2020 / 06:15", "Dec 26, 2025 • Mahua Das in Project Management".
_FIELD_SEP = re.compile(r"\s+[|/•·–—-]\s+|\s*[|•·]\s*")


def _name_in_date_line(line: str) -> list[str]:
    """The one full name among the fields of a date line, the others being the date, the
    time and numbers or labels ("Foto: ..."): the byline set in the date's own line."""
    fields = [f.strip() for f in _FIELD_SEP.split(line)]
    if len(fields) < 2:
        return []
    # A label in the line is no name ("04. November 2021 | PAID CONTENT").
    words = [
        name_part(f) for f in fields if f and not re.search(r"\d", f) and not is_furniture_block(f)
    ]
    names = [
        n
        for n in words
        if len(n.split()) >= 2
        and person_like(n)
        and plausible(n)
        and spelled_as_name(n, acronyms=True)
        and not place_name(n)
    ]
    return names if len(names) == 1 else []


# Elements whose text is never a byline however close to a date it stands: a form's label or
# button (a menu of topics), and a heading over text (the text's first section; an author
# card's name may be a heading).
_FORM_TAGS = frozenset({"label", "option", "legend", "button"})
_SECTION_HEADINGS = frozenset({"h1", "h2", "h3"})


def _not_a_byline(holder: LexborNode | None, page: Page | None = None) -> bool:
    """Whether a chunk's element is the heading of a section of text, a form control's
    label, a category or section link, a caption, an in-page button or the breadcrumb
    trail: a capitalised phrase there ("Cautionary Tale", "HR Strategy") is no name; nor is
    one in a list or a row of other posts by its shape (another post's writer beside its
    day; a class such as "profile-hover-card" may be the writer's own card)."""
    if holder is None:
        return False
    nearest = [holder, *itertools.islice(ancestors(holder), 3)]
    if any(n.tag in _FORM_TAGS for n in nearest) or taxonomy(holder):
        return True
    if page is not None and section_link(holder, page.url):
        return True
    # A picture's caption or credit ("Presidente Joe Biden / AFP"), a button that jumps
    # within the page ("Print Recipe"), the breadcrumb trail ("Forums › Gaming Forum").
    if (
        any(n.tag == "figcaption" for n in nearest)
        # ... or a credit its class names ("article-image-credit"); a name beside a small
        # picture may be the writer's, by an avatar no class names.
        or in_picture(holder, beside=False)
        or any(n.tag == "a" and (n.attributes.get("href") or "").startswith("#") for n in nearest)
    ):
        return True
    if any(BREADCRUMB_TOKEN.search(attr_text(n)) for n in (holder, *ancestors(holder))):
        return True
    heading = next((n for n in nearest if n.tag in _SECTION_HEADINGS), None)
    if heading is not None and _heads_text(heading):
        return True
    return page is not None and in_posts_by_shape(holder, page.holders, page.shapes)


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
    with its parent element; a row of icons between the two (share buttons) is passed
    over."""
    prev = headline.prev
    while prev is not None and (not prev.is_element_node or not prev.text(deep=True).strip()):
        prev = prev.prev
    if prev is None or len(prev.text(deep=True)) > 200:
        return []
    chunks: list[tuple[str, LexborNode | None]] = []
    for item in prev.traverse(include_text=True):
        text = item.text_content if item.is_text_node else None
        if not text or text.isspace() or (item.parent and item.parent.tag in NOT_SHOWN):
            continue
        chunks += [(line, item.parent) for line in map(" ".join, map(str.split, text.split("\n")))]
    return [(line, parent) for line, parent in chunks if line]

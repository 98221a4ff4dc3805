"""The author box, wherever it stands: an author element outside other posts, a portrait
beside its name, a name heading over the author's bio, a writer's field label, a "Written
by" line."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..dom import text_of
from ..names import (
    PROFESSION,
    clean_name,
    common_words,
    drop_role,
    name_part,
    person_like,
    spelled_as_name,
)
from .common import HANDLE, NOT_SHOWN, plausible, shown_texts
from .element_names import element_names
from .labels import BIO_VERB, WRITER_LABEL, has_writer_label
from .page import Page, following
from .places import credited, in_listed_post, in_other_posts, mentioned_in_text
from .portraits import avatar_name

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


def _full_name(names: list[str]) -> list[str]:
    return names if names and person_like(names[0]) and len(names[0].split()) >= 2 else []


def author_box(page: Page) -> list[str]:
    """A person named in the article's author box or a "Written by" line, wherever it is.

    The byline proper (near the headline) is read first; this is for pages that only name
    their author in a box after the text or in a sidebar, which page cleaning treats as
    furniture. Only a full name is taken: boxes also hold bios, roles and links.
    """
    body, holders = page.body, page.holders
    for node in page.marked:
        if not (
            in_other_posts(node, holders)
            or in_listed_post(node, holders)
            or mentioned_in_text(node)
            or credited(node)
        ):
            names = _full_name(element_names(node))
            if names:
                return names
    avatar = avatar_name(page)
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
        if match is None or node.parent is None or in_other_posts(node.parent, holders):
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
    for node in following(label):
        if not node.is_text_node or (node.parent is not None and node.parent.tag in NOT_SHOWN):
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


def _labelled(body: LexborNode, holders: frozenset[int]) -> list[str]:
    """A person the article names after a writer's field label, wherever it stands (a
    credits line after the text, a facts box), outside lists of other posts and comments."""
    # Walking every text node costs more than the rest of the author search: first a cheap
    # test on lexbor's text, one line a text node, which holds every text node the walk
    # reads (and scripts' besides).
    if not has_writer_label(body.text(deep=True, separator="\n", skip_empty=True)):
        return []
    chunks = [
        (text, parent)
        for text, parent in shown_texts(body.traverse(include_text=True))
        if parent is not None
    ]
    for i, (text, parent) in enumerate(chunks):
        label = WRITER_LABEL.match(text) if len(text) < 150 else None
        if label is None or in_other_posts(parent, holders):
            continue
        rest = text[label.end() :] or (chunks[i + 1][0] if i + 1 < len(chunks) else "")
        if PROFESSION.fullmatch(rest) and i + 2 < len(chunks):
            # "Autor: <a>Rechtsanwalt</a> Jan Koch": the title links to the profession's page.
            rest = f"{rest} {chunks[i + 2][0]}"
        names = [
            n
            for n in map(name_part, clean_name(drop_role(rest)))
            if person_like(n, announced=True) and plausible(n) and not HANDLE.match(n)
        ]
        if names:
            # "Autor: Uta Roth, Projektleiterin": after a singular label, one name and a role.
            plural = re.match(r"(?i)(?:authors|autoren|auteurs|autori)\s*[:：]", label.group(0))
            return names if plural else names[:1]
    return []


def _bio_heading(body: LexborNode, holders: frozenset[int]) -> list[str]:
    """A name heading over the author's bio ("Alban Brooke" / "Alban Brooke is the Head
    of Marketing at ..."): the paragraph after it starts by naming the same person."""
    for node in body.css("h2, h3, h4, h5, h6, strong"):
        name = text_of(node)
        if not 3 < len(name) < 60 or not _full_name([name]) or not spelled_as_name(name):
            continue
        if in_other_posts(node, holders):
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
        if not (bio.startswith(name) and BIO_VERB.match(bio, len(name))):
            continue
        if common_words(name, body.text(deep=True, separator=" ")):
            continue  # a term the text defines under its heading
        return [name]
    return []

"""Block-level cleaning of trafilatura's blocks: furniture lines, template and repeated
blocks, the article's header above its text and the prompts closing it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..blocks import normalise
from ..dom import text_width, text_words
from ..names import BY, GENRE, WRITER_LABELS, WRITER_WORDS
from ..wording import (
    CREDIT,
    CREDIT_MARKS,
    is_credit_line,
    is_furniture_line,
    is_furniture_norm,
    strip_inline_furniture,
)
from .common import LINE_WORDS, PROSE_END
from .header import is_byline, is_dated_byline, is_header_debris, is_stamp_line
from .prompts import drop_trailing_prompts, is_disclosure, is_newsletter_pitch, is_prompt_line

# Runs of spaces within a line, as one space (a lone space is left as it is: most are).
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]{2,}|[\t\r\f\v\u00a0\u200b]")
_ODD_SPACES = "\t\r\f\v\u00a0\u200b"


def _single_spaced(text: str) -> str:
    """``text`` with each run of spaces (:data:`_WS`) as one space.

    Most blocks come spaced singly already: the pattern's scan is skipped unless a run of
    two spaces or a space of another kind is there at all."""
    if "  " in text or any(char in text for char in _ODD_SPACES):
        return _WS.sub(" ", text)
    return text


def clean_blocks(
    blocks: list[str],
    *,
    title: str | None,
    drop_phrases: tuple[str, ...] = (),
    template: frozenset[str] = frozenset(),
    furniture: frozenset[str] = frozenset(),
    headings: Iterable[str] = (),
    writers: Iterable[str] = (),
) -> list[str]:
    """Drop furniture, template and repeated blocks; keep the order of the rest.

    ``furniture`` holds normalised texts of things we know are not body text on this page
    (the headline, the byline, the date line), removed only near the top. ``headings``
    are the headline's other spellings (its line with the kicker, the headline without
    it): where the title is neither, the body's blocks still spell one of them.
    ``writers`` are the article's authors: a line closing the text that only signs it
    with one of their names goes.
    """
    phrases = [p for p in (normalise(p) for p in drop_phrases) if p]
    title_norm = normalise(title or "")
    cleaned: list[tuple[str, str]] = []
    for raw in blocks:
        text = _single_spaced(strip_inline_furniture(raw)).strip()
        lines: list[tuple[str, str]] = []  # (line, its normal form)
        for line in text.split("\n"):
            line = strip_closing_credit(line.strip())
            if not line:
                continue
            line_norm = normalise(line)
            if (
                not is_furniture_norm(line_norm)
                and not is_furniture_line(line)
                and not is_credit_line(line)
            ):
                lines.append((line, line_norm))
        if not lines:
            continue
        text = "\n".join(line for line, _ in lines)
        # A block of one line has that line's normal form.
        norm = lines[0][1] if len(lines) == 1 else normalise(text)
        if not norm or norm in template:
            continue
        if phrases:
            for phrase in phrases:
                if phrase in norm:
                    text = _remove_phrase(text, phrase)
                    norm = normalise(text)
            if not norm:
                continue
        cleaned.append((text, norm))
    seen: set[str] = set()
    repeats: list[bool] = []
    for _text, norm in cleaned:
        repeats.append(norm in seen)
        seen.add(norm)
    kept: list[str] = []
    heading = True
    prose = 0
    # What stands above the headline (a kicker, a section label, a date line) is the
    # header's, never the text's: up to the headline, when it opens the blocks.
    start = _after_headline(cleaned, {title_norm, *(normalise(h) for h in headings)} - {""})
    for i, (text, norm) in enumerate(cleaned):
        if i < start:
            continue
        if repeats[i] and not _recurring_heading(i, norm, repeats):
            # Repeated blocks are captions/credits or furniture echoes: keep the first only.
            continue
        if not kept and (norm == title_norm or norm in furniture or is_byline(norm, furniture)):
            continue
        # The article's header (a standfirst, then the date line, the reading time, an
        # affiliate notice) runs until the first full paragraph.
        heading = (
            heading
            and len(kept) < _HEADER_BLOCKS
            and len(norm.split()) < _PARAGRAPH_WORDS
            and prose < _HEADER_PROSE
        )
        if heading and (is_header_debris(norm) or is_dated_byline(norm, furniture)):
            continue
        kept.append(text)
        if heading and text_width(norm) >= _PROSE_WIDTH:
            prose += 1
    # The trailing prompts go first: a pitch closing the page marks the run of furniture
    # before it.
    kept = [
        text
        for text in drop_trailing_prompts(kept)
        if not (is_newsletter_pitch(text) or is_disclosure(text) or is_prompt_line(text))
    ]
    # Then the lines that sign and date the text where it ends.
    names = [normalise(w) for w in writers]
    while kept and (
        _signature(normalise(kept[-1]), names)
        or is_stamp_line(kept[-1])
        or _writers_bio(kept[-1], names)
    ):
        kept.pop()
    return kept


# What a bio says of its writer after the name ("Eva Hofer ist Kulturarbeiterin in ...",
# "Martin Pichler forscht an der Kunstuniversität ...").
_BIO_GOES_ON = re.compile(
    r"(?:is|was|ist|war|est|es|è|é|jest|forscht|lehrt|leitet|arbeitet|schreibt|works|writes|"
    r"teaches|covers|leads|travaille|enseigne|trabaja|escribe)\b"
)
_WRITERS_BIO_WORDS = 80


def _writers_bio(text: str, names: list[str]) -> bool:
    """A closing paragraph that opens with one of the writers' full names and says what the
    writer does: the author box's bio, below the text."""
    norm = normalise(text)
    if text_words(text) > _WRITERS_BIO_WORDS:
        return False
    return any(
        len(name.split()) >= 2
        and norm.startswith(name + " ")
        and _BIO_GOES_ON.match(norm[len(name) + 1 :]) is not None
        for name in names
    )


# A line this long before its closing credit is a paragraph (a slideshow's or a gallery's
# text set as the picture's caption), not a caption: the credit goes, the text stays.
_CAPTIONED_WORDS = 25
# The credit is at most this many characters from the line's end: only that tail is searched.
_CREDIT_TAIL = 120


def strip_closing_credit(line: str) -> str:
    """``line`` without the photo credit closing it, when what comes before the credit is a
    paragraph of prose; else ``line`` unchanged (a caption with its credit is furniture
    whole: :func:`is_furniture_line`)."""
    if not any(mark in line for mark in CREDIT_MARKS):
        return line
    found = CREDIT.search(line, max(0, len(line) - _CREDIT_TAIL))
    if found is None:
        return line
    # The credit's match takes the full stop that ends the sentence before it.
    start = found.start() + (line[found.start()] in ".。")
    before = line[:start].rstrip(" |(（")
    if text_words(before) < _CAPTIONED_WORDS or not PROSE_END.search(before):
        return line
    return before


def _after_headline(cleaned: list[tuple[str, str]], headlines: set[str]) -> int:
    """The index of the block after the headline (any of its normalised spellings), when
    it is among the first blocks and only short lines come before it; else 0."""
    if not headlines:
        return 0
    for i, (_text, norm) in enumerate(cleaned[:_HEADER_BLOCKS]):
        if norm in headlines:
            return i + 1
        if len(norm.split()) >= LINE_WORDS:
            return 0
    return 0


# The article header ends at the first block this long, or after this many blocks.
_PARAGRAPH_WORDS = 40
_HEADER_BLOCKS = 6
# ... or once this many blocks of prose have been kept (a standfirst, then the first
# paragraph): paragraphs of a short news story are often under the word count, and a text
# with few spaces (Japanese, Chinese) never reaches it; a date is then the text's own.
_HEADER_PROSE = 2
_PROSE_WIDTH = 80


# A repeated block this short may be a sub-heading every section of the article repeats
# ("Key features", "Pros and cons").
_SHORT_REPEAT_WORDS = 6


def _recurring_heading(i: int, norm: str, repeats: list[bool]) -> bool:
    """A short repeated block between new text: a recurring sub-heading, not a copy.

    Pages that hold the article twice (mobile and desktop variants) repeat runs of blocks;
    a short block whose neighbours are repeats too belongs to such a copy.
    """
    if len(norm.split()) >= _SHORT_REPEAT_WORDS:
        return False
    before = i > 0 and repeats[i - 1]
    after = i + 1 < len(repeats) and repeats[i + 1]
    return not before and not after


def _remove_phrase(text: str, phrase: str) -> str:
    pattern = re.compile(r"\s+".join(re.escape(w) for w in phrase.split()), re.IGNORECASE)
    text = pattern.sub("", text)
    return text if re.search(r"\w", text) else ""


# What a writer's signature may put before the name: a by-word ("Von", "By"), after the
# kind of piece ("Ein Beitrag von"), or a writer's field label ("Text:", "Autorin:").
_SIGNED_WITH = re.compile(
    rf"^(?:(?:(?:written|{GENRE})\s+)?(?:{BY})|{WRITER_WORDS}|{WRITER_LABELS})?\W*$",
    re.IGNORECASE,
)


def _signature(norm: str, names: list[str]) -> bool:
    """A closing line that is a writer's signature: the name, with a by-word or a label
    before it at most ("Von Anna Roth", "Text: Anna Roth", "— Anna Roth")."""
    for name in names:
        if name and norm.endswith(name) and _SIGNED_WITH.match(norm[: -len(name)].strip()):
            return True
    return False

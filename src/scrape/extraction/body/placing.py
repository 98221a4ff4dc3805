"""Where trafilatura's blocks hold the page's text units: which block returned each unit,
and which blocks a copy of the page holds; both compare the texts' words."""

from __future__ import annotations

import bisect
import re

from ..dom import Unit, text_words

_WORD = re.compile(r"\w+")


# How far ahead of the last long line placed a short line may be found.
_NEAR = 400


def place(blocks: list[str], units: list[Unit]) -> list[int | None] | None:
    """For each unit, the index of the block that returned it; None when trafilatura left
    it out, -1 when it has no words or was returned elsewhere (a second copy)."""
    # Most units are a block's very text: each text is read into words once.
    known: dict[str, str] = {}

    def words_of(text: str) -> str:
        found = known.get(text)
        if found is None:
            found = known[text] = _words(text)
        return found

    pieces: list[str] = []
    # The blocks' words are counted only up to the 50 that make an answer worth placing.
    count = 0
    # Where each block's first word starts in ``hay`` (blocks without words left out).
    block_starts: list[int] = []
    block_indexes: list[int] = []
    offset = 1
    for index, block in enumerate(blocks):
        found = words_of(block)
        if found:
            block_starts.append(offset)
            block_indexes.append(index)
            pieces.append(found)
            if count < 50:
                count += max(found.count(" ") + 1, _unspaced_words(block))
            offset += len(found) + 1
    if count < 50:
        return None
    hay = " " + " ".join(pieces) + " "
    grams: set[tuple[str, str, str, str]] | None = None  # built when first needed
    pointer = 0
    placed: list[int | None] = []
    for unit in units:
        found = words_of(unit.text)
        if not found:
            placed.append(-1)
            continue
        needle = f" {found} "
        # Fewer than 4 words (a clause of Chinese or Japanese is one token of ``found``).
        short = found.count(" ") < 3 and _unspaced_words(unit.text) < 4
        if short:
            # A short line found far ahead is a repeat ("Share", "Read more"), not this one:
            # it is looked for only near the pointer.
            at = hay.find(needle, pointer, pointer + _NEAR + len(needle))
        else:
            at = hay.find(needle, pointer)
        if at < 0:
            # Text trafilatura returned elsewhere: a second copy (mobile and desktop
            # versions, a summary box repeating the article), never to be added again.
            if short:
                # No 4-word run to look for.
                placed.append(None)
                continue
            if found.count(" ") < 3:
                # Unspaced text, a few long tokens: returned earlier if found at all.
                placed.append(-1 if found in hay else None)
                continue
            if grams is None:
                words = hay.split()
                grams = set(zip(words, words[1:], words[2:], words[3:], strict=False))
            placed.append(-1 if _mostly_in(found.split(), grams) else None)
            continue
        placed.append(block_indexes[bisect.bisect_right(block_starts, at + 1) - 1])
        if not short:
            pointer = at + len(needle) - 1
    return placed


def blocks_within(blocks: list[str], units: list[Unit]) -> list[str]:
    """The blocks whose words the text of ``units`` holds, in their order: of an extraction
    from another copy of the page, what this copy kept.

    A block of fewer than 4 words ("Share", a card's label) is kept only as a unit's whole
    text: found inside a paragraph, a short line proves nothing."""
    texts = [_words(unit.text) for unit in units]
    whole = set(texts)
    hay = " " + " ".join(found for found in texts if found) + " "
    kept: list[str] = []
    for block in blocks:
        found = _words(block)
        if not found:
            continue
        if found.count(" ") < 3 and _unspaced_words(block) < 4:
            if found in whole:
                kept.append(block)
        elif f" {found} " in hay:
            kept.append(block)
    return kept


def _unspaced_words(text: str) -> int:
    """The words of ``text`` in the scripts that do not space them (Chinese, Japanese,
    Thai); 0 for spaced text, whose words are its tokens."""
    if text.isascii():
        return 0
    words = text_words(text)
    return words if words > len(text.split()) else 0


# Text all ASCII has the word characters [0-9A-Za-z_] and no case folding beyond
# lowering: a byte table lowers its letters and blanks everything else.
_ASCII_WORDS = bytes(
    code + 32 if 65 <= code <= 90 else code if chr(code).isalnum() or code == 95 else 32
    for code in range(128)
) + bytes(range(128, 256))


def _words(text: str) -> str:
    """The words (``\\w+``) of ``text`` case-folded, joined by single spaces."""
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    return " ".join(_WORD.findall(text.casefold()))


def _mostly_in(words: list[str], grams: set[tuple[str, str, str, str]]) -> bool:
    """Most of the text's 4-word runs are in ``grams``: returned, maybe split differently."""
    own = list(zip(words, words[1:], words[2:], words[3:], strict=False))
    return bool(own) and sum(g in grams for g in own) >= 0.3 * len(own)

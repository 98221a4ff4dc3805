"""The captions of the page's pictures."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from selectolax.lexbor import LexborNode

from ..dom import MARK, PICTURE, ancestors, attr_text, beside_picture, text_of, token_pattern
from ..wording import is_credit_line
from .common import ANY_HEADING, child_elements, loose_text

# A picture's caption: the HTML element, or a block a theme classes as one, in English or
# in the site's language ("bu": Bildunterschrift; "légende", "didascalia", "bildtext").
_CAPTION_TOKEN = token_pattern(
    "caption|captions|figcaption|wp-caption-text|bu|bildunterschrift|bildtext|"
    "legend|legende|légende|leyenda|didascalia"
)
# The elements whose class or id spells "caption": the token test reads these, and the
# classed elements in and beside the pictures' boxes (:func:`_by_pictures`), not every
# element of the page.
_CAPTION_CANDIDATES = (
    "figcaption, [class*=caption i], [id*=caption i], [class~=bu], [class*=bildunterschrift i]"
)
# "photoCaption", "storyImageCaption": the token last in a class name set in camel case.
_CAMEL_CAPTION = re.compile(r"(?<=[a-z])Captions?(?![a-z])")
# ... or run on after the picture's name, in lower case or joined ("photocaption",
# "image-desc", "img_descr", "picinfo", "img-tit", "media-description"); not its text
# ("textpic-text", "imagetext": a paragraph set beside a picture).
# ... or a BEM element of a picture's block, whatever word the block's name ends in
# ("absatzbild__info__text", "hero-image__text").
_GLUED_CAPTION = re.compile(
    r"(?<![a-z])(?:photo|image|img|pic|picture|figure|foto|bild|media)[-_]?"
    r"(?:captions?|desc|descr|description|info|tit|title)(?![a-z])"
    r"|(?:photo|image|img|pic|picture|figure|foto|bild)__(?:captions?|desc|descr|description|"
    r"info|text|txt)(?![a-z])"
)
# Captions holding this share of the page's text are a gallery's story, told slide by slide.
_CAPTIONED_STORY = 0.4


def caption_blocks(body: LexborNode, framed: Collection[int] = ()) -> list[LexborNode]:
    """The captions of the page's pictures (outermost first): what a picture shows, not the
    story's text, however long they run; ``framed``: the ids of the elements that held a
    video player's frame (dropped before). None on a page whose captions hold much of its
    text (a gallery or a slideshow telling its story under its pictures), and never one
    holding a heading (a hero picture's "caption" overlaying the headline)."""
    found: list[LexborNode] = []
    taken: set[int] = set()
    named = body.css(_CAPTION_CANDIDATES)
    seen = {node.mem_id for node in named}
    for node in itertools.chain(named, (n for n in _by_pictures(body) if n.mem_id not in seen)):
        if node.tag != "figcaption" and not (
            _classed_caption(node) and _beside_picture(node, framed)
        ):
            continue
        if any(a.mem_id in taken for a in ancestors(node)):
            continue
        if node.css_first(f"{ANY_HEADING}, [{MARK}]") is not None:
            continue
        found.append(node)
        taken.add(node.mem_id)
    for node in _credited_captions(body):
        if node.mem_id not in taken and not any(a.mem_id in taken for a in ancestors(node)):
            found.append(node)
            taken.add(node.mem_id)
    if not found:
        return found
    shown = sum(len(node.text(deep=True)) for node in found)
    if shown >= _CAPTIONED_STORY * len(body.text(deep=True)):
        return []
    return found


_PICTURE_BOXES = 3


def _by_pictures(body: LexborNode) -> list[LexborNode]:
    """The classed elements in the boxes around the page's pictures (up to the third
    around one, past a <picture> and a link) and a level below them: where a caption a
    theme names in other words than "caption" stands ("image-desc", "picinfo",
    "absatzbild__info__text")."""
    found: list[LexborNode] = []
    seen: set[int] = set()
    boxes: set[int] = set()
    for picture in body.css("img"):
        box = picture.parent
        for _level in range(_PICTURE_BOXES):
            if box is None or box.tag in {"body", "html"}:
                break
            if box.mem_id not in boxes:
                boxes.add(box.mem_id)
                for kid in child_elements(box):
                    for node in (kid, *child_elements(kid)):
                        attrs = node.attributes
                        if node.mem_id not in seen and (attrs.get("class") or attrs.get("id")):
                            seen.add(node.mem_id)
                            found.append(node)
            box = box.parent
    return found


# A caption and its credit line run to this many characters at most.
_CREDITED_CAPTION_CHARS = 300
# A sentence's end, then a credit's label ("... in 2023. Source: AAP / Name").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S+:)")


def _credited_captions(body: LexborNode) -> list[LexborNode]:
    """The boxes beside a picture, whatever their class, whose last line credits it
    ("Der Schlepplift ... in Betrieb." over "Bildrechte: MDR/Tilo Ebersbach"): a caption
    with its credit, the credit alone being furniture already."""
    found: list[LexborNode] = []
    boxes = {box.mem_id: box for picture in body.css("img") if (box := picture.parent)}
    for box in boxes.values():
        for beside in child_elements(box):
            if beside.tag == "img" or beside.css_first(PICTURE) is not None:
                continue
            if len(text_of(beside)) > _CREDITED_CAPTION_CHARS:
                continue
            lines = [line for kid in child_elements(beside) if (line := text_of(kid))]
            if not lines:
                # One line of text alone beside the picture, its credit after its last
                # sentence ("Rents rose ... in 2023. Source: AAP / Bianca De Marchi").
                lines = _SENTENCE_END.split(text_of(beside))
            elif loose_text(beside):
                # Lines of their own only: a slide's paragraph closing with "<br><em>Photo:
                # ...</em>" is the story told under its picture (its credit alone goes).
                continue
            if len(lines) < 2:
                continue
            if is_credit_line(lines[-1]) and not any(map(is_credit_line, lines[:-1])):
                found.append(beside)
    return found


def _classed_caption(node: LexborNode) -> bool:
    attrs = node.attributes
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(
        _CAPTION_TOKEN.search(attr_text(node))
        or _CAMEL_CAPTION.search(named)
        or _GLUED_CAPTION.search(named.lower())
    )


def _beside_picture(node: LexborNode, framed: Collection[int]) -> bool:
    """A picture, or a video player's frame, in the caption or beside it; in an older
    layout's table, in another cell of its table."""
    if beside_picture(node):
        return True
    parent = node.parent
    if parent is not None and parent.mem_id in framed:
        return True
    # The caption and its credit in a box of their own, beside the picture's box.
    if parent is not None and parent.parent is not None and _holds_little_else(parent, node):
        return beside_picture(parent)
    if node.tag in {"td", "tr"}:
        table = next((a for a in ancestors(node) if a.tag == "table"), None)
        return table is not None and beside_picture(table)
    return False


# What a caption's box may hold besides it: a credit line.
_BOX_EXTRA_CHARS = 80


def _holds_little_else(box: LexborNode, caption: LexborNode) -> bool:
    return len(box.text(deep=True).strip()) <= len(caption.text(deep=True).strip()) + (
        _BOX_EXTRA_CHARS
    )


# A slide's caption telling the story runs to a sentence at least (a credit, "Foto.
# Cortesía", is no story).
_SLIDE_CAPTION_CHARS = 40


def _slide_caption(node: LexborNode) -> bool:
    return (
        _classed_caption(node)
        and len(text_of(node)) >= _SLIDE_CAPTION_CHARS
        and beside_picture(node)
    )


# A video player's or a gallery's box, as themes class it.
_PLAYER_TOKEN = token_pattern("video|videos|audio|player|jwplayer|gallery")
_PLAYER_CANDIDATES = "[class*=video i], [class*=audio i], [class*=player i], [class*=galler i]"
PLAYER_DATA = "[data-video], [data-video-id], [data-player]"
# What a player shows beside its picture: a title line, a duration, a "watch" label.
_PLAYER_TITLE_CHARS = 160
# Two sentences, the second ended.
_SENTENCES = re.compile(r"\w[.!?]\s+[^\W\d_].*\w[.!?]$")
# A player's play button, by the sign on it or the word its label reads out ("Spela upp",
# "Abspielen", "Lire la vidéo", an audio player's "Écouter"), where hashed class names say
# nothing.
_PLAY_SIGNS = frozenset("▶►⏵▷")
_PLAY_WORD = re.compile(
    r"\b(?:play|spela|abspielen|afspil|spill\s+av|lire\s+la\s+vid[ée]o|reproducir|riproduci|reproduzir|"
    r"afspelen|odtwórz|přehrát|toista|listen|anhören|écouter|escuchar|ascolta|ouvir|luister|"
    r"lyssna|posłuchaj)\b",
    re.IGNORECASE,
)


# Marks the box around a play button, for :func:`player_boxes`.
_PLAYED = "data-scrape-player"


def mark_players(body: LexborNode) -> None:
    """Mark the boxes around play buttons (a player's button and its title line, where
    hashed class names say nothing): the buttons are dropped before the boxes are read."""
    for button in body.css("button"):
        if _plays(button) and (box := _around(button)) is not None:
            box.attrs[_PLAYED] = "1"


def _plays(button: LexborNode) -> bool:
    shown = text_of(button)
    if shown and all(char in _PLAY_SIGNS for char in shown):
        return True
    attrs = button.attributes
    label = f"{attrs.get('aria-label') or ''} {attrs.get('title') or ''}"
    return _PLAY_WORD.search(label) is not None


def _around(button: LexborNode) -> LexborNode | None:
    """The box a play button sits in with what the player shows beside it: its parent, or
    its grandparent where the parent holds the button alone."""
    box = button.parent
    if box is not None and not text_of(box).replace(text_of(button), "").strip():
        box = box.parent
    if box is None or box.tag in {"body", "html", "main", "article"}:
        return None
    return box


def player_boxes(body: LexborNode) -> list[LexborNode]:
    """The boxes of video players and picture galleries set among the paragraphs, once
    their frames and captions are gone: what is left of them is the title the player
    shows over its picture ("Vídeo: especialistas comentam ...", "Bildergalerie: So sieht
    es aus"), not the story's text (outermost first)."""
    classed = (n for n in body.css(_PLAYER_CANDIDATES) if _PLAYER_TOKEN.search(attr_text(n)))
    # ... and the box around a player no class names, known by the video its data names
    # (``data-video``), with the title line beside it.
    unnamed = (box for frame in body.css(PLAYER_DATA) if (box := frame.parent) is not None)
    # ... or by its play button (:func:`mark_players`, before buttons go).
    played = body.css(f"[{_PLAYED}]")
    found: list[LexborNode] = []
    taken: set[int] = set()
    for node in itertools.chain(classed, unnamed, played):
        if node.mem_id in taken or any(a.mem_id in taken for a in ancestors(node)):
            continue
        if any(_slide_caption(n) for n in (node, *node.css("[class]"))):
            # A slide with its caption under its picture ("Gallery_caption"): captions left
            # here are those :func:`caption_blocks` kept, as they tell the gallery's story.
            continue
        text = " ".join(node.text(deep=True).split())
        if len(text) > _PLAYER_TITLE_CHARS or node.css_first(f"h1, [{MARK}]") is not None:
            continue
        if node.tag == "p" and _SENTENCES.search(text):
            # A slide's paragraph of two sentences tells the gallery's story; a player's
            # title is one line (its description, beside it, goes with the player's box).
            continue
        found.append(node)
        taken.add(node.mem_id)
    return found

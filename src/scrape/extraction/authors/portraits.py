"""A portrait beside its name: an image whose alternative text names the person that a
small box around it prints, in the byline's place or over the person's bio."""

from __future__ import annotations

import itertools
import re

from selectolax.lexbor import LexborNode

from ..dom import ancestors
from ..names import common_words, person_like, spelled_as_name
from .common import NOT_SHOWN, plausible
from .element_names import visible_texts
from .elements import writer_href
from .labels import OTHER_ROLE
from .page import ANNOUNCED_CHARS, Page, window
from .places import credited, in_listed_post, in_other_posts, is_card_link

# How far up from a portrait its caption may be: the picture's wrapper, the card's.
_AVATAR_LEVELS = 3
_AVATAR_BOX_CHARS = 1500


def avatar_name(page: Page) -> list[str]:
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
            in_other_posts(image, page.holders)
            or in_listed_post(image, page.holders)
            or any(map(is_card_link, ancestors(image)))
            or credited(image)
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


def _under_headline(page: Page, name: str) -> bool:
    """Whether ``name`` is a chunk of the byline's place: the first lines after the
    headline (a page without one has no such place)."""
    return page.headline is not None and name in page.near[: window(page.near, ANNOUNCED_CHARS)]


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
            for text in (" ".join(t.split()) for t in visible_texts(box))
        ):
            return True
    return False


_OTHER_CREDIT = re.compile(rf"\b(?:reviewed|checked|edited)\b|{OTHER_ROLE.pattern}", re.I)


def _linked_elsewhere(image: LexborNode) -> bool:
    """Whether a picture links to another page than a writer's (a product's, a category's,
    a story's): a portrait links to its person's page or nowhere."""
    link = next((a for a in itertools.islice(ancestors(image), 4) if a.tag == "a"), None)
    href = link.attributes.get("href") or "" if link is not None else ""
    return link is not None and not writer_href(href)


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
        texts = visible_texts(box)
        if any(len(t) < 40 and _OTHER_CREDIT.search(t) for t in texts):
            return ""  # "Fact checked by", "Reviewed by", "Photo:": another part than writing
        for item in box.traverse(include_text=True):
            if not item.is_text_node or item.parent is None or item.parent.tag in NOT_SHOWN:
                continue
            line = " ".join((item.text_content or "").split())
            if (
                2 <= len(line.split()) <= 3
                and _alt_names(alt, line)
                and person_like(line)
                and plausible(line)
                and spelled_as_name(line)
            ):
                # A caption that links to another page than a writer's names what it
                # leads to (a product, a story).
                return "" if _linked_elsewhere(item) else line
    return ""

"""Boxes pointing the reader to one other article: "Read also: <headline>" (a short label and
the linked headline), and a picture card of another story set between the text's paragraphs."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from ..dom import ANCHOR, MARK, ancestors, between_paragraphs, text_of
from .common import LABEL_WORDS, prose_size
from .links import path_of, points_within

# A "read also" box: a label of a few words, then the headline of another of the site's
# pages as its only link.
_LABEL_CHARS = 40
_LINKED_HEADLINE_CHARS = 20
# A label on a line of its own is shorter still: five words ending in a colon introduce
# the link in a sentence ("Das Konzeptpapier finden Sie hier:").
_LINE_LABEL_WORDS = 4
_TAIL_CHARS = 10
_BOX_TAGS = frozenset({"p", "div", "aside", "blockquote", "section"})


def read_also_boxes(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Boxes pointing the reader to one other article of the site ("Read also: <headline>",
    in whatever language): a short label set apart (in its own element, or ending in a
    colon) and a link whose text is a headline. Told by how they are built, not by the
    label's words, which every language and every site words its own way."""
    found: dict[int, LexborNode] = {}
    # The elements found holding the headline or more than one link, and so their
    # ancestors: a menu's links stop at its list, which is searched for links once.
    crowded: set[int] = set()
    for link in body.css("a[href]"):
        # Collapsing whitespace never lengthens a text: a short link is not collapsed.
        raw = link.text(deep=True, separator=" ")
        if len(raw) < _LINKED_HEADLINE_CHARS:
            continue
        linked = " ".join(raw.split())
        if len(linked) < _LINKED_HEADLINE_CHARS:
            continue
        box = None
        node = link.parent
        while node is not None and node.tag not in {"body", "html", "main", "article"}:
            if node.mem_id in crowded:
                break
            if node.attributes.get(MARK) is not None or len(node.css("a[href]")) > 1:
                crowded.add(node.mem_id)
                break
            if len(text_of(node)) > len(linked) + _LABEL_CHARS + 2:
                break
            if node.tag in _BOX_TAGS:
                box = node
            node = node.parent
        if box is None or box.css_first(f"[{MARK}], [{ANCHOR}]") is not None:
            continue
        if not points_within(link.attributes.get("href") or "", host):
            continue
        if _labelled(box, link, linked) or _shouted(box, linked):
            found[box.mem_id] = box
        elif text_of(box) == linked and (label := _label_before(box)) is not None:
            # The label on a line of its own, the linked headline on the next (a writer's
            # "READ ALSO" typed as a bold paragraph above the link).
            found[box.mem_id] = box
            found[label.mem_id] = label
    for box in _labelled_lists(body, host):
        found[box.mem_id] = box
    return list(found.values())


_LISTED_LINKS = 6


def _labelled_lists(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Paragraphs that are a label ending in a colon and then two or more linked headlines
    of the site's, one a line ("<p><strong>Read more from X:</strong><br><a>...</a><br>
    <a>...</a></p>")."""
    found = []
    # The paragraphs holding two links or more, read from the links (a page has fewer).
    paragraphs: dict[int, LexborNode] = {}
    counts: dict[int, int] = {}
    for link in body.css("p a[href]"):
        para = next((a for a in ancestors(link) if a.tag == "p"), None)
        if para is not None:
            paragraphs[para.mem_id] = para
            counts[para.mem_id] = counts.get(para.mem_id, 0) + 1
    for key, para in paragraphs.items():
        if not 2 <= counts[key] <= _LISTED_LINKS or para.css_first(f"[{MARK}], [{ANCHOR}]"):
            continue
        links = para.css("a[href]")
        texts = [text_of(link) for link in links]
        if any(len(t) < _LINKED_HEADLINE_CHARS for t in texts) or not all(
            points_within(link.attributes.get("href") or "", host) for link in links
        ):
            continue
        rest = text_of(para)
        for text in texts:
            rest = rest.replace(text, "\n", 1)
        label, *between = rest.split("\n")
        label = label.strip()
        if (
            label.endswith(":")
            and len(label) <= _LABEL_CHARS
            and len(label.split()) <= LABEL_WORDS
            and not any(w.strip(" |•·,-–") for w in between)
        ):
            found.append(para)
    return found


def _label_before(box: LexborNode) -> LexborNode | None:
    """The element just before ``box`` when it is a short label set apart: a few words,
    no sentence, no link, bold or ending in a colon."""
    prev = box.prev
    while prev is not None and not prev.is_element_node:
        if (prev.text_content or "").strip():
            return None
        prev = prev.prev
    # A heading over a lone link is a section of the article pointing to its page (a list
    # of resources under "Identity Theft"), not a label.
    if prev is None or prev.tag not in _BOX_TAGS or prev.attributes.get(MARK):
        return None
    label = text_of(prev)
    if not label or len(label) > _LABEL_CHARS or len(label.split()) > _LINE_LABEL_WORDS:
        return None
    if label[-1] in ".?!" or prev.css_first("a, img, h1, h2, h3, h4, h5, h6") is not None:
        return None
    if label.endswith(":") or any(text_of(bold) == label for bold in prev.css("strong, b")):
        return prev
    return None


def _shouted(box: LexborNode, linked: str) -> bool:
    """A paragraph that is nothing but the linked headline in capitals: another story's
    headline set in the text the way tabloid and cable-news sites point to it, unlabelled
    ("<p><strong><a>SHERIFF WARNS LANDOWNERS AFTER TRACTOR THEFTS</a></strong></p>")."""
    return (
        box.tag == "p"
        and text_of(box) == linked
        and len(linked.split()) >= _HEADLINE_WORDS
        and linked.upper() == linked
        and linked.lower() != linked
    )


def _labelled(box: LexborNode, link: LexborNode, linked: str) -> bool:
    text = text_of(box)
    if not text.endswith(linked):
        # A player's or a card's figure after the headline (a duration, "4 min", "03:12")
        # in an element of its own: the box of an audio or video teaser.
        head, _, tail = text.rpartition(linked)
        tail = tail.strip()
        if not head or len(tail) > _TAIL_CHARS or not tail[:1].isdigit():
            return False
        if not any(text_of(node) == tail for node in box.css("span, time, div, p, small")):
            return False
        text = head + linked
    label = text[: len(text) - len(linked)].strip()
    if not label or len(label) > _LABEL_CHARS or len(label.split()) > LABEL_WORDS:
        return False
    if label.endswith(":"):
        return True
    # Set apart in an element of its own: a <strong> or a heading before the link.
    return any(
        text_of(node) == label
        for node in box.css("strong, b, span, em, h2, h3, h4, h5, h6, div, p, header")
        if node is not link
    )


# A picture card of another story: its linked headline, a picture, and beside them a line or
# two at most (a label, the story's summary, its writer).
_CARD_EXTRA_CHARS = 240
_HEADLINE_WORDS = 4
_CARD_TAGS = frozenset({"div", "aside", "section", "figure"})
# A paragraph of the story's own text around the card.
_PROSE_CHARS = 150


def picture_cards(body: LexborNode, host: str | None, path: str | None) -> list[LexborNode]:
    """Cards of other stories of the site set between the text's paragraphs: a block with a
    picture and a heading that is one link to another page, and little more (a "Related"
    label, the story's summary, its writer), with prose before it and after it (or nothing
    after it: a card closing the text). The picture tells it from a listicle's item, a
    linked heading over its description, which holds its own words; a listing's cards
    stand beside each other, not between paragraphs."""
    found: dict[int, LexborNode] = {}
    for heading in body.css("h2, h3, h4, h5, h6"):
        links = heading.css("a[href]")
        if len(links) != 1:
            continue
        linked = text_of(heading)
        if len(linked.split()) < _HEADLINE_WORDS or text_of(links[0]) != linked:
            continue
        card = _card_around(heading, links[0], linked, host, path)
        if card is not None:
            found[card.mem_id] = card
    # ... or the card is one link, its picture and its headline inside ("<a><span>Auch
    # interessant</span><img><span>Headline</span></a>").
    pictured = {
        link.mem_id: link
        for picture in body.css("a[href] img")
        if (link := next((a for a in ancestors(picture) if a.tag == "a"), None)) is not None
    }
    for link in pictured.values():
        if link.css_first("h2, h3, h4, h5, h6"):
            continue
        linked = text_of(link)
        if len(linked.split()) < _HEADLINE_WORDS:
            continue
        card = _card_around(link, link, linked, host, path, tags=_CARD_TAGS | {"a"})
        if card is not None:
            found[card.mem_id] = card
    return list(found.values())


def _card_around(
    start: LexborNode,
    link: LexborNode,
    linked: str,
    host: str | None,
    path: str | None,
    tags: frozenset[str] = _CARD_TAGS,
) -> LexborNode | None:
    """The card ``start`` (a linked heading, or the card's one link) opens: the block with a
    picture around it, with little more text than ``linked``, set between paragraphs of
    prose."""
    href = link.attributes.get("href") or ""
    if not points_within(href, host) or (path is not None and path_of(href) == path):
        return None
    for block in (start, *ancestors(start)):
        if block.tag in {"body", "html", "main", "article"} or block.attributes.get(MARK):
            break
        if len(text_of(block)) > len(linked) + _CARD_EXTRA_CHARS:
            break
        if (
            block.tag in tags
            and block.css_first("img, picture") is not None
            and block.css_first(f"[{ANCHOR}], [{MARK}]") is None
            and between_paragraphs(block, _prose, closing=True)
        ):
            return block
    return None


def _prose(paragraph: LexborNode) -> bool:
    return prose_size(paragraph) >= _PROSE_CHARS

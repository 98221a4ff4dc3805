"""Teasers of other posts: lists and grids of cards trailing the article, lists under
a "Related" heading or a short label, cards cut off mid-sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from ..blocks import BLOCK_TAGS
from ..dom import MARK, ancestors, attr_text, holds_headline, text_of
from ..wording import TEASER_HEADING
from .common import (
    ANY_HEADING,
    HEADINGS,
    MAIN_TEXT_BEGUN,
    OTHER_POSTS,
    TRAILING_PROSE,
    child_elements,
    common_ancestor,
    enough_of,
    is_label,
    loose_text,
    outermost_of,
)
from .links import internal_links, link_chars


class _Kids:
    """An element's element children (``nodes``), with the kind (tag and class) most of them
    share: read once for all the tests of a list's shape."""

    __slots__ = ("_main", "_tags", "nodes")

    def __init__(self, nodes: list[LexborNode]) -> None:
        self.nodes = nodes
        self._main: tuple[tuple[str, str], list[LexborNode]] | None = None
        self._tags: dict[str, int] | None = None

    def may_share(self, tags: frozenset[str], least: int) -> bool:
        """Whether the kind most children share may be of one of ``tags`` and held by
        ``least`` of them and by 0.6 of all: their tags alone tell when it cannot (a
        kind's children all have its tag), without reading their classes."""
        if self._tags is None:
            self._tags = {}
            for kid in self.nodes:
                tag = kid.tag or ""
                self._tags[tag] = self._tags.get(tag, 0) + 1
        needed = max(least, 0.6 * len(self.nodes))
        return any(count >= needed for tag, count in self._tags.items() if tag in tags)

    def main(self) -> tuple[tuple[str, str], list[LexborNode]]:
        """The kind most of the children share (of kinds as common, the first met) and the
        children of that kind, in order."""
        if self._main is None:
            keys = [(kid.tag or "", kid.attributes.get("class") or "") for kid in self.nodes]
            counts: dict[tuple[str, str], int] = {}
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
            kind = max(counts, key=counts.__getitem__)
            self._main = (
                kind,
                [kid for kid, key in zip(self.nodes, keys, strict=True) if key == kind],
            )
        return self._main


# An element with no element children.
_NO_KIDS = _Kids([])


def _elements_outside(body: LexborNode, taken: set[int]) -> Iterator[LexborNode]:
    """``body``'s elements (itself included) in document order, except those inside an
    element whose ``mem_id`` the caller put in ``taken`` when it was given."""
    resume: int | None = None
    for node in body.css("*"):
        if resume is not None:
            if node.mem_id != resume:
                continue
            resume = None
        yield node
        if taken and node.mem_id in taken:
            resume = _following(node)


def _following(node: LexborNode) -> int:
    """The ``mem_id`` of the first element after ``node`` and all it holds, in document
    order; -1 if none follows."""
    current: LexborNode | None = node
    while current is not None:
        sibling = current.next
        while sibling is not None and not sibling.is_element_node:
            sibling = sibling.next
        if sibling is not None:
            return sibling.mem_id
        current = current.parent
    return -1


def _is_link_block(node: LexborNode, host: str | None) -> bool:
    size = len(node.text(deep=True).strip())
    return size > 40 and link_chars(internal_links(node, host)) > 0.5 * size


def _is_card(node: LexborNode, host: str | None) -> bool:
    """A teaser card: a linked title with a short excerpt, or a linked heading over a
    longer one."""
    size = len(node.text(deep=True).strip())
    if not 12 <= size <= 1200:
        return False
    links = internal_links(node, host)
    longest = max((len(a.text(deep=True).strip()) for a in links), default=0)
    if longest < 12:
        return False
    if size <= 600 and link_chars(links) >= 0.2 * size:
        return True
    return any(_is_link_line(h, host) for h in node.css("h2, h3, h4, h5, h6"))


# Cards are blocks in a list or grid; a paragraph's inline links or a table's rows are not.
_CARD_TAGS = frozenset({"li", "article", "div", "section", "figure", "a"})
_LIST_TAGS = frozenset({"ul", "ol", "div", "section"})


def _is_teaser_list(node: LexborNode, host: str | None, kids: _Kids) -> bool:
    """Three or more sibling cards of one kind (``kids``: ``node``'s element children): a
    list of links to other posts."""
    if node.tag not in _LIST_TAGS or len(kids.nodes) < 3:
        return False
    if not kids.may_share(_CARD_TAGS | {"p"}, 3):
        return False
    kind, cards = kids.main()
    count = len(cards)
    if kind[0] not in _CARD_TAGS | {"p"} or count < 3 or count < 0.6 * len(kids.nodes):
        return False
    if kind[0] == "p":
        # Paragraphs that are nothing but a link each: a list of links set as paragraphs.
        return enough_of(cards, lambda k: _is_link_line(k, host), max(3, 0.8 * len(cards)))
    return enough_of(cards, lambda k: _is_card(k, host), max(3, 0.8 * len(cards)))


def _is_card_grid(node: LexborNode, host: str | None, kids: _Kids) -> bool:
    """Three or more sibling blocks of one kind (``kids``), each with a heading or a link
    to another page of the site: under a "Related" heading, teaser cards whose titles are
    not links (the whole card is scripted, or only a "Learn more" button links)."""
    if node.tag not in _LIST_TAGS or len(kids.nodes) < 3 or not kids.may_share(_CARD_TAGS, 3):
        return False
    kind, cards = kids.main()
    count = len(cards)
    if kind[0] not in _CARD_TAGS or count < 3 or count < 0.6 * len(kids.nodes):
        return False
    titled = sum(
        k.css_first("h2, h3, h4, h5, h6") is not None or bool(internal_links(k, host))
        for k in cards
    )
    return titled >= 0.8 * len(cards)


def _is_link_line(node: LexborNode, host: str | None) -> bool:
    size = len(node.text(deep=True).strip())
    return size >= 12 and link_chars(internal_links(node, host)) >= 0.8 * size


def trailing_teasers(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Teaser lists that trail the article: below the headline, after its text has begun,
    with (almost) no article text after them.

    Paragraph-dense teaser cards (title + excerpt) would otherwise be taken for main text.
    A list of internal links between paragraphs of the article is the article's own (a
    listicle of courses, a checklist); only what trails the text, or follows a "Related"
    heading, goes.
    """
    headed: list[LexborNode] = []
    # (node, prose seen before it): decided once all the prose after it is known.
    lists: list[tuple[LexborNode, int]] = []
    headline = body.css_first(f"[{MARK}]")
    seen_headline = headline is None
    headline_id = headline.mem_id if headline is not None else None
    # The elements holding the headline: the headline and its ancestors.
    holds_headline: set[int] = set()
    if headline is not None:
        holds_headline = {headline.mem_id, *(a.mem_id for a in ancestors(headline))}
    prose = 0
    after_heading = False
    # A list or heading taken is not looked into.
    taken: set[int] = set()
    # Lists already taken with the label over them: not read again when reached.
    labelled: set[int] = set()
    # Teaser boxes told by their shape, wherever they stand (widened at the end).
    boxes: list[LexborNode] = []
    for node in _elements_outside(body, taken):
        key = node.mem_id
        if key in labelled:
            continue
        if not seen_headline:
            # Nothing before the headline is a teaser of this rule.
            if key != headline_id:
                continue
            seen_headline = True
        tag = node.tag
        outside = key not in holds_headline
        # A list's children, read once for the tests below.
        kids = _Kids(child_elements(node)) if tag in _LIST_TAGS and prose and outside else _NO_KIDS
        if prose and outside:
            # Teasers that tell themselves apart wherever they stand once the article has
            # begun, however short it is: cards cut off mid-sentence (with their label),
            # and a label's linked headlines set apart in a box of their own (an article's
            # own list under its heading is part of the text's flow).
            if kids.nodes and _cut_excerpts(node, host, kids):
                label = _label_over(node)
                if label is not None and label.mem_id not in taken:
                    boxes.append(label)
                boxes.append(node)
                taken.add(key)
                continue
            may_label = _may_label(node, tag, kids.nodes if tag in _LIST_TAGS else None)
            listed = _labelled_headlines(node, host) if may_label else None
            box = _box_of(node, listed) if listed is not None else None
            if box is None and listed is not None and TEASER_HEADING.match(text_of(node)):
                # In the flow of the text too, under a label naming other stories ("Mehr
                # News aus Essen:"); under any other ("Por comarcas:") the list is the text's.
                box = node
                boxes.append(listed)
            if box is not None and listed is not None:
                boxes.append(box)
                taken.update((box.mem_id, key, listed.mem_id))
                labelled.add(listed.mem_id)
                continue
        if prose >= MAIN_TEXT_BEGUN and tag not in {"body", "html"}:
            follows, after_heading = after_heading, False
            if outside:
                # Only lists and grids are read by their children.
                if follows and (
                    _is_link_block(node, host)
                    or _is_teaser_list(node, host, kids)
                    or _is_card_grid(node, host, kids)
                ):
                    headed.append(node)
                    taken.add(key)
                    continue
                if follows and tag in _LIST_TAGS and len(kids.nodes) == 1:
                    # A wrapper around the list the heading announces (a carousel's frame).
                    after_heading = True
                if kids.nodes and _is_teaser_list(node, host, kids):
                    lists.append((node, prose))
                    taken.add(key)
                    continue
            if tag in HEADINGS and TEASER_HEADING.match(text_of(node)):
                headed.append(node)
                after_heading = True
                taken.add(key)
                continue
            if tag in HEADINGS and outside:
                listed = _labelled_headlines(node, host)
                if listed is not None:
                    # Decided, like a teaser list, once the prose after it is known.
                    lists += [(node, prose), (listed, prose)]
                    taken.update((key, listed.mem_id))
                    labelled.add(listed.mem_id)
                    continue
        if tag in {"p", "pre", "blockquote"}:
            size = len(node.text(deep=True).strip())
            if size >= 80 and link_chars(node.css("a")) < 0.3 * size:
                prose += size
    trailing = [node for node, before in lists if prose - before < TRAILING_PROSE * before]
    # A label set over a trailing list ("Lo último", "Editor's picks") titles nothing once
    # the list is gone, and would read as the article's last sub-heading.
    labels = [label for node in trailing if (label := _label_over(node)) is not None]
    return outermost_of([*headed, *_widened(boxes), *trailing, *labels])


def _widened(boxes: list[LexborNode]) -> list[LexborNode]:
    """``boxes`` with the wrappers that hold nothing else: a grid of such boxes, and the
    frame that sets its title over them (left alone, a title over nothing reads as the
    article's sub-heading)."""
    gone = {box.mem_id for box in boxes}
    widened = []
    for box in boxes:
        node = box
        parent = node.parent
        while parent is not None and parent.tag not in {"body", "html", "main", "article"}:
            if parent.attributes.get(MARK) is not None:
                break
            others = [kid for kid in child_elements(parent) if kid.mem_id not in gone]
            if any(not _only_a_label(kid) for kid in others) or loose_text(parent):
                break
            gone.add(parent.mem_id)
            node = parent
            parent = node.parent
        widened.append(node)
    return widened


def _only_a_label(node: LexborNode) -> bool:
    """Whether ``node`` holds no text, or a short label in a heading and nothing else."""
    if holds_headline(node):
        return False
    text = text_of(node)
    if not text:
        return True
    if not is_label(text):
        return False
    headings = [node] if node.tag in HEADINGS else node.css(ANY_HEADING)
    return any(text_of(heading) == text for heading in headings)


# The end of an excerpt cut off by the site's template: "…", "...", "[…]", "(...)".
_CUT_OFF = re.compile(r"(?:…|\.\.\.|[\[(](?:…|\.\.\.)[\])])$")
# An excerpt is a sentence or more: a cut-off line shorter than this is a title's.
_EXCERPT_CHARS = 40
# A card is a title and an excerpt: a block holding more is something else.
_CARD_CHARS = 1200


def _cut_excerpts(node: LexborNode, host: str | None, kids: _Kids) -> bool:
    """Two or more sibling cards of one kind (``kids``), each a linked headline over an
    excerpt that the template cut off ("...", "[…]"): teasers of other posts, where an
    article's own list ends its points as written. The links point within the site, or
    the list's class or id says it lists other posts (an archived page's links point to
    the archive)."""
    if len(kids.nodes) < 2 or not kids.may_share(_CARD_TAGS, 2):
        return False
    kind, cards = kids.main()
    count = len(cards)
    if kind[0] not in _CARD_TAGS or count < 2 or count < 0.6 * len(kids.nodes):
        return False
    named = OTHER_POSTS.search(attr_text(node)) is not None
    return enough_of(cards, lambda k: _cut_card(k, host, named), max(2, 0.8 * len(cards)))


def _cut_card(card: LexborNode, host: str | None, named: bool) -> bool:
    text = text_of(card)
    # An excerpt cut off ends in an ellipsis, which its card's text holds too.
    if len(text) > _CARD_CHARS or ("…" not in text and "..." not in text):
        return False
    links = card.css("a[href]") if named else internal_links(card, host)
    if not any(len(text_of(a).split()) >= _HEADLINE_WORDS for a in links):
        return False
    return any(_cut_excerpt(part, card) for part in (card, *card.css("p, small, span, div")))


def _cut_excerpt(part: LexborNode, card: LexborNode) -> bool:
    """Whether ``part`` of ``card`` is an excerpt cut off: text of its own beside the
    linked headline, not inside a link (a cut-off title is no excerpt: a video's
    "Series: ..." is how its player names it)."""
    text = text_of(part)
    if len(text) < _EXCERPT_CHARS or _CUT_OFF.search(text) is None:
        return False
    return link_chars(part.css("a")) < 0.5 * len(text) and not _in_link(part, card)


def _in_link(node: LexborNode, card: LexborNode) -> bool:
    """Whether ``node`` sits inside a link within ``card``."""
    for parent in ancestors(node):
        if parent.mem_id == card.mem_id:
            return False
        if parent.tag == "a":
            return True
    return False


def _label_over(node: LexborNode) -> LexborNode | None:
    """The heading just before ``node`` when it is a label (a few words, no sentence), or
    the frame holding such a heading and nothing else ("<header><h2>Top stories</h2>")."""
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        if (prev.text_content or "").strip():
            return None
        prev = prev.prev
    if prev is None or prev.attributes.get(MARK) is not None:
        return None
    if prev.tag in HEADINGS:
        return prev if is_label(text_of(prev)) else None
    return prev if text_of(prev) and _only_a_label(prev) else None


# A linked headline of another article: several words (a tag or a section name is one or two).
_HEADLINE_WORDS = 4


def _labelled_headlines(heading: LexborNode, host: str | None) -> LexborNode | None:
    """The list that a short label (``heading``, or a line of its own: :func:`_may_label`)
    is set over when every item (two or more) is the linked headline of another page of
    the site, with at most a date or a kicker beside it: "Related news" in any language,
    too short a list for the teaser rule.
    ``None`` when what follows the label is anything else."""
    following = heading.next
    while following is not None and not following.is_element_node:
        following = following.next
    if following is None:
        return None
    beside = _items_beside(heading)
    if beside is not None:
        # The items set beside the label in its box, with no list around them
        # ("<section><h3>More</h3><article>…</article><article>…</article>").
        following, kids = beside
    else:
        kids = child_elements(following)
        # The texts are read only when a list, or a wrapper that may hold one, follows.
        if len(kids) != 1 and following.tag not in _LIST_TAGS:
            return None
        if not is_label(text_of(heading)):
            return None
        # Down through wrappers of one element each (a block's frame around its list).
        while len(kids) == 1 and text_of(following) == text_of(kids[0]):
            following = kids[0]
            kids = child_elements(following)
        if following.tag not in _LIST_TAGS:
            return None
    if len(kids) < 2 or len({(k.tag, k.attributes.get("class") or "") for k in kids}) > 2:
        return None
    for kid in kids:
        if kid.tag not in _CARD_TAGS:
            return None
        size = len(text_of(kid))
        links = internal_links(kid, host)
        if len(links) != 1 and len({a.attributes.get("href") for a in links}) != 1:
            return None
        linked = text_of(links[0])
        if len(linked.split()) < _HEADLINE_WORDS or len(linked) < 0.6 * size:
            return None
    return following


def _items_beside(heading: LexborNode) -> tuple[LexborNode, list[LexborNode]] | None:
    """The box ``heading`` opens and the blocks after it, when it is a label and two or
    more cards (of the tags a list's items are) fill the rest of that box."""
    box = heading.parent
    if box is None or box.tag not in _LIST_TAGS:
        return None
    before = heading.prev
    while before is not None:
        if before.is_element_node or (before.text_content or "").strip():
            return None  # not what opens the box
        before = before.prev
    if not is_label(text_of(heading)):
        return None
    kids = child_elements(box)
    if len(kids) < 3 or loose_text(box):
        return None
    items = kids[1:]
    return (box, items) if all(kid.tag in _CARD_TAGS - {"a"} for kid in items) else None


# What a box's label is set in: a heading, or a line of its own ("<p class=title>").
_LABEL_TAGS = HEADINGS | {"p", "div", "span", "strong", "b"}


def _may_label(node: LexborNode, tag: str | None, kids: list[LexborNode] | None = None) -> bool:
    """Whether ``node`` (a ``tag``) may be a box's label: a heading, or a line of text with
    no link and at most a formatting element inside (read before its text, which a wrapper
    would spell out whole). ``kids``: its element children, if read already."""
    if tag in HEADINGS:
        return True
    if tag not in _LABEL_TAGS:
        return False
    if kids is None:
        kids = child_elements(node)
    return len(kids) <= 1 and all(kid.tag not in _NOT_IN_LABEL for kid in kids)


# What a label's line never holds: a link, or a block of its own.
_NOT_IN_LABEL = frozenset({"a", *BLOCK_TAGS})


def _box_of(label: LexborNode, listed: LexborNode) -> LexborNode | None:
    """The element holding ``label`` and the list under it (``listed``) and nothing else,
    if any: a box of links set into the page."""
    box = common_ancestor([label, listed])
    if box is None or box.tag in {"body", "html", "main", "article"}:
        return None
    if box.mem_id == label.mem_id:
        return None
    if holds_headline(box):
        return None
    inner = len(text_of(label)) + len(text_of(listed)) + 1
    return box if len(text_of(box)) <= inner else None

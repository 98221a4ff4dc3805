"""Boxes asking the reader to act: calls to action around a button, sign-up and
subscription boxes, subscription offers, teasers ending in a "more" link."""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..blocks import BLOCK_TAGS, normalise
from ..dates.grammar import TEXT_DATE
from ..dom import ANCHOR, MARK, SIGN_UP, ancestors, text_of, text_units
from .common import (
    BOX,
    BOX_CHARS,
    HEADINGS,
    MAIN_TEXT_BEGUN,
    TRAILING_PROSE,
    box_around,
    child_elements,
    loose_text,
    prose_size,
    removable,
)
from .links import internal_links

# Buttons and button-styled links: what a call to action is built around.
ACTIONS = (
    "input[type=submit], a[class*=btn], a[class*=button], a[class*=cta], a[role=button], "
    "a[rel=author], "
    "a[href*='/author/'], a[href*='/authors/']"
)


def action_boxes(actions: list[LexborNode]) -> None:
    """Mark (``BOX``) the small boxes built around a button ("Ready to grow? ... [Get
    started]"): from each button (``actions``: the page's :data:`ACTIONS`), the largest
    ancestor still holding under ``BOX_CHARS`` of text."""
    boxes: dict[int, LexborNode] = {}
    sizes: dict[int, int] = {}  # text lengths, shared by the climbs from nearby buttons
    for action in actions:
        box = None
        node = action.parent
        while node is not None and node.tag not in {"body", "html", "main", "article"}:
            size = sizes.get(node.mem_id)
            if size is None:
                size = sizes[node.mem_id] = len(node.text(deep=True))
            if size > BOX_CHARS or node.attributes.get(MARK) is not None:
                break
            box = node
            node = node.parent
        # An item of a list is a card (of the article's list, or a teaser), not a box.
        if box is None or box.tag == "li" or box.css_first("li") is not None:
            continue
        if len(text_of(box)) > len(text_of(action)) + 20:
            boxes[box.mem_id] = box
    # Boxes built alike are cards of a list (the article's own, or teasers): not this.
    kinds = Counter(_kind(box) for box in boxes.values())
    for box in boxes.values():
        if kinds[_kind(box)] == 1:
            box.attrs[BOX] = "1"


# What asks the reader to sign up: a field for their e-mail address, or a button (or a
# button-styled link: :data:`ACTIONS`) whose words ask them to subscribe.
_SIGN_UP_FIELD = "input[type=email]"


def mark_sign_up_boxes(body: LexborNode, actions: list[LexborNode]) -> None:
    """Mark (``SIGN_UP``) the boxes asking the reader to subscribe or sign up: a
    newsletter form with a line or two about it, a paywall's offer. They are never the
    article's text, wherever they sit: a newsletter box is set between paragraphs, and a
    paywall's offer between the teaser and the rest of the text sent hidden in the page.
    From the field or the button, the largest ancestor still holding a box's worth of text
    and at most one paragraph of prose (two are the article's). They stay in the page
    trafilatura reads, whose choice of the text's container a box taken out can flip:
    their lines are dropped from its answer (:func:`sign_up_lines`)."""
    asks = body.css(_SIGN_UP_FIELD)
    # The boxes found do not depend on the order the asks are read in.
    for action in [*actions, *body.css("button")]:
        label = text_of(action) or action.attributes.get("value") or ""
        if len(label) <= 60 and _SUBSCRIBE.search(label):
            asks.append(action)
    # An appeal for money asks in a link of its own words, styled or not ("Support us"),
    # set apart from any sentence: a link in the text ("you can donate here") is its own.
    for link in body.css("a"):
        label = link.text(deep=True)
        # A label this short is read whole; most links are longer.
        if (
            len(label) <= _DONATE_CHARS
            and _DONATE.fullmatch(" ".join(label.split()))
            and _set_apart(link)
        ):
            asks.append(link)
    # A paywall's offer may ask in a plain link, set apart from any sentence, to the
    # subscription's page ("Spektrum Plus ab 4,99 € im Monat" to "/plus/abo/").
    for link in body.css(_SUBSCRIPTION_LINKS):
        if (
            _SUBSCRIPTION_PAGE.search(link.attrs.get("href") or "") is not None
            and len(text_of(link)) <= _OFFER_LINK_CHARS
            and _set_apart(link)
        ):
            asks.append(link)
    found: dict[int, LexborNode] = {}
    for ask in asks:
        box = box_around(ask, BOX_CHARS)
        if box is not None and len(text_of(box)) > len(text_of(ask)) + 20:
            found[box.mem_id] = box
    for box in found.values():
        # Only the outermost: one inside another goes with it.
        if not any(a.mem_id in found for a in ancestors(box)):
            box.attrs[SIGN_UP] = "1"


def _set_apart(link: LexborNode) -> bool:
    """Whether ``link`` is a block's whole text, or sits in a box beside its blocks; the
    inline markup around it alone (a coloured span, bold) is the link's own."""
    label = text_of(link)
    parent = link.parent
    while parent is not None and parent.tag in _INLINE_TAGS and text_of(parent) == label:
        parent = parent.parent
    return parent is None or parent.tag in _BOX_TAGS or text_of(parent) == label


_BOX_TAGS = frozenset({"div", "section", "aside", "footer", "form"})
_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "u", "font"})


def sign_up_lines(tree: LexborHTMLParser) -> frozenset[str]:
    """The normalised lines of the sign-up boxes :func:`prune` left marked in ``tree``
    that the page writes nowhere else (a box offering a checklist repeats the article's
    own sub-headings)."""
    body = tree.body
    boxes = body.css(f"[{SIGN_UP}]") if body is not None else []
    if body is None or not boxes:
        return frozenset()
    boxed = Counter(
        line
        for box in boxes
        if box.css_first(f"[{ANCHOR}]") is None and box.attributes.get(ANCHOR) is None
        for unit in text_units(box)
        if (line := normalise(unit.text))
    )
    if not boxed:
        return frozenset()
    everywhere = Counter(normalise(unit.text) for unit in text_units(body))
    return frozenset(line for line, count in boxed.items() if everywhere[line] <= count)


def _kind(node: LexborNode) -> tuple[str, ...]:
    parent = node.parent
    outer = (parent.tag or "", parent.attributes.get("class") or "") if parent else ("", "")
    return (node.tag or "", node.attributes.get("class") or "", *outer)


# A link that only announces more: "mehr", "more", "weiterlesen", "lire la suite", "leer más".
_MORE_WORDS = (
    r"mehr|weiterlesen|more|read\s+more|continue\s+reading|lire\s+la\s+suite|"
    r"en\s+savoir\s+plus|leer\s+más|seguir\s+leyendo|leggi\s+(?:tutto|di\s+più)|"
    r"lees\s+meer|czytaj\s+dalej|ler\s+mais|читать\s+далее"
)
_MORE_LINK = re.compile(rf"^\W*(?:{_MORE_WORDS})\W*$", re.IGNORECASE)
# ... or one that points to a section of the site, in German ("Zum Verkehr", "Zur
# Übersicht", "Zu den Ergebnissen"): a teaser when it closes a box after its sentence.
_GO_TO_LINK = re.compile(r"^(?:Zum|Zur|Zu\s+den)\s+[\w-]+(?:\s+[\w-]+)?\W*$")
# ... the same word closing a teaser's excerpt as plain text, after its last sentence (the
# card itself is the link: "Ein Orkantief sorgte für hohe Wasserstände. mehr").
_MORE_TAIL = re.compile(rf"[.!?…]\s+(?:{_MORE_WORDS})\W*$", re.IGNORECASE)
# What a subscription offer asks the reader to do.
_SUBSCRIBE = re.compile(
    r"\b(?:subscribe|subscription|abonnieren|abo|abonnement|s'abonner|abonnez|"
    r"suscr[ií]b\w*|suscripción|assine|assinatura|abbonati|abbonamento|abonneer|"
    r"prenumeruj|jetzt\s+(?:testen|weiterlesen)|je\s+m['’]abonne|hazte\s+soci[oa]|"
    r"predplati\w*|předplat\w*|prenumerera|tilaa|abone\s+ol|(?:probe|digital|plus)abo|"
    r"передплат\w*|подписк\w*|подписаться)\b",
    re.IGNORECASE,
)
# The links whose address may be a subscription's page, as the parser finds them (it
# reads every link's address faster than Python does): :data:`_SUBSCRIPTION_PAGE` reads
# those alone.
_SUBSCRIPTION_LINKS = ", ".join(
    f"a[href*={word} i]"
    for word in (
        "abo",
        "subscri",
        "assin",
        "suscri",
        "abbona",
        "prenumer",
        "predplat",
        "pidpys",
        "podpis",
        "newsletter",
    )
)
# The address of a subscription's page: "/abo/", "/subscribe", "assinatura.", "/abonnement",
# or of the newsletters' ("/newsletters").
_SUBSCRIPTION_PAGE = re.compile(
    r"(?:^|[/.])(?:abo|abos|abonnement|abonnements|subscribe|subscription|subscriptions|"
    r"assinatura|assine|suscripcion|suscripciones|abbonamento|abbonamenti|abonneren|"
    r"prenumerata|predplatne|pidpyska|podpiska|newsletters?)(?:[/.?#_-]|$)",
    re.IGNORECASE,
)
# What an appeal for the reader's money asks them to do, as a link's whole label.
_DONATE_CHARS = 60
_OFFER_LINK_CHARS = 60
_DONATE = re.compile(
    r"\W*(?:support\s+(?:us|our\s+(?:journalism|work))|donate(?:\s+(?:now|today))?|"
    r"(?:make\s+a\s+)?contribut(?:e|ion)(?:\s+now)?|become\s+a\s+(?:member|supporter)|"
    r"(?:jetzt\s+)?(?:unterstützen|spenden)|unterstützen\s+sie\s+uns|"
    r"faire\s+un\s+don|soutenez[- ]nous|(?:je\s+)?(?:fais|faites)\s+un\s+don|"
    # ... or says the reader's yes, the site named ("Je soutiens Reporterre").
    r"(?:je\s+soutiens|ich\s+unterstütze)(?:\s+[\w'’.-]+){0,2}|"
    r"don(?:a|ar)\s+(?:ahora|aquí)|apóyanos|sostienici|dona\s+ora|apoie|steun\s+ons|"
    r"wesprzyj\s+nas|hazte\s+soci[oa](?:[\s,/]+(?:hazte\s+)?soci[oa])?|"
    # ... or to join the members who pay for it.
    r"(?:jetzt\s+)?mitglied\s+werden|werden?\s+(?:sie\s+)?(?:jetzt\s+)?mitglied|"
    r"(?:word|wordt)\s+(?:nu\s+)?lid|lid\s+worden|devene[rz]\s+membre|hazte\s+miembro|"
    r"join(?:\s+us)?(?:\s+(?:today|now))?)\W*",
    re.IGNORECASE,
)
_OFFER_CHARS = 600
_TEASER_CHARS = 400
_SHOP_BOX_CHARS = 300
# More text than this beside a link in its paragraph makes the link a sentence's.
_SENTENCE_CHARS = 40


def _closing_go_to(link: LexborNode, label: str) -> bool:
    """A link to a section of the site closing its box after a sentence ("Aktuelle
    Verkehrsmeldungen findest du in unserem Verkehrsservice. Zum Verkehr"); in the middle of
    a sentence the same words are the text's ("eine Seite zum Thema")."""
    if _GO_TO_LINK.match(label) is None or link.parent is None:
        return False
    head, _, tail = text_of(link.parent).rpartition(label)
    return not tail.strip() and head.rstrip()[-1:] in (".", "!", "?", "…")


def offers_and_teasers(body: LexborNode, host: str | None) -> list[LexborNode]:
    """Teasers of other pages ending in a "more" link, and subscription offers (a list of
    what the subscription gives, around a button or link to subscribe): the text around
    the link, up to a box's worth."""
    found: dict[int, LexborNode] = {}
    for link in body.css("a, button"):
        label = text_of(link)
        if not label or len(label) > 60:
            continue
        if (
            (_MORE_LINK.match(label) or _closing_go_to(link, label))
            and link.tag == "a"
            and internal_links(link.parent or link, host)
        ):
            block = link.parent
            while block is not None and block.tag not in BLOCK_TAGS:
                block = block.parent
            if block is not None and removable(block, _TEASER_CHARS):
                found[block.mem_id] = block
        elif _SUBSCRIBE.search(label):
            box = None
            node = link.parent
            while node is not None and removable(node, _OFFER_CHARS):
                box = node
                node = node.parent
            if box is not None and box.css_first("ul, ol") is not None:
                found[box.mem_id] = box
    # A shop box around a link the page declares as paid for ("Shop the Look: ..." over
    # rel="sponsored"), not one in a sentence of the text.
    for link in body.css('a[rel~="sponsored"]'):
        holder = link.parent
        if (
            holder is not None
            and holder.tag in {"p", "li", "span", "td"}
            and len(text_of(holder)) > len(text_of(link)) + _SENTENCE_CHARS
        ):
            continue
        shop = box_around(link, _SHOP_BOX_CHARS)
        if shop is not None:
            found[shop.mem_id] = shop
    for paragraph in body.css("p"):
        box = paragraph.parent
        raw = paragraph.text(deep=True)
        if box is None or len(raw) > _TEASER_CHARS or not _MORE_TAIL.search(raw.rstrip()):
            continue
        if removable(box, _TEASER_CHARS) and internal_links(box, host):
            found[box.mem_id] = box
    return list(found.values())


# The label of an interview's box on the person asked ("Zur Person", "Steckbrief",
# "Личное дело", "Névjegy"), alone or opening its first line with a colon.
_PROFILE_LABEL = re.compile(
    r"^\W*(?:zur\s+person|steckbrief|personalie|à\s+propos\s+de|bio(?:graf[íi]a|grafie|graphie)?|"
    r"profil[eo]?|perfil|chi\s+è|wie\s+is|kim\s+jest|личное\s+дело|досье|névjegy|"
    r"kuka\s+on|vem\s+är|hvem\s+er|kdo\s+je|cine\s+este)\b\s*(?::|$)",
    re.IGNORECASE,
)
_PROFILE_BOX_CHARS = 600
# Boxes classed as asides of the text ("infobox", "info-box", "incut", "Kasten").
_PROFILE_CANDIDATES = "aside, [class*=info i], [class*=incut i], [class*=kasten i], [class*=box i]"


def profile_boxes(body: LexborNode) -> list[LexborNode]:
    """An interview's box on the person asked, set among its paragraphs: a short box
    classed as an aside of the text whose first line is a profile's label. The text's
    facts about its subject, not the interview."""
    found: dict[int, LexborNode] = {}
    for box in body.css(_PROFILE_CANDIDATES):
        if any(a.mem_id in found for a in ancestors(box)) or not removable(box, _PROFILE_BOX_CHARS):
            continue
        first = next((line for kid in child_elements(box) if (line := text_of(kid))), "")
        if _PROFILE_LABEL.match(first):
            found[box.mem_id] = box
    return list(found.values())


def trailing_boxes(body: LexborNode) -> list[LexborNode]:
    """The boxes marked by :func:`action_boxes` after the article's text: no prose follows
    them (a box between paragraphs may be the article's own: a listing's "Visit website").
    The marks are removed."""
    if body.css_first(f"[{BOX}]") is None:
        return []
    # In document order: the prose before a box is what comes before it in the list (a
    # box that is a paragraph is listed twice: the second time, its mark is gone).
    marked = body.css(f"p, pre, blockquote, [{BOX}], [{MARK}]")
    sizes = [0 if _not_prose(node) else prose_size(node) for node in marked]
    total = sum(sizes)
    found = []
    before = 0
    headline_seen = False
    for node, size in zip(marked, sizes, strict=True):
        if node.attributes.get(MARK) is not None:
            headline_seen = True
        if node.attributes.get(BOX) is None:
            before += size
            continue
        del node.attrs[BOX]
        if node.css_first(f"[{MARK}], time") is not None or TEXT_DATE.search(text_of(node)):
            # A dated byline set below the text: the date may be the page's only one, and
            # the last-resort date search reads the pruned page.
            continue
        own = sum(prose_size(p) for p in node.css("p, pre, blockquote"))
        after = total - before - own
        if before >= MAIN_TEXT_BEGUN and after < TRAILING_PROSE * before:
            found.append(node)
        elif headline_seen and after == 0 and _headed_call(node):
            # A short article (a photo story, a list of facts) ends in the same boxes: one
            # under its own heading, with no prose after it, is never the article's text.
            found.append(node)
    return found


def _not_prose(node: LexborNode) -> bool:
    return node.attributes.get(BOX) is not None or node.attributes.get(MARK) is not None


def _headed_call(box: LexborNode) -> bool:
    """Whether ``box`` opens with a heading of its own over its line of text and its
    button ("Discover more homes / See how our readers live. / [More homes]")."""
    kids = child_elements(box)
    while len(kids) == 1 and not loose_text(box):
        # A frame holding nothing but the box.
        box = kids[0]
        kids = child_elements(box)
    if not kids or kids[0].tag not in HEADINGS:
        return False
    title = text_of(kids[0])
    return bool(title) and text_of(box).startswith(title) and len(title) < len(text_of(box))

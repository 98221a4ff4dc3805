"""Who signs the text where it ends: a writer's name set apart in the text's last
paragraphs, and the wire agency a story credits in its dateline or after its text."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ..dates.grammar import TEXT_DATE
from ..dom import text_of, text_width
from ..names import (
    AGENCY,
    CJK_LABELS,
    ONLY_DATELINE,
    clean_name,
    common_words,
    person_like,
    spelled_as_name,
    wire_agencies,
    with_agencies,
)
from .common import plausible
from .labels import BY_CHUNK, INTERVIEWER, WRITER_LABEL
from .page import Page
from .places import in_other_posts, in_picture

# Elements a sign-off's name may be set in: emphasis, and the markup around it that shows
# nothing of its own (a microdata <meta>, a line break).
_SIGN_OFF_TAGS = frozenset({"b", "strong", "em", "i", "font", "span", "br", "meta"})
_SIGN_OFF_TEXT = 500
_SIGN_OFF_PARAGRAPHS = 4
# A paragraph this long is the text's, not a box's caption or link line.
_PROSE_CHARS = 80
_BLOCKS = frozenset({"p", "ul", "ol", "table", "blockquote"})
# Aligned right, as an attribute, a style or a class says it ("text-right", "alignright"),
# not "copyright".
_RIGHT = re.compile(r"(?<![a-z])right(?![a-z])|alignright")


# A sign-off in brackets closing the text: names in kanji of three to five characters (a
# wire's two-character short name, "（共同）", and the closing "（完）" are no names).
# ... or in lenticular brackets, as sports papers close a report ("…濃厚だ。【山本大地】").
_BRACKETED_SIGN_OFF = re.compile(
    r"[（(【]([\u4e00-\u9fff]{3,5}(?:[、・][\u4e00-\u9fff]{3,5})*)[）)】]"
)
# What lenticular brackets label instead: a link's or a picture's kind ("【関連記事】").
_LABELLED_KIND = re.compile(r"記事|動画|写真|画像|速報|一覧|特集|解説|詳報|続報|独自|関連|情報")
_CLOSING_BRACKETED_SIGN_OFF = re.compile(rf"(?<=[。！？」])\s*{_BRACKETED_SIGN_OFF.pattern}$")
# A place in brackets closes a sentence too ("（南あわじ市）"): a city, a town, a prefecture.
_PLACE_ENDINGS = ("市", "町", "村", "県", "区", "府", "都", "道", "省", "州")


def _text_box(page: Page) -> LexborNode | None:
    """The text's container, the parent of its longest paragraph; None where there is no
    paragraph or the container is a list of other posts."""
    paragraphs = page.body.css("p")
    if not paragraphs:
        return None
    box = max(paragraphs, key=lambda p: len(p.text(deep=True))).parent
    return None if box is None or in_other_posts(box, page.holders) else box


def _set_apart(paragraph: LexborNode, text: str) -> bool:
    """Whether ``paragraph`` (reading ``text``) is wholly in bold or italics."""
    inner = [e for e in paragraph.traverse() if e.mem_id != paragraph.mem_id]
    marked = [e for e in inner if e.tag != "meta"]
    return (
        bool(marked) and all(e.tag in _SIGN_OFF_TAGS for e in inner) and text_of(marked[0]) == text
    )


def sign_off(page: Page) -> list[str]:
    """The writer who signs the text where it ends: a paragraph of its own among the last
    of the text's container that is a person's name set apart (wholly in bold or italics
    as the text's last block, boxes of links after it, or aligned right, footnotes or a
    box may follow) or
    announced ("Von Cosima Künzel", "By Jane Doe"). Newspapers and blogs sign a report so
    where they print no byline over it."""
    box = _text_box(page)
    if box is None:
        return []
    shown = [child for child in box.iter() if text_of(child)]
    if sum(text_width(text_of(child)) for child in shown if child.tag == "p") < _SIGN_OFF_TEXT:
        return []  # no text for a name to close (Han, kana and hangul write it in fewer signs)
    # The text's last block, only furniture after it (share buttons, a box of related
    # links): no list, nor a paragraph of a sentence's length in a box.
    last = next((c.mem_id for c in reversed(shown) if c.tag in _BLOCKS or _holds_prose(c)), None)
    for place, child in enumerate(reversed(shown[-_SIGN_OFF_PARAGRAPHS:])):
        if child.tag != "p":
            continue
        text = text_of(child)
        if text.startswith("(") and text.endswith(")") and BY_CHUNK.match(text[1:]):
            # Wire copy closes in brackets ("(By Wu Kai-hsiang and Ko Lin)").
            text = text[1:-1].strip()
        looks = " ".join(child.attributes.get(a) or "" for a in ("align", "style", "class"))
        right = _RIGHT.search(looks.casefold()) is not None
        emphasised = child.mem_id == last and _set_apart(child, text)
        interviewer = INTERVIEWER.match(text)
        if interviewer is not None:
            # "Das Gespräch führte Frank Wegener. Es handelt sich um eine gekürzte Fassung."
            text = text[interviewer.end() :].split(". ", 1)[0].rstrip(".")
            interviewer = interviewer if len(text) < 60 else None
        announced = (
            len(text) < 60
            and (interviewer or BY_CHUNK.match(text) or WRITER_LABEL.match(text)) is not None
        )
        bracketed = _BRACKETED_SIGN_OFF.fullmatch(text)
        if place == 0 and not bracketed:
            # ... or after the last sentence, in its paragraph ("...切り替わる。（山本健太）").
            bracketed = _CLOSING_BRACKETED_SIGN_OFF.search(text)
        if place == 0 and bracketed and not re.search(CJK_LABELS, text[-20:]):
            # "（山田太郎）", "（山田太郎、佐藤花子）": Japanese papers sign a report so.
            signed = re.split(r"[、・]", bracketed.group(1))
            if any(AGENCY.match(n) or n.endswith(_PLACE_ENDINGS) for n in signed):
                return []
            if _LABELLED_KIND.search(bracketed.group(1)):
                return []
            return signed
        if not (right or emphasised or announced):
            continue
        # The first paragraph set apart decides: a name, or no sign-off at all. Co-writers
        # may sign between dashes ("MINH KHÔI - THANH HÀ"), which elsewhere set a name
        # apart from its desk or place: both must then be names.
        names = clean_name(text)
        dashed = _DASHED.split(text)
        if len(dashed) > 1:
            signed = [n for part in dashed for n in clean_name(part)]
            if len(signed) == len(dashed) and all(_whole_name(n, page) for n in signed):
                return signed
        whole = all(_whole_name(n, page) for n in names)
        return names if names and whole and (announced or len(names) == 1) else []
    return _credit_after(box, page)


def _holds_prose(node: LexborNode) -> bool:
    return any(len(text_of(p)) >= _PROSE_CHARS for p in node.css("p"))


def _line_after(box: LexborNode) -> str:
    """The text of the element right after the text's container: where a site prints its
    credits under the text rather than over it."""
    after = box.next
    while after is not None and not (after.is_element_node and text_of(after)):
        after = after.next
    if after is None or in_other_posts(after):
        return ""
    # A box of credits, a line each ("Текст: A, B" over "Редактор: C"): its first.
    first = after.css_first("p, li")
    return text_of(first) if first is not None and text_of(first) else text_of(after)


def _credit_after(box: LexborNode, page: Page) -> list[str]:
    """The writers a line of its own right after the text's container announces ("Door
    Sanne Kroon & Jeroen van Dam", "By Jane Doe", "Аутор: Јелена Станковић")."""
    text = _line_after(box)
    if len(text) >= 60 or (BY_CHUNK.match(text) or WRITER_LABEL.match(text)) is None:
        return []
    names = clean_name(text)
    return names if names and all(_whole_name(n, page) for n in names) else []


_DASHED = re.compile(r"\s+[-–]\s+")


def opening_byline(page: Page) -> list[str]:
    """The writer a paragraph of its own opening the text announces, wholly in bold or
    italics ("<p><strong>By Rehana Ali</strong></p>"): the byline of a site that declares
    only its house account."""
    box = _text_box(page)
    first = next((c for c in box.iter() if text_of(c)), None) if box is not None else None
    if first is None or first.tag != "p":
        return []
    text = text_of(first)
    if not _set_apart(first, text):
        return []
    # ... or closing a standfirst set so ("… cuts by stealth. By KATE SHERWOOD, Municipal
    # Correspondent").
    byline = _LAST_SENTENCE.split(text)[-1]
    if len(byline) < 60 and BY_CHUNK.match(byline) is not None:
        names = clean_name(byline)
        return names if names and all(_whole_name(n, page) for n in names) else []
    # ... or a name in a chain of fields with the day ("Dr Sahr Joe Kamanda: Sierra Leone
    # Telegraph: 12 June 2024:"), the byline of a site that runs it as the text's first line.
    fields = [f.strip() for f in text.split(":")]
    if len(text) < 120 and len(fields) > 2 and any(TEXT_DATE.search(f) for f in fields[1:]):
        names = clean_name(fields[0])
        if len(names) == 1 and _whole_name(_TITLE.sub("", names[0]), page):
            return names
    return []


_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=\S)")
# A doctor's or professor's title before the name, with or without its full stop.
_TITLE = re.compile(r"^(?:(?:Dr|Prof)\.?\s+)+")


def _whole_name(name: str, page: Page) -> bool:
    return (
        2 <= len(name.split()) <= 3
        and person_like(name)
        and plausible(name)
        and spelled_as_name(name)
        and not common_words(name, page.text)
    )


# A wire agency's dateline opening the text ("BERLIN (dpa) -", "WASHINGTON (AP) —",
# "Paris (AFP/Reuters) :"), and its credit closing the text ("... sagte ein Sprecher. (dpa)",
# "... sagte ein Sprecher. dpa/lno").
_DATELINE = re.compile(
    r"^(?:[^\W\d_][^\W\d_.\s/'-]*(?:[\s/'-]+[^\W\d_]+){0,3}\.?"
    # ... the day after the place ("KUALA LUMPUR, 12 Mac (Bernama) --", "NEW DELHI, March
    # 12 (PTI):"), or no place at all ("(Adnkronos) - Uno sciame ...").
    r"(?:,\s*(?:\d{1,2}\.?\s+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s+\d{1,2}))?)?"
    r"\s*\(([^()]{2,30})\)(\.?\s*[-–—:]"
    # ... or, as the church and the regional agencies write it, a full stop or nothing
    # before the text ("Hannover (epd). Die ...", "Bonn (KNA) Der ..."): only an agency's
    # name in the brackets makes that a dateline ("Anna Roth (SPD) sagte" is a sentence).
    r"|\.?\s+(?=[^\W\d_]))"
)
_CLOSING_CREDIT = re.compile(
    # The agencies in brackets may follow the editors' initials ("kle/sti (afp, dpa, rtr)").
    r"(?:^|[.!?\"“”»«]\s*)(?:[a-z]{2,4}(?:/[a-z]{2,4})*\s+)?\(([^()]{2,30})\)$"
    # ... or stand alone, after a dash ("— AFP") or a copyright sign with the site's
    # address ("© dpa/aerzteblatt.de"), or after the last sentence behind one ("…見通しだ。
    # （c）AFP").
    r"|(?:^[-–—©]?\s*|[.!?\"“”»«]\s+|[.!?。\"“”»«]\s*(?:©|[(（][cC][)）])\s*)"
    r"([\w/-]{2,20})(?:/[\w-]+\.[a-z]{2,12})?$"
)
# The text's source named on a line of its own, under the headline or after the text
# ("Quelle: dpa", "Source: AFP").
_SOURCE_LABEL = (
    r"^(?:quelle|source|fuente|fonte|fonti|źródło|zdroj|vir|izvor|kilde|källa|lähde|bron|"
    r"джерело|источник|kaynak|forrás|sursa|πηγή|sumber|来源|來源|출처|المصدر)\s*[:：]\s*"
)
# ... the page's controls may follow on the line ("Zdroj: ČTK | Vytisknout článek").
_SOURCE_LINE = re.compile(rf"{_SOURCE_LABEL}([^:：|]{{2,30}}?)\s*(?:\|[^:：]*)?$", re.IGNORECASE)
_DATELINE_CHUNKS = 8
# The same line naming the site, then its writers ("Quelle: ntv.de, Anna Roth"): a portal's
# byline, under the headline or after the text.
_SOURCE_WRITERS = re.compile(
    rf"{_SOURCE_LABEL}([^\s,()/]+(?:\s[^\s,()/]+)?)\s*(?:,\s*([^:]{{5,80}})|\(([^:()]{{5,80}})\)"
    # ... or after a slash ("Quelle: MDR/Jana Kühn").
    r"|/\s*([^:/]{5,80}))"
    # ... the agency the site's writer worked from after them ("Quelle: MDR (Anna Roth), dpa").
    r"(?:\s*,\s*[\w/-]{2,20})?$",
    re.IGNORECASE,
)


def source_writers(page: Page) -> list[str]:
    """The writers a source line names after the site ("Quelle: ntv.de, Anna Roth"),
    under the headline or closing the text; none where the line names an agency or the
    site's editors' codes ("Quelle: ntv.de, mau/dpa", which :func:`wire_credit` reads)."""
    for line in [*page.near[:_DATELINE_CHUNKS], *page.closing]:
        found = _SOURCE_WRITERS.match(line)
        writers = found.group(2) or found.group(3) or found.group(4) if found else None
        if found is None or writers is None or wire_agencies(writers):
            continue
        # The site by its address ("ntv.de", "t-online"): a chart's "Quelle: Statistisches
        # Bundesamt, eigene Berechnungen" names no writer.
        site = found.group(1).casefold()
        if not ("." in site or (site in page.host and not AGENCY.match(site))):
            continue
        names = clean_name(writers)
        if names and all(2 <= len(n.split()) <= 3 and person_like(n) for n in names):
            return names
    return []


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dated_row(holder: LexborNode) -> bool:
    """Whether ``holder`` stands in a row that shows a date beside it: a byline's row."""
    row = holder.parent
    return row is not None and _YEAR.search(text_of(row)) is not None


def _sourced(source: str) -> list[str]:
    """The agencies a source line names, after the place it was filed from where it names
    one ("المصدر: أبوظبي - وام", "Fonte: Roma - ANSA")."""
    return wire_agencies(source) or wire_agencies(_DASHED.split(source)[-1])


def wire_credit(page: Page, site_named: Callable[[str], bool]) -> list[str]:
    """The wire agencies a story credits in its dateline or at the end of its text, for
    pages that name no person: the agency is the byline of the story it wrote. A closing
    credit of the site's desk (``site_named``) with an agency's copy ("(FRANCE 24 with
    AFP)", "(Le Parisien avec AFP)") credits the agency."""
    chunks = page.near[:_DATELINE_CHUNKS]
    # "<strong>BERLIN (dpa)</strong> - ...": the dateline may end its own element.
    for i in range(len(chunks)):
        dateline = _DATELINE.match(" ".join(chunks[i : i + 2]))
        dashed = dateline is not None and dateline.group(2).strip(". ") != ""
        # Without its dash, only in the text's own first line: "Stadtrat (dpa)" alone over
        # the text is a topic's label with its source.
        if dateline and (dashed or dateline.end() <= len(chunks[i])):
            agencies = wire_agencies(dateline.group(1))
            if agencies or dashed:
                return agencies
        # "(القاهرة - رويترز)", "(서울=연합뉴스)": the place and the agency in brackets.
        bracketed = ONLY_DATELINE.match(chunks[i])
        if bracketed:
            return wire_agencies(bracketed.group(1))
        # "Quelle: dpa" in the line under the headline, where others print their byline;
        # under a picture it is the picture's source.
        source = _SOURCE_LINE.match(chunks[i])
        holder = page.near_holders[i]
        sourced = _sourced(source.group(1)) if source else []
        if sourced and not (holder and in_picture(holder)):
            return sourced
        # ... or the agency's name alone in an element of its own there, in the row of the
        # shown date ("ONA | Published: 02 Apr 2024"): letters alone elsewhere ("AP",
        # "DPA") are as often an access point or a data processing agreement.
        alone = chunks[i].strip()
        if (
            AGENCY.match(alone)
            and holder is not None
            and text_of(holder) == alone
            and not in_picture(holder)
            and _dated_row(holder)
        ):
            return [alone]
    box = _text_box(page)
    # The source line closing the text, in its container or right after it.
    for last in [*page.closing, *([_line_after(box)] if box is not None else [])]:
        source = _SOURCE_LINE.match(last)
        if source:
            return _sourced(source.group(1))
        closing = _CLOSING_CREDIT.search(last) if len(last) < 2000 else None
        if closing:
            credit = closing.group(1) or closing.group(2)
            desk, agencies = with_agencies(credit)
            if agencies and site_named(desk):
                return agencies
            return wire_agencies(credit)
    return []

"""Main text: trafilatura on the pruned document, then block-level cleaning."""

from __future__ import annotations

import bisect
import json
import logging
import re
import warnings
from collections.abc import Callable, Iterable
from copy import copy

import trafilatura
from lxml import etree
from selectolax.lexbor import LexborHTMLParser, LexborNode
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

from .. import readability_gate, xpath_guard
from ..blocks import (
    CREDIT,
    CREDIT_MARKS,
    is_credit_line,
    is_furniture_block,
    is_furniture_line,
    is_furniture_norm,
    normalise,
    strip_inline_furniture,
)
from ..dategrammar import TEXT_DATE
from ..dom import MARK, Unit, ancestors, text_units, text_width, text_words

log = logging.getLogger(__name__)

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


def _flat(element: etree._Element) -> str:
    # <lb/> is trafilatura's <br>: without a space the words on both sides would merge.
    for br in element.iter("lb"):
        br.tail = " " + (br.tail or "")
    return " ".join("".join(element.itertext()).split())


# What trafilatura's tree writes the text's blocks as.
_TEXT_BLOCKS = frozenset({"p", "head", "list", "table", "quote", "code", "graphic"})
# Containers its fallback extractors leave around those blocks.
_CONTAINERS = frozenset({"div", "section", "article", "main"})


def _holds_blocks(element: etree._Element) -> bool:
    return any(child.tag in _TEXT_BLOCKS or child.tag in _CONTAINERS for child in element)


def _blocks_from_body(body: etree._Element) -> list[str]:
    blocks: list[str] = []
    for child in body:
        tag = child.tag
        if tag in _CONTAINERS and _holds_blocks(child):
            # A wrapper kept by the fallback extractors (a CMS that sets its paragraphs
            # apart with <br>s only): flattened whole, its paragraphs would run together.
            lead = " ".join((child.text or "").split())
            if lead:
                blocks.append(lead)
            blocks.extend(_blocks_from_body(child))
            text = ""
        elif tag == "list":
            items = [_flat(item) for item in child.iter("item")]
            text = "\n".join(f"- {item}" for item in items if item)
        elif tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = [_flat(cell) for cell in row.iter("cell")]
                rows.append(" | ".join(c for c in cells if c))
            text = "\n".join(r for r in rows if r)
        elif tag == "graphic":
            text = ""
        else:
            text = _flat(child)
        if text:
            blocks.append(text)
        # Loose text after an element (an <h2> followed by bare text and <br>s, no <p>)
        # is the element's tail in trafilatura's tree: it is article text too.
        tail = " ".join((child.tail or "").split())
        if tail:
            blocks.append(tail)
    return blocks


def trafilatura_options(url: str | None, fast: bool) -> Extractor:
    """The options :func:`trafilatura_blocks` runs trafilatura with, as ``bare_extraction``
    would build them from its arguments; built once for each ``fast`` and copied for each
    page (reading trafilatura's settings costs a page as much as its tree's copy)."""
    options = copy(_OPTIONS[fast])
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


# Its tree is all that is read: a text output format spares the plain-text rendering that
# the "python" format adds.
_OPTIONS = {
    fast: Extractor(
        output_format="txt", fast=fast, comments=False, tables=True, with_metadata=False
    )
    for fast in (False, True)
}


def trafilatura_blocks(html: str, url: str | None, fast: bool) -> list[str]:
    """trafilatura's text blocks of ``html``."""
    with warnings.catch_warnings(), readability_gate.gated(), xpath_guard.gated():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, options=trafilatura_options(url, fast))
    if doc is None:
        return []
    body = getattr(doc, "body", None)
    if body is None:
        return []
    if len(body):
        return _blocks_from_body(body)
    text = xmltotxt(body, include_formatting=False)
    return [line.strip() for line in text.split("\n") if line.strip()]


def clean_blocks(
    blocks: list[str],
    *,
    title: str | None,
    drop_phrases: tuple[str, ...] = (),
    template: frozenset[str] = frozenset(),
    furniture: frozenset[str] = frozenset(),
    headings: Iterable[str] = (),
) -> list[str]:
    """Drop furniture, template and repeated blocks; keep the order of the rest.

    ``furniture`` holds normalised texts of things we know are not body text on this page
    (the headline, the byline, the date line), removed only near the top. ``headings``
    are the headline's other spellings (its line with the kicker, the headline without
    it): where the title is neither, the body's blocks still spell one of them.
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
        if not kept and (norm == title_norm or norm in furniture or _is_byline(norm, furniture)):
            continue
        # The article's header (a standfirst, then the date line, the reading time, an
        # affiliate notice) runs until the first full paragraph.
        heading = (
            heading
            and len(kept) < _HEADER_BLOCKS
            and len(norm.split()) < _PARAGRAPH_WORDS
            and prose < _HEADER_PROSE
        )
        if heading and _is_header_debris(norm):
            continue
        kept.append(text)
        if heading and text_width(norm) >= _PROSE_WIDTH:
            prose += 1
    # The trailing prompts go first: a pitch closing the page marks the run of furniture
    # before it.
    return [text for text in _drop_trailing_prompts(kept) if not _is_newsletter_pitch(text)]


# A line this long before its closing credit is a paragraph (a slideshow's or a gallery's
# text set as the picture's caption), not a caption: the credit goes, the text stays.
_CAPTIONED_WORDS = 25
# The credit is at most this many characters from the line's end: only that tail is searched.
_CREDIT_TAIL = 120
_PROSE_END = re.compile(r"[.!?。！？…।؟\"”»)]$")


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
    if text_words(before) < _CAPTIONED_WORDS or not _PROSE_END.search(before):
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
        if len(norm.split()) >= _LINE_WORDS:
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


_HEADER_DEBRIS = re.compile(
    r"^(?:by|posted|published|updated|last\s+updated|(?:estimated\s+)?reading\s+time)\b|"
    # The same labels in the languages the date search reads ("Publié le", "Aktualisiert
    # am"): what is left of a date line once its <time> element is gone.
    r"^(?:publiée?|mis\s+à\s+jour|veröffentlicht|aktualisiert|publicad[oa]|actualizad[oa]|"
    r"atualizad[oa]|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt|publicerad|"
    r"uppdaterad|publisert|oppdatert|publiceret|opdateret|opublikowano|zaktualizowano|"
    r"publikováno|aktualizováno|опубликовано|обновлено)\b|"
    r"\b\d+\s+min(?:ute)?s?\s+read\b|^min(?:ute)?s?\s+read$|^\d[\d,.]*(?:\s+(?:views|reads))?$"
)
# Disclosures set above or below the text: "we may earn a commission", "affiliate links".
# A bare "commission" is news vocabulary ("the European Commission"): only earning one is.
_COMMISSION = (
    r"(?:earns?|earned|receives?|received|makes?|gets?)\s+(?:an?\s+)?(?:small\s+)?"
    r"(?:affiliate\s+)?commissions?|affiliate\s+commissions?"
)
_DISCLOSURE = re.compile(rf"\b(?:affiliate\s+links?|{_COMMISSION}|paid\s+promotion)\b")


def _is_header_debris(norm: str) -> bool:
    """A date line, reading time, view count or affiliate notice in the article header."""
    if len(norm) <= 60 and (_HEADER_DEBRIS.search(norm) or TEXT_DATE.search(norm)):
        return True
    return len(norm.split()) <= 60 and _DISCLOSURE.search(norm) is not None


# Prompts that close an article page rather than its text: newsletter and follow prompts,
# disclosures, author-box labels, donation and copyright lines.
_PROMPT = re.compile(
    r"\b(?:subscribe[sd]?|sign\s+up|inbox|follow\s+(?:us|me)|share\s+(?:this|it)|pin\s+it|"
    rf"disclaimer|disclosure|affiliate\s+links?|{_COMMISSION}|written\s+by|reviewed\s+by|"
    r"about\s+the\s+authors?|author\s+page|all\s+rights\s+reserved|copyright|donate|patreon|"
    r"sponsorship|editorial\s+(?:process|guidelines|policy|standards)|work\s+with\s+us)\b|"
    # An author box's label alone on its line.
    r"^\W*(?:the\s+)?authors?\W*$",
    re.IGNORECASE,
)
# The calls a page makes to its reader, in the languages of the press. Each is addressed by
# its own wording: an imperative with the site or the reader in it ("Folgen Sie uns",
# "Síguenos", "Abonnez-vous", "Zapraszamy do subskrypcji"), a question about the site's own
# things ("Kennt ihr schon unseren ...?", "Gefällt dir unser Magazin?"), a request for a
# comment or the reader's basket. A report tells of people who follow, subscribe or
# donate in the third person: none of these forms.
_CALL = re.compile(
    r"\b(?:"
    # Follow us, or the author.
    r"folg(?:en\s+sie|e|t)\s+(?:uns|mir)|"
    r"(?:kannst|könnt|können)\s+(?:du\s+|ihr\s+|sie\s+)?(?:uns|mir)\s+(?:\w+\s+){0,2}auf\s+"
    r"(?:\w+\s+){1,4}folgen|"
    r"suivez[- ](?:nous|moi)|suis[- ](?:nous|moi)|retrouvez[- ]nous|rejoignez[- ]nous|"
    r"s[ií]g(?:ue|a)(?:nos|me)|[úu]nete\s+a|seguici|seguiteci|seguimi|siga[- ](?:nos|me)|"
    r"segue[- ](?:nos|me)|acompanhe[- ]nos|volg\s+(?:ons|mij|me)|"
    r"obserwuj(?:cie)?\s+(?:nas|mnie)|śledź(?:cie)?\s+(?:nas|mnie)|dołącz\s+do\s+nas|"
    r"följ\s+(?:oss|mig)|følg\s+(?:oss|os|meg|mig)|sledujte\s+(?:n[aá]s|mě)|"
    r"(?:bizi|beni)\s+takip\s+edin|подписывайтесь|следите\s+за\s+(?:нами|мной)|"
    # Subscribe, sign up, download the app.
    r"abonnieren\s+sie|(?:jetzt|hier)\s+(?:abonnieren|anmelden|registrieren|bestellen)|"
    r"registrieren\s+sie\s+sich|melden\s+sie\s+sich\s+(?:jetzt\s+|hier\s+)?(?:an|für)|"
    r"abonnez[- ]vous|abonne[- ]toi|inscrivez[- ]vous|inscris[- ]toi|"
    r"suscr[ií]bete|suscr[ií]base|reg[ií]strate|iscriviti|abbonati\s+(?:ora|subito|a|al)|"
    r"assine\s+(?:já|agora|a\s+nossa|o\s+nosso)|inscreva[- ]se|subscreva|"
    r"abonneer\s+(?:je|nu|u)|schrijf\s+je\s+(?:nu\s+)?in|meld\s+je\s+(?:nu\s+)?aan|"
    r"zapisz\s+się|zaprenumeruj|subskrybuj|zapraszamy\s+(?:też\s+|także\s+|również\s+)?do\s+"
    r"(?:subskrypcji|prenumeraty|lektury|słuchania|oglądania)|prenumerera\s+(?:på|nu)|"
    r"tilmeld\s+dig|meld\s+deg\s+på|přihlaste\s+se\s+k\s+odběru|předplaťte|abone\s+olun?|"
    r"подпишитесь|"
    # Support us, donate.
    r"unterstütze(?:n\s+sie)?\s+(?:uns|unser)|(?:jetzt|hier)\s+spenden|spenden\s+sie|"
    r"soutenez[- ]nous|soutenez\s+notre|faites\s+un\s+don|ap[oó]yanos|haz\s+una\s+donaci[oó]n|"
    r"sostienici|sostieni\s+il\s+nostro|fai\s+una\s+donazione|apoie\s+(?:o\s+nosso|a\s+nossa)|"
    r"steun\s+ons|wesprzyj\s+nas|stöd\s+oss|støtt?\s+(?:oss|os)|podpořte\s+n[aá]s|"
    r"поддержите\s+нас|"
    # The site asking about its own things.
    r"(?:(?:kennt\s+ihr|kennst\s+du|kennen\s+sie)\s+(?:schon\s+|bereits\s+)?unser|"
    r"gef[äa]llt\s+(?:dir|euch|ihnen)\s+unser|connaissez[- ]vous\s+(?:déjà\s+)?not|"
    r"(?:ya\s+)?conoces\s+nuestr|conosci\s+(?:già\s+)?(?:il\s+|la\s+)?nostr|"
    r"j[aá]\s+conhece\s+(?:o\s+|a\s+)?noss|ken\s+je\s+(?:al\s+)?onze|znasz\s+(?:już\s+)?nasz)"
    r"\w*|"
    r"(?:did\s+you\s+)?(?:enjoy(?:ed)?|like[ds]?|love[ds]?)\s+(?:this\s+|our\s+)?"
    r"(?:article|story|post|recipe|podcast)\s*\?|"
    # A comment, the basket.
    r"hinterlasse(?:n\s+sie)?\s+(?:\w+\s+){0,3}kommentar|schreib(?:t|en\s+sie)?\s+(?:es\s+)?uns\s+"
    r"in\s+die\s+kommentare|laissez(?:[- ]nous)?\s+un\s+commentaire|d[ée]janos\s+(?:un|tu)\s+"
    r"comentario|lascia(?:teci)?\s+un\s+commento|deixe\s+(?:o\s+)?(?:seu|um)\s+coment[aá]rio|"
    r"laat\s+een\s+reactie\s+achter|zostaw\s+komentarz|let\s+us\s+know\s+in\s+the\s+comments|"
    r"add\s+(?:the\s+|all\s+|these\s+)?(?:ingredients|items?|products?)\s+to\s+(?:your\s+)?"
    r"(?:basket|cart|shopping\s+list)|in\s+den\s+warenkorb|ajouter\s+au\s+panier|"
    r"a[ñn]adir\s+al\s+carrito|aggiungi\s+al\s+carrello"
    r")(?!\w)",
    re.IGNORECASE,
)
# A click asked for: alone on its line, a control ("Kommentare lesen, hier klicken"); in a
# paragraph, a pointer to more of the story ("For the full list of candidates, click here.").
_CLICK = re.compile(
    r"\b(?:hier\s+klicken|klicken\s+sie\s+hier|click\s+here|cliquez\s+ici|haz\s+clic\s+aqu[ií]|"
    r"clicca\s+qui|clique\s+aqui|klik\s+hier|kliknij\s+(?:tutaj|tu))(?!\w)",
    re.IGNORECASE,
)
# Newsletters by name: news tells of them too ("the council's newsletter"), so a line naming
# one is a prompt only when it speaks to the reader or as the site.
_NEWSLETTER = re.compile(
    r"\b(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|infolettre|lettre\s+d['’]information)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Subscriptions and the site's editions: service news speaks to the reader about other
# people's ("the rail pass comes as a subscription only; you can cancel it monthly"), so only
# the site speaking of its own makes a prompt of them.
_SUBSCRIPTION = re.compile(
    r"\b(?:abo|abonnement|suscripci[oó]n|abbonamento|assinatura|subskrypcj\w+|prenumerat\w+|"
    r"předplatné|e-?paper)(?!\w)",
    re.IGNORECASE,
)
_NOUN_ALONE_WORDS = 3
# The reader, in the pronouns of those languages (English lines are :data:`_PROMPT`'s). The
# German "Sie" and "Ihr" are the reader's only inside a sentence (opening one they may be
# "she", "they", "their").
_YOU = re.compile(
    r"\b(?i:du|dich|dir|dein\w*|euch|eu(?:er|re[mnrs]?)|vous|votre|vos|tu|toi|tú|ti|"
    r"tus|usted(?:es)?|vuestr[oa]s?|vosotros|tuo|tua|tuoi|tue|voi|vostr[oaie]|você|vocês|teu|"
    r"jij|jouw|jullie|uw|twój|twoja|twoje|wasz\w*|ditt|dina|deg|vás|váš|siz|sizin|вы|ваш\w*)"
    r"(?!\w)|Ihnen\b|(?<=[\w,] )(?:Sie|Ihr\w*)\b"
)
# The site speaking of itself: "we" and "our", never "us" (a report's "wie uns der
# Bürgermeister sagte", "según nos confirmaron", "vertelt ons").
_OURS = re.compile(
    r"\b(?i:wir|unser\w*|notre|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|wij|onze|nasz\w*|"
    r"zapraszamy|polecamy|vår|våra|vores|náš|naš\w*|bizim|наш\w*)(?!\w)"
)
# A quotation of four words or more: a line quoting someone is the story's, whatever the
# words it quotes.
_SPEECH = re.compile(r"[\"„“”«»]\s*(?:[^\"„“”«»\s]+\s+){3,}[^\"„“”«»]*[\"„“”«»]")
_PROMPT_WORDS = 80
# A closing line of this many words or more, ending as a sentence ends, is prose.
_SENTENCE_WORDS = 4
# The same words are everyday news vocabulary ("residents can sign up at the town hall",
# "the copyright case"): past a line's length, a prompt speaks to the reader or as the site.
_PROMPT_ALONE_WORDS = 10
_ADDRESS = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|us|[Oo]ur|[Ww]e)\b|©")
# An author's bio: a name, then what the person does ("Jane Roe is a freelance writer and
# editor of ...").
# The name is capitalised words (case-sensitive: "The minister was the head of ..." is news).
_BIO = re.compile(
    r"^\(?(?!(?:The|A|An|This|That|These|Those|It|He|She|They|His|Her|Their)\s)"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?i:(?:is|was|has\s+been|serves\s+as|works\s+as)\s+"
    r"(?:a|an|the|our)\s+(?:[\w,&-]+\s+){0,8}?(?:writer|editor|journalist|reporter|"
    r"contributor|author|columnist|correspondent|blogger|founder|co-founder|ceo|cto|cfo|"
    r"director|manager|executive|specialist|consultant|analyst|strategist|marketer|attorney|"
    r"lawyer|physician|dietitian|nutritionist|coach|trainer|professor|researcher|designer|"
    r"developer|engineer|expert|president|partner|associate|lead|head|advis[eo]r|creator|"
    r"planner|therapist|photographer|educator|teacher)\b)"
)
_BIO_WORDS = 150
# An author box's label, alone on its line, in the languages of the press ("Über die
# Autorin", "Sobre el autor", "Об авторе"): the lines after it to the text's end are the
# author's bio, whatever they say. Only labels saying "about": a review's closing section
# headed "Der Autor" or "L'auteur" is its own text.
_AUTHOR_BOX = re.compile(
    r"^\W*(?:about\s+the\s+authors?|"
    r"über\s+(?:den|die)\s+autor(?:in|en|innen)?|zu[mr]\s+autor(?:in)?|"
    r"à\s+propos\s+(?:de\s+l['’]|des\s+)auteur(?:e|rice)?s?|"
    r"(?:sobre|acerca\s+de)\s+(?:el|la|los|las|o|a|os|as)\s+autor(?:a|es|as)?|"
    r"sull['’]autor(?:e|ice)|sugli\s+autori|"
    r"over\s+de\s+(?:auteur|schrijver)s?|"
    r"o\s+autor(?:ze|ce|ach|ovi)|om\s+(?:författaren|forfatteren|skribenten)|"
    r"a\s+szerzőről|kirjoittajasta|об\s+авторе|про\s+автора|об\s+авторах|"
    r"yazar\s+hakkında|tentang\s+(?:penulis|pengarang)|về\s+tác\s+giả|"
    r"σχετικά\s+με\s+(?:τον|την)\s+συγγραφέα|(?:نبذة\s+)?عن\s+(?:الكاتب|الكاتبة|المؤلف)|"
    r"על\s+(?:הכותב|הכותבת)|लेखक\s+के\s+बारे\s+में|"
    r"著者(?:について|紹介|プロフィール)|筆者(?:について|紹介|プロフィール)|"
    r"关于作者|作者简介|作者簡介|關於作者|(?:기자|필자|저자)\s*소개"
    r")\W*$",
    re.IGNORECASE,
)
# An author's bio under its label is a paragraph or two.
_BIO_BLOCKS = 3
_LINE_WORDS = 12
_MENU_WORDS = 6
_MENU_ITEMS = 3
# Never more than this share of the text goes as trailing prompts.
_TRAILING_SHARE = 0.3


def _drop_trailing_prompts(blocks: list[str]) -> list[str]:
    """Cut the run of prompts, short labels and closing lines that ends the text, when it
    holds a prompt, or a run of menu-like items.

    A label or two alone (a last sub-heading, a signature) stays: only a run with a
    newsletter, follow or donation prompt, a disclosure, an author-box label or an author's
    bio (any lines under an author box's label, :data:`_AUTHOR_BOX`) is the page's
    furniture (a short closing line in it, "All loans are made by X.", goes with it), or
    three or more very short lines (a site menu, contact lines). Above
    the run's first prompt, a short sentence is the text's last paragraph, not a label: it
    stays, with what comes before it.
    """
    start = len(blocks)
    first_prompt = None
    box = _author_box(blocks)
    while start > 1:
        text = blocks[start - 1]
        words = text_words(text)
        if (
            (words <= _PROMPT_WORDS and _is_prompt(text, words))
            or (words <= _BIO_WORDS and _BIO.match(text))
            or (box is not None and start - 1 >= box and words <= _BIO_WORDS)
        ):
            first_prompt = start - 1
        elif words > _LINE_WORDS or text.startswith("- "):
            break
        start -= 1
    prompted = first_prompt is not None
    # Above the first prompt, a box's label goes with it; a sentence is the text's last.
    while first_prompt is not None and start < first_prompt and _is_sentence(blocks[start]):
        start += 1
    if not prompted:
        start = len(blocks)
        while start > 1 and _is_menu_item(blocks[start - 1]):
            start -= 1
        if len(blocks) - start < _MENU_ITEMS:
            return blocks
    # Words in any script: counted by its spaces, a Japanese paragraph weighs one word.
    total = sum(text_words(b) for b in blocks)
    removed = sum(text_words(b) for b in blocks[start:])
    return blocks[:start] if removed <= _TRAILING_SHARE * total else blocks


def _author_box(blocks: list[str]) -> int | None:
    """The index of an author box's label (:data:`_AUTHOR_BOX`) with no more than a bio's
    few blocks after it, at the end of the text; None when there is none."""
    for index in range(len(blocks) - 1, max(len(blocks) - _BIO_BLOCKS - 2, 0), -1):
        if len(blocks[index]) < 60 and _AUTHOR_BOX.match(blocks[index]):
            return index
    return None


# A newsletter pitch set between paragraphs: it names the newsletter, asks the reader to sign
# up and speaks to them ("Sign up for our newsletter", "... delivered to your inbox").
# Reported news ("residents can sign up for the council's newsletter") does not speak to the
# reader; a point of a list ("- subscribe to industry newsletters") is advice.
_NEWSLETTER_PITCH = re.compile(
    r"^(?!-\s)(?=.*\bnewsletters?\b)(?=.*\b(?:sign(?:ing)?\s+up|subscrib(?:e|ing)|join)\b)"
    r"(?=.*\b(?:you|your|our)\b)",
    re.IGNORECASE | re.DOTALL,
)
_PITCH_WORDS = 60


def _is_newsletter_pitch(text: str) -> bool:
    # The pattern's lookaheads scan the whole block: only a block naming a newsletter is
    # searched.
    return (
        len(text.split()) <= _PITCH_WORDS
        and "newsletter" in text.casefold()
        and _NEWSLETTER_PITCH.match(text) is not None
    )


def _is_prompt(text: str, words: int) -> bool:
    if _PROMPT.search(text) is not None:
        return words <= _PROMPT_ALONE_WORDS or _ADDRESS.search(text) is not None
    return _is_call(text, words)


def _is_call(text: str, words: int) -> bool:
    """A call to the reader in any of the press's languages (:data:`_CALL`), a short line
    asking for a click, a line naming a newsletter that speaks to the reader or as the site,
    or one naming a subscription that speaks as the site; never a line quoting someone."""
    if _SPEECH.search(text) is not None:
        return False
    if _CALL.search(text) is not None:
        return True
    if words <= _LINE_WORDS and _CLICK.search(text) is not None:
        return True
    if words <= _NOUN_ALONE_WORDS:
        return _NEWSLETTER.search(text) is not None or _SUBSCRIPTION.search(text) is not None
    if _NEWSLETTER.search(text) is not None:
        return _YOU.search(text) is not None or _OURS.search(text) is not None
    return _SUBSCRIPTION.search(text) is not None and _OURS.search(text) is not None


def _is_sentence(text: str) -> bool:
    return text_words(text) >= _SENTENCE_WORDS and _PROSE_END.search(text) is not None


def _is_menu_item(text: str) -> bool:
    return len(text.split()) <= _MENU_WORDS and not text.startswith("- ") and text[-1] not in ".?!:"


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


_BYLINE = re.compile(
    r"^(?:by|posted|written|published|updated|last\s+updated|reviewed|from)\b|"
    r"\b\d+\s+min(?:ute)?s?\s+read\b"
)


def _is_byline(norm: str, names: frozenset[str]) -> bool:
    """A short line above the text naming the author or the date: header debris."""
    if len(norm) > 120:
        return False
    if _BYLINE.search(norm) or _is_date_line(norm):
        return True
    return any(name and name in norm for name in names)


def _is_date_line(norm: str) -> bool:
    """A date with a few words around it ("Updated March 31, 2021 at 10:00") or among
    fields set apart by bars ("Published: 05.01.2020 | Filed under: ... | Tags: ..."); a
    sentence holding a date ("The airline joins the alliance on March 31, 2021.") is the
    text's first paragraph."""
    found = TEXT_DATE.search(norm)
    if found is None:
        return False
    if any(bar in norm for bar in _FIELD_BARS):
        return True
    return len(norm[: found.start()].split()) + len(norm[found.end() :].split()) < _LINE_WORDS


_FIELD_BARS = ("|", "·", "•")


def _remove_phrase(text: str, phrase: str) -> str:
    pattern = re.compile(r"\s+".join(re.escape(w) for w in phrase.split()), re.IGNORECASE)
    text = pattern.sub("", text)
    return text if re.search(r"\w", text) else ""


_WORD = re.compile(r"\w+")
# Not recovered: labels and controls, captions, and table cells (a table trafilatura left
# out is a product comparison widget more often than the article's own table).
_NOT_TEXT = frozenset(
    {"label", "button", "option", "form", "nav", "aside", "footer", "figcaption", "td", "th"}
)
_LOOSE_TEXT = frozenset({"div", "section", "article", "main", "span"})
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def recover_skipped(blocks: list[str], units: list[Unit]) -> list[str]:
    """Put back the article text trafilatura skipped between paragraphs it kept.

    trafilatura drops whole elements on class names ("embed", "slide", "widget"), pull
    quotes set in <figure>, and list items it takes for navigation. Text of the pruned page
    that sits inside the element holding what trafilatura returned, between two passages
    it returned, that reads as prose and is not a link list, is the article's own: it goes
    back in its place.
    """
    placed = _place(blocks, units)
    if placed is None:
        return blocks
    container = _container(units, placed)
    if container is None:
        return blocks
    within = _inside(container)
    inside = [
        i
        for i, where in enumerate(placed)
        if where is not None and where >= 0 and within(units[i].node)
    ]
    if len(inside) < 2:
        return blocks
    inserts: dict[int, list[str]] = {}
    # Text at the top of the article's element, above the first passage returned (a
    # summary list, a lead set apart), goes in before that passage.
    first = next(i for i in range(len(units)) if within(units[i].node))
    start = placed[inside[0]]
    after = start - 1 if start is not None else None
    for i in range(first, inside[-1]):
        if i == inside[0]:
            after = start
            continue
        where = placed[i]
        if where is not None:
            if where >= 0:
                after = where
            continue
        unit = units[i]
        if after is None or not within(unit.node):
            continue
        if unit.node.tag in _SUBHEADINGS:
            # A sub-heading comes back with the text it introduces, not alone (card titles).
            nxt = placed[i + 1] if i + 1 < len(placed) else -1
            wanted = nxt is not None or _recoverable(units[i + 1])
            wanted = wanted and not is_furniture_block(unit.text) and len(unit.text) < 150
        else:
            wanted = _recoverable(unit)
        if wanted:
            text = f"- {unit.text}" if unit.node.tag == "li" else unit.text
            inserts.setdefault(after, []).append(text)
    _recover_trailing(units, placed, inside[-1], within, inserts.setdefault(len(blocks) - 1, []))
    lead = _lead(blocks, units, placed, first, container)
    for index, text in reversed(lead):
        # Before what the article's element adds at the same place: the lead is above it.
        inserts.setdefault(index, []).insert(0, text)
    if not any(inserts.values()):
        return blocks
    merged: list[str] = list(inserts.get(-1, ()))
    for index, block in enumerate(blocks):
        merged.append(block)
        merged.extend(inserts.get(index, ()))
    return merged


# A lead is a paragraph or two: more text between the headline and the article's element is
# a column of other matter.
_LEAD_UNITS = 3
_LEAD_WORDS = 120


def _lead(
    blocks: list[str],
    units: list[Unit],
    placed: list[int | None],
    first: int,
    container: LexborNode,
) -> list[tuple[int, str]]:
    """The lead set apart from the article's element: prose between the headline and that
    element that trafilatura left out (a standfirst in the article's header, a teaser
    paragraph), when headline and text share an element short of the page's <body>. Each
    with the index of the block it follows (-1: none), in the page's order: after the
    headline, when that was returned."""
    head = next((i for i in range(first) if units[i].node.attributes.get(MARK) is not None), None)
    if head is None:
        return []
    heads = {a.mem_id for a in ancestors(units[head].node)}
    shared = next((a for a in (container, *ancestors(container)) if a.mem_id in heads), None)
    if shared is None or shared.tag in {"body", "html"}:
        return []
    found: list[tuple[int, str]] = []
    after = -1
    for i in range(head, first):
        unit, where = units[i], placed[i]
        if where is not None:
            # A block the header's line is all of (the headline, a date line), not the
            # text's first paragraph that repeats the headline's words.
            if where >= 0 and text_words(blocks[where]) <= 2 * text_words(unit.text):
                after = max(after, where)
        elif i > head and _lead_like(unit):
            found.append((after, unit.text))
    if not found or len(found) > _LEAD_UNITS:
        return []
    if sum(text_words(text) for _after, text in found) > _LEAD_WORDS:
        return []
    return found


def _lead_like(unit: Unit) -> bool:
    """Prose ended as a sentence is: not a list's item (the header's facts, "Prep 15 min",
    "1 hr ago"), a label, a tagline, nor an author's bio."""
    text = unit.text.strip()
    return (
        unit.node.tag != "li"
        and _recoverable(unit)
        and _PROSE_END.search(text) is not None
        and _BIO.match(text) is None
    )


def _recover_trailing(
    units: list[Unit],
    placed: list[int | None],
    last: int,
    within: Callable[[LexborNode], bool],
    out: list[str],
) -> None:
    """Prose trafilatura cut off after the last passage it returned, inside the article's
    element: taken up to the first line that does not read as the article's."""
    for i in range(last + 1, len(units)):
        unit = units[i]
        if not within(unit.node):
            break
        if placed[i] is not None:
            continue
        if unit.node.tag in _SUBHEADINGS:
            nxt = units[i + 1] if i + 1 < len(units) else None
            wanted = (
                nxt is not None
                and placed[i + 1] is None
                and _trailing_prose(nxt)
                and not is_furniture_block(unit.text)
                and len(unit.text) < 150
            )
        else:
            wanted = _trailing_prose(unit)
        if not wanted:
            break
        out.append(f"- {unit.text}" if unit.node.tag == "li" else unit.text)


def _trailing_prose(unit: Unit) -> bool:
    return _recoverable(unit) and (
        unit.node.tag == "li" or text_words(unit.text) >= _TRAILING_WORDS
    )


_TRAILING_WORDS = 15


# How far ahead of the last long line placed a short line may be found.
_NEAR = 400


def _place(blocks: list[str], units: list[Unit]) -> list[int | None] | None:
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


def _container(units: list[Unit], placed: list[int | None]) -> LexborNode | None:
    """The smallest element holding most of the text trafilatura returned: stray lines it
    also took from a menu or the footer must not stretch the span to recover from.

    It is an ancestor of the largest returned unit; each unit's text is counted where its
    own ancestor line joins that one (memoised, so deep pages stay linear)."""
    covered = [
        u for u, where in zip(units, placed, strict=True) if where is not None and where >= 0
    ]
    if not covered:
        return None
    biggest = max(covered, key=lambda u: len(u.text))
    chain = [biggest.node, *ancestors(biggest.node)]
    rank = {node.mem_id: i for i, node in enumerate(chain)}
    joined = [0] * len(chain)
    for unit in covered:
        joined[_join(unit.node, rank)] += len(unit.text)
    total = sum(joined)
    running = 0
    for i, node in enumerate(chain):
        running += joined[i]
        if i and running >= 0.8 * total:
            return node
    return None


def _join(node: LexborNode, rank: dict[int, int]) -> int:
    """Index in the chain ``rank`` of the first of ``node`` and its ancestors on it; the
    nodes walked through are added to ``rank`` so later walks stop early."""
    path: list[int] = []
    current: LexborNode | None = node
    while current is not None and current.mem_id not in rank:
        path.append(current.mem_id)
        current = current.parent
    found = rank[current.mem_id] if current is not None else max(rank.values())
    for key in path:
        rank[key] = found
    return found


def _inside(container: LexborNode) -> Callable[[LexborNode], bool]:
    """Membership test for ``container``'s descendants, memoised along the walked paths."""
    memo = {container.mem_id: True}

    def check(node: LexborNode) -> bool:
        path: list[int] = []
        current = node.parent
        while current is not None and current.mem_id not in memo:
            path.append(current.mem_id)
            current = current.parent
        result = memo[current.mem_id] if current is not None else False
        for key in path:
            memo[key] = result
        return result

    return check


def _mostly_in(words: list[str], grams: set[tuple[str, str, str, str]]) -> bool:
    """Most of the text's 4-word runs are in ``grams``: returned, maybe split differently."""
    own = list(zip(words, words[1:], words[2:], words[3:], strict=False))
    return bool(own) and sum(g in grams for g in own) >= 0.3 * len(own)


def _recoverable(unit: Unit) -> bool:
    """Prose or a list item: not a caption, a table cell, a label or a link list."""
    tag = unit.node.tag or ""
    if unit.in_figure or tag in _NOT_TEXT:
        return False
    size = len(unit.text)
    if unit.link_chars > 0.3 * size or is_furniture_block(unit.text):
        return False
    words = text_words(unit.text)
    if tag == "li":
        return words >= 2
    if tag in _LOOSE_TEXT:
        # Text loose in a layout element: card labels and widget lines unless long.
        return words >= 15
    return words >= 8


# Pages that render their text in the browser ship it as data: JSON-LD's articleBody, or the
# state a framework hydrates from (Next.js' __NEXT_DATA__, Nuxt's, Apollo's), often as HTML
# fragments or as a list of paragraph objects.
_STATE_SCRIPTS = 'script[type="application/json"], script#__NEXT_DATA__, script#__NUXT_DATA__'
_SENTENCE_END = re.compile(r"[.!?。！？…»\"”]\s")
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b", re.IGNORECASE)
_PROSE_WORDS = 12
_EMPTY_PAGE_WORDS = 30
_MAX_STATE_CHARS = 5_000_000


def embedded_text(tree: LexborHTMLParser, article_body: str | None, found_words: int) -> list[str]:
    """The article's text as the page embeds it in data rather than in its HTML.

    JSON-LD's ``articleBody`` first; otherwise, on a page whose HTML holds next to no text
    (``found_words``), the longest run of prose strings that share one parent in a
    framework's state (one HTML string, or the paragraphs of a block list).
    """
    if article_body and text_words(article_body) >= _PROSE_WORDS:
        return _paragraphs(article_body)
    if found_words >= _EMPTY_PAGE_WORDS:
        # Some text in the HTML: state scripts also hold the interface's messages, and
        # those would read as prose.
        return []
    best: list[str] = []
    for script in tree.css(_STATE_SCRIPTS):
        raw = script.text(deep=True)
        if len(raw) > _MAX_STATE_CHARS or len(raw) < 200:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            continue
        for run in _prose_runs(data):
            if sum(map(len, run)) > sum(map(len, best)):
                best = run
    return [p for text in best for p in _paragraphs(text)]


def _prose_runs(data: object) -> list[list[str]]:
    """Runs of prose strings, one per JSON container holding them (iteratively: state
    trees nest deep)."""
    runs: list[list[str]] = []
    stack: list[object] = [data]
    while stack:
        node = stack.pop()
        values = list(node.values()) if isinstance(node, dict) else node
        if not isinstance(values, list):
            continue
        run: list[str] = []
        for value in values:
            if isinstance(value, str):
                if _is_prose(value):
                    run.append(value)
            elif isinstance(value, dict | list):
                # A paragraph block ({"type": "paragraph", "text": "..."}) in a list of them.
                texts = (
                    [v for v in value.values() if isinstance(v, str) and _is_prose(v)]
                    if isinstance(value, dict)
                    else []
                )
                if len(texts) == 1 and isinstance(node, list):
                    run.append(texts[0])
                stack.append(value)
        if run:
            runs.append(run)
    return runs


def _is_prose(text: str) -> bool:
    return text_words(text) >= _PROSE_WORDS and (
        _SENTENCE_END.search(text + " ") is not None or _MARKUP.search(text) is not None
    )


def _paragraphs(text: str) -> list[str]:
    if _MARKUP.search(text):
        root = LexborHTMLParser(f"<body>{text}</body>").body
        units = text_units(root) if root is not None else []
        return [u.text for u in units if not u.in_figure]
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]

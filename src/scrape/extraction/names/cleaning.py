"""``clean_name``: what a byline prints, turned into the writers' names, leaving out
labels, dates, credits, desks, roles, places and style sheet text."""

from __future__ import annotations

import html
import re

from ..gazetteer import is_place
from .cjk import CJK_DOT, OPENS_TEXT, ZH_REPORTERS, cjk_byline, zh_names
from .dated import DATE_CHUNK, TIME_OR_YEAR, dated_by, without_run_on_date
from .shape import LOGIN, NOT_NAME_WORD, PARTICLES, lower_initial, person_like
from .words import (
    AGENCY,
    AND_PICTURES,
    ARABIC_WROTE,
    CJK_LABELS,
    DESK,
    GENRE,
    INDEFINITE,
    ONLY_DATELINE,
    OTHER_AND,
    OTHER_BY,
    PICTURES,
    PROFESSION,
    PUBLICATION,
    REPORTED_BY,
    ROLE_END,
    ROLE_LEAD,
    ROLE_WORDS,
    TEXT_BY,
    WRITER_LABELS,
    role_or_office,
)

# A picture credit's field after the writer's name in the same line ("Text: Karin Lindqvist
# Foto: Erik Holm"): the name ends there. Chinese writes its mark as a slash ("文／王小明
# 攝影／張大同", "图/张大同").
_PICTURE_FIELD = re.compile(
    rf"(?<=\S)\s+(?:{PICTURES}\s*[:：]|(?:{PICTURES}|图|圖)\s*[／/](?=[\u4e00-\u9fff]))",
    re.IGNORECASE,
)

_PREFIX = re.compile(
    rf"^(?:text|texte|texto|testo|tekst|teks|metin|{WRITER_LABELS}){AND_PICTURES}\s*[:：]\s*|"
    r"^(?:(?:post\s+)?(?:author|autor|auteur|autore)\s+|ein\s+)?"
    r"(?:(?:written|posted|published|reported|reporting|story|text|words|photos?|"
    r"veröffentlicht|geschrieben|erstellt|verfasst|eingestellt|zusammengestellt|artikel|"
    r"ein\s+beitrag|"
    r"publié|écrit|(?:propos\s+)?recueillis?|aufgezeichnet|publicado|escrito|pubblicato|"
    r"scritto)\s+)?"
    rf"(?:by|von|par|por|di|da|door|af|av|{OTHER_BY})\s*:?(?:\s+|$)"
    r"|^(?:(?:post\s+)?authors?|autor(?:in|en)?|auteurs?|autori?|verfasser(?:in)?|"
    r"written\s+by|byline|interview|protokoll|text|texte?|teksti|redaktion|about\s+the\s+authors?)"
    r"(?:\s*[:：]\s*|\s+)"
    rf"|^(?:{WRITER_LABELS})\s*[:：]\s*|^{ARABIC_WROTE}"
    # "本报记者 焦鹏": "this paper's reporter"; "新华社记者": the agency's.
    rf"|^(?:本报|本報|[\u4e00-\u9fff]{{2,5}}?(?=(?:记者|記者)\s*[:：]?\s*\S))?(?:{CJK_LABELS})"
    # Chinese runs the name on after the label; "기자회견" is a word of its own.
    r"(?:\s*[:：]\s*|\s+|(?=[\u4e00-\u9fff]))"
    rf"|^{TEXT_BY}|^(?:{REPORTED_BY})"
    # Who put an interview's questions ("Das Interview führte Jan Koch", "Die Fragen stellte").
    r"|^(?:(?:das\s+)?(?:interview|gespräch)\s+führten?|die\s+fragen\s+stellten?)\s+",
    re.IGNORECASE,
)

# The newsroom named as a desk, the byline when nobody is named (a bare "Staff" says less).
_DESK_WORD = re.compile(
    r"^(?:redaktion|newsdesk|news\s*desk|rédaction|redacción|redazione|redactie|redaktionen|"
    r"redaksjonen|redakcja|redakce|redakcia|redakcija|redação|redacção|redacția|redacţia|"
    r"szerkesztőség|toimitus|haber\s+merkezi|redaksi|σύνταξη)$",
    re.IGNORECASE,
)

# "Agency" before an agency's name ("Agencia EFE", "Agence AFP", "Agenzia ANSA").
_AGENCY_WORD = re.compile(
    r"^(?:agency|agencia|agence|agenzia|agência|agentur|agencja|agentura|ajans)$", re.IGNORECASE
)

# A company or an association ("Web Commerce GmbH", "Bund der Energieverbraucher e.V."): the
# byline only when nobody is named.
_LEGAL_FORM = re.compile(
    r"\b(?:(?i:gmbh|e\.\s?v|inc|ltd|llc|plc|corp|sarl)|AG|SA|S\.A|SL|S\.L|BV|NV|Oy|AB|AS|KG)\.?$"
)

# A kind of piece alone where a byline goes ("Kommentar", "Nachricht", "Opinion",
# "Análisis"): the section's label, which a list of posts prints in each row's byline.
_KIND_OF_PIECE = (
    rf"{GENRE}|nachrichte?n?|[\w-]*meldung|meinung|news|opinion|analysis|commentary|column|"
    r"review|feature|chronique|tribune|opinión|análisis|columna|crónica|reportaje|opinione|"
    r"commento|analisi|recensione|opinião|análise|coluna|crônica"
)

# What a byline area prints that is not a name: labels, dates' lead-ins, credits, the
# category of an uncategorised post.
_LABEL_WORDS = re.compile(
    r"^(?:autor|autorin|autoren|auteur|auteurs|auteur\(s\)|autore|autori|verfasser|redakteur|"
    # "Red.", the German and Swiss papers' short form of "Redaktion", read without its dot.
    r"red|"
    r"uncategori[sz]ed|unkategorisiert|allgemein|non\s+classé|sin\s+categoría|"
    r"(?:veröffentlicht|publiziert|erstellt|geschrieben|aktualisiert|publié|publicado|"
    r"pubblicato|published|posted|updated|gepubliceerd|bijgewerkt|publicerad|uppdaterad|"
    r"publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|opublikowano|"
    r"publikováno|aktualizováno|publicat|actualizat|paskelbta|atnaujinta|diterbitkan|"
    r"diperbarui|yayınlandı|güncellendi|atualizado|actualizado|aggiornato)"
    rf"(?:\s+(?:am|on|le|el|il|von|den|em|op|kl))?|interview|{PICTURES}|"
    r"datum|dátum|date|fecha|data|datë|päiväys|tarih|"
    r"publisher|herausgeber|автор|авторы|автори|аутор|аутори|редактор|редакция|редакція|"
    r"pressemitteilung|pressemeldung|press\s+release|communiqué|comunicado|"
    r"rechtsanw(?:alt|ältin)|fachanw(?:alt|ältin)|steuerberater(?:in)?|avocate?|abogad[oa]|"
    r"avvocato|attorney|lawyer|"
    rf"about\s+the|über\s+den\s+autor|neueste\s+beiträge|social\s+media|{CJK_LABELS}|"
    rf"{_KIND_OF_PIECE})$",
    re.IGNORECASE,
)

# "Author" as a word of a heading or label ("Anmerkung der Autorin", "Note de l'auteure",
# "Yazarın notu"): no word of a name.
_WRITER_NOUN = re.compile(
    r"(?<!\w)(?:authors?|autor(?:in|ka|a|e|es)?|autrice|auteure?|yazar(?:ın)?|penulis|schrijver|"
    r"författare|forfatter|автор(?:а|ка)?|аутор(?:а|ка)?|tác\s+giả|الكاتب|كاتب|نویسنده)(?!\w)",
    re.IGNORECASE,
)

# A photo or image credit ("Foto: dpa", "Photo: Jane Roe/Reuters"), never the byline.
_CREDIT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)"
    r"|^(?:fotos?|photos?|bild(?:er)?|image|credits?|quelle|source|fuente|"
    r"crédits?|illustration|grafik|фото|фотография|φωτο(?:γραφία)?|صورة|تصوير|"
    r"写真|사진|摄影|攝影|圖|图)\s*[:/©：=]"
    # The editor who saw the story through, named apart from its writer ("Penulis: Budi
    # Santoso / Editor: Siti Aminah").
    r"|^(?:editor|redaktur|editora?|redattore|editado\s+por|edited\s+by)\s*:",
    re.IGNORECASE,
)

# A site's address among a byline part's words ("Laporan wartawan Kompas.com, Budi
# Santoso": "report of Kompas.com's journalist"): no name. The address alone is the site's
# own byline.
_HOST = re.compile(r"[^\W\d_]\.(?:com|net|org|[a-z]{2})\b")

# Style sheet text read out of a byline element's <style>, or an inline style.
# Style sheet text: braces, a "property: value;" declaration, a font; a semicolon alone
# separates names ("Anna Roth; Max Weber").
_CSS = re.compile(r"[{}=<>!]|[\w-]+\s*:\s*[^;:]*;|\bfont-|^'.*'$|^\".*\"$")

_LEAD_IN = re.compile(r"^(?:\w+\s+){1,4}by:?\s+(?=[A-Z])")

# The same lead-in where the by-word is also a name's particle ("von", "di", "de"): only
# after an indefinite article ("Ein Kommentar von", "Une analyse de", "Un commento di"),
# which no name opens with ("Hans von Bülow", "Maria de Fátima Silva" are names).
_ARTICLE_LEAD_IN = re.compile(
    rf"^{INDEFINITE}\s+(?:[^\W\d_]+\s+){{1,2}}"
    r"(?:von|de|di|da|door|van|af|av)\s+(?=[^\W\d_])"
    # ... or after the kind of piece as German compounds it, which no name opens with
    # ("Gastbeitrag von", "Leserkommentar von").
    rf"|^{GENRE}\s+von\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

_ACADEMIC_TITLES = re.compile(
    r"^(?:(?:Prof|Dr|Dipl|Ing|Mag|med|phil|rer|nat|jur|dent|vet|mult|h\.\s?c)\.[\s-]*)+"
)

# The full-width comma and the enumeration comma ("田中宏昌，", "山田、佐藤") separate names in
# Chinese and Japanese bylines as the comma does elsewhere.
# "und" after a word cut at its hyphen joins two words of one name ("Presse- und
# Informationsamt der Bundesregierung"), not two names.
_SPLIT = re.compile(r"\s*(?:,|，|、|;|&|\band\b|(?<!-\s)\bund\b|\bet\b|\by\b|\|)\s*", re.IGNORECASE)

_OTHER_SPLIT = re.compile(rf"\s+(?:{OTHER_AND})\s+", re.IGNORECASE)

# Indonesian and Malay "dan", Czech and Slovak "a": also a given name ("Dan") and another
# language's article or preposition ("a"), so only in lower case between capitalised names.
_LOWER_AND = re.compile(r"\s+(?:dan|a)\s+")

# Hebrew writes "and" as a letter joined to the next word ("נועה לוי ויואב שמיר"); a given
# name may open with that letter too ("ורד"), so only between names of two words or more.
_HEBREW_AND = re.compile(r"\s+ו(?=[\u05d0-\u05ea]{2})")

_NOT_PERSON = re.compile(
    r"^(?:staff|admin|administrator|editor|editors|editorial(?:\s+(?:staff|team|board))?|"
    r"news\s*desk|web\s*desk|desk|team|guest|anonymous|unknown|contributor|correspondent|"
    # Anonymous in other languages, and Joomla's default account ("Super User").
    r"an[oó]nim[oa]|anonyme?|anonym|anonimowy|аноним|super\s*user|"
    r"contributing|.*\badmin|"
    r"reporter|email\s+the\s+author|view\s+all\s+posts|more\s+by.*|the\s+\w+\s+team|"
    r"associated\s+press|reuters|afp|ap|press\s+release|wire|newsroom|.*\bstaff|staff\s+reports?|"
    r"by|author|authors|written\s+by|posted\s+by|byline|last|updated|published|"
    # A writer's label alone, its name in the element beside it ("Text", "Teksti", "Tekst").
    r"text|texte|texto|testo|tekst|teksti|"
    # The link to the writer's page beside the name ("Full Bio", "View bio").
    r"(?:(?:full|view|read|see)\s+(?:full\s+)?)?bio(?:graphy)?)$",
    re.IGNORECASE,
)

# A picture's credit, with the agency or the photographer ("AP Foto/Martin Meissner").
_PICTURE_CREDIT = re.compile(rf"\b{PICTURES}\b", re.IGNORECASE)

# Writers in the plural are nobody in particular ("Various Authors", "Auswärtige Autoren",
# "Gastauteurs", "Autori vari").
_WRITERS = re.compile(
    r"\w*(?:authors|autoren|autorinnen|auteurs|autori|autores|autorzy|writers|"
    r"contributors)\b",
    re.IGNORECASE,
)


def _writers_in_plural(text: str) -> bool:
    """Whether a byline is only writers in the plural, a word beside them at most: a CMS's
    placeholder, where "Autoren: Anna Roth" labels the names after it."""
    words = re.sub(r"\([^()]*\)", " ", text).split()
    return ":" not in text and len(words) <= 2 and any(_WRITERS.fullmatch(w) for w in words)


_TRAILING_ROLE = re.compile(
    r"(?:\s+(?:author|authors|posts|writer|editor|contributor|staff\s+writer|"
    r"view\s+all\s+posts|more\s+posts))+$"
    # Korean and Japanese write the role after the name, with or without a space
    # ("김철수 기자", "山田太郎記者"): reporter, correspondent.
    r"|\s*(?:기자|특파원|記者|特派員)$"
    # Chinese bylines add where or how the story was reported after a slash
    # ("林宸誼／台北報導", "王小明/即时报道", "／綜合報導"): a dateline, not the name.
    r"|\s*[／/]\s*[\u4e00-\u9fff]{0,6}(?:報導|报道|報道)$",
    re.IGNORECASE,
)

# A contribution written in brackets after a name, as magazines credit a story ("Anna Roth
# (Text) und Jan Koch (Fotos)"): the words are the writer's, the pictures a credit.
_WRITING_PART = re.compile(r"text|texte|texto|testo|tekst|teksti|tekstas|szöveg", re.IGNORECASE)

_PICTURE_PART = re.compile(
    r"fotos?|photos?|bild|bilder|fotografie|photographie|fotograf[íi]a|illustrations?|"
    r"grafik|graphics?|video|kamera|camera",
    re.IGNORECASE,
)

_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")

# A clause crediting someone else's part of the story after the writer's name: who edited
# it, added reporting to it, helped with it or translated it ("Jane Doe; additional
# reporting by John Roe", "Von Anna Berg. Aus dem Englischen von Jan Ohm", "Par Claire
# Roy. Traduit par Paul Gide", "Por Ana Ruiz. Traducción: Luis Gil").
_OTHER_PART = re.compile(
    r"[\s.;,|/]*\b(?:(?:edited|editing|translated|(?:additional|further)\s+reporting|"
    r"übersetzt|traduit|traducido|traduzido|tradotto|vertaald|oversat|oversatt|"
    r"aus\s+dem\s+[^\W\d_]+(?:\s+übersetzt)?)\s+(?:by|von|par|por|da|door|af|av)\b"
    r"|(?:translation|übersetzung|mitarbeit|bearbeitung|recherche|research|traduction|traducción|traduzione|tradução|"
    r"vertaling|tłumaczenie|przekład|перевод|переклад|översättning|oversættelse|"
    r"oversettelse|käännös|çeviri)(?:\s*[:：]|\s+(?:by|von|par|por|di|de|door|af|av)\b)"
    # ... the editor in Chinese ("作者：陈晓蕾 责编：周宏", "每经记者｜王晓宇 每经编辑｜刘洁").
    r"|(?:责编|責編|责任编辑|責任編輯|[\u4e00-\u9fff]{0,3}(?:编辑|編輯))\s*[:：｜|])",
    re.IGNORECASE,
)

# The agencies' material the writer worked in, credited after the name: "(avec AFP)", "mit
# Material von dpa", "(con información de EFE)", "(with files from The Canadian Press)".
_WITH = r"(?:with|avec|con|com|mit|met)"

_WITH_BRACKETED = re.compile(rf"\s*[(（]\s*{_WITH}\s+([^()（）]+?)\s*[)）]", re.IGNORECASE)

_WITH_TRAILING = re.compile(rf"[\s,;]+{_WITH}\s+(.+?)\s*$", re.IGNORECASE)

_MATERIAL_FROM = re.compile(
    r"(?:(?:agency\s+)?material|files|reporting|information|informaci[óo]n|informações|"
    r"informations)\s+(?:from|von|de|da|des|der)\s",
    re.IGNORECASE,
)

# "agencies" unnamed, as "(avec agences)", "(mit Agenturen)", "mit Agenturmaterial" credit
# them.
_AGENCIES = re.compile(
    r"agenc(?:y|ies)|agences?|agencias?|agências|agenzie|agentur(?:en|material)", re.I
)

_CREDIT_JOINER = re.compile(r"\s*(?:,|&|\b(?:and|et|y|e|und|en)\b)\s*", re.IGNORECASE)

# A place's name of several words, as a byline writes where the writer filed from after a
# comma: by the word that opens many a place's name ("New York", "San Juan", "Bad Homburg",
# "Rio de Janeiro", "Нижний Новгород") or the one that ties a town to its river or region
# ("Frankfurt am Main", "Halle an der Saale", "Newcastle upon Tyne").
_PLACE = re.compile(
    r"^(?:new|nueva|nuevo|nova|novo|neu|san|santa|santo|são|sankt|sint|saint|st\.?|los|las|"
    r"bad|ciudad|villa|vila|puerto|porto|port|fort|mount|rio|río|den|"
    r"санкт|нижний|новый|новая|великий|старый)\s+\S"
    r"|^\S+\s+(?:am|an\s+der|im|ob\s+der|upon|on\s+the)\s+\S+$",
    re.IGNORECASE,
)

_ABBREVIATED_END = re.compile(r"(?:\b[^\W\d_]|\b(?:Jr|Sr|Jun|Sen))\.$")

# Soft hyphens and zero-width characters: invisible hyphenation points inside a name.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")

# So is a newsroom role set before it as German capitalises nouns ("Korrespondentin Anna
# Roth", "Gastautor Jan Koch", "US-Chefreporter Max Weber").
_ROLE_WORD = rf"(?:{PROFESSION.pattern}|[\w-]*(?:{ROLE_WORDS}|autor|autorin))"
_TITLED = re.compile(rf"^{_ROLE_WORD}\s+(?=[^\W\d_]+\s+[^\W\d_])", re.IGNORECASE)
# ... or with its desk after a preposition, on a card under the name ("Repórter de
# Cotidiano", "Redakteurin für Politik"): no name.
_ROLE_OF_DESK = re.compile(
    rf"^{_ROLE_WORD}\s+(?:de|di|da|do|del|della|du|des|of|for|für|bei)\s+[^\W\d_]+$",
    re.IGNORECASE,
)

# A dateline in brackets opening a Korean byline: place and agency ("(서울=연합뉴스)").
_BRACKET_DATELINE = re.compile(r"^\([^()]{1,20}=[^()]{1,20}\)\s*")

# After a writer's name and a comma: a desk named by an acronym joined to a word
# ("ARD-Studio Washington", "BBC-Korrespondent") or set before the desk's city ("ARD
# Berlin", "ZDF Brüssel"). A co-author's initials are two letters ("TJ Holmes").
_ACRONYM_DESK = re.compile(r"[A-ZÄÖÜ]{2,}-\w|[A-ZÄÖÜ]{3,}\s+[A-ZÄÖÜ][a-zäöüß]")

# The last word of a body's name ("Local Democracy Reporting Service", "Kiel Institute",
# "Bertelsmann Stiftung"): after a writer's name and a comma it is the service or the
# house the writer works for, no co-author.
_BODY_END = re.compile(
    r".*\s(?:service|agency|network|bureau|partnership|initiative|foundation|institute|"
    r"association|university|college|institut|stiftung|verband|universität|hochschule)$",
    re.IGNORECASE,
)

# The word a byline's stamp opens with, run on after the name in the same element ("By
# Jane Doe Updated 3:45 PM", "Par Jean Dupont Publié le ...", "Mis à jour le ...").
_STAMP_WORD = (
    r"(?i:\b(?:updated|publish(?:ed)?|publié|mis\s+à\s+jour|actualizad[oa]|atualizad[oa]|"
    r"aggiornat[oa]|pubblicat[oa]|publicad[oa]|aktualisiert|veröffentlicht|gepubliceerd|"
    r"bijgewerkt|opublikowan[oy]|zaktualizowan[oy])\b)"
)

# One word and a comma before the stamp: the place a dateline names ("Srinagar, Publish
# Date: ...").
_PLACE_BEFORE_STAMP = re.compile(r"\s*[^\W\d_][\w'’.-]*\s*,\s*")

# The writer's e-mail address after the name ("홍길동 기자 hong@example.kr").
_TRAILING_EMAIL = re.compile(r"\s+\S+@\S+\.\w+$")

# ... or a footnote's mark, the note saying who the writer is ("Larissa Fontenele*": "*
# Estagiária sob a supervisão de ...").
_FOOTNOTE_MARK = re.compile(r"\s*[*†‡]+$")

# ... or the writer's handle ("By Jane Doe @janedoe"), or the paper the writer wrote for
# ("By Jane Doe For Dailymail.com", "By JANE DOE FOR MAILONLINE", "Das Interview führte
# Jan Koch für BR-KLASSIK.").
_TRAILING_HANDLE = re.compile(r"\s+@\w{2,}$")

_FOR_PAPER = re.compile(
    r"\s+(?i:for|für)\s+(?:(?i:the|die|den|das)\s+)?[A-Z0-9][\w.-]*(?:\s+\S+){0,3}$"
)

# The author box's link to the writer's other stories ("Alle Artikel von Anna Roth", "Tutti
# gli articoli di Mario Rossi", "Meer artikelen van Jan de Vries"): the name after it.
_MORE_BY = re.compile(
    r"^(?:(?:alle|weitere|all|more|tutti\s+gli|altri|tous\s+les|más|todos\s+los|mais|"
    r"todos\s+os|meer|alle|flere)\s+(?:artikel|beiträge|texte|articles|posts|stories|"
    r"articoli|artículos|artigos|artikelen|berichten|artiklar|artikler)|mehr|alles)\s+"
    r"(?:von|by|from|di|de|par|por|do|da|van|door|av|af)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

# A byline, however many co-authors it lists, is a line; thousands of characters are
# prose (or a hostile page), and the name rules' cost grows faster than the text.
_LONGEST_BYLINE = 1_000


_PLACE_DASH_SOURCES = re.compile(r"[A-ZÀ-ÞĀ-ſ][^\W\d_]{2,30}\s+[-–—]\s+(.{2,60})$")
_WHOLE_IN_BRACKETS = re.compile(r"[(（\[]\s*([^()（）\[\]]+?)\s*[)）\]]")


def _uncased_name(text: str) -> bool:
    """A name in a script without capitals and spaces, as a Japanese or Chinese writer
    signs the text ("（山本彩花）"): two to six letters; not the end mark "（完）", nor a
    wire's short name ("（共同）"), which closes the text as a credit does."""
    return (
        _UNCASED_WORD.fullmatch(text) is not None
        and text.lower() == text.upper()
        and "完" not in text
        and AGENCY.match(text) is None
    )


# ... the family name set apart from the given name by a space ("（佐藤 悠）").
_UNCASED_WORD = re.compile(r"[^\W\d_]{2,6}|[^\W\d_]{1,4}[ \u3000][^\W\d_]{1,4}")


# A desk, bureau or branch office before a name, joined by a middle dot or set apart by a
# space ("社会部・", "北部支社・", "社会部 ").
_JA_DESK = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}(?:部|局|支社|支局|総局|本社)"
    r"(?:[・･]|[ \u3000](?=[\u3040-\u30ff\u4e00-\u9fff]{2,6}$))"
    r"(?=[\u4e00-\u9fff])"
)


# Names in Han and kana listed with the ideographic comma ("山田花子、比嘉太郎").
_CJK_NAME_LIST = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff]{2,6}(?:、[\u3040-\u30ff\u4e00-\u9fff]{2,6})+"
)


# The writer's department after the name ("Thomas Gruber, Abteilung Hütten & Wege"), which
# its capitals would read as a second name.
_DEPARTMENT = re.compile(
    r",\s*(?:Abteilung|Referat|Fachbereich|Stabsstelle|Ressort|Department|Dept\.)\s[^,;]*"
)


# ... and a Japanese or Chinese writer's trade or paper in brackets after the name
# ("北村智史（フリーライター）", "山田太郎（共同通信）").
# The name stands alone or after its label; brackets holding the reporters follow a wire's
# dateline ("新华社北京3月5日电（记者王小明）").
_CJK_AFFILIATION = re.compile(
    r"(?:^|(?<=[／/：:\s]))([\u4e00-\u9fff\u3040-\u30ff]{2,6})[（(](?![^）)]*[记記]者)"
    r"[^（）()]{1,15}[）)]$"
)


def clean_name(raw: str, desks: bool = False) -> list[str]:
    """The names of the writers a byline's text ``raw`` prints; with ``desks``, a desk's or
    a wire agency's name standing in for them too."""
    # Character references a template left in data ("H&#233;ctor" in JSON-LD, "&amp;").
    text = " ".join(_INVISIBLE.sub("", html.unescape(raw) if "&" in raw else raw).split())
    if len(text) > _LONGEST_BYLINE:
        return []
    if _writers_in_plural(text):
        return []
    # A Japanese paper's desk before its reporter ("（社会部・比嘉太郎）"): the reporter.
    text = _JA_DESK.sub("", text)
    # A writer signing the text in brackets at its end ("(Martina Egger)").
    bracketed = _WHOLE_IN_BRACKETS.fullmatch(text)
    if bracketed and (
        (" " in bracketed.group(1) and bracketed.group(1)[:1].isupper())
        or _uncased_name(bracketed.group(1))
        or _CJK_NAME_LIST.fullmatch(bracketed.group(1))
    ):
        text = bracketed.group(1)
    only_dateline = ONLY_DATELINE.match(text)
    if only_dateline:
        source = only_dateline.group(1)
        return [source] if desks and AGENCY.match(source) else []
    text = _BRACKET_DATELINE.sub("", text)
    text = _MORE_BY.sub("", _TRAILING_HANDLE.sub("", _TRAILING_EMAIL.sub("", text)))
    text = _FOOTNOTE_MARK.sub("", text)
    # Korean wire copy closes the byline with the sign its text then opens with
    # ("(서울=연합뉴스) 김민수 기자 = 시의회는 ...").
    text = OPENS_TEXT.sub("", text)
    # "Reporting by Jane Doe; Editing by John Smith", "每经记者｜王晓宇 每经编辑｜刘洁": who
    # edited or translated the story, or added to its reporting, did not write it.
    text = _OTHER_PART.split(text, maxsplit=1)[0]
    text = _CJK_AFFILIATION.sub(r"\1", _DEPARTMENT.sub("", text))
    reporters = cjk_byline(text, desks)
    if reporters is not None:
        return reporters
    zh = ZH_REPORTERS.match(text)
    if zh:
        return zh_names(zh.group(1))
    text = _without_agencies(CJK_DOT.sub(", ", text))
    if _CREDIT.match(text) or _CSS.search(text):
        return []
    # A dateline with the agency ("FRANKFURT (dpa) -"): the agency is the byline.
    dateline = re.match(r"^[A-ZÄÖÜ][\w.\s/-]{1,30}?\s*\((\w+(?:/\w+)?)\)\s*[-–—:]", text)
    if dateline and AGENCY.match(dateline.group(1)):
        return [dateline.group(1)] if desks else []
    # ... or the place, a dash and the sources, an agency among them ("Ljubljana - MMC RTV
    # SLO, STA"): one word before the dash is a place, not a writer.
    sources = _PLACE_DASH_SOURCES.match(text)
    if sources:
        agencies = [a for a in re.split(r"\s*[,/]\s*", sources.group(1)) if AGENCY.match(a)]
        if agencies:
            return agencies if desks else []
    text, announced = _without_lead_in(text)
    # A date or a role glued after the name ("Jane Doe | May 3, 2024", "Jane Doe - Reporter").
    # A date after it, in any language ("on May 3", "am 25.08.2015", "le 3 mai", "il 3 maggio").
    segments = re.split(
        rf"\s+[|•·–—]\s+|\s+-\s+|{_STAMP_WORD}"
        r"|\b(?:on|am|um|le|el|il|at)\s+(?:[^\W\d_]+\.?,?\s+)?\d",
        text,
    )
    if len(segments) > 1 and _PLACE_BEFORE_STAMP.fullmatch(segments[0]):
        # The place the story was filed from, no writer.
        return []
    if (
        len(segments) > 1
        and len(segments[0].split()) == 1
        and AGENCY.fullmatch(segments[1].strip())
    ):
        # A dateline without brackets, the place and the agency ("Berlin - dpa", "القاهرة -
        # رويترز"): the place is no writer.
        return [segments[1].strip()] if desks else []
    # ... or before it ("Dec. 19, 2025 · Niko Matsakis", "12:30 | Jane Doe"), not a name
    # with a desk's code that holds a digit ("Por João Silva, g1 — São Paulo").
    if (
        len(segments) > 1
        and (DATE_CHUNK.search(segments[0]) or TIME_OR_YEAR.search(segments[0]))
        and re.search(r"[A-Z]", segments[1])
    ):
        segments = segments[1:]
    text = without_run_on_date(segments[0])
    text = _split_other_ands(without_paper(text, announced=announced))
    wired = wire_agencies(text) if re.search(r"[/,;]", text) else []
    if wired:
        # "RND/dpa", "stern.de/dpa", "dpa/lno": the agency, with the site or a desk's code.
        return wired if desks else []
    return _names_listed(text, desks)


def _without_lead_in(text: str) -> tuple[str, bool]:
    """The byline's text from its first name on, and whether a by-word or label announced
    it ("By", "Von", "Texto:"): the label, the role it names, a lead-in ("Recipe by") and
    a date before the name are left out."""
    # A label after the separator that set the byline apart from a date ("- Redaktion: ...").
    text = text.lstrip(" -–—|•·")
    announced = _PREFIX.match(text)
    text = _PICTURE_FIELD.split(_PREFIX.sub("", text), maxsplit=1)[0]
    if announced and announced.group(0).casefold().startswith("reporting"):
        # Wire credits name where each reporter filed from ("Reporting by Jane Doe in London").
        text = _FILED_FROM.sub("", text)
    if announced:
        text = drop_role(text)
    # "Recipe by Jane Doe", "Story and photos by Jane Doe": the name follows a short lead-in.
    text = _LEAD_IN.sub("", text)
    lead_in = _ARTICLE_LEAD_IN.match(text)
    # The name's first words decide, an academic title before it aside ("Gastbeitrag von
    # Dr. med. Andreas Wyss").
    named = _ACADEMIC_TITLES.sub("", text[lead_in.end() :]) if lead_in else ""
    if lead_in and all(w[:1].isupper() for w in named.split()[:2]):
        text = text[lead_in.end() :]
    dated = dated_by(text)
    if dated:
        text = text[dated.end() :]
    return text, announced is not None


def _names_listed(text: str, desks: bool) -> list[str]:
    """The names in a byline's list of writers ("Jane Doe, John Roe and Anna Roth"), each
    part's credits, roles and places left out."""
    names: list[str] = []
    # Whether a name of several words came before: one word after a comma is then a place
    # or a role ("Jane Roe, Frankfurt", "Olympia-Verlag GmbH, Nürnberg, Germany"), as is a
    # place's name of several words.
    full_before = False
    after_comma = [False] + [sep.strip().startswith((",", ";")) for sep in _SPLIT.findall(text)]
    for part, comma in zip(_SPLIT.split(text), after_comma, strict=False):
        if re.fullmatch(r"\s*\(\s*[^\W\d_]{1,4}\s*\)\s*", part):
            # Initials in brackets ("(obe)"): an editor's sign-off, not a name.
            continue
        bare = part.strip(" .:-–—@\"'“”‘’•·")
        # The full stop of a final initial or suffix is part of the name ("Joe S.", "Perry
        # Bacon Jr."); one that ends a sentence or a line is not.
        abbreviated = _ABBREVIATED_END.search(part.rstrip()) and " " in bare
        part = bare + "." if abbreviated else bare
        if part.count("(") != part.count(")"):  # a bracket cut by the split, not "(CNXSoft)"
            part = part.strip(" ()")
        if comma and full_before and (role_or_office(part) or _affiliation(part)):
            # "Jane Doe, Political Correspondent", "Anna Roth, Wirtschaftsredakteurin",
            # "Mike Ross, Shipping Expert": the role of the name before, not a co-author
            # (read whole, before a trailing "Editor" is cut from a name).
            continue
        if _writers_in_plural(part) or _ROLE_OF_DESK.match(part):
            continue
        part = _TITLED.sub("", _TRAILING_ROLE.sub("", part))
        wires = [w.strip() for w in part.split("/")]
        if len(wires) > 1 and all(AGENCY.fullmatch(w) for w in wires):
            # "dpa/AFP", "AP/Reuters": the agencies the story is from, each a byline.
            names += wires if desks else []
            continue
        writers = [w for w in wires if _slashed_writer(w)]
        if (
            len(wires) > 1
            and writers
            and all(
                w in writers or _beside_writer(w, last=i == len(wires) - 1)
                for i, w in enumerate(wires)
            )
            and not _PICTURE_CREDIT.search(part)
        ):
            # "Ralph Steiner/Carlo Natter", "Jane Doe / The Guardian": writers joined by a
            # slash, with the paper or the place they write from.
            names += [w for w in writers if _writer_of(w) == w and not _NOT_PERSON.match(w)]
            full_before = True
            continue
        part = _writer_of(part)
        if part is None:
            continue
        if (
            comma
            and full_before
            and (_is_place(part) or any(PUBLICATION.fullmatch(w) for w in part.split()))
        ):
            # Where the writer filed from, or the paper the writer works for.
            continue
        if comma and full_before and part.isupper() and not any(n.isupper() for n in names):
            # "Jane Doe, USA TODAY": the paper, as it writes its name, after a name that is
            # not in capitals.
            continue
        if comma and full_before and _BODY_END.match(part):
            continue
        if comma and not full_before and len(part.split()) > 1 and _is_place(part):
            # "Staff, New York", "SAHARAREPORTERS, NEW YORK": a place's name of several
            # words after a desk's or a site's one word is its dateline.
            continue
        if comma and full_before and (_ACRONYM_DESK.match(part) or _opens_lower(part)):
            # "Anna Roth, ARD-Studio Washington", "Anna Roth, SWR, zzt. Kiew", "Claire
            # Dubois, correspondante à Bruxelles", "João Silva, da Folha": a broadcaster's
            # desk, or words in lower case; a full name opens with neither.
            continue
        full_before = full_before or len(part.split()) > 1
        desk, _, agency = part.partition(" ")
        if (_DESK_WORD.match(desk) or _AGENCY_WORD.match(desk)) and AGENCY.match(agency):
            # "Redacción EFE", "Redazione ANSA", "Redaktion dpa": the agency's newsroom.
            part = agency
        if AGENCY.match(part) or _DESK_WORD.match(part) or _LEGAL_FORM.search(part):
            if desks:
                names.append(part)
            continue
        if _NOT_PERSON.match(part) and not (desks and DESK.match(part)):
            continue
        names.append(part)
    return names


def _slashed_writer(part: str) -> bool:
    """Whether a piece of a byline split at its slashes is a writer's full name, not a
    place's nor a paper's ("Jane Doe / New York Times")."""
    return (
        len(part.split()) > 1 and ":" not in part and person_like(part) and not _beside_writer(part)
    )


def _beside_writer(part: str, last: bool = False) -> bool:
    """Whether a piece of a byline split at its slashes names a paper, a wire agency or a
    place, as they stand beside a writer's name."""
    first = part.split(maxsplit=1)[0] if part.strip() else ""
    if _HOST.search(part):
        # "stol.it / Suedtirol Online": the site, by its address and its name. Its address
        # alone after the names is the site that prints them ("Anna Nowak / polsatnews.pl").
        return last and " " not in part.strip()
    return bool(
        AGENCY.fullmatch(part)
        or _AGENCY_WORD.match(first)
        # "The Guardian", "The Local": no person's name opens with the article.
        or first.casefold() == "the"
        or _is_place(part)
        or any(PUBLICATION.fullmatch(w) for w in part.split())
    )


_CONTROL_MARKS = frozenset("+=")


# An office and what or where it serves, after a comma that follows the writer's name
# ("Facharzt für Innere Medizin", "Professor of History"): no name takes these words after
# its first ("von", "de", "da" open family names, and are left out) ...
_AFFILIATION = re.compile(r"[^\W\d_][\w-]*\s+(?:für|for|of|at|bei|am|im)\s+\S.*")
# ... or the rest of the office after a comma of its own enumeration ("Facharzt für Hals-,
# Nasen- und Ohrenkrankheiten"): a word cut at its hyphen opens no name.
_CUT_WORD = re.compile(r"[^\W\d_]+-\s")


def _affiliation(part: str) -> bool:
    return _AFFILIATION.fullmatch(part) is not None or _CUT_WORD.match(part) is not None


def _writer_of(part: str) -> str | None:
    """The writer's name in one part of a byline's list, the desk, agency, role or place
    written beside it left out; None where the part is no name (an address, a label, a
    template's variable, style sheet text)."""
    if part.lstrip()[:1] in _CONTROL_MARKS:
        return None  # a control's label ("+Text Size", "+ Follow")
    # "Redaktion / Anna Roth", "AFP / Jane Roe": the desk or the agency, then the writer
    # (the desk's label may be gone already, taken as the byline's); a name no person's
    # after it ("AFP/The Local": the agency and the site) is no writer.
    led = re.fullmatch(r"(.{0,25}?)\s*/\s*(\S+\s.+)", part)
    if (
        led
        and (not led.group(1) or AGENCY.match(led.group(1)) or _DESK_WORD.match(led.group(1)))
        and person_like(led.group(2))
    ):
        part = led.group(2)
    # "Peter Maahn/SP-X", "Jane Roe/Reuters": the writer and the agency or desk code.
    coded = re.fullmatch(r"(.+?)\s*/\s*(\w[\w\s-]{1,19})", part)
    code = coded.group(2) if coded else ""
    if coded and (
        AGENCY.match(code) or (re.fullmatch(r"[\w-]{2,8}", code) and any(c.isupper() for c in code))
    ):
        part = coded.group(1)
    # "Lucía Fernández / Corresponsal en Bruselas": the writer and the writer's role.
    roled = re.fullmatch(r"(.+?)\s*/\s*(.+)", part)
    if (
        roled
        and (ROLE_LEAD.match(roled.group(2)) or ROLE_END.search(roled.group(2)))
        and person_like(roled.group(1))
    ):
        part = roled.group(1)
    # "Anna Roth (dpa)", "Anna Roth (Text)": the agency the writer filed through, or the
    # part of the story that is theirs, in brackets.
    bracketed = re.fullmatch(r"(.+?\s.+?)\s*\(([^()]{2,20})\)", part)
    if bracketed:
        credit = bracketed.group(2).strip()
        if _PICTURE_PART.fullmatch(credit):
            return None
        if _credited_in_brackets(credit):
            part = bracketed.group(1)
    part = _without_bracketed_role(_without_trailing_agency(part))
    # "Lucía Fernández. Madrid": where the writer filed from, after a full stop.
    filed = re.fullmatch(r"(\S+\s.*?[^\W\d_]{2})\.\s+(\S.*)", part)
    if filed and person_like(filed.group(1)) and _is_place(filed.group(2)):
        part = filed.group(1)
    # ... or after "in" ("Emmanuel Addeh in Abuja", "Jane Doe in New York").
    filed_in = _FILED_IN.fullmatch(part)
    if (
        filed_in
        and all(w[:1].isupper() for w in filed_in.group(1).split())
        and person_like(filed_in.group(1))
        and _is_place(filed_in.group(2))
    ):
        part = filed_in.group(1)
    if not part or "@" in part or "://" in part or "/" in part:
        return None
    if re.fullmatch(r"\w+(?:\.\w+){2,}", part):  # an unrendered template variable
        return None
    digits = re.search(r"\d", part) and not LOGIN.fullmatch(part)
    if digits or len(part) > 50 or len(part.split()) > 5:
        return None
    if _LABEL_WORDS.match(part) or _CSS.search(part) or _WRITER_NOUN.search(part):
        return None
    if _AGENCIES.fullmatch(part):
        # "Anna Roth und Agenturen": the agencies' material, unnamed.
        return None
    if "www." in part or (" " in part and _HOST.search(part)):
        return None
    return part


# A name, then "in" and a place's name in capitals: where the writer filed from.
_FILED_IN = re.compile(r"(\S+\s.*?\S)\s+in\s+([A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})")

# A paper's or a broadcaster's letters ("CNN", "NPR").
_ACRONYM = re.compile(r"[A-Z]{2,6}")

_BRACKETED = re.compile(r"(\S+\s.+?)\s*[(（]([^()（）]{2,60})[)）]")


def _credited_in_brackets(credit: str) -> bool:
    """Whether ``credit``, in brackets after a writer's name, is not the name's: an agency,
    the writer's part of the story ("Text"), a paper or broadcaster by its letters ("CNN");
    or, in a script without capitals, where a brand cannot be told by its letters, one word
    saying where the writer filed from, the paper or a role ("عبدالله الشمري (جدة)")."""
    if AGENCY.match(credit) or _WRITING_PART.fullmatch(credit) or _ACRONYM.fullmatch(credit):
        return True
    return " " not in credit and credit.lower() == credit.upper() and not credit.isdigit()


def _without_trailing_agency(part: str) -> str:
    """A name without the agency written after it with no sign between ("JANE DOE
    Associated Press", "Anna Roth dpa", "Jane Doe AFP"). An agency's short name written
    as a word of a name ("Jane Doe Sid", "Michael Bloomberg") stays the name's."""
    words = part.split()
    for cut in range(2, len(words)):
        tail = words[cut:]
        if AGENCY.match(" ".join(tail)) and (len(tail) > 1 or not tail[0].istitle()):
            return " ".join(words[:cut])
    return part


def _opens_lower(text: str) -> bool:
    """Whether ``text`` opens with a word in lower case. A co-author's full name opens with
    the given name; a family name's particle alone after the comma is the paper's ("João
    Silva, da Folha", "Maria Souza, do Estadão")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return lower_initial(first)


def _is_place(text: str) -> bool:
    """Whether ``text``, written after a writer's name, is where the writer filed from: one
    word, or a place's name of several."""
    return len(text.split()) == 1 or place_name(text)


def place_name(text: str) -> bool:
    """Whether ``text`` names a place ("San Jose", "Frankfurt am Main"), by the gazetteer or
    by the words places' names open or join with."""
    return bool(_PLACE.match(text)) or is_place(text)


def _without_bracketed_role(part: str) -> str:
    """A name without the role or office written in brackets after it ("Eberhard Fuhr
    (Pressesprecher des EJW)", "Ana Ruiz (corresponsal en Bruselas)", "Budi Santoso
    (wartawan)"): words in lower case say what the person is, and so does a role as German
    capitalises it ("Anna Roth (Pressesprecherin)"). A name or a brand in
    brackets ("Jean-Luc Aufranc (CNXSoft)") is kept as the byline writes it."""
    bracketed = _BRACKETED.fullmatch(part)
    if bracketed is None:
        return part
    words = bracketed.group(2).split()
    if any(lower_initial(w) and w.casefold() not in PARTICLES for w in words):
        return bracketed.group(1)
    # A role as German capitalises it: "(Pressesprecherin)", "(Redakteur)".
    if words and ROLE_END.search(words[0]):
        return bracketed.group(1)
    return part


def without_paper(byline: str, announced: bool = True) -> str:
    """A byline after its by-word without the paper the writer wrote it for ("Jane Doe For
    Dailymail.com"); "for" in a name given without a by-word is an organisation's
    ("Scientists for Future"), unless a web address follows it ("JANE DOE FOR
    DAILYMAIL.COM", as a link to the writer's page gives it)."""
    paper = _FOR_PAPER.search(byline)
    if paper is None or not (announced or _HOST.search(paper.group(0).lower())):
        return byline
    return byline[: paper.start()]


def wire_agencies(credit: str) -> list[str]:
    """The wire agencies a credit names ("dpa/AFP", "AP, Reuters", "dpa/lno", "ZEIT ONLINE,
    dpa, AFP, mk", "ntv.de, mau/dpa"), or none where it names a person too: beside the
    agencies it holds only the site's name and editors' or desks' codes."""
    parts = [p.strip() for p in re.split(r"[/,;]|\bund\b|\band\b", credit) if p.strip()]
    agencies = [p for p in parts if AGENCY.match(p)]
    others = [p for p in parts if not AGENCY.match(p)]
    if any(len(p.split()) > 1 and not _site_in_capitals(p) for p in others):
        return []
    return agencies


# A word of a site's name that no person's name holds ("ZEIT ONLINE", "USA TODAY").
_MEDIA_WORD = re.compile(r"online|today|tv|radio|magazin|aktuell|digital", re.IGNORECASE)


def _site_in_capitals(part: str) -> bool:
    """A site's name as its credits print it, in capitals ("ZEIT ONLINE"), not a writer's
    ("JANE DOE / The Associated Press")."""
    return part.isupper() and any(
        PUBLICATION.fullmatch(w) or _MEDIA_WORD.fullmatch(w) for w in part.split()
    )


def agencies_credit(credit: str) -> bool:
    """Whether what follows "with" names agencies' material, not a co-author."""
    if _MATERIAL_FROM.match(credit):
        return True
    parts = [p for p in _CREDIT_JOINER.split(credit) if p]
    return bool(parts) and all(AGENCY.match(p) or _AGENCIES.fullmatch(p) for p in parts)


def with_agencies(text: str) -> tuple[str, list[str]]:
    """``text`` without the agencies credited after it with "with", and those agencies
    ("Le Parisien avec AFP": "Le Parisien", ["AFP"]); ``text`` and none without them."""
    trailing = _WITH_TRAILING.search(text)
    if trailing and agencies_credit(trailing.group(1)):
        return text[: trailing.start()], wire_agencies(trailing.group(1))
    return text, []


def _without_agencies(text: str) -> str:
    """``text`` without the agencies' material credited after the writer's name."""
    bracketed = _WITH_BRACKETED.search(text)
    if bracketed and agencies_credit(bracketed.group(1)):
        return text[: bracketed.start()] + text[bracketed.end() :]
    trailing = _WITH_TRAILING.search(text)
    if trailing and agencies_credit(trailing.group(1)):
        return text[: trailing.start()]
    return text


def drop_role(text: str) -> str:
    """What a byline says after its by-word, without the writer's role before the name:
    capitalised as a title, up to its role word ("Korrespondentin Anna Roth", "ITV News
    Multimedia Producer Sam Holder"), or written in lower case ("journalist Sigrid Hauge",
    "staff writer Jane Doe", "notre envoyée spéciale Marie Roux"): one to three such words,
    then a name of two capitalised words.
    Words with an article or a preposition among them are a phrase ("sending a Pull
    Request"), and a desk keeps its article ("the Lavazza Team")."""
    words = text.split()
    for at in range(min(len(words) - 2, _TITLE_WORDS)):
        # A role capitalised as German nouns are ("Von Korrespondentin Anna Roth",
        # "Von US-Chefreporter Jan Koch"), or as an English title is, the site's name or
        # the beat before it ("By ITV News Multimedia Producer Sam Holder").
        if not words[at][:1].isupper():
            break
        if ROLE_END.search(words[at]) and person_like(" ".join(words[at + 1 : at + 3])):
            return " ".join(words[at + 1 :])
    lead = 0
    while lead < len(words) and lower_initial(words[lead]) and words[lead] not in PARTICLES:
        lead += 1
    if not 1 <= lead <= 3 or len(words) < lead + 2:
        return text
    if any(NOT_NAME_WORD.match(w) or w in _INDEFINITE for w in words[:lead]):
        return text
    # The name's second word may be a particle ("onze redacteur Jan de Vries").
    given, then = words[lead : lead + 2]
    if given[:1].isupper() and (then[:1].isupper() or then in PARTICLES):
        return " ".join(words[lead:])
    return text


_INDEFINITE = frozenset({"un", "une", "una", "uno", "ein", "eine", "een"})
# The words of a capitalised title before a name, the role last ("ITV News Multimedia
# Producer").
_TITLE_WORDS = 5


def _split_other_ands(text: str) -> str:
    """Co-authors joined by another language's "and", separated as a comma would."""
    pieces = _LOWER_AND.split(text)
    if len(pieces) > 1 and all(
        len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split() if w[:1].isalpha())
        for p in pieces
    ):
        text = ", ".join(pieces)
    for joined in (_OTHER_SPLIT, _HEBREW_AND):
        pieces = joined.split(text)
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            text = ", ".join(pieces)
    return text


def dedupe(names: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)

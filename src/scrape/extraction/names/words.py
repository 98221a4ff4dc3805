"""The words bylines are written with: the by-words and writer's labels of many
languages, the credits of pictures, wire agencies, desks, papers, professions and roles."""

from __future__ import annotations

import re

# "Author", "reporter", "(responsible) editor" in Chinese, Japanese and Korean bylines.
CJK_LABELS = "作者|著者|筆者|執筆者|投稿者|记者|記者|责任编辑|責任編輯|编辑|編輯|글|기자"

# The writer's field label ("Avtor:", "Autorius:", "Szerző:") in languages the by-words
# and the labels below do not cover; a label only with its colon.
WRITER_LABELS = (
    r"autore|autorka|autorica|autorius|autorė|autors|autorzy|autoři|avtor(?:ica|ji)?|"
    r"szerző|kirjoittaja|skribent|författare|forfatter|συντάκτης|συγγραφέας|yazar|"
    r"автор(?:ы|и|ка)?|аутор(?:и|ка)?|penulis|tác\s+giả|yazan|teksti|tekst|текст|"
    r"opracował[a]?|opracowanie|"
    r"كتب|كتبت|"
    # Persian, Hindi, Thai: "writer", "author".
    r"نویسنده|लेखक|ผู้เขียน|"
    # "Written by" (Hungarian), "writes" (Croatian, Serbian, Bosnian), "news by" (Turkish),
    # "report" (Arabic, Indonesian), "written" (Chinese), "article (and photos)" (Vietnamese).
    r"írta|piše|haber|تقرير|reporter|撰文|bài(?:\s+và\s+ảnh)?|"
    # "Reporter" in Turkish, "contributor" and "journalist" in Indonesian and Malay; "text"
    # in Spanish and Portuguese, Italian, Indonesian and Malay, Turkish ("Metin" is also a
    # given name: only with its colon).
    r"muhabir|kontributor|wartawan|texto|testo|teks|metin|"
    # ... and "reporter", "correspondent" in Cyrillic (Bulgarian, Russian, Ukrainian).
    r"репортер|репортёр|репортерка|кореспондент|корреспондент|"
    # "Report", "reporter", "correspondent", "writer" in Hindi and Marathi, Bengali, Urdu,
    # Arabic ("the writer", "prepared by"), Persian, Tamil, Telugu, Gujarati, Punjabi.
    r"रिपोर्ट|रिपोर्टर|संवाददाता|लेखिका|वार्ताहर|লেখক|লেখিকা|প্রতিবেদক|প্রতিবেদন|"
    r"رپورٹ|رپورٹر|تحریر|مصنف|نامہ\s+نگار|الكاتب|الكاتبة|المراسل|إعداد|خبرنگار|گزارش|"
    r"எழுதியவர்|செய்தியாளர்|రచయిత|લેખક|ਲੇਖਕ|"
    # "Written" (Malayalam), "writer" (Sinhala, Odia), "author" (Georgian), and "by" in
    # Hindi, Thai, Vietnamese and Swahili, which a colon makes a label ("Na" alone is also a
    # name).
    r"എഴുതിയത്|ලේඛක|ଲେଖକ|ავტორი|द्वारा|โดย|bởi|na"
)

# Arabic sets the writer apart from "wrote" with a dash as often as with a colon.
ARABIC_WROTE = r"(?:كتب|كتبت)\s*[-–—]\s*"

# "By" in languages whose bylines open with a word of their own: Indonesian and Malay
# "Oleh", Greek "Από" and the genitive article the writer's name is then declined with
# ("Του Γιώργου Παπαδόπουλου"), "Γράφει ο" ("writes"), Arabic "بقلم" ("by the pen of"),
# Hebrew "מאת" and "(נכתב) על ידי" ("(written) by"), Vietnamese "Phóng viên" ("reporter").
# Romanian "de" is also a name's particle: only in lower case before a capitalised name of
# two words. Polish "oprac." ("compiled by") and Italian "a cura di" ("edited by") sign a
# story as "By" does.
OTHER_BY = (
    r"oleh|από|του|της|γράφει(?:\s+(?:ο|η|οι))?|بقلم|מאת|(?:נכתב\s+)?על\s+ידי|oprac\.|"
    r"a\s+cura\s+di|phóng\s+viên|"
    r"(?-i:de(?=\s+[^\W\d_a-zăâîșțşţ]\S*\s+[^\W\d_a-zăâîșțşţ]))"
)

# The words for "by" before a writer's name (en, de, fr, es/pt, it, nl, sv/no/da and the
# languages of OTHER_BY).
BY = rf"by|von|par|por|di|door|av|af|{OTHER_BY}"
# The words of a writer's field label ("Autor:", "Text:") in the languages of the by-words.
WRITER_WORDS = (
    # With the plural or the feminine in brackets or after a star ("Autor(en)", "Author(s)",
    # "Autor*innen").
    r"authors?(?:\(s\))?|autor(?:in|en|innen)?(?:\((?:in|en|innen)\)|[*/]in(?:nen)?)?|"
    r"auteurs?|autori?|verfasser(?:in)?|text|texte|testo|texto|"
    r"tekst|redaktion|rédaction|redacción|journalist(?:in)?|journaliste|"
    # A broadcaster's report, credited beside its camera ("Beitrag: X | Kamera: Y",
    # "Bericht: X, Kamera: Y").
    r"beitrag|bericht"
)

# The pictures, as a credit's label names them, in the languages of the press.
PICTURES = (
    r"(?:fotos?|photos?|photographs?|pictures?|images?|illustrations?|bild(?:er|e)?|billeder|"
    r"fotograf[ií]as?|fotografie|imagen|imagem|afbeelding|beeld|foto's|zdjęci[ae]|"
    r"fotoğraf(?:lar)?|görsel|fotó|kuvat?|φωτογραφία|φωτό|фото|світлина|llun|تصوير|صورة|"
    r"写真|사진|图片|圖片|摄影|攝影|照片|ảnh|gambar|ilustrasi)"
)

# "... and photos" after the writer's label: the writer took the pictures too ("Text &
# Fotos:", "Texto y fotos:", "Tekst i zdjęcia:", "Teks dan foto:", "Metin ve fotoğraflar:").
AND_PICTURES = (
    r"\s*(?:&|\+|and|und|y|et|e|i|en|og|och|dan|ve|và|a)\s*"
    rf"{PICTURES}"
)

# "Text by" in Chinese and Japanese, only with its mark: "文／王小明", "文：佐藤健",
# "取材・文／佐藤健".
TEXT_BY = r"(?:取材[・、]?)?文(?:[・、](?:写真|撮影|構成))?\s*[／/：:＝=]\s*"

# A correspondent's report ("Aus Washington berichtet Anna Roth"); a broadcaster's
# reporters on a live page ("From CNN's Jane Doe").
REPORTED_BY = (
    r"aus\s+[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*){0,2}?\s+berichte[nt]\s+"
    r"|from\s+[^\W\d_][\w.&-]*(?:\s+[^\W\d_][\w.&-]*){0,2}?['’]s\s+"
)

# Wire agencies: the byline of a story they wrote, never added to a named person.
_AGENCY_NAMES = (
    r"(?:(?:the\s+)?associated\s+press|ap|afp|reuters|rtr|dpa|voa|epd|kna|sid|apa|sda|ats|ansa|efe|"
    r"kyodo|xinhua|upi|pap|anp|belga|aap|pti|ians|ani|yonhap|tass|ria\s+novosti|"
    r"bloomberg|dts|afx|ctk|čtk|mti|bta|hina|tanjug|dpa-afx|kathpress|sta|tasr|leta|elta|bns|"
    r"stt|ntb|ritzau|lusa|ana-mpa|anadolu|europa\s+press|interfax|ukrinform|unian|agerpres|"
    r"fena|bernama|antara|irna|notimex|télam|adnkronos|askanews|keystone-sda|tt|aa|dha|"
    r"awp(?:\s+finanznachrichten(?:\s+ag)?)?|ona|oman\s+news\s+agency|qna|kuna|"
    r"agência\s+brasil|folhapress|iha|İha|"
    # ... by their full names.
    r"agence\s+france[\s-]presse|deutsche\s+presse[\s-]agentur|press\s+trust\s+of\s+india|"
    r"asian\s+news\s+international|indo[\s-]asian\s+news\s+service|kyodo\s+news|"
    r"xinhua\s+news\s+agency|united\s+press\s+international|austria\s+presse\s+agentur|"
    r"evangelischer\s+pressedienst|katholische\s+nachrichten[\s-]agentur|"
    r"schweizerische\s+depeschenagentur|sport-informations-dienst|"
    r"(?:anadolu|ihlas\s+haber|İhlas\s+haber|demirören\s+haber)\s+ajansı|"
    # ... and as they are written in their own scripts.
    r"тасс|риа\s+новости|интерфакс|укрінформ|уніан|απε-μπε|απε|"
    r"共同通信|共同|時事通信|時事|ロイター|新华社|新華社|中新社|中央社|연합뉴스|뉴시스|"
    r"رويترز|فرانس\s+برس|أ\s?ف\s?ب|الأناضول|واس|وام|كونا|ایرنا|ایسنا|ایلنا)"
)
AGENCY = re.compile(
    rf"^{_AGENCY_NAMES}(?:[/-]\w{{1,4}})?"
    # ... or by both, its letters and its name ("APA - Austria Presse Agentur").
    rf"(?:\s+[-–—]\s+{_AGENCY_NAMES})?$",
    re.IGNORECASE,
)

# The kind of piece a German byline names before "von": "Gastbeitrag", "Ein Kommentar".
GENRE = (
    r"(?:(?:ein|eine)\s+)?[\w-]*(?:beitrag|kommentar|analyse|interview|kolumne|essay|reportage|"
    r"glosse|bericht|rezension|kritik|porträt|leitartikel|nachruf)"
)

# The indefinite article of the languages of the press, before a kind of piece or a role
# ("Ein Kommentar von", "ist eine Redakteurin").
INDEFINITE = r"(?:ein|eine|un|une|una|uno|um|uma|een|en|et)"

# "and" between co-authors' names in it/pt, nl, ru/uk/bg, pl/ca, sv, da/no, tr, hu, fi, ro,
# el, uk, vi ("và"), Arabic written apart ("و"): also a particle of some family names ("José
# Volta e Pinto"), so it splits only names of two words or more.
OTHER_AND = r"e|en|и|і|i|och|og|ve|és|ja|și|şi|και|та|và|و"

# A named desk ("Podium Staff", "the Lavazza Team"): the byline when nobody is named.
DESK = re.compile(
    r"^(?:the\s+)?(?!(?:editorial|news|web|our|the)\b)[\w.’'&-]+(?:\s+[\w.’'&-]+){0,2}\s+"
    r"(?:staff|team|editors|editorial\s+team|newsroom)$",
    re.IGNORECASE,
)

# The last word of a newsroom role, as a byline writes it after the name; German compounds
# end with it ("Wirtschaftsredakteurin", "US-Korrespondent").
ROLE_WORDS = (
    r"(?:correspondent|editor|reporter|writer|columnist|journalist|"
    r"contributor|critic|producer|commentator|presenter)s?|"
    r"korrespondent(?:in|innen|en)?|redakteur(?:in|innen|e|en)?|reporter(?:in|innen|n)|"
    r"journalist(?:in|innen|en)|kolumnist(?:in)?|mitarbeiter(?:in|innen|s)?|volontär(?:in)?|"
    # "Sprecher" and "Leiter" are family names too: only in a compound ("Pressesprecher",
    # "Ressortleiter") or in the feminine.
    r"(?<=[a-zäöü])(?:sprecher|leiter)(?:in)?|sprecherin|leiterin|"
    r"correspondant(?:e)?|journaliste|rédact(?:eur|rice)|chroniqueu(?:r|se)|"
    r"corresponsal|periodista|redactor(?:a)?|giornalista|corrispondente|inviat[oa]|"
    r"correspondente|jornalista|repórter|redator(?:a)?|colunista|enviad[oa]|columnista|"
    r"envoyée?|verslaggever|redacteur|korespondent(?:ka)?|dziennikar(?:z|ka)|reporter(?:ka)?"
)

ROLE_END = re.compile(rf"(?:\b|(?<=[a-zäöü]))(?:{ROLE_WORDS})$", re.IGNORECASE)

# ... or opening a phrase that says where or on what ("Corresponsal en Bruselas",
# "Correspondent in Brussels", "Redakteurin für Politik").
ROLE_LEAD = re.compile(
    rf"^(?:\w+[\s-])?[^\W\d_]*?(?:{ROLE_WORDS})(?:\s+(?-i:[a-zà-ÿ])|\s+[^\W\d_]+$)",
    re.IGNORECASE,
)

# An office or a trade written after a name, as company blogs and magazines credit their
# writers ("Chief Business Officer", "Shipping Expert", "Senior Data Analyst").
_OFFICE_END = re.compile(
    r"\b(?:expert|officer|director|manager|founder|ceo|cto|cfo|coo|specialist|analyst|"
    r"consultant|strategist|advis[eo]r|president|coordinator|researcher|scientist|"
    r"professor|lecturer|designer|developer|engineer)s?$",
    re.IGNORECASE,
)


def role_or_office(text: str) -> bool:
    return bool(ROLE_END.search(text) or ROLE_LEAD.match(text) or _OFFICE_END.search(text))


def is_role(text: str) -> bool:
    """Whether ``text`` is a writer's role ("Staff Writer", "Redakteurin", "Leiterin
    Politik", "Correspondent in Brussels")."""
    text = text.strip()
    return bool(ROLE_END.search(text) or ROLE_LEAD.match(text))


# A profession written before the name as a title ("Rechtsanwalt Jan Koch", "Avocate Claire
# Morel", "Attorney Jane Doe").
PROFESSION = re.compile(
    r"rechtsanw(?:alt|ältin)|fachanw(?:alt|ältin)|steuerberater(?:in)?|avocate?|abogad[oa]|"
    r"avvocato|attorney|lawyer",
    re.IGNORECASE,
)

# A reporter's title before or after the name in Chinese, Japanese and Korean bylines
# ("记者 张伟", "新华社记者 张伟", "홍길동 기자", "山田太郎記者"): it announces the name as
# "By" does.
REPORTER_TITLE = re.compile(
    r"(?:\([^()]{1,20}\)\s*)?(?:"
    # Chinese: the label, its paper's or agency's name before it, then the names.
    r"[\u4e00-\u9fff]{0,5}(?:记者|記者)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*"
    # Korean: names of two to four syllables, then the title.
    r"|[\uac00-\ud7af]{2,4}(?:\s*[·・,]\s*[\uac00-\ud7af]{2,4})*\s?(?:기자|특파원)"
    # Japanese: a name, then the title.
    r"|[\u4e00-\u9fff\u3040-\u30ff・]{2,8}(?:\s[\u4e00-\u9fff\u3040-\u30ff・]{1,6})?\s?(?:記者|特派員)"
    # The writer's e-mail address, the dash or equals sign before the text.
    r")(?:\s+\S+@\S+)?\s*[=-]?"
)

# A byline that is only a dateline in brackets, the place and the source: "(القاهرة -
# رويترز)" ("Cairo - Reuters"), "(서울=연합뉴스)". The source is a wire agency or the paper.
ONLY_DATELINE = re.compile(r"^[(（]\s*[^()（）=-]{1,25}?\s*[=–—-]\s*([^()（）]{1,25}?)\s*[)）]$")

# A word that names a newspaper, a magazine or a news site, in the languages of the web:
# a title with one of them ("Harbour Gazette", "Ege Haber", "Warta Nusantara", "Nya
# Kusttidningen") is a publication's, however much its host spells it like a person's, and
# one after a writer's name and a comma is the paper the writer works for ("Jane Doe,
# Chicago Tribune").
PUBLICATION = re.compile(
    r"news|times|post|herald|gazette|tribune|journal|daily|weekly|magazine|press|chronicle|"
    r"courier|observer|reporter|dispatch|bulletin|"
    r"\w*(?:zeitung|blatt|bladet|tidning|tidningen|krant|kurier|avis|posten|nytt|nieuws|"
    r"nachrichten|anzeiger|rundschau|presse|rundfunk|fernsehen)|"
    r"gazeta|gazzetta|corriere|giornale|notizie|quotidien|courrier|journal|diario|noticias|"
    r"periódico|jornal|notícias|noticiário|dagblad|courant|nyheter|haber|habercisi|gazetesi|"
    r"dergisi|berita|warta|harian|kabar|báo|wiadomości|dziennik|tygodnik|новости|газета|"
    r"вести|известия|новини|вісті|أخبار|صحيفة|جريدة|خبر|اخبار|समाचार|ख़बर|खबर",
    re.IGNORECASE,
)

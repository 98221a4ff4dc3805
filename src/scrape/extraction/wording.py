"""Furniture told by its wording, wherever the page puts it: whole blocks ("Must read",
"- Advertisement -", "Please enter your comment!"), lines (consent and "Also read:"
lines, placeholder text, credited captions, disclaimers, sign-offs, wire routing codes,
tag lines) and phrases run into a line. A new junk line of the web goes here."""

from __future__ import annotations

import re

from .blocks import normalise
from .names import AGENCY, PICTURES

# A heading that introduces other posts: what follows it (once the article has been read)
# is a teaser list, not more of the article. In the languages most news is read in, each
# in its ordinary words for "related", "read also", "most read": on sites whose class names
# say nothing, the heading is all that tells such a list from the article's own.
TEASER_HEADING = re.compile(
    r"^\W*(?:related|read\s+(?:this|these)?\s*next|more\s+from|"
    r"more\s+(?:stories|articles|news|posts|reads|like\s+this)|you\s+(?:may|might)\s+(?:also\s+)?"
    r"(?:like|enjoy)|recommended|also\s+read|popular|latest|trending|further\s+reading|"
    r"keep\s+reading|recent\s+(?:posts|articles|stories)|explore\s+more|"
    # de
    r"(?:ähnliche|verwandte|weitere|beliebte|empfohlene|neueste)\s+(?:beiträge|artikel|themen)|"
    r"das\s+könnte\s+(?:sie|dich|euch)\s+auch\s+interessieren|auch\s+interessant|"
    r"mehr\s+zum\s+thema|meistgelesen|meist\s+gelesen|viel\s+gelesen|zum\s+weiterlesen|"
    r"lesen\s+sie\s+auch|mehr\s+(?:news|nachrichten|artikel|meldungen)\s+(?:aus|zu[mr]?|von|über)\b|"
    # fr
    r"articles\s+(?:similaires|liés|connexes|recommandés)|(?:à\s+)?lire\s+aussi|"
    r"sur\s+le\s+même\s+(?:sujet|thème)|dans\s+la\s+même\s+rubrique|les\s+plus\s+lus|"
    r"vous\s+(?:aimerez|pourriez\s+aimer)\s+aussi|"
    # es, it, pt
    r"(?:artículos|noticias|entradas|articoli|artigos|notícias)\s+relacionad[oa]s|"
    r"(?:también\s+)?te\s+puede\s+interesar|lo\s+más\s+leído|lee\s+también|más\s+información|"
    r"articoli\s+correlati|(?:ti\s+)?potrebbe\s+interessarti|leggi\s+anche|i\s+più\s+letti|"
    r"leia\s+também|veja\s+também|mais\s+lidas|"
    # nl, pl
    r"gerelateerde\s+(?:artikelen|berichten)|lees\s+ook|meest\s+gelezen|"
    r"(?:podobne|powiązane)\s+(?:artykuły|wpisy)|czytaj\s+(?:też|także|również)|"
    r"najczęściej\s+czytane|"
    # ro, cs, sk, da, no, sv, fi, id, ms, vi, tr, hu, lt, ru, uk, hr, el
    r"citi[țţt]i\s+[șşs]i|cite[șşs]te\s+[șşs]i|čtěte\s+(?:také|též|rovněž)|související\s+články|"
    r"súvisiace\s+články|læs\s+også|les\s+også|läs\s+(?:också|även)|lue\s+myös|baca\s+juga|"
    r"xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|ilgili\s+haberler|kapcsolódó\s+cikkek|"
    r"taip\s+pat\s+skaitykite|читайте\s+(?:также|також)|pročitajte\s+(?:i|još)|"
    r"διαβάστε\s+(?:επίσης|ακόμη)|"
    # zh, ja, ko
    r"延伸閱讀|延伸阅读|相關新聞|相关新闻|相關閱讀|相关阅读|推薦閱讀|推荐阅读|相关推荐|相關推薦|"
    r"相关报道|相關報導|関連記事|관련\s*기사)\b",
    re.IGNORECASE,
)


# Blocks that are furniture by their wording alone, on any site. They are matched against
# the normalised block (case-folded, punctuation at the ends stripped).
_FURNITURE_BLOCKS = (
    r"-?\s*advertisement\s*-?(?:\s*spot_img)?|spot_img|advertisement|advertising|sponsored|ad",
    # ... and the links an ad slot sets under it ("Ad Feedback", "Report this ad").
    r"ad\s+feedback|report\s+this\s+ad|ad\s*choices",
    # ... and a paid piece's label ("PAID CONTENT", "Advertorial", "Gesponsert").
    r"(?:paid|sponsored|partner|promoted)\s+(?:content|post|story)|advertorial|gesponsert|"
    r"bezahlter\s+inhalt",
    # The advertisement's label in the languages of the press.
    r"anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reclame|"
    r"reklama|reklame|reklam|mainos|annons|annonse|реклама|iklan|quảng\s+cáo|"
    r"広告|광고|广告|إعلان|פרסומת",
    r"must\s+read|read\s+more|read\s+next|read\s+also|see\s+also|related",
    r"related\s+(?:articles?|posts?|stories|news|content|topics)",
    r"more\s+(?:articles?|stories|news|from\s+\w+.*)|latest\s+(?:articles?|news|posts?|stories)",
    r"recent\s+posts|popular\s+posts|most\s+popular|most\s+read|trending(?:\s+now)?",
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|don'?t\s+miss",
    r"share(?:\s+this(?:\s+(?:article|story|post))?)?(?:\s+on\s+\w+)?|share\s+via",
    r"tweet|pin\s+it|email|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest",
    r"copy\s+link|like\s+this|loading|follow\s+us(?:\s+on\s+\w+)?",
    # The writer's accounts and address, on a line of their own ("Follow Jane Doe on
    # Twitter @janedoe", "Contact the author at jane@example.com"); a paragraph ending
    # "Follow him on Instagram to watch." is the story's.
    r"follow\s+(?:[\w.'’-]+\s+){1,3}on\s+(?:twitter|x|instagram|facebook|threads|bluesky|"
    r"linkedin|tiktok|mastodon)(?:\W+@?[\w.]+)?|contact\s+the\s+(?:author|writer|reporter)\b.*",
    r"please\s+enter\s+your\s+(?:comment|name\s+here|email\s+address\s+here)",
    r"you\s+have\s+entered\s+an\s+incorrect\s+email\s+address",
    r"leave\s+a\s+(?:reply|comment)|cancel\s+reply|post\s+comment|submit\s+comment",
    r"comments?|\d+\s+comments?|no\s+comments(?:\s+yet)?|add\s+a\s+comment",
    r"save\s+my\s+name,?\s+email,?\s+and\s+website\s+in\s+this\s+browser.*",
    r"your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\s+are\s+marked.*",
    r"subscribe(?:\s+(?:now|today|to\s+our\s+newsletter))?|newsletter",
    r"sign\s+up(?:\s+for\s+our\s+newsletter)?|get\s+the\s+latest.*newsletter.*",
    r"we\s+use\s+cookies.*|this\s+(?:web)?site\s+uses\s+cookies.*",
    r"accept(?:\s+all)?(?:\s+cookies)?|cookie\s+(?:settings|policy|preferences)",
    r"tags?|filed\s+under|previous\s+(?:article|post)|next\s+(?:article|post)",
    r"back\s+to\s+top|skip\s+to\s+(?:main\s+)?content",
    r"table\s+of\s+contents|in\s+this\s+article|on\s+this\s+page|jump\s+to",
    r"(?:click|tap)\s+to\s+share\s+on\s+\w+.*|opens\s+in\s+(?:a\s+)?new\s+window",
    r"email\s+the\s+author|about\s+the\s+author|view\s+all\s+posts\s+by.*",
    r"more\s+from\s+this\s+author",
    r"\d+\s+min(?:ute)?s?\s+read|contents",
    # The same controls and labels in the other languages of the press: a share bar's
    # words, the comments' heading, the reading time, a link copied, the reader's list.
    r"teilen|drucken|merken|partager|imprimer|compartir|imprimir|condividi|stampa|"
    r"compartilhar|delen|udostępnij|drukuj|dela|jaa|e-mail",
    r"kommentare|\d+\s+kommentare?|commentaires?|\d+\s+commentaires?|comentarios|"
    r"\d+\s+comentarios?|commenti|\d+\s+commenti|comentários|reacties|komentarze",
    # ... and with their count in brackets ("Kommentare (12)").
    r"(?:kommentare?|comments?|commentaires?|comentarios|commenti|comentários|reacties|"
    r"komentarze)\s*\(\d+",
    r"lesezeit\W*\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s+lesezeit|"
    r"(?:temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|lecture|lectura|"
    r"lettura|leitura|leestijd|lesetid|läs(?:e)?tid|lukuaika|czas\s+czytania|reading\s+time|"
    r"lesedauer)\W*\d+\s*min\w*\.?|"
    r"\d+\s*min\w*\.?\s+(?:leestijd|lesetid|läsning|lukuaika|czytania|reading\s+time)|"
    r"\d+\s*min(?:utes?|utos?|uti)?\s+(?:de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura)",
    r"link\s+(?:kopiert|copied)|lien\s+copié|enlace\s+copiado|"
    r"(?:zur\s+)?merkliste(?:\s+hinzufügen)?|zum\s+artikel|zurück\s+zur\s+übersicht|"
    r"diskutieren\s+sie\s+mit|join\s+the\s+(?:conversation|discussion)|sign\s+up\s+here",
    # A story's pages and galleries, named where the page's controls were.
    r"seite\s+\d+\s+von\s+\d+|page\s+\d+\s+(?:of|sur|de)\s+\d+|página\s+\d+\s+de\s+\d+|"
    r"(?:nächste|vorherige)\s+seite|(?:next|previous)\s+page|page\s+(?:suivante|précédente)|"
    r"página\s+(?:siguiente|anterior)|weiter\s+(?:auf|zu)\s+seite\s+\d+",
    r"(?:zur\s+)?(?:bildergalerie|bilderstrecke|fotostrecke|fotogalerie)(?:\s+ansehen)?|"
    r"(?:view|open|see)\s+(?:the\s+)?(?:gallery|slideshow)|(?:click|tap)\s+to\s+enlarge|"
    r"zum\s+vergrößern\s+(?:klicken|anklicken)",
    # Teaser lead-ins left alone on their line, in the languages of the press: each names
    # what follows as more to read, never as the article's own part.
    r"schon\s+gelesen|lust\s+auf\s+mehr|(?:mehr|weitere)\s+(?:themen|artikel|beiträge)|"
    r"mehr\s+zum\s+thema|"
    r"zum\s+weiterlesen|lesen\s+sie\s+auch|lies\s+auch|auch\s+interessant|"
    r"das\s+könnte\s+(?:sie|dich|euch)\s+auch(?:\s+noch)?\s+interessieren|ähnliche\s+artikel|"
    r"meistgelesen|passend\s+zu[mr]\s+(?:artikel|thema)",
    r"à\s+découvrir(?:\s+aussi)?|(?:à\s+)?lire\s+aussi|à\s+voir\s+aussi|sur\s+le\s+même\s+sujet|"
    r"dans\s+la\s+même\s+rubrique|vous\s+aimerez\s+aussi|articles\s+similaires|les\s+plus\s+lus|"
    r"(?:[\w'’-]+\s+){0,3}vous\s+recommande",
    r"(?:también\s+)?(?:te|le)\s+puede\s+interesar|le[ae]\s+también|noticias\s+relacionadas|"
    r"art[ií]culos\s+relacionados|lo\s+más\s+le[ií]do|te\s+recomendamos|mir[aá]\s+también|"
    r"seguir\s+leyendo",
    r"leggi\s+anche|(?:ti\s+)?potrebbe\s+(?:interessarti|interessare)|articoli\s+correlati|"
    r"notizie\s+correlate|i\s+più\s+letti",
    r"leia\s+também|veja\s+também|notícias\s+relacionadas|mais\s+lidas|"
    r"você\s+(?:pode|também\s+pode)\s+gostar",
    r"lees\s+ook|meer\s+over\s+dit\s+onderwerp|gerelateerde\s+artikelen|meest\s+gelezen|"
    r"ook\s+interessant",
    r"czytaj\s+(?:także|też|również)|zobacz\s+(?:także|też|również)|najczęściej\s+czytane|"
    r"podobne\s+artykuły",
    r"läs\s+också|mest\s+läst|læs\s+også|les\s+også|čtěte\s+také|přečtěte\s+si\s+také|"
    r"související\s+články|i\u0307?lgili\s+haberler|читайте\s+также",
    r"смотрите\s+также|читайте\s+також|дивіться\s+також|lue\s+myös|lue\s+lisää|"
    r"olvassa\s+el\s+ezt\s+is|kapcsolódó\s+cikkek|cite[șsş]te\s+[șsş]i|"
    r"διαβάστε\s+(?:επίσησ|ακόμη)|קראו\s+(?:עוד|גם)|כתבות\s+נוספות|"
    r"pročitajte\s+(?:i|još|također|takođe)|povezane\s+vijesti|vezane\s+vijesti|"
    r"preberite\s+tudi|sorodne\s+novice|devamını\s+oku|bunlar\s+da\s+ilginizi\s+çekebilir",
    r"baca\s+(?:juga|selengkapnya)|simak\s+juga|berita\s+terkait|artikel\s+terkait|"
    r"xem\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|đọc\s+thêm|"
    r"อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง",
    # As normalised: Devanagari's closing vowel signs stripped, Greek's final sigma folded.
    r"(?:ये|यह)\s+भी\s+पढ\W*|और\s+पढ\W*|संबंधित\s+खबर\W*|"
    r"اقرأ\s+(?:أيضا|ايضا|المزيد)|(?:مواضيع|أخبار|مقالات)\s+ذات\s+صلة|الأكثر\s+قراءة|"
    r"بیشتر\s+بخوانید|(?:مطالب|اخبار)\s+مرتبط",
    r"関連記事|関連ニュース|(?:あわせて|合わせて)読みたい|こちらもおすすめ|おすすめ記事|"
    r"相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|"
    r"관련\s?기사|관련\s?뉴스|많이\s+본\s+기사",
    # The line an advertisement leaves in the text it interrupts.
    r"advertisement\s*-?\s*(?:continue|scroll)\s+(?:reading|down)(?:\s+below)?|"
    r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|"
    r"continue\s+reading\s+(?:below|the\s+main\s+story)|"
    r"weiterlesen\s+nach\s+der\s+anzeige|"
    r"(?:der\s+)?artikel\s+(?:wird\s+)?(?:nach|unter)\s+(?:der\s+anzeige|dem\s+video|der\s+werbung)\s+"
    r"(?:fortgesetzt|weiter)|"
    r"dalsz[ay]\s+(?:część|ciąg)\s+(?:artykułu|tekstu)\s+(?:pod|poniżej)\s+(?:materiałem\s+wideo|reklamą|wideo)|"
    r"la\s+suite\s+(?:après|sous)\s+(?:cette\s+|la\s+)?publicité|"
    r"(?:sigue|continúa)\s+leyendo|la\s+noticia\s+continúa\s+tras\s+la\s+publicidad|"
    r"continua\s+(?:a\s+leggere|dopo\s+la\s+pubblicità)",
    # A translation's credit ("Aus dem Französischen von Ursula Kämmerer", "Translated from
    # the Spanish by Jane Doe", "Traduit de l'anglais par Marie Roy").
    r"aus\s+dem\s+[^\W\d_]+en\s+(?:übersetzt\s+)?von\s+[^.!?]{2,60}|"
    r"translated\s+(?:from\s+(?:the\s+)?[^\W\d_]+\s+)?by\s+[^.!?]{2,60}|"
    r"tradu(?:it|ite)\s+de\s+l['’]\s?[^\W\d_]+\s+par\s+[^.!?]{2,60}|"
    # A shop widget's lines ("Preisvergleich: Solvara S2", "Günstigster Preis: 879,00 € bei
    # Händler A · Alle Angebote anzeigen", "Best price: $499 at Amazon").
    r"(?:preisvergleich|price\s+comparison)\s*:\s*(?:\S+\s+){0,4}\S+|"
    r"(?:(?:günstigster|bester|niedrigster)\s+preis|(?:best|lowest)\s+price|meilleur\s+prix|"
    r"mejor\s+precio|miglior\s+prezzo|laagste\s+prijs)\s*:?\s*(?:ab\s+|from\s+)?[$€£]?\s*"
    r"\d[\d.,]*\s*(?:€|eur|euro|\$|£|usd|chf)?\s+(?:bei|at|chez|en|su|bij|from)\s+.{1,80}",
    # A price list's or a guide's small print ("Alle Angaben ohne Gewähr").
    r"(?:alle\s+)?angaben\s+ohne\s+gewähr|irrtümer\s+(?:und\s+änderungen\s+)?vorbehalten|"
    r"änderungen\s+vorbehalten|(?:prices\s+)?subject\s+to\s+change|"
    r"errors\s+and\s+omissions\s+excepted|sous\s+réserve\s+de\s+modifications?|"
    r"salvo\s+errori\s+(?:e|ed)\s+omissioni",
)

_FURNITURE_BLOCK = re.compile("^(?:" + "|".join(_FURNITURE_BLOCKS) + ")$")

# Inline debris that news themes glue onto paragraphs (td-theme ad slots, icon names).
_INLINE_FURNITURE = re.compile(r"-\s*Advertisement\s*-\s*(?:spot_img)?|\bspot_img\b", re.IGNORECASE)


def is_furniture_block(text: str) -> bool:
    """A short block that is furniture by its wording ("Advertisement", "Leave a reply")."""
    return is_furniture_norm(normalise(text))


def is_furniture_norm(norm: str) -> bool:
    """:func:`is_furniture_block` of a block already in :func:`normalise` form: also a
    teaser heading standing alone ("Related articles", "Verwandte Themen"), whose list is
    gone."""
    if not norm:
        return True
    if len(norm) >= 160:
        return False
    if _FURNITURE_BLOCK.match(norm):
        return True
    teaser = TEASER_HEADING.match(norm)
    return teaser is not None and teaser.end() == len(norm) and not _OWN_READING.match(norm)


# Teaser headings that may head the text's own last section, its sources or its latest
# entries ("Further reading" over the books an essay draws on): kept where they stand.
_OWN_READING = re.compile(r"further\s+reading|zum\s+weiterlesen|keep\s+reading|latest|explore")


_ANY_LENGTH = 10_000

# Lines that are page furniture whatever their length, each with the most words it may have
# and the characters it cannot do without (one of them; none: anchored at the line's start):
# form consent small print, "Also read:" teasers, placeholder text, captions ending in a
# photo credit, disclaimers.
_CREDIT_WORDS = (
    rf"(?:{PICTURES}|credit|courtesy|quelle|crédit|crédito|图片来源|"
    # The picture named for its place or its source, in one word or three ("Titelbild",
    # "Bildnachweis", "Photo source", "Foto de portada").
    r"(?:titel|beitrags|header|vorschau|artikel|aufmacher)bild|"
    r"(?:bild|foto)(?:quelle|nachweis|rechte)|(?:photo|image|picture)\s+source|"
    r"(?:foto|imagen|imagem|immagine)\s+d[ei]\s+(?:portada|copertina|capa|archivo|arquivo|archivio)|"
    # "Źródło zdjęcia głównego": the main picture's source.
    r"źródło\s+zdjęcia(?:\s+głównego)?)s?"
)

# A photo credit closing a line ("Photo: ...", "Image credit: ..."): after a colon or a
# copyright sign, or after a bar.
CREDIT = re.compile(
    rf"(?:^|[|.,;(。（]\s*|\s)(?:{_CREDIT_WORDS}\s+)?{_CREDIT_WORDS}(?:\s+(?:by|via|von|de|di))?"
    r"\s*[:：=©]"
    r"\s*[\w .,&/'©-]{2,40}[)）]?$|\|\s*photo\s+by\s+[\w .,&'-]{2,40}$",
    re.IGNORECASE,
)

CREDIT_MARKS = (":", "：", "=", "©", "|")

# A short line opening with the copyright sign is a picture's credit or the page's notice
# ("© Oli Scarff/Getty Images", "© dpa-infocom", "Copyright © 2020 Site"), and so is one
# whose one-word label the sign follows, whatever the label's word ("Rubrikbild: © Name").
COPYRIGHT_LINE = re.compile(
    r"^\W{0,3}(?:copy(?:right|left)\s+|[^\W\d][\w-]{1,30}\s*[:：]\s*)?©", re.IGNORECASE
)

# Names as a wire's credit line writes them: capitalised words, "and", a place after "in".
_CREDITED = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|in|de|van|von|al|bin))*"


# A form's fine print: what the reader agrees to by sending it.
FINE_PRINT = re.compile(
    r"^by\s+(?:signing\s+up|clicking|submitting|subscribing|entering|providing|"
    r"registering|continuing)\b.*\b(?:agree|consent|accept)",
    re.IGNORECASE,
)

_FURNITURE_LINES: tuple[tuple[re.Pattern[str], int, tuple[str, ...]], ...] = (
    (FINE_PRINT, 80, ()),
    (
        re.compile(
            r"^\W*(?:also\s+read|read\s+also|read\s+more(?:\s+from\s+[^:]{2,30})?|see\s+also|"
            r"related|recommended|"
            r"must\s+read|read\s+next|don'?t\s+miss|more\s+on\s+this|"
            r"lesen\s+sie\s+(?:auch|aus\s+unserem\s+(?:plus-?)?angebot)|"
            r"mehr(?:\s+dazu)?|"
            r"auch\s+interessant|mehr\s+zum\s+thema|"
            r"das\s+könnte\s+(?:sie|dich|euch)\s+auch(?:\s+noch)?\s+interessieren|"
            r"(?:à\s+)?lire\s+aussi|voir\s+aussi|lee\s+también|leer\s+también|leggi\s+anche|"
            r"lees\s+ook|zie\s+ook|czytaj\s+(?:także|też|również)|"
            r"(?:zobacz|przeczytaj)\s+(?:też|także)|leia\s+(?:também|mais)|veja\s+também|"
            r"ver\s+también|siehe\s+auch|läs\s+(?:också|mer)|les\s+(?:også|mer)|se\s+også|"
            # ... and what to listen to ("Beluister ook:", "Hören Sie auch:").
            r"(?:be)?luister\s+ook|hören\s+sie\s+auch|listen\s+(?:also|too|to\s+more)|"
            r"lue\s+myös|baca\s+juga|xem\s+thêm|читайте\s+(?:также|також)|ayrıca\s+okuyun|"
            r"čtěte\s+(?:také|též)|přečtěte\s+si\s+(?:také|též)|čítajte\s+(?:aj|tiež)|"
            r"prečítajte\s+si\s+(?:aj|tiež)|pročitajte\s+(?:i|još|također)|preberite\s+še|"
            r"citește\s+și|olvassa\s+el\s+ezt\s+is|διαβάστε\s+(?:ακόμη|επίσης)|"
            r"прочетете\s+(?:още|също)|soma\s+(?:zaidi|pia)|basahin\s+(?:din|rin)|"
            r"यह\s+भी\s+पढ़ें|اقرأ\s+أيضاً?|بیشتر\s+بخوانید|"
            r"延伸閱讀|延伸阅读|相關新聞|相关新闻|相關閱讀|相关阅读|推薦閱讀|推荐阅读|関連記事|"
            r"関連ニュース|관련\s*기사)\s*(?:[:：]|>\s)"
            # ... or a bar after the word alone ("READ | Electricity tariffs: ...").
            r"|^\W*(?:read|lees|lire|leer|leggi|lesen)\s*\|\s",
            re.IGNORECASE,
        ),
        30,
        (),
    ),
    (re.compile(r"\blorem\s+ipsum\b", re.IGNORECASE), _ANY_LENGTH, ()),
    # A credit after a colon or a copyright sign, or after a bar ("| Photo by ...").
    (CREDIT, 40, CREDIT_MARKS),
    (COPYRIGHT_LINE, 8, ("©",)),
    # A caption in Chinese closing with its picture's credit in brackets ("▲氣象署提醒，
    # 今明兩天北部山區要慎防豪雨。（圖／記者王小明攝）").
    (
        re.compile(
            r"[（(](?:圖|图|圖片|图片|照片|攝影|摄影|影像)\s*[／/:：][^（）()]{1,40}[）)]\s*$"
        ),
        40,
        ("圖", "图", "照", "攝", "摄", "影"),
    ),
    # ... or after its full stop, who gave the picture or took it ("定结雪兔子。中国科学院
    # 昆明植物研究所供图", "记者 陈杭 摄").
    (
        re.compile(r"(?:供图|供圖|提供图片|提供圖片|(?:记者|記者)\s*\S{2,4}\s*(?:摄|攝))\s*$"),
        40,
        ("供", "摄", "攝"),
    ),
    # The Polish press's abbreviation, with no colon: "Fot. Adam Kowalski / Agencja".
    (
        re.compile(r"(?:^|[|.,;(]\s*|\s)fot\.\s*[\w .,&/'©-]{2,40}\)?$", re.IGNORECASE),
        40,
        ("Fot.", "FOT.", "fot."),
    ),
    (
        re.compile(
            r"^\(?(?:(?:titel|beitrags|header|artikel)?bild|foto|photo|image)\s+via\s+"
            r"[\w .,&/'-]{2,40}\)?$",
            re.IGNORECASE,
        ),
        40,
        (),
    ),
    (re.compile(r"^\W*(?:disclaimer|disclosure)\b", re.IGNORECASE), 100, ()),
    # ... and the writer's conflict-of-interest formula ("Jane Doe does not work for,
    # consult, own shares in or receive funding from any company ...").
    (
        re.compile(
            r"\bdoes\s+not\s+work\s+for,?\s+consult,?\s+own\s+shares\s+in\b"
            r"|\bha(?:s|ve)\s+disclosed\s+no\s+relevant\s+affiliations\b",
            re.IGNORECASE,
        ),
        80,
        (),
    ),
    # The stamp of a printed or saved copy ("Aufgerufen am 28.02.2024 um 09:12 auf
    # https://..."): when and where the page was read, not what it says.
    (
        re.compile(
            r"^(?:aufgerufen|abgerufen)\s+am\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"
            r"(?:,?\s+um\s+\d{1,2}[:.]\d\d(?:\s+uhr)?)?\s+(?:auf|unter|von)\b",
            re.IGNORECASE,
        ),
        20,
        (),
    ),
    # The note of a print edition ("This article appears in the December 2024 print edition
    # with the headline ...", "... in the June 2024 issue of The Magazine", "A version of this
    # article appears in print on ...", "... in e-paper on January 9, 2025, of Republica.").
    (
        re.compile(
            r"^(?:a\s+version\s+of\s+)?this\s+(?:article|story|essay|piece)\s+(?:appears|"
            r"appeared|was\s+published)\s+(?:as\s+[“\"‘'].{1,120}?[”\"’']\s+)?in\s+(?:the\s+)?"
            r"(?:[\w,]+\s+){0,4}(?:print\s+(?:edition|issue)\b|issue\s+of\s)"
            r"|^published\s+in\s+the\s+print\s+edition\b"
            # ... or the paper and the day, alone ("Published in Dawn, March 13th, 2024").
            r"|^published\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+"
            r"(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+),?\s+"
            r"\d{4}\.?$"
            r"|^a\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+(?:print|e-?paper)\b"
            # ... in German ("Dieser Beitrag erschien in der KUPFzeitung #190 (Juni 2024).").
            r"|^(?:dieser|der)\s+(?:beitrag|artikel|text)\s+erschien\s+(?:zuerst\s+|erstmals\s+|"
            r"auch\s+)?(?:in\s+(?:der|dem)|im)\s"
            # ... or the headline it ran under there ("Print Headline: Board votes ...").
            r"|^print\s+headline\s*:",
            re.IGNORECASE,
        ),
        60,
        (),
    ),
    # A video's teaser, its lead-in in front ("WATCH: Why the rules matter"); a sentence
    # after the word ends as one.
    (
        re.compile(r"^\W*(?:watch(?:\s+now)?\s*:|(?:read|watch|listen)\s*\|)[^.]*$", re.IGNORECASE),
        20,
        (":", "|"),
    ),
    # A news portal's closing line naming its sections ("Get Current Updates on India News,
    # ...", "Catch all the Business News, Market News ... on Live Mint.").
    (
        re.compile(
            r"^(?:get|catch\s+all\s+the)\s+(?:[\w-]+\s+){0,2}(?:news|updates)\s*(?:on|about|"
            r"from|,)"
            # ... or the region's ("Read more Costa del Sol news and stay up to date ...").
            r"|^read\s+more\s+(?:[\w-]+\s+){1,4}news\s+(?:and\s+stay|on|at|from|here)\b",
            re.IGNORECASE,
        ),
        45,
        (),
    ),
    # The wire's credits closing a story: "(Reporting by Jane Doe in London; Editing by
    # John Smith)", "Additional reporting by Max Weber.", "— With assistance from Max Weber."
    # The names in capitals: "Reporting by the BBC showed ..." is a sentence.
    (
        re.compile(
            rf"^\(?\s*(?i:(?:additional\s+)?(?:reporting|writing|editing)\s+by|[—–-]?\s*with\s+"
            rf"assistance\s+from)\s+{_CREDITED}(?:\s*[;,]\s*(?i:(?:additional\s+)?(?:reporting"
            rf"|writing|editing|compiled)\s+by)\s+{_CREDITED})*\s*\)?\.?$"
        ),
        30,
        (),
    ),
    # A wire's note of what an update changed ("(Updates with comment from the mayor in the
    # fifth paragraph.)", "(Adds details, byline)"; a correction's note, "(Corrects ...)",
    # is the story's record and stays), and the day a story first ran, alone
    # ("This story was originally published November 5, 2024, 10:22 AM.").
    (
        re.compile(
            r"^\((?:updates\s+(?:with|throughout|to)|adds|recasts|rewrites|refiles|"
            r"republishes)\b[^()]{2,160}\)$"
            r"|^this\s+(?:story|article)\s+was\s+(?:originally|first)\s+published\s+(?:on\s+)?"
            r"[\w\s,.:]{6,40}\d[\w\s,.:]{0,12}\.?$",
            re.IGNORECASE,
        ),
        30,
        (),
    ),
    # The opinion desk's disclaimer in the other languages of the press, wherever it stands
    # in its line ("Text vyjadřuje názor autora", "Gastbeiträge geben nicht unbedingt die
    # Meinung der Redaktion wieder", "n'engage que son auteur", "no refleja necesariamente").
    (
        re.compile(
            r"meinung\s+der\s+redaktion\s+wieder\b"
            # ... or the writer's alone ("Gastkommentare geben die Meinung der Autorin bzw. des
            # Autors wieder"), of the site's pieces, not a book's.
            r"|(?:beitr(?:ag|äge)|kommentare?|texte?|artikel|kolumnen?)\s+(?:gibt|geben)\s+"
            r"(?:\w+\s+){0,2}?die\s+(?:\w+\s+)?meinung\s+(?:der|des)\s+(?:jeweiligen\s+)?"
            r"(?:gast)?(?:autor|verfasser)\w*\b[^.]{0,40}?\bwieder\b"
            r"|n['’]engag(?:e|ent)\s+que\s+(?:son|leurs?|ses)\s+auteur|ne\s+refl[èe]t\w*\s+pas\s+"
            r"n[ée]cessairement|no\s+(?:refleja|reflejan|representa|representan)\s+"
            r"necesariamente|non\s+riflett\w*\s+necessariamente|n[ãa]o\s+(?:reflete|refletem|"
            r"representa|representam)\s+necessariamente|nu\s+reflect[ăa]\s+neap[ăa]rat|"
            r"vyjadřuje\s+(?:názor|názory|postoj)\s+autor|nemus[íi]\s+(?:se\s+)?shodovat\s+"
            r"s\s+(?:názorem|postojem|stanoviskem)\s+redakce|nie\s+musi(?:ą)?\s+"
            r"(?:odzwierciedlać|odpowiadać)\s+(?:poglądów|stanowiska|opinii)\s+redakcji|"
            r"mening\s+van\s+de\s+redactie\s+weer\b",
            re.IGNORECASE,
        ),
        40,
        (),
    ),
    # The page's own furniture said in a line: an audio player's label or pitch, the agency's
    # standards, the opinion desk's disclaimer, a broadcaster's note of its programme
    # ("Über dieses Thema berichtete die tagesschau am 5. November 2024 um 20:00 Uhr.",
    # "Dieses Thema im Programm: NDR Info | 05.11.2024", "Sendung: hr-iNFO, 05.11.2024",
    # "Diese Nachricht wurde am 05.11.2024 im Programm Deutschlandfunk gesendet."). The
    # programme's line names its day in figures: "Sendung am Sonntag ..." may be a sentence.
    (
        re.compile(
            r"^\W*(?:listen\s+to\s+(?:this\s+)?(?:article|story)\b|our\s+standards\s*:"
            r"|(?:new\W+)?you\s+can\s+now\s+listen\s+to\s+(?:[\w.'’-]+\s+){0,4}"
            r"(?:articles|stories)\b"
            r"|please\s+use\s+(?:the\s+)?(?:chrome|a\s+different|another|a\s+modern)\s+"
            r"browser\s+for\b"
            r"|the\s+views\s+(?:and\s+opinions\s+)?expressed\b.*\b(?:author|writer|"
            r"columnist|contributor)s?\b"
            r"|über\s+dieses\s+thema\s+"
            r"(?:berichteten?|berichten\s+wir|ha(?:t|ben)\s.{0,80}\bberichtet)\b"
            r"|dieses\s+thema\s+im\s+programm\s*:"
            r"|sendung\s*(?::|am\b|vom\b).{0,60}?\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b"
            r"|diese[rsn]?\s+(?:nachricht|meldung|beitrag|bericht|interview|sendung)\s+wurde\s+"
            r"am\s+.{4,40}?\s+(?:im\s+programm|in\s+der\s+sendung)\b"
            # ... or a view counter: "Dieser Artikel wurde 1.284 mal gelesen."
            r"|diese[rs]?\s+(?:artikel|beitrag|text)\s+wurde\s+[\d.,]+\s*(?:mal|x)\s+"
            r"(?:gelesen|aufgerufen)\b|this\s+(?:article|story|post)\s+has\s+been\s+"
            r"(?:read|viewed)\s+[\d.,]+\s+times\b"
            # ... or the programme the piece aired in: "Aus Echo der Zeit vom 04.06.2024."
            r"|aus\s+[\w\s&'’-]{2,40}?\s+vom\s+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\W*$)",
            re.IGNORECASE,
        ),
        30,
        (),
    ),
    # The page's notes about the text, not of it: its age ("This article is more than 5
    # years old", "Dieser Artikel ist älter als ein Jahr"), a shop's commission ("If you
    # buy something using links in our stories, we may earn a commission", "Mit einem *
    # markierte Links sind Affiliate-Links"), the editor's credit line ("Edited by: Jane
    # Doe"): each opens its line, so the search stops at the line's start.
    (
        re.compile(
            r"^\W*(?:this\s+(?:article|story|content|page)\s+(?:is|was\s+(?:published|written))\s+"
            r"more\s+than\s+(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:old|ago)\b"
            r"|diese[rs]?\s+(?:artikel|beitrag|text)\s+(?:ist\s+(?:älter\s+als|über|mehr\s+als)|"
            r"wurde\s+vor\s+(?:mehr\s+als|über))\s+\w+\s+(?:tage?n?|wochen?|monate?n?|jahre?n?)\b"
            r"|if\s+you\s+(?:buy|purchase)\s+(?:something|anything|a\s+product|products)\b.{0,60}"
            r"\bwe\s+(?:may|might|could)\s+(?:earn|receive|get)\b"
            r"|mit\s+einem\s+(?:\*|stern(?:chen)?(?:\s*\(\*\))?)\s+(?:markierte|gekennzeichnete|"
            r"versehene)\s+links\b"
            r"|edited\s+by\s*:\s*[\w .'’-]{2,60}$)",
            re.IGNORECASE,
        ),
        40,
        (),
    ),
    # ... and its machine voice ("Produced by ElevenLabs ... using AI narration"), anywhere
    # in a short line that names it.
    (
        re.compile(
            r"\belevenlabs\b|\bai[- ]narrat\w*|\bai[- ]generated\s+(?:audio|voice|narration)\b"
            r"|\bki[- ]generierte?\s+(?:stimme|audio)\b",
            re.IGNORECASE,
        ),
        40,
        ("ElevenLabs", "AI", "KI", "elevenlabs"),
    ),
    # The note of an agency's copy published from the feed unedited ("Dieser Text wurde
    # automatisch von dpa übernommen und von der Redaktion nicht bearbeitet.", "(Except for
    # the headline, this story has not been edited by staff and is published from a
    # syndicated feed.)"): the page's, not the agency's, so no credit of the story.
    (
        re.compile(
            r"^\W*(?:dieser|der)\s+(?:text|artikel|beitrag|inhalt)\s+(?:wurde|ist|stammt)\s+"
            r"(?:.{0,40}?\b(?:automatisch|automatisiert|unverändert|ungeprüft)\w*\s.{0,60}?"
            r"\b(?:übernommen|veröffentlicht|erstellt|generiert|nachrichtenfeeds?)\b"
            r"|teil\s+eines\s+automatisierten\b)",
            re.IGNORECASE,
        ),
        45,
        (),
    ),
    (
        re.compile(
            r"\b(?:published|auto-generated|generated|taken)\s+from\s+(?:a|the)\s+"
            r"syndicated\s+(?:news\s+)?feed\b",
            re.IGNORECASE,
        ),
        45,
        ("syndicated",),
    ),
)

# A line that opens with a credit's label is the credit, however long its names run
# ("Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.", "Fotos: A, B, C, D"); a label
# alone ("Credits:") may head a section of the text.
# ... and the source line closing a story ("Source: Al Jazeera and news agencies", "Fuente:
# EFE"), read only where it opens a short line: "(source: Eurostat)" closes many a sentence.
_SOURCE_WORDS = r"(?:sources?|quellen|fuentes?|fontes?|fonti|bron(?:nen)?|źródło)"

_CREDIT_LABEL = re.compile(
    rf"^\W{{0,3}}(?:{_CREDIT_WORDS}|{_SOURCE_WORDS})(?:\s+(?:by|via|von|de|di))?\s*[:：=]\s*[\w(©]",
    re.IGNORECASE,
)

_CREDIT_LABEL_WORDS = 15

# ... or a credit in brackets with its by-word ("(Photo by John Smith/Getty Images)").
_BRACKETED_CREDIT = re.compile(
    rf"^[(（\[]\s*{_CREDIT_WORDS}\s+(?:by|von|via|de|di|par|por)\s+[^()（）\[\]]{{2,60}}[)）\]]$"
    # ... or after the agency's name and a slash ("(AP Photo/John Smith)").
    rf"|^[(（\[]\s*[\w.-]+\s+{_CREDIT_WORDS}\s*/\s*[^()（）\[\]]{{2,60}}[)）\]]$",
    re.IGNORECASE,
)


def is_credit_line(text: str) -> bool:
    """A short line opening with a picture credit's label ("Bildquelle:", "Foto:", "Beeld:",
    "사진=") or one that is a credit in brackets ("(Photo by John Smith/Getty Images)", "(AP
    Photo/John Smith)"): a credit, or a source line, never the text's."""
    if len(text.split()) > _CREDIT_LABEL_WORDS:
        return False
    if text[:1] in "(（[" and _BRACKETED_CREDIT.match(text) is not None:
        return True
    return any(mark in text for mark in ":：=") and _CREDIT_LABEL.match(text) is not None


def is_furniture_line(text: str) -> bool:
    """A consent line, an "Also read:" teaser, placeholder text, a credited caption, a
    disclaimer, a wire service's routing code or the story's tags: never the article's
    text, at any place in it."""
    words = len(text.split())
    if words <= _SIGNED_WORDS and _sign_off(text.strip()):
        return True
    if words <= _NOTED_WORDS and ";" in text and _noted_sign_off(text):
        return True
    if words <= _TAG_LINE_WORDS and ":" in text and _tag_line(text):
        return True
    # The length test first: most lines are paragraphs too long for any but the
    # placeholder rule, whose search is skipped unless its word is there at all. An
    # unanchored search tries every position of the line: only lines holding one of the
    # characters its match needs are searched.
    for rule, most, needed in _FURNITURE_LINES:
        if words > most or (most == _ANY_LENGTH and "psum" not in text.casefold()):
            continue
        if needed and not any(char in text for char in needed):
            continue
        if rule.search(text):
            return True
    return False


# A sign-off with the agencies in brackets runs to a few words ("ar/ab (dpa, afp, rtr)").
_SIGNED_WORDS = 6

_CODE_PART = re.compile(r"[^\W\d_][\w-]{0,9}")

_SIGNED_SOURCES = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4})+\s*\(([\w\s,.-]{2,40})\)")

_INITIALS = re.compile(r"[a-z]{2,4}")

# An editor's initials or the agency's name in brackets alone on a line: the story's
# sign-off ("(aro)", "(dpa)"), never a paragraph of it. Square brackets alone on a line
# are a config file's section ("[build]").
_SIGNED = re.compile(r"\(\s*(\w{2,12})\s*\)")

# ... or who signs, then the day, in brackets: the writer, the agency or the paper's print
# edition ("(APA, 5.11.2024)", "(„Die Presse“, Print-Ausgabe, 06.11.2024)"). A sentence
# in brackets names its day without the comma before it.
_SIGNED_ON = re.compile(r"\([^()]{2,60}?,\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\s*\)")

# ... or the newsroom ("red.") signing for the site by its address and its sources ("red,
# ORF.at/Agenturen"): "Red, Green" is a list.
_NEWSROOM = re.compile(
    r"red\.?\s*,\s*(?:[\w-]+(?:\.[\w-]+)+(?:/[\w.-]+)*|[\w.-]+(?:/[\w.-]+)+)", re.IGNORECASE
)

# The story's tags on one line after their label ("Filed under: Congress, Budget", "Themen:
# Bundesregierung, Haushalt"): each a few words, none a sentence.
_TAG_LABEL = re.compile(
    r"^\W*(?:filed\s+under|tags?|topics|keywords|schlagw[öo]rte?r?|stichw[öo]rte?r?|themen|"
    r"mots[- ]clés|etiquetas|temas|argomenti|tópicos|onderwerpen|tematy)\s*:\s*",
    re.IGNORECASE,
)

_TAG_LINE_WORDS = 30

_TAG_WORDS = 4


def _tag_line(text: str) -> bool:
    label = _TAG_LABEL.match(text)
    if label is None or text.rstrip().endswith("."):
        return False
    tags = re.split(r"\s*[,;|·]\s*", text[label.end() :].strip())
    return all(0 < len(tag.split()) <= _TAG_WORDS for tag in tags)


def _sign_off(line: str) -> bool:
    """A story's closing sign-off: an editor's initials or the agency alone in brackets
    ("(aro)", "(dpa)"), who signs with the day (:data:`_SIGNED_ON`), the newsroom for the
    site (:data:`_NEWSROOM`) or a routing code (:func:`_routing_code`)."""
    signed = _SIGNED.fullmatch(line)
    if signed:
        return bool(_INITIALS.fullmatch(signed[1]) or AGENCY.fullmatch(signed[1]))
    if _SIGNED_ON.fullmatch(line) or _NEWSROOM.fullmatch(line):
        return True
    return "/" in line and _routing_code(line)


# A broadcaster's note of its programme closed by the routing code after a semicolon
# ("SRF 4 News, 05.11.2024, 10:00 Uhr ; sda/roth"), the day in figures before it.
_NOTED_WORDS = 12


def _noted_sign_off(text: str) -> bool:
    note, code = text.rsplit(";", 1)
    return any(char.isdigit() for char in note) and "/" in code and _routing_code(code)


def _routing_code(text: str) -> bool:
    """The agency and editors' initials a wire story closes with ("dpa-AFX/bek/DP/mis",
    "(dpa/lno)", "AFP/fg/bfi", "aja/PAP"): three or more codes, an agency and initials in
    either order, or two editors' initials in brackets ("(dr/spot)")."""
    line = text.strip()
    sources = _SIGNED_SOURCES.fullmatch(line)
    if sources:
        # The editors' initials, then the agencies they wrote from ("ar/ab (dpa, afp, rtr)").
        named = [a.strip() for a in sources[1].split(",")]
        return any(AGENCY.fullmatch(a) for a in named) and all(
            _CODE_PART.fullmatch(a) for a in named
        )
    # An abbreviated part keeps its full stop ("(APA/red.)").
    parts = [part.removesuffix(".") for part in line.strip("()[] ").split("/")]
    if len(parts) < 2 or not all(_CODE_PART.fullmatch(part) for part in parts):
        return False
    if len(parts) >= 3 or AGENCY.match(parts[0]) is not None:
        return any(_INITIALS.fullmatch(part) for part in parts[1:])
    first, second = parts
    if _INITIALS.fullmatch(first) is None:
        return False
    # An editor signing for the agency; or two editors' initials, which only their brackets
    # tell from a pair of words ("km/h" stands in the text, never alone in brackets).
    bracketed = line[:1] in "([" and line[-1:] in ")]"
    return AGENCY.match(second) is not None or (
        bracketed and _INITIALS.fullmatch(second) is not None
    )


def strip_inline_furniture(text: str) -> str:
    # Every block passes here: the search runs only where a match can be ("...ment -",
    # "_img"; the letters without case variants that a case-blind search also takes).
    lowered = text.lower()
    if ("ment" in lowered and "-" in text) or ("_" in text and "mg" in lowered):
        return _INLINE_FURNITURE.sub("", text)
    return text

"""Lines that are the page's wherever they stand in the text: a teaser lead-in left alone
on its line, a control's label, a page or gallery link, a guarantee's small print, in the
languages of the press; sentences that go on past those words stay."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks

STORY = [
    "Die Stadtwerke erhöhen die Preise für Fernwärme zum ersten April um durchschnittlich "
    "zwölf Prozent; betroffen sind rund 18.000 Haushalte, vor allem in den großen "
    "Wohnanlagen am Nordring und in der Weststadt.",
    "Als Grund nannte der Geschäftsführer die gestiegenen Kosten für Gas und Biomasse, die "
    "das Unternehmen im vergangenen Jahr nur zum Teil an die Kundschaft weitergegeben habe.",
    "Der Mieterverein kritisierte die Erhöhung scharf und forderte einen Härtefallfonds der "
    "Stadt für Familien mit kleinen Einkommen, über den der Rat im Februar beraten soll.",
]

# Teaser lead-ins left alone on their line (the teasers they led in to were cut).
LEAD_INS = [
    "Schon gelesen?",
    "Mehr Themen:",
    "Zum Weiterlesen:",
    "Lust auf mehr?",
    "Das könnte Sie auch interessieren",
    "À découvrir",
    "À lire aussi",
    "Sur le même sujet",
    "También te puede interesar",
    "Noticias relacionadas",
    "Leggi anche",
    "Leia também",
    "Lees ook",
    "Czytaj także:",
    "Läs också",
    "Читайте также",
    "Читайте також",
    "Lue myös",
    "Olvassa el ezt is",
    "Citește și",
    "Διαβάστε επίσης",
    "קראו עוד",
    "Pročitajte i",
    "Preberite tudi",
    "Devamını oku",
    "Baca juga:",
    "Xem thêm:",
    "Tin liên quan",
    "อ่านเพิ่มเติม",
    "ये भी पढ़ें",
    "यह भी पढ़ें:",
    "اقرأ أيضاً:",
    "مواضيع ذات صلة",
    "بیشتر بخوانید",
    "関連記事",
    "あわせて読みたい",
    "相关阅读",
    "相關新聞",
    "관련기사",
    # The line an advertisement leaves in the text it interrupts.
    "Advertisement - Continue Reading Below",
    # The links an ad slot sets under it.
    "Ad Feedback",
    "Report this ad",
    "AdChoices",
    "Story continues below advertisement",
    "Dalsza część artykułu pod materiałem wideo",
    "Dalszy ciąg artykułu pod materiałem wideo",
    "Der Artikel wird unter dem Video fortgesetzt",
    "Article continues below",
    "Weiterlesen nach der Anzeige",
    "Artikel wird nach der Anzeige fortgesetzt",
    "La suite après cette publicité",
    "Sigue leyendo",
    "Seguir leyendo:",
    "Mirá también",
    "Ouest-France vous recommande",
    "Recommended for you",
    # A share bar's words, the comments' heading, the reading time, a link copied, the
    # reader's list, in the other languages of the press.
    "Teilen",
    "Merken.",
    "Partager",
    "3 Kommentare",
    "Commentaires",
    "Lesezeit: 2 Minuten",
    "Lecture 3 min.",
    "Leestijd 3 minuten",
    "5 min leestijd",
    "4 min de lecture",
    "Link kopiert",
    "Deine Meinung zählt",
    "Passend zum Artikel",
    "PAID CONTENT",
    "Advertorial",
    "Passend zum Thema:",
    "Das könnte dich auch noch interessieren:",
    "Kommentare (12)",
    "Comments (3)",
    "Your opinion matters",
    # The source line closing a story.
    "Source: Al Jazeera and news agencies",
    "Fuente: EFE",
    "Zur Merkliste hinzufügen",
    "Join the Discussion",
    # A story's pages and galleries.
    "Seite 1 von 2",
    "Weiter auf Seite 2",
    "Next page",
    "Bildergalerie",
    "Zur Bilderstrecke",
    "Click to enlarge",
    # The writer's accounts, a picture's credit after the agency's name.
    "Follow me on Instagram: @harbourwalks",
    "Follow Jane Doe on Twitter @janedoe",
    "Contact the author at jane@example.com",
    "(AP Photo/John Smith)",
    # A template's label after each ad, a registration wall's offer.
    "Article content",
    "Read this article for free: Create an account or Log in to continue.",
    # The opinion desk's disclaimer, in the other languages of the press.
    "Text vyjadřuje názor autora. Nemusí se shodovat s postojem redakce.",
    "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.",
    "Gastbeiträge geben die Meinung der Autorinnen und Autoren wieder, nicht zwingend die der "
    "Redaktion.",
    "Cette tribune n'engage que son auteur.",
    "Las opiniones de los columnistas no reflejan necesariamente la línea editorial.",
    "Le opinioni espresse non riflettono necessariamente quelle della redazione.",
    "Opiniile exprimate nu reflectă neapărat poziția redacției.",
    # A printed copy's stamp; a teaser line with its label in Chinese.
    "Aufgerufen am 28.02.2024 um 09:12 auf https://www.zeitung.example/lokal/artikel-1234",
    "延伸閱讀：捷運環狀線北環段 預計118年完工",
    # A broadcaster's programme note naming two programmes; a Nordic paywall's offer.
    "Sendung: hlf-fernsehen, hessenjournal, 28.11.2023, 19:30 Uhr",
    "Läs vidare med NK Plus – första månaden för 1 kr. Ingen bindningstid, avsluta när du vill.",
]


@pytest.mark.parametrize("line", LEAD_INS)
def test_teaser_lead_in_alone_on_its_line_is_dropped(line: str) -> None:
    story = STORY
    blocks = [story[0], line, *story[1:]]
    assert clean_blocks(blocks, title=None) == story


def test_lines_that_go_on_past_a_lead_in_are_kept() -> None:
    story = STORY
    lines = [
        "Lust auf mehr Bewegung im Alltag? Die Stadt öffnet ab Mai drei neue Trimm-dich-Pfade.",
        "Mehr Themen als je zuvor standen auf der Tagesordnung des Rates.",
        "Leia também o relatório da comissão, publicado em março.",
        "Baca juga laporan lengkap komisi yang terbit bulan Maret.",
        "関連記事によると、市は来年度から新しい路線の建設を始める予定だ。",
        "Teilen wollen die Städte die Kosten nicht, sagte der Bürgermeister.",
        "Seite an Seite standen die Anwohner vor dem Rathaus.",
        "Rumor has it the show returns at Christmas. Follow him on Instagram to watch.",
        "Kommentare der Anwohner fielen überwiegend positiv aus, teilte die Stadt mit.",
        "Sources close to the mayor said the deal was done.",
        "Your opinion matters less than the law, the judge told the council.",
        "Inflation rose to 3.2 percent in May (source: Eurostat).",
        "Article content filters are what the new law asks platforms to build.",
        "Der Minister sagte, das Papier gebe die Meinung der Regierung wieder.",
        "Der Verlag betont, das Buch gebe die Meinung des Autors wieder. Es erschien im Mai "
        "und wurde seither dreimal nachgedruckt, wie der Verlag mitteilte.",
    ]
    for line in lines:
        blocks = [story[0], line, *story[1:]]
        assert clean_blocks(blocks, title=None) == blocks, line


# A guarantee's or a price list's small print.
SMALL_PRINT = [
    "(Alle Angaben ohne Gewähr)",
    "Irrtümer und Änderungen vorbehalten.",
    "Prices subject to change.",
    "Sous réserve de modifications.",
    "Salvo errori e omissioni.",
]


@pytest.mark.parametrize("line", SMALL_PRINT)
def test_guarantee_small_print_is_dropped_anywhere(line: str) -> None:
    blocks = [STORY[0], line, *STORY[1:]]
    assert clean_blocks(blocks, title=None) == STORY


def test_sentences_using_the_small_prints_words_are_kept() -> None:
    lines = [
        "Die Preise für die Fernwärme seien ohne Gewähr auf Dauer kaum zu halten, sagte er.",
        "Alle Angaben ohne Gewähr zu machen, sei bei Fahrplänen nicht erlaubt, urteilte das "
        "Gericht.",
    ]
    for line in lines:
        blocks = [STORY[0], line, *STORY[1:]]
        assert clean_blocks(blocks, title=None) == blocks, line


DISCLOSURES = [
    "Dieser Artikel enthält Affiliate-Links. Wenn du über diese Links einkaufst, erhalten wir "
    "eine kleine Provision. Am Preis ändert sich für dich nichts.",
    "Cet article contient des liens affiliés. Si vous achetez via ces liens, nous percevons une "
    "petite commission.",
    "Este artículo contiene enlaces de afiliados. Si compras a través de ellos, recibimos una "
    "pequeña comisión.",
    "This post contains affiliate links: we may earn a commission at no extra cost to you.",
    "Ten artykuł zawiera linki afiliacyjne. Jeśli kupisz produkt przez link, otrzymujemy prowizję.",
    "Hearst Television participates in various affiliate marketing programs, which means we may "
    "get paid commissions on editorially chosen products purchased through our links.",
    # The site by its name, of its links.
    "*Affiliate-Link: Wenn Sie über diese Links einkaufen, erhält Techportal eine Provision.",
    # Said without the word.
    "Hinweis: Wir verlinken auf Angebote ausgewählter Händler. Kaufen Sie dort ein, erhalten "
    "wir eine kleine Provision.",
    # The earning as a share of the sale.
    "Links zu Bezugsquellen sind teilweise Partner-Links: Wenn ihr hier kauft, unterstützt ihr "
    "uns, denn wir erhalten dann einen kleinen Teil vom Verkaufserlös.",
    # The links told by the mark they carry.
    "*Wir erhalten bei einem Kauf über die mit einem Stern markierten Links eine Provision.",
]


@pytest.mark.parametrize("line", DISCLOSURES)
def test_an_affiliate_disclosure_between_paragraphs_is_dropped(line: str) -> None:
    # Past the article's header, where a disclosure of the header's was always dropped.
    blocks = [*STORY[:2], line, *STORY[2:]]
    assert clean_blocks(blocks, title=None) == STORY


def test_a_report_on_affiliate_commissions_is_kept() -> None:
    line = (
        "Publishers said the retailer cut the commission it pays on affiliate links from eight "
        "to three per cent last spring."
    )
    blocks = [*STORY[:2], line, *STORY[2:]]
    assert clean_blocks(blocks, title=None) == blocks


NOTICES = [
    "(Reporting by Jane Doe in London; Editing by John Smith)",
    "Additional reporting by Max Weber.",
    "— With assistance from Max Weber.",
    "Listen to this article",
    "NEW You can now listen to Daily Courier articles!",
    "Please use Chrome browser for a more accessible video player",
    "Aus Echo der Zeit vom 04.06.2024.",
    "Dieser Artikel wurde 1.284 mal gelesen. Artikel drucken | Artikel versenden",
    "This article has been read 2,310 times.",
    "This article is more than 5 years old",
    "This article was published more than 6 months ago. Some information may no longer be current.",
    "Dieser Artikel ist älter als ein Jahr.",
    "Produced by ElevenLabs and News Over Audio (NOA) using AI narration.",
    "If you buy something using links in our stories, we may earn a commission.",
    "Mit einem * markierte Links sind Affiliate-Links.",
    "Edited by: Martin Kübler",
    "Masz newsa, zdjęcie lub filmik? Prześlij nam przez kontakt24.",
    "Tips oss! Har du bilder eller video fra stedet? Send til tips@tv.example.",
    "Har du billeder eller video fra branden? Send dem til os",
    "Keep up with all the latest news from the UK and around the world by following Sky News",
    "Follow Daily Mirror on WhatsApp for latest news",
    "Die Agentur-News gibt es auch als Newsletter",
    "Print Headline: Board votes to shut two schools",
    "If it is safe to do so, you can get in touch by emailing haveyoursay@news.example or via "
    "WhatsApp.",
    "Folgen Sie der Stadtpost jetzt auch bei WhatsApp",
    "Sie wollen uns Ihre Meinung zu diesem Artikel mitteilen? Schreiben Sie an "
    "redaktion@journal.example.",
    "獨立的聲音需要你的支持。我們是非營利媒體",
    "This article appears in the June 2024 issue of The Prospect magazine.",
    "Tipsa oss! Har du sett något? Mejla nyheter@tidning.example.",
    "Źródło zdjęcia głównego: PAP/Paweł Supernak",
    "I-follow ang Abante sa Facebook at YouTube para sa pinakabagong balita.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "(Updates with comment from the mayor in the fifth paragraph.)",
    "This story was originally published November 5, 2024, 10:22 AM.",
    "A version of this article appears in e-paper on January 9, 2025, of Republica.",
    "A version of this article appears in print on Dec. 7, 2026, Section A, Page 1 of the New "
    "York edition with the headline: Buses for the valley.",
    "Most Read from Bloomberg",
    "Join our commenting forum",
    "Über dieses Thema berichtete die tagesschau am 05. November 2024 um 20:00 Uhr.",
    "Über dieses Thema hat Bayern 2 am 5. November 2024 berichtet.",
    "The views expressed are those of the author.",
    # A broadcaster's note of its programme, present tense or the programme's own line.
    "Über dieses Thema berichten wir auch im WDR Fernsehen: Aktuelle Stunde, 05.11.2024, "
    "18:45 Uhr.",
    "Dieses Thema im Programm: NDR Info | Nachrichten | 05.11.2024 | 10:00 Uhr",
    "Sendung am Di., 5.11.2024 19:30 Uhr, SWR Aktuell Baden-Württemberg, SWR BW",
    "Sendung: hr-iNFO, 05.11.2024, 10 Uhr",
    "Diese Nachricht wurde am 05.11.2024 im Programm Deutschlandfunk gesendet.",
    "Dieser Beitrag wurde am 5. November 2024 in der Sendung Aktuell ausgestrahlt.",
    "Quellen: Reporter vor Ort, Nachrichtenagentur dpa",
    # The note of an agency's copy taken from the feed unedited.
    "Dieser Text wurde automatisch von dpa übernommen und von der Redaktion nicht bearbeitet.",
    "Dieser Artikel ist Teil eines automatisierten Nachrichtenfeeds der Agentur.",
    "(Except for the headline, this story has not been edited by Daily Courier staff and is "
    "published from a syndicated feed.)",
    "(Only the headline and picture of this report may have been reworked by the staff; the "
    "rest of the content is auto-generated from a syndicated feed.)",
    # A magazine's or a paper's note of its print edition.
    "This article appears in the December 2024 print edition with the headline “The Rules.”",
    "Published in the print edition of the November 11, 2024, issue, with the headline “The "
    "Rules.”",
    "A version of this article appears in print on Nov. 6, 2024, Section A, Page 1 of the New "
    "York edition with the headline: New Rules Take Effect.",
    # The metered paywall's count.
    "You’ve read 1 article in the last month",
    "You have read 2 of 10 free articles this month.",
    "Sie haben 3 von 5 kostenlosen Artikeln gelesen.",
    "You have /5 articles left.",
    "Sie haben noch 2 kostenlose Artikel in diesem Monat.",
    # The print issue's sale, and the region's news pointed to.
    "Den Augustin gibt es auf der Straße. Kaufen Sie die aktuelle Ausgabe bei Ihrer "
    "Verkäuferin oder Ihrem Verkäufer.",
    "Pick up a copy of the latest issue at your local newsagent.",
    "Read more Costa del Sol news and stay up to date with events across the region.",
    # The German paywall's offer with its price, and how comments are kept.
    "Alle Artikel auf RP ONLINE lesen – 1 Monat für 0,99 €",
    "Jetzt stern+ lesen und alle Artikel freischalten – die ersten vier Wochen kostenlos.",
    "Alle Artikel lesen, jederzeit kündbar. Die ersten vier Wochen für 0,99 €.",
    "Sendungsbezogene Kommentare und Beiträge werden moderiert. Zum Meta-Forum geht es hier.",
    # Letters asked for, the site's sections and channels followed, its app.
    "Follow the New York Times Opinion section on Facebook, Instagram, TikTok, Bluesky, "
    "WhatsApp and Threads.",
    "Corriere della Sera è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al "
    "canale ed essere sempre aggiornati.",
    "Download de NOS-app voor het laatste nieuws, live en overzichtelijk.",
    "Have a tip we should know? tips@site.example",
    "Word abonnee en krijg onbeperkt toegang tot alle artikels, dossiers en het digitale magazine.",
    "Prenumerera på Barometern Digital och ta del av allt lokalt innehåll – första månaden för 1 "
    "krona.",
    "Gracias a nuestros socios podemos seguir haciendo periodismo independiente. Hazte socio.",
    # A Chinese picture's credit after its caption.
    "定结雪兔子。中国科学院昆明植物研究所供图",
    # The tag list as one line, after its label.
    "Filed under: Congress, Budget",
    "Tags: Congress, Federal budget, Unions",
    "Themen: Bundesregierung, Haushalt",
    # A teaser's lead-in, the paper's offer named.
    "Lesen Sie aus unserem Angebot: Wie die Stadt den Winter plant",
    "Lesen Sie aus unserem Plus-Angebot: Wie die Stadt den Winter plant",
    # A video teaser's lead-in.
    "WATCH: Why the new rules matter",
    # The tabloid asking for tips, the site's controls.
    "Got a story? Email news@news.example",
    "Republish this article",
    "Republish this story",
    "Jane Doe does not work for, consult, own shares in or receive funding from any company or "
    "organisation that would benefit from this article, and has disclosed no relevant "
    "affiliations beyond their academic appointment.",
    "Get Current Updates on India News, Election Results along with Latest News and Top "
    "Headlines from India and around the world.",
    "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on "
    "Live Mint.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_wire_credits_and_the_pages_own_notices_are_dropped_anywhere(line: str) -> None:
    for blocks in ([*STORY[:2], line, *STORY[2:]], [*STORY, line]):
        assert clean_blocks(blocks, title=None) == STORY


def test_sentences_that_open_like_a_credit_and_editors_notes_are_kept() -> None:
    for line in (
        # A republished piece's attribution is the editor's note its licence asks for.
        "This article was originally published by The Conversation under a Creative Commons "
        "licence.",
        "Reporting by the BBC showed that the ferry had been late on most days in November.",
        "The views expressed by residents at the meeting were mixed, the mayor said.",
        "Über dieses Thema wird der Rat im Februar beraten, sagte die Bürgermeisterin.",
        "(Updates of the timetable are posted at the quay every Monday.)",
        "This story was originally published by The Conversation under a Creative Commons licence.",
        "Most read the council's report before the vote, the mayor said.",
        "Über dieses Thema berichten viele Zeitungen seit Wochen, sagte die Sprecherin.",
        # A report of others who follow, and of pictures the police asks for in a sentence.
        "Die Polizei bat die Anwohner, ihr bei WhatsApp zu folgen.",
        "The minister said voters wanted to keep up with the latest changes to the rules.",
        "Fans follow the team on Instagram in huge numbers, the club said.",
        "Follow these steps shared on Twitter to safely report a pickpocket on the train.",
        "The song opens his holiday special. Follow him on Instagram to watch.",
        "Sendung am Sonntag war ein Erfolg, sagte die Intendantin am Montag.",
        "Diese Nachricht wurde am Dienstag von allen Sendern verbreitet, sagte der Minister.",
        "The paper's print edition will end in March, the publisher said on Tuesday.",
        "You’ve read the report, the mayor told the councillors on Tuesday.",
        "Topics: the budget, the new tram line and the school were discussed for hours.",
        "Themen: Verkehr, Schule und Wohnen standen auf der Agenda des Rates.",
        "Watch: the council will decide in March, and the unions are ready to strike.",
        "Got a story like this one? The council wants to hear from residents, the mayor said.",
        "Catch all the buses you can, the mayor advised commuters on Tuesday.",
        "Der Text wurde automatisch übersetzt und vom Gericht nicht geprüft, sagte die Anwältin.",
        "You can now listen to the council's debates online, the clerk said on Tuesday.",
        "The site is built with valid HTML, and its syndicated feed is valid Atom.",
        "Aus Bern vom Bundesrat kam am Dienstag keine Antwort, sagte die Sprecherin.",
        "This article is more than a summary of the report, the editor said.",
        "Edited by the council's staff, the report runs to 300 pages, the mayor said.",
        "If you buy something in the old town, the shops may close early, the mayor said.",
    ):
        blocks = [*STORY[:2], line, *STORY[2:]]
        assert clean_blocks(blocks, title=None) == blocks, line


@pytest.mark.parametrize(
    "line",
    [
        "【责任编辑:王芳】",
        "扫一扫在手机打开当前页",
        "《TVBS》提醒您：炎熱天氣外出注意防曬、多補充水分，避免熱傷害。",
        "При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових "
        "систем гіперпосилання не нижче першого абзацу обов'язкові.",
        "हिंदी न्यूज़ से जुड़े अपडेट और व्यूज लगातार हासिल करने के लिए हमारे साथ फेसबुक पेज और ट्विटर हैंडल पर जुड़ें",
        "The Times is committed to publishing a diversity of letters to the editor. We’d like "
        "to hear what you think about this or any of our articles.",
        "Track Latest News Live on NDTV.com and get news updates from India and around the world",
    ],
)
def test_the_editor_s_line_and_the_site_s_calls_closing_the_text_are_dropped(line: str) -> None:
    assert clean_blocks([*STORY, line], title=None) == STORY

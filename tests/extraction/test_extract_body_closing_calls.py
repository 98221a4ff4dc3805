"""The lines that close a page asking the reader to report a mistake or to read on elsewhere
("Sie haben einen Fehler entdeckt? Schreiben Sie uns.", "Mehr Nachrichten aus der Region
lesen Sie hier."), in the languages of the press, go with the run of closing lines they end;
a story's last sentence about an error stays."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks

STORY = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen "
    "Straßenbahnlinie beschlossen, die den Norden der Stadt mit dem Hauptbahnhof verbinden soll.",
    "Die Kosten für das Projekt werden auf rund 180 Millionen Euro geschätzt; ein großer Teil "
    "soll aus Fördermitteln des Bundes und des Landes kommen, sagte der Oberbürgermeister.",
    "Die Bauarbeiten sollen im Frühjahr 2026 beginnen und etwa vier Jahre dauern. Während "
    "dieser Zeit müssen Autofahrer in der Innenstadt mit Umleitungen rechnen.",
]


@pytest.mark.parametrize(
    "closing",
    [
        ["Zur Startseite", "Sie haben einen Fehler entdeckt? Schreiben Sie uns."],
        ["Mehr Nachrichten aus der Region lesen Sie hier."],
        ["Fehler gefunden? Jetzt melden"],
        ["Spotted an error? Let us know."],
        ["Vous avez repéré une erreur ? Signalez-la à la rédaction."],
        ["¿Has visto algún error? Escríbenos."],
        ["Hai trovato un errore? Segnalacelo."],
        ["Encontrou um erro? Avise-nos."],
        # The newsroom asking for the reader's question, in the familiar form.
        ["Hast du eine Frage zu diesem Thema? Schreib uns."],
        # A paywall's button, a pointer to more.
        ["Weiterlesen mit Plus"],
        ["Hier lesen Sie mehr"],
        # The tabloid asking for stories, the site's channels on messaging apps, the
        # reader's own feed.
        [
            "We pay for your stories! Do you have a story for the news team? Email us at "
            "tips@news.example or call 0207 782 4368."
        ],
        [
            "Haben Sie etwas gesehen? Schicken Sie uns Ihre Fotos und Videos per WhatsApp an die "
            "Leser-Reporter!"
        ],
        ["Join our WhatsApp channel and get the latest breaking news delivered to you."],
        [
            "Sie haben Fotos oder Videos vom Unwetter? Schicken Sie sie uns per WhatsApp an "
            "069 800 800 800."
        ],
        ["Join ST's Telegram channel and get the latest breaking news delivered to you."],
        [
            "Follow topics and authors from this story to see more like this in your "
            "personalized homepage feed and to receive email updates."
        ],
        # The tip line in the familiar form; the site's app, in German, Hindi and Japanese.
        [
            "Hast du etwas beobachtet? Schick uns deinen Hinweis, dein Foto oder Video per "
            "WhatsApp – für jeden veröffentlichten Beitrag gibts Geld."
        ],
        [
            "Mit der Stadtblatt-App erhalten Sie Eilmeldungen aus Ihrer Region direkt aufs "
            "Smartphone."
        ],
        ["आजतक के साथ बने रहिए, ऐप डाउनलोड करें और पाएं हर खबर सबसे पहले।"],
        ["খবরের টাটকা আপডেট পেতে ডাউনলোড করুন প্রতিদিনের খবর অ্যাপ"],
        # The site's channels, in Romanian and Malay; the editors asking for the reader's
        # word on the article; a thanks button's line.
        [
            "Pentru a fi la curent cu cele mai importante știri ale zilei, urmăriți-ne pe "
            "Facebook, Instagram și Telegram."
        ],
        [
            "Ikuti Channel rasmi Berita Harian di WhatsApp supaya anda tidak terlepas "
            "berita-berita terkini daripada kami."
        ],
        [
            "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion "
            "per E-Mail informieren."
        ],
        ["Thank the reporter for this article and support local news"],
        ["ITmedia NEWSの最新記事をメールでお届けします"],
        ["Sign up to receive daily headline news from the Courier."],
        ["Receba as principais notícias do dia no canal do O POVO no WhatsApp."],
        ["Українська правда працює завдяки читачам. Підтримайте незалежну журналістику"],
        [
            "気象情報・防災情報はNHK ONEアプリでも確認できます。"
            "プッシュ通知で最新の情報をお届けします。"
        ],
        # A broadcaster's channel and app; a site on Google News, in Turkish; support for
        # the site's journalism and its live programme, in German.
        ["Watch Sky News live on Freeview channel 233 and on the Sky News app."],
        ["Stream free On Demand. Join the conversation and watch SBS News on SBS On Demand."],
        ["Habertürk'ü Google News üzerinden takip etmek için tıklayın."],
        # The site's app, in Finnish and Swedish.
        ["Lataa MTV Uutiset -sovellus ja saat tärkeimmät uutiset ensimmäisenä."],
        ["Ladda ner vår app och få de viktigaste nyheterna först."],
        # Following asked as a question; the reader's opinion asked for by mail.
        ["Folgst du schon 20 Minuten auf WhatsApp?"],
        ["Immer bestens informiert: Laden Sie jetzt die kostenlose t-online App herunter."],
        ["📲 Participe do canal do g1 SP no WhatsApp"],
        ["VÍDEOS: mais assistidos do g1"],
        [
            "Get the latest lifestyle updates on Times of India, along with Mumbai News, Mumbai "
            "Weather, and much more."
        ],
        ["Więcej informacji znajdziesz na stronie głównej Onetu."],
        # The support a site asks for, its price; a comment gate; a subscription in Slovenian;
        # a paywall's offer and an embed's stand-in in German.
        ["Your support keeps our reporting free for everyone."],
        ["Unabhängiger Journalismus für Luxemburg – ab 12 Euro im Monat."],
        ["Only Malaysiakini subscribers can comment on this article."],
        ["Naročite se na Delo in preberite vse vsebine na spletu, v aplikaciji in v e-izdaji."],
        ["Lesen Sie jetzt diesen Artikel und alle weiteren Inhalte auf GEO.de"],
        ["Hier steht ein Video von YouTube."],
        ["Schreiben Sie uns Ihre Meinung an leserbriefe@zeitung.example"],
        [
            "Don't miss out on the headlines from Townsville. Followed categories will be added "
            "to My News."
        ],
        ["Jetzt NIUS Live sehen – montags bis freitags ab 7 Uhr mit den wichtigsten Themen."],
        ["Unterstützen Sie unabhängigen Journalismus: Werden Sie jetzt NIUS-Unterstützer."],
        # The gambling regulator's notice under a betting offer.
        ["When the fun stops, stop. Please gamble responsibly. 18+ only. BeGambleAware.org"],
        # ... asked of one reader ("Werde Mitglied").
        [
            "Unterstütze Die Kurve! Werde Mitglied im Förderverein und hilf uns, unabhängigen "
            "Vereinsjournalismus zu sichern."
        ],
        # Where to write to the newsroom; the site's app, had or followed; its letters; its
        # support, in Hungarian; a rating of the article; a comment gate; a Dutch paywall.
        ["Sie möchten einen Nachruf vorschlagen? Schreiben Sie uns an nachrufe@zeitung.example"],
        ["Hast du eine Frage zur Grippe? Schreib uns über den Community-Kanal der App."],
        ["Immer top informiert: Hol dir jetzt die Heute-App aufs Handy!"],
        ["📱 Baixe o app do g1 para ver notícias em tempo real e de graça"],
        ["Volg het WK afstanden ook in de NOS-app en ontvang een melding bij elke medaille."],
        ["海量资讯、精准解读，尽在新浪财经APP"],
        [
            "Stay updated with the latest Cricket news, live scores and match highlights. "
            "Download the TOI app now!"
        ],
        [
            "Find out the next TV, streaming series and movies to add to your must-sees. Get "
            "The Watchlist delivered every Thursday."
        ],
        ["Newsletter abonnieren: SZ München – Das Wichtigste aus der Stadt"],
        ["Ha tetszett a cikk, támogasd a Telexet, hogy független újságírást olvashass!"],
        ["Oceń jakość naszego artykułu: Twoja opinia pozwala nam tworzyć lepsze treści."],
        ["Comments are open to subscribers only"],
        ["Lees het hele verhaal met AD Premium. Neem nu een abonnement voor 1 euro per week."],
        # A TV station's pointers in brackets; the site's channel on a messaging app.
        ["[DOWNLOAD: Free Channel 2 News app for alerts as news breaks]"],
        ["[SIGN UP: Channel 2 Daily Headlines Newsletter]"],
        ["Geo News is now on WhatsApp."],
        # Who pays for the site, in German and Swedish; where the story ran in print.
        [
            "Die Seiten finanzieren sich ausschließlich über Spenden ihrer Leserinnen und Leser. "
            "Hier können Sie uns unterstützen."
        ],
        ["Dagens Tidning är en oberoende tidning som finansieras av våra läsare."],
        ["Appeared in the May 2, 2024, print edition as 'The Fed Can't Wait'."],
        # A comment gate; an embed's consent line; the site's channel and its pointer to more
        # in Indonesian.
        ["Please create a username to comment."],
        ["Mit dem Laden akzeptieren Sie die Datenschutzbestimmungen von X."],
        ["Ikuti WhatsApp Channel Tirto sekarang."],
        ["Baca juga artikel terkait HARGA BERAS atau tulisan lainnya dari Dwi Aryanti Ramadhani"],
        # A trial offer; pictures asked for.
        ["Testen Sie das Magazin digital vier Wochen lang für 1 Euro."],
        ["Schick uns deine Bilder und Videos über WhatsApp"],
        [
            "This article was first published in the print edition of The Saturday Paper on "
            'July 20, 2024 as "Sea change".'
        ],
    ],
)
def test_closing_calls_to_the_reader_are_dropped(closing: list[str]) -> None:
    assert clean_blocks([*STORY, *closing], title=None) == STORY


def test_a_newsletters_pitch_and_its_forms_lines_close_no_story() -> None:
    story = [*STORY, *(f"{sentence} ({n})" for n in range(2) for sentence in STORY)]
    closing = [
        "Going Out",
        "The best new restaurants, bars and things to do in London, straight to your inbox "
        "every Thursday.",
        "Please enter a valid email. Thank you for registering. Please refresh the page for "
        "the latest news.",
    ]
    assert clean_blocks([*story, *closing], title=None) == story


@pytest.mark.parametrize(
    "last",
    [
        # A story's own sentences on writing in, on apps and on letters delivered.
        "Die Behörde bat die Anwohner, ihre Beobachtungen per Post an das Rathaus zu schicken.",
        "Der Verein will die neue App im Frühjahr vorstellen, sagte die Vorsitzende am Montag.",
        "The council said residents would get the new bins delivered every Monday from March.",
        # A story's own sentences on funding and on print.
        "The museum is financed mainly by its members and a grant from the regional council.",
        "The photograph appeared in the print edition of the local paper the next morning.",
        # A writer's own closing question to the readers, as the labelled pages keep it.
        "What are your thoughts on this report? Which rental car company do you prefer? "
        "Email us at letters@travel.example. Please include your full name and location.",
    ],
)
def test_a_last_sentence_on_writing_in_or_apps_stays(last: str) -> None:
    blocks = [*STORY, last]
    assert clean_blocks(blocks, title=None) == blocks


def test_a_last_sentence_telling_of_an_error_stays() -> None:
    last = "Die Verwaltung räumte ein, bei der Kostenschätzung einen Fehler gemacht zu haben."
    blocks = [*STORY, last]
    assert clean_blocks(blocks, title=None) == blocks


@pytest.mark.parametrize(
    "closing",
    [
        ["Have a news tip? Email us at tips@gazette.example."],
        [
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed without permission."
        ],
        ["© 2024 Stadtanzeiger GmbH. All rights reserved. Reproduction only with permission."],
        # The sign and the year, with the owner's name only.
        ["© 2024 Global Broadcast News, a division of Corus Entertainment Inc."],
        [
            "This document is subject to copyright. Apart from any fair dealing for the purpose "
            "of private study or research, no part may be reproduced without the written "
            "permission."
        ],
        # A portal's note on the wire copy it did not edit.
        [
            "This report is auto-generated from ANI news service. ThePrint holds no "
            "responsibility for its content."
        ],
        [
            "(Except for the headline, this story has not been edited by NDTV staff and is "
            "published from a syndicated feed.)"
        ],
    ],
)
def test_a_newsrooms_tip_line_and_legal_notice_close_no_story(closing: list[str]) -> None:
    assert clean_blocks([*STORY, *closing], title=None) == STORY


ENGLISH_STORY = [
    "The city council voted on Tuesday to extend the winter ferry service with two late "
    "crossings, after months of complaints from commuters on the north shore.",
    "The new crossings will leave the harbour at 10.30pm and midnight from December until "
    "the end of March, the transport committee said.",
]


def test_a_reporters_bio_with_the_paper_closes_no_story() -> None:
    bio = (
        "Jane Doe covers transportation for the Des Moines Register. Reach her at "
        "jdoe@dmreg.example or 515-555-0100."
    )
    assert clean_blocks([*ENGLISH_STORY, bio], title=None) == ENGLISH_STORY


@pytest.mark.parametrize(
    "bio",
    [
        "Anna Roth ist Redakteurin bei Cicero.",
        "Anna Roth ist freie Journalistin in Berlin und schreibt über Verkehr.",
        # The Swiss newsroom's word ("Redaktor", "Redaktorin").
        "Anna Roth ist Redaktorin im Ressort Bern und schreibt vor allem über Verkehr.",
        "Redaktor im Ressort Zürich, schreibt über Stadtentwicklung und Verkehr.",
        "Marie Dupont est journaliste au service politique.",
        "Juan Pérez es periodista de la sección de política.",
        "Marco Rossi è giornalista della redazione politica.",
        "Ana Souza é jornalista e escreve sobre política.",
        "Giulia Ferraresi è editorialista di Avvenire. Si occupa di politiche giovanili.",
        "Claire Martin est chroniqueuse au service économie.",
        "كاتب وأكاديمي أردني مختص في التخطيط الحضري",
        # A bio opening with the role, its name given above it.
        "Redactora de la sección de Economía, especializada en mercado laboral y pensiones.",
        "Economista, é professora da FGV EESP e pesquisadora. Escreve às quintas-feiras.",
        # ... or with the verb, its name set in an element of its own above it.
        "is a senior lecturer in early modern history at the University of Leeds. Her latest "
        "book is Counting the Days (2023).",
    ],
)
def test_a_reporters_bio_in_the_papers_language_closes_no_story(bio: str) -> None:
    assert clean_blocks([*STORY, bio], title=None) == STORY


def test_a_last_sentence_naming_someones_office_stays() -> None:
    for last in (
        "Anna Roth ist Sprecherin der Bürgerinitiative.",
        "Max Weber ist Vorsitzender des Vereins.",
    ):
        blocks = [*STORY, last]
        assert clean_blocks(blocks, title=None) == blocks, last


def test_a_last_sentence_on_what_something_covers_stays() -> None:
    for last in (
        "Medicare covers the costs for Americans over 65.",
        "The new pass covers both crossings for the same fare.",
    ):
        blocks = [*ENGLISH_STORY, last]
        assert clean_blocks(blocks, title=None) == blocks, last


@pytest.mark.parametrize(
    "label",
    [
        "Anzeige",
        "Werbung",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Advertentie",
        "Reklama",
        "Реклама",
    ],
)
def test_an_advertisements_label_between_paragraphs_is_dropped(label: str) -> None:
    assert clean_blocks([STORY[0], label, *STORY[1:]], title=None) == STORY


def test_a_sentence_about_advertising_stays() -> None:
    blocks = [STORY[0], "Die Werbung für das Projekt kostete die Stadt 40.000 Euro.", *STORY[1:]]
    assert clean_blocks(blocks, title=None) == blocks


KO_STORY = [
    "시의회는 화요일 오랜 논의 끝에 북부 교외와 도심을 잇는 새 노면전차 노선을 승인했다. "
    "사업비는 약 1800억 원으로 추산되며 대부분 국비와 시비로 충당된다.",
    "야당은 공사비 증가를 우려하며 시민 의견 수렴을 요구했고, 도심 상인들은 계획을 환영했다. "
    "시장은 표결 후 기자회견에서 사업의 필요성을 강조했다.",
    "공사는 2026년 봄에 시작해 약 4년간 진행되며, 이 기간 도심에서는 우회 운행이 불가피할 "
    "전망이다. 시는 교통 대책을 다음 달 발표할 예정이다.",
]


@pytest.mark.parametrize(
    "closing",
    [
        "<저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "ⓒ 한국일보, 무단 전재 및 재배포 금지",
        "Copyright © 朝日新聞社 無断転載を禁じます",
        "版权所有，未经授权禁止转载",
        "未经正式授权严禁转载本文，侵权必究。",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
        "责任编辑：王小明",
        "(영상취재 : 김민호, 영상편집 : 이소영)",
        "（完）",
        "本文来源：新华社",
        "جميع الحقوق محفوظة © 2024",
        "Все права защищены. При цитировании ссылка обязательна.",
        "© 2024 Stadtanzeiger. Alle Rechte vorbehalten.",
        "Todos los derechos reservados © 2024",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk "
        "AI di situs web ini tanpa izin tertulis dari Kantor Berita.",
    ],
)
def test_a_legal_notice_or_editor_line_in_any_language_closes_no_story(closing: str) -> None:
    assert clean_blocks([*KO_STORY, closing], title=None) == KO_STORY


def test_a_story_about_copyright_keeps_its_last_sentence() -> None:
    last = "Der Verlag betonte, alle Rechte an den Fotos lägen weiterhin bei der Stadt."
    assert clean_blocks([*STORY, last], title=None) == [*STORY, last]


def test_a_story_about_building_without_permission_keeps_its_last_sentence() -> None:
    # "Unauthorised" ("未经许可") alone is the story's word; the notice forbids copying.
    last = "他说，未经许可的建筑将在下个月被拆除。"
    assert clean_blocks([*KO_STORY, last], title=None) == [*KO_STORY, last]


@pytest.mark.parametrize(
    "signature",
    [
        "Von Anna Roth",
        "Text: Anna Roth",
        "Autorin: Anna Roth",
        "Anna Roth",
        "— Anna Roth",
        "Ein Beitrag von Anna Roth",
        "By ANNA ROTH",
    ],
)
def test_the_writers_signature_closing_the_text_is_no_part_of_it(signature: str) -> None:
    # The writer is the article's author; the line that signs the text is not its text.
    cleaned = clean_blocks([*STORY, signature], title=None, writers=["Anna Roth"])
    assert cleaned == STORY


@pytest.mark.parametrize(
    "last",
    [
        "Das sagte Anna Roth.",  # a sentence naming the writer
        "Von Anna Roth",  # another writer's name than the page's
    ],
)
def test_a_last_line_that_is_not_the_pages_writers_signature_stays(last: str) -> None:
    writers = ["Anna Roth"] if last.startswith("Das") else ["Max Weber"]
    cleaned = clean_blocks([*STORY, last], title=None, writers=writers)
    assert cleaned == [*STORY, last]


def test_the_signature_goes_when_prompts_follow_it() -> None:
    blocks = [*STORY, "Von Anna Roth", "Folgen Sie uns auf Facebook und Instagram!"]
    assert clean_blocks(blocks, title=None, writers=["Anna Roth"]) == STORY


def test_a_signature_between_paragraphs_stays() -> None:
    # Only the text's end is signed; a name on its own line mid-text is a quotation's
    # speaker or an interview's turn.
    blocks = [STORY[0], "Anna Roth", *STORY[1:]]
    assert clean_blocks(blocks, title=None, writers=["Anna Roth"]) == blocks


@pytest.mark.parametrize(
    "stamp",
    [
        "Stand: 05.11.2024, 14:35 Uhr",
        "Erstellt am: 01.11.2023",
        "Aktualisiert: 30.12.2016",
        "Veröffentlicht am 05.11.2024 um 14:35 Uhr",
        "Last updated: 13 July 2020",
        "This page was last updated on 2026-01-26 15:45:07Z",
        "Publié le 5 novembre 2024 à 14h35",
    ],
)
def test_a_stamp_dating_the_text_where_it_ends_is_no_part_of_it(stamp: str) -> None:
    assert clean_blocks([*STORY, stamp], title=None) == STORY
    # Signed and dated, in either order.
    for closing in ([stamp, "Von Anna Roth"], ["Von Anna Roth", stamp]):
        assert clean_blocks([*STORY, *closing], title=None, writers=["Anna Roth"]) == STORY


@pytest.mark.parametrize(
    "last",
    [
        "Die Frist endet am 31. Dezember 2024.",
        "Updated figures will be published on 5 November 2024 by the council.",
        "Stand der Dinge ist, dass am 05.11.2024 entschieden wird.",
    ],
)
def test_a_last_sentence_holding_a_date_stays(last: str) -> None:
    assert clean_blocks([*STORY, last], title=None) == [*STORY, last]


def test_a_last_sentence_under_a_templates_label_stays() -> None:
    # "Article content" after each of a template's ads: a label, not a prompt that would
    # take the story's last sentence with the writer's bio after it.
    last = "Bis dahin bleibt die Innenstadt eine Baustelle."
    bio = "Anna Roth is a reporter who covers city hall for the Courier."
    closing = ["Article content", last, bio]
    assert clean_blocks([*STORY, *closing], title=None) == [*STORY, last]


def test_a_live_blogs_post_asking_readers_to_write_in_stays() -> None:
    # A call for tips closes no story when it is one sentence of a longer post.
    post = (
        "Good morning and welcome to our live coverage of the storms across the state. I will "
        "be taking you through the morning, and my colleague will take over this afternoon. If "
        "you see something happening around the city today, you can get in touch with our "
        "newsroom by email."
    )
    story = [*STORY, *(f"{sentence} ({n})" for n in range(2) for sentence in STORY)]
    assert clean_blocks([*story, post], title=None) == [*story, post]


def test_a_support_pitch_between_paragraphs_is_dropped() -> None:
    pitch = (
        "The Tyee is supported by readers like you. Join us and grow independent media in Canada."
    )
    assert clean_blocks([ENGLISH_STORY[0], pitch, ENGLISH_STORY[1]], title=None) == ENGLISH_STORY


def test_a_sentence_on_watching_a_match_stays() -> None:
    last = "Fans can watch the match live on Sky Sports channel 401 from 7pm."
    blocks = [*ENGLISH_STORY, last]
    assert clean_blocks(blocks, title=None) == blocks


def test_a_call_opening_a_short_paragraph_between_paragraphs_is_dropped() -> None:
    pitch = (
        "Folgst du schon 20 Minuten auf WhatsApp? Eine Newsübersicht am Morgen und zum Feierabend."
    )
    assert clean_blocks([STORY[0], pitch, *STORY[1:]], title=None) == STORY


def test_a_paragraph_telling_of_people_who_follow_stays() -> None:
    told = (
        "Folgen Sie uns, riefen die Demonstranten den Passanten zu, und hunderte schlossen "
        "sich dem Zug zum Rathaus an, wo die Polizei die Straße sperrte."
    )
    blocks = [STORY[0], told, *STORY[1:]]
    assert clean_blocks(blocks, title=None) == blocks


def test_the_sites_morning_email_between_paragraphs_is_dropped() -> None:
    pitch = (
        "Our morning email breaks down the key stories of the day, telling you what's happening "
        "and why it matters"
    )
    assert clean_blocks([ENGLISH_STORY[0], pitch, ENGLISH_STORY[1]], title=None) == ENGLISH_STORY


def test_a_read_also_line_after_a_bar_is_dropped() -> None:
    teaser = "READ | Electricity tariffs: Nersa approves 12.7% increase for municipalities"
    assert clean_blocks([ENGLISH_STORY[0], teaser, ENGLISH_STORY[1]], title=None) == ENGLISH_STORY


def test_a_sentence_on_a_monthly_price_stays() -> None:
    last = "Das Deutschlandticket kostet ab Januar 58 Euro im Monat, teilte der Verband mit."
    blocks = [*STORY, last]
    assert clean_blocks(blocks, title=None) == blocks

"""Body text: what the article says, in order, and nothing of the page around it."""

from __future__ import annotations

import pytest
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.body import clean_blocks
from scrape.extraction.body.trafilatura_run import _blocks_from_body
from scrape.extraction.extractor import extract
from scrape.extraction.prune import prune

PARA = (
    "<p>"
    + "The council approved the plan after a long debate about costs and timing. " * 4
    + "</p>"
)


def _extract_body(body: str) -> str:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body>"
        f"<article><h1>Harbour plan approved</h1>{body}</article></body></html>"
    )
    return extract(html, "https://harbour.example/news/plan-approved").body


def _pruned_text(html: str) -> str:
    """The text ``prune`` leaves of ``html``."""
    tree = LexborHTMLParser(html)
    prune(tree)
    return tree.body.text() if tree.body else ""


def test_loose_text_after_subheadings_is_kept() -> None:
    # Sites that write paragraphs as bare text after an <h2>, without <p>: trafilatura keeps
    # that text as the tail of its <head> element.
    tree = etree.fromstring(
        "<body><p>Intro paragraph.</p><head>What changes</head>Ferries run hourly.<lb/>"
        "From May on.</body>"
    )
    blocks = _blocks_from_body(tree)
    assert blocks == ["Intro paragraph.", "What changes", "Ferries run hourly.", "From May on."]


def test_highlighted_code_comments_are_kept() -> None:
    # Highlighters class comment tokens "hljs-comment": not a comment section.
    code = (
        "<pre><code class='hljs'><span class='hljs-comment'># initialise the repository</span>\n"
        "git init\n<span class='hljs-comment'># stage every change</span>\ngit add -A</code></pre>"
    )
    body = _extract_body(PARA * 2 + code + PARA)
    assert "# initialise the repository" in body
    assert "# stage every change" in body


def test_hidden_modal_with_long_text_is_dropped() -> None:
    # A republishing-terms dialog, hidden until clicked, holds more paragraphs than the
    # article: it must neither anchor the page nor survive pruning.
    terms = "<p>" + "Republish our stories for free under these terms and conditions. " * 5 + "</p>"
    modal = f"<div id='republish-dialog' style='display:none;' role='dialog'>{terms * 6}</div>"
    text = _pruned_text(
        f"<html><body><article><h1>Harbour plan approved</h1>{PARA * 4}"
        f"<div class='sidebar'>{modal}</div></article></body></html>"
    )
    assert "The council approved the plan" in text
    assert "Republish our stories" not in text


def test_table_of_contents_label_is_dropped() -> None:
    body = _extract_body(f"<p>Table of Contents</p>{PARA * 3}")
    assert "Table of Contents" not in body


def test_calls_to_action_bios_and_disclaimers_are_pruned_even_when_they_read_as_prose() -> None:
    # Classed as what they are, and long enough to pass for paragraphs of the article.
    cta = (
        "<div class='post-cta'><h3>Need a mooring this summer?</h3><p>"
        + "Our harbour team books moorings, winter storage and boat lifts for members. " * 4
        + "</p></div>"
    )
    bio = (
        "<div class='writer-bio'><p>"
        + "Ines Moreau has covered the island's council and its ferries since 2009. " * 4
        + "</p></div>"
    )
    disclaimer = (
        "<p class='disclaimer'>"
        + "This article is for information only and is not legal or financial advice. " * 4
        + "</p>"
    )
    # Distinct paragraphs: trafilatura collapses repeated ones.
    article = "".join(
        f"<p>Item {n} on the agenda: the council approved plan {n} after a long debate about "
        f"its costs, its timing and the {n} objections residents had filed in writing.</p>"
        for n in range(1, 9)
    )
    body = _extract_body(article + cta + bio + disclaimer)
    assert "the council approved plan 8" in body
    assert "moorings" not in body
    assert "covered the island" not in body
    assert "not legal or financial advice" not in body


def test_reading_time_and_contents_labels_are_not_body_text() -> None:
    # Below the standfirst, where the byline check for the first lines no longer applies.
    standfirst = "The harbour plan passed by nine votes to two."
    blocks = clean_blocks(
        [standfirst, "5 min read", "Contents", "The council approved the plan."],
        title="Harbour plan approved",
    )
    assert blocks == [standfirst, "The council approved the plan."]


@pytest.mark.parametrize(
    "name",
    [
        "comentarios",
        "kommentare",
        "article-komentarze",
        "komentar",
        "commenti",
        "talkback",
        # A paper's readers' letters under the article.
        "Leserbriefe",
    ],
)
def test_comments_a_class_names_in_another_language_are_pruned(name: str) -> None:
    comments = (
        f"<section class='{name}'><h3>Comentarios</h3><div><b>rober_77</b><p>"
        + "Every year the same story and the works on the harbour never end. " * 3
        + "</p></div></section>"
    )
    text = _pruned_text(
        f"<html><body><article><h1>Harbour plan approved</h1>{PARA * 4}{comments}</article>"
        "</body></html>"
    )
    assert "The council approved the plan" in text
    assert "the works on the harbour never end" not in text


def test_comment_form_is_pruned() -> None:
    # Told by its text fields, though its prompt reads as prose and it has no telling class.
    form = (
        "<form action='/comments' method='post'><p>"
        + "Tell the newsroom what you think of the harbour plan and the new ferry fares. " * 4
        + "</p><textarea name='comment'></textarea><input type='email' name='email'></form>"
    )
    text = _pruned_text(
        f"<html><body><article><h1>Harbour plan approved</h1>{PARA * 4}{form}</article>"
        "</body></html>"
    )
    assert "The council approved the plan" in text
    assert "Tell the newsroom" not in text


LONG = (
    "The council approved the plan after a long debate about costs, timing and the "
    "ferry operators' objections, and the first works will start on the north quay in May, "
    "once the fishing fleet has moved to its summer berths and the lifeboat station has a "
    "temporary slipway."
)


def test_header_lines_after_the_standfirst_are_dropped() -> None:
    blocks = [
        "Costs, timing and the ferry operators' objections decided the vote.",
        "March 4, 2025 - Updated March 6, 2025",
        "Jun 08, 2025 • 6 Minute Read",
        "1,693 views",
        "This article contains affiliate links that may earn us a commission at no cost to you.",
        LONG,
        "Posted in the council chamber, the notice lists every quay that closes.",
    ]
    assert clean_blocks(blocks, title=None) == [blocks[0], LONG, blocks[-1]]


def test_short_dated_line_inside_the_text_is_kept() -> None:
    # Past the article header (its first full paragraph), a dated line is text.
    blocks = [LONG, "Timeline", "March 4, 2025", LONG.replace("May", "June")]
    assert clean_blocks(blocks, title=None) == blocks


# Short news stories in languages of long words, or written without spaces: no paragraph
# reaches the word count that ends the article header, and the last one states a date.
SHORT_STORIES = {
    "cs": [
        "Pražští zastupitelé ve čtvrtek schválili zdražení jízdného v městské hromadné dopravě. "
        "Roční kupon bude od února stát 4 500 korun.",
        "Jednorázová jízdenka na 90 minut podraží ze 30 na 40 korun. Ceny pro seniory nad 65 "
        "let a pro děti se nemění.",
        "Opozice zdražení kritizuje a upozorňuje, že město zároveň omezuje některé noční linky.",
        "Nové ceny začnou platit 1. února 2027.",
    ],
    "fi": [
        "Torstaina alkanut lumimyräkkä katkaisi sähköt kymmeniltätuhansilta taloudelta Itä- ja "
        "Keski-Suomessa.",
        "Sähköyhtiöiden mukaan vauriot johtuvat pääosin lumikuorman alla kaatuneista puista. "
        "Korjaustöihin on hälytetty lisämiehistöä.",
        "Uudet hinnat tulevat voimaan 1.2.2027.",
    ],
    "ja": [
        "国土交通省は3日、北陸新幹線の敦賀から新大阪までの延伸区間について、来年度中の着工を"
        "目指す方針を明らかにした。",
        "延伸区間は小浜市と京都市を経由するルートで、総事業費は約3兆9千億円と見込まれている。",
        "全線開業は2046年3月1日の見通し。",
    ],
    "zh": [
        "记者从中国铁路上海局集团获悉，长三角地区将在今年年底前新开通三条城际铁路线路。",
        "新开通的线路分别连接苏州与南通、杭州与德清以及合肥与六安，沿线共设车站二十四座。",
        "新票价将于2027年2月1日起执行。",
    ],
}


def test_dated_last_line_of_a_short_story_is_text() -> None:
    for lang, blocks in SHORT_STORIES.items():
        assert clean_blocks(blocks, title=None) == blocks, lang


def test_date_line_after_a_standfirst_is_still_header() -> None:
    standfirst = SHORT_STORIES["cs"][0]
    blocks = [standfirst, "3. prosince 2026 14:35", *SHORT_STORIES["cs"][1:]]
    assert clean_blocks(blocks, title=None) == [standfirst, *SHORT_STORIES["cs"][1:]]
    ja = SHORT_STORIES["ja"]
    assert clean_blocks([ja[0], "2026年12月3日 14時35分", *ja[1:]], title=None) == ja


def test_trailing_prompts_and_labels_are_dropped() -> None:
    blocks = [
        LONG,
        LONG.replace("May", "June"),
        LONG.replace("May", "July"),
        "If you enjoyed this story, share it with a friend who lives by the harbour.",
        "Join our newsletter",
        "Get every harbour story delivered to your inbox each Friday.",
        "Support local reporting: donate today.",
    ]
    assert clean_blocks(blocks, title=None) == blocks[:3]


def test_trailing_labels_without_a_prompt_and_long_prompt_runs_are_kept() -> None:
    labelled = [LONG, LONG.replace("May", "June"), "Further reading", "The harbour act, 1998"]
    assert clean_blocks(labelled, title=None) == labelled
    # A "prompt" run holding most of the text is not furniture after a short article.
    short = [
        "Quay works begin.",
        "Sign up for a mooring: the harbour office opens a waiting list for the new berths on "
        "the north quay, with priority for fishing boats and the lifeboat crew.",
    ]
    assert clean_blocks(short, title=None) == short


def test_section_header_holding_only_a_sub_heading_is_kept() -> None:
    section = (
        "<section class='component'><header class='title-image'><h2>Get the facts first</h2>"
        f"</header>{PARA}</section>"
    )
    nav = "<header class='site'><h2>Harbour Herald</h2><nav><a href='/'>Home</a></nav></header>"
    text = _pruned_text(
        f"<html><body>{nav}<article><h1>Harbour plan approved</h1>{PARA * 2}{section}{PARA}"
        "</article></body></html>"
    )
    assert "Get the facts first" in text
    assert "Harbour Herald" not in text


def test_furniture_lines_inside_the_text_are_dropped() -> None:
    furniture = [
        "By signing up, you agree to receive our newsletter and accept the Terms of Use.",
        "Also read: Ferry operators threaten strike over the new quay",
        "Baca juga: Operator kapal mengancam mogok",
        "Läs också: Färjeoperatörer hotar med strejk",
        "Читайте также: Паромщики грозят забастовкой",
        "Mehr: Fährbetreiber drohen mit Streik",
        "Read more from the Herald: Ferry operators threaten strike",
        "Soma zaidi: Waendeshaji wa vivuko watishia mgomo",
        "Čtěte také: Provozovatelé trajektů hrozí stávkou",
        "Pročitajte još: Prijevoznici prijete štrajkom",
        "Citește și: Operatorii de feriboturi amenință cu greva",
        "Basahin din: Nagbanta ng welga ang mga operator ng ferry",
        "Beluister ook: Veerdiensten dreigen met een staking",
        "Hören Sie auch: Fährbetreiber drohen mit Streik",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
        "The old harbour wall at low tide. | Photo by Mara Lind",
        "Fishing boats in the new basin. Picture: Getty",
        "Disclaimer: this article is for information only and is not legal advice.",
    ]
    blocks = [LONG]
    for line in furniture:
        blocks += [line, LONG.replace("May", line[:5])]
    kept = clean_blocks(blocks, title=None)
    assert not any(line in kept for line in furniture)
    assert len(kept) == len(furniture) + 1


# Captions closing on a photo credit, each in the language's ordinary word for a photo
# and the separator its press uses ("사진=연합뉴스", "（写真：共同）").
CREDITED_CAPTIONS = [
    "Çalışma ve Sosyal Güvenlik Bakanlığı binası (Fotoğraf: AA)",
    "Diákok egy szegedi általános iskolában Fotó: MTI/Kelemen Zoltán",
    "Kaatuneita puita sähkölinjalla Kuopiossa Kuva: Lehtikuva",
    "Πλημμυρισμένος δρόμος στη Λάρισα Φωτογραφία: ΑΠΕ-ΜΠΕ",
    "Когенераційна установка у Вінниці Фото: пресслужба міської ради",
    "مقر البنك المركزي تصوير: رويترز",
    "金沢駅に停車する北陸新幹線の車両＝3日、金沢市（写真：共同）",
    "3일 서울 지하철 2호선 열차가 시청역에 들어오고 있다. 사진=연합뉴스",
    "即将开通的城际列车在站台停靠。（图片来源：视觉中国）",
    # A Drupal image field's credit on a line of its own (cy).
    "Llun: Archif",
    "Pociąg na dworcu Gdańsk Główny Fot. Adam Kowalski / Agencja Wyborcza.pl",
]


def test_credited_captions_in_many_languages_are_dropped() -> None:
    for caption in CREDITED_CAPTIONS:
        blocks = [LONG, caption, LONG.replace("May", "June")]
        assert clean_blocks(blocks, title=None) == [blocks[0], blocks[2]], caption


def test_text_naming_a_photo_is_kept() -> None:
    sentences = [
        "Fotoğraf sergisi 10 Aralık'ta açılacak ve ay sonuna kadar ziyaret edilebilecek.",
        "Kuva otettiin torstaina aamulla, kun myrsky oli pahimmillaan.",
        "Фото з місця події поширили в соцмережах очевидці.",
        "사진 속 열차는 내년부터 운행될 예정이다.",
        "写真は3日午前、金沢駅で撮影した。",
        "Fot. 1 pokazuje, jak wyglądał dworzec przed remontem w 2019 roku.",
    ]
    blocks = [LONG, *sentences, LONG.replace("May", "June")]
    assert clean_blocks(blocks, title=None) == blocks


def test_sentences_that_mention_credits_or_reading_are_kept() -> None:
    blocks = [
        LONG,
        "The photo shows the quay by night: the new lights are brighter than the old ones.",
        "Read more about the vote in the council minutes, published on Friday.",
        "By signing the petition, residents asked for a second public hearing.",
        LONG.replace("May", "June"),
    ]
    assert clean_blocks(blocks, title=None) == blocks


def test_trailing_author_bio_is_dropped_but_a_portrait_of_the_subject_is_not() -> None:
    article = [LONG, LONG.replace("May", "June"), LONG.replace("May", "July")]
    bio = [
        "Mara Lind",
        "Mara Lind is a freelance writer and editor of the Harbour Herald's weekend pages.",
    ]
    assert clean_blocks(article + bio, title=None) == article
    subject = "Mara Lind is the first woman to run the harbour, after thirty years on the ferries."
    assert clean_blocks([*article, subject], title=None) == [*article, subject]


def test_trailing_run_of_menu_items_is_dropped() -> None:
    article = [LONG, LONG.replace("May", "June"), LONG.replace("May", "July")]
    menu = ["Products", "Buy a ferry pass", "Timetables", "About us", "Contact"]
    assert clean_blocks(article + menu, title=None) == article


def test_short_closing_line_goes_with_the_prompt_run_it_ends() -> None:
    article = [LONG, LONG.replace("May", "June"), LONG.replace("May", "July")]
    run = [
        "Written by Mara Lind",
        "Sign up for the harbour newsletter.",
        "All ferry passes are sold by Quay Street Press Ltd.",
    ]
    assert clean_blocks(article + run, title=None) == article
    # Without a prompt, the closing line is the article's.
    closing = [*article, "All ferry passes are sold by Quay Street Press Ltd."]
    assert clean_blocks(closing, title=None) == closing


def test_news_sentences_that_use_prompt_words_are_kept() -> None:
    # Words of subscription prompts and affiliate notices are everyday news vocabulary: a
    # last paragraph or a standfirst that uses them is still the article's.
    article = [LONG, LONG.replace("May", "June"), LONG.replace("May", "July")]
    endings = [
        "The European Commission is expected to publish the legal text next month.",
        "Subscribers to the old ferry pass will pay the same fare until March, the operator said.",
        "The band's copyright claim against the label will be heard in the High Court in June.",
        "Residents who want to follow the works can attend a public meeting on Thursday.",
        "The harbour trust said it would donate the proceeds to the lifeboat crew.",
        "The minister was the head of the harbour board until the merger in 2019.",
    ]
    for ending in endings:
        assert clean_blocks([*article, ending], title=None) == [*article, ending], ending
    standfirst = "The Competition Commission fined two ferry operators for fixing fares."
    assert clean_blocks([standfirst, *article], title=None) == [standfirst, *article]


def _agenda(count: int) -> str:
    # Distinct paragraphs: trafilatura collapses repeated ones.
    return "".join(
        f"<p>Item {n} on the agenda: the council approved plan {n} after a long debate about "
        f"its costs, its timing and the {n} objections residents had filed in writing.</p>"
        for n in range(1, count + 1)
    )


def test_author_box_whose_bio_is_long_enough_to_anchor_is_pruned() -> None:
    # The bio is one long paragraph in a box of its own: as heavy as a third of the article,
    # it counts as a place of main text, but the box holds a small share of that text.
    bio = (
        "<div class='post-author-box'><div class='author-box__bio'><p>"
        + "Ines Moreau has covered the island's council, its ferries and its harbour. " * 6
        + "</p></div></div>"
    )
    text = _pruned_text(
        f"<html><body><article><h1>Harbour plan approved</h1><div class='entry'>{_agenda(8)}"
        f"</div>{bio}</article></body></html>"
    )
    assert "the council approved plan 8" in text
    assert "Ines Moreau" not in text


def test_menu_entries_do_not_anchor_the_menu() -> None:
    # Mega-menu entries: a link with a blurb, or a short link in deeply indented markup.
    # Counted as paragraphs they outweigh the article and keep the menu from pruning.
    blurbs = "".join(
        f"<li><a href='/services/{n}'>Ferry service {n}: timetables, fares and the summer "
        f"routes</a> to the islands</li>"
        for n in range(12)
    )
    indent = "\n" + "\t" * 60
    links = "".join(f"<li>{indent}<a href='/quay/{n}'>Quay {n}</a>{indent}</li>" for n in range(12))
    menu = f"<div class='menu-wrap'><ul>{blurbs}</ul><ul>{links}</ul></div>"
    text = _pruned_text(
        f"<html><body>{menu}<article><h1>Harbour plan approved</h1>{_agenda(4)}</article>"
        "</body></html>"
    )
    assert "the council approved plan 4" in text
    assert "Ferry service" not in text
    assert "Quay 3" not in text


def test_newsletter_pitch_between_paragraphs_is_dropped() -> None:
    pitches = [
        "Love ferries? Our Harbour Weekly newsletter brings every timetable change to your "
        "inbox. Sign up now.",
        "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
    ]
    blocks = [LONG, pitches[0], LONG.replace("May", "June"), pitches[1]]
    blocks += [LONG.replace("May", "July")]
    assert clean_blocks(blocks, title=None) == [blocks[0], blocks[2], blocks[4]]


def test_sentences_about_newsletters_are_kept() -> None:
    sentences = [
        "Residents can sign up for the council's newsletter at the harbour office.",
        "- Subscribe to the harbour newsletters your industry reads and follow the trade press.",
        "Our reporter joined the newsletter team in 2019.",
    ]
    blocks = [LONG, *sentences, LONG.replace("May", "June")]
    assert clean_blocks(blocks, title=None) == blocks


def test_main_text_in_a_wrapper_named_footer_is_extracted() -> None:
    # A listicle's entries sit in the theme's "page-footer" wrapper under a short lead;
    # prune keeps the wrapper for the text it holds, and the extraction that follows must
    # not drop it for its name.
    dishes = ["grilled sardines", "octopus stew", "saffron rice", "smoked eel", "crab tart"]
    dishes += ["mussel broth", "salt cod", "lobster rolls", "oyster pie", "clam chowder"]
    dishes += ["squid ink pasta", "seaweed bread"]
    entries = "".join(
        f"<article class='venue'><h2><a href='https://bookings.example/venues/{n}'>Table "
        f"{n}</a></h2><div class='venue-excerpt'><p>Known for its {dish}, this dining room "
        f"{'on the quay' if n % 2 else 'in the old town'} seats {n + 20} guests and has "
        f"served the {dish} since {1990 + n}, cooked by a chef who trained in {n} "
        f"kitchens.</p><p>Guests who order the {dish} on a weekday get a table by the "
        f"water; the {n} terrace tables go first, so book {n + 2} days ahead.</p></div>"
        "</article>"
        for n, dish in enumerate(dishes, start=1)
    )
    lead = "".join(
        f"<p>Lead paragraph {n}: twelve dining rooms by the water earned a place in this "
        "year's guide, from fish shacks on the quay to the tasting menus of the customs house.</p>"
        for n in range(3)
    )
    html = (
        "<html><head><title>The harbour's best tables</title></head><body><div class='page'>"
        f"<div class='page-lead'><h1>The harbour's best tables</h1>{lead}</div>"
        f"<div class='page-footer'><div class='venues'>{entries}</div></div></div></body></html>"
    )
    body = extract(html, "https://harbour.example/guide/best-tables").body
    assert "Lead paragraph 2" in body
    assert "Known for its grilled sardines" in body
    assert "Known for its seaweed bread" in body


def test_comments_outweighing_a_short_article_stay_out_of_the_body() -> None:
    # Most of the page's paragraph text is readers' comments: they hold the main-text
    # anchors, but keep the name that tells the extraction what they are.
    comments = "".join(
        f"<li><p>Reader {n} wrote: the ferry timetable was better before the "
        f"change, and the {n} o'clock boat is always late when the wind comes from the north, "
        f"so I take the bus to the old pier instead and walk the last {n} hundred metres.</p>"
        "</li>"
        for n in range(1, 13)
    )
    html = (
        "<html><head><title>Ferry timetable changes</title></head><body><article>"
        "<h1>Ferry timetable changes</h1><div class='entry'><p>The island ferry will leave "
        "half an hour earlier from Monday, the operator said, to meet the first train on the "
        "mainland; the evening boats keep their times.</p></div>"
        f"<div class='comments-area' id='comments'><ol>{comments}</ol></div></article>"
        "</body></html>"
    )
    body = extract(html, "https://harbour.example/news/ferry-timetable").body
    assert "leave half an hour earlier" in body
    assert "Reader 3 wrote" not in body


def test_trailing_author_box_label_and_bios_of_other_trades_are_dropped() -> None:
    article = [LONG, LONG.replace("May", "June"), LONG.replace("May", "July")]
    labelled = ["Author", "Sailor, harbour pilot and weekend columnist."]
    assert clean_blocks(article + labelled, title=None) == article
    for bio in [
        "Ines Moreau is a fee-only financial advisor who writes about harbour fees.",
        "Ines Moreau is a skilled content creator with ten years on the island's papers.",
    ]:
        assert clean_blocks([*article, bio], title=None) == article, bio
    # Owning something is news ("the owner of the bakery that burned down"), not a trade.
    owner = "Ines Moreau is the owner of the bakery on the quay that burned down on Sunday."
    assert clean_blocks([*article, owner], title=None) == [*article, owner]


def test_paragraphs_inside_a_kept_wrapper_stay_apart() -> None:
    # trafilatura's fallback keeps the CMS's wrapper (a DLE or Bitrix page that sets its
    # paragraphs apart with <br>s only): flattened whole, "lei.Potrivit" ran together.
    tree = etree.fromstring(
        "<body><div><div class='full-text'>12.11.2024<p>Costă 300 de milioane de lei.</p>"
        "<p>Potrivit primăriei, lucrările încep în aprilie.</p>Rest of the text."
        "<list><item>one</item></list></div></div></body>"
    )
    assert _blocks_from_body(tree) == [
        "12.11.2024",
        "Costă 300 de milioane de lei.",
        "Potrivit primăriei, lucrările încep în aprilie.",
        "Rest of the text.",
        "- one",
    ]


def test_what_stands_above_the_headline_is_not_text() -> None:
    # A kicker and a section label set inside the text's container, over the headline.
    title = "Bridge over the river to be rebuilt"
    blocks = ["Infrastructure", "Local news", title, LONG, "The works start in March."]
    assert clean_blocks(blocks, title=title) == [LONG, "The works start in March."]
    # A paragraph before it means the title is quoted in the text, not set above it.
    assert clean_blocks([LONG, title, "End."], title=title) == [LONG, title, "End."]


def test_what_stands_above_the_headline_is_not_text_when_the_title_spells_it_otherwise() -> None:
    # The heading prints a label or kicker the chosen title leaves out ("Title:" on a
    # preprint server, "Bahnstreik" over a broadcaster's headline): the trail above it is
    # the header's all the same.
    for trail, heading, title in [
        ("Computer Science > Artificial Intelligence", "Title:Model merging", "Model merging"),
        (
            "Startseite > Wirtschaft",
            "Bahnstreik: GDL kündigt Warnstreik an",
            "GDL kündigt Warnstreik an",
        ),
    ]:
        blocks = [trail, heading, LONG, "Ende."]
        assert clean_blocks(blocks, title=title, headings=(title, heading)) == [LONG, "Ende."]
        # The title alone does not find a heading it does not spell.
        assert clean_blocks(blocks, title=title)[0] == trail


OPENING = (
    "Die Landtagswahl zwischen Nord- und Ostsee gibt einen Vorgeschmack auf die "
    "Koalitionsbildungen im Bund, und die Parteien wissen das genau."
)


@pytest.mark.parametrize("left", ["von , 8.5.12", "par | 08/05/2012", "By ·", "di"])
def test_a_byline_without_its_writer_opens_no_story(left: str) -> None:
    # What is left of the byline once the writer's element is taken.
    assert clean_blocks([left, OPENING, OPENING], title="Wahl") == [OPENING]


def test_a_first_sentence_opening_with_a_by_word_stays() -> None:
    first = "Von der Leyen sagte am Montag, sie werde noch einmal kandidieren."
    assert clean_blocks([first, OPENING], title="Wahl") == [first, OPENING]


def test_a_styled_components_class_named_after_its_file_is_read_as_its_token() -> None:
    # "Newsletterstyled__Box-sc-8u7y6t-0", from Newsletter.styled.js: a newsletter box.
    box = (
        "<div class='Newsletterstyled__Box-sc-8u7y6t-0 yZaBcD'><p>Gesundheit! Der Newsletter</p>"
        "<p>Jeden Dienstag das Wichtigste aus Medizin und Forschung – kostenlos, für alle, die "
        "mehr wissen wollen über das, was ihre Gesundheit betrifft.</p></div>"
    )
    text = _pruned_text(
        f"<html><body><article><h1>Harbour plan approved</h1>{PARA * 4}{box}</article>"
        "</body></html>"
    )
    assert "The council approved the plan" in text
    assert "Jeden Dienstag" not in text

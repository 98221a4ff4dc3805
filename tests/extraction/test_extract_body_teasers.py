"""Teaser lists after the article (links to other posts) are not body text."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dom import text_of
from scrape.extraction.extractor import extract
from scrape.extraction.prune import prune
from scrape.extraction.title.headline import find_headline

_HEAD = """<html><head><title>How the river was restored</title>
<link rel="canonical" href="https://news.example.org/2025/05/river-restored"></head><body>
<main><h1>How the river was restored</h1><div class="content">{paras}</div>{after}</main>
</body></html>"""

_PARAS = "".join(
    f"<p>Paragraph {i}: volunteers cleared {i * 3} tonnes of silt from the weirs this spring, "
    f"and the council measured oxygen levels rising at station {i} week after week.</p>"
    for i in range(8)
)

_CARDS = "".join(
    f'<div class="card"><h3><a href="/2025/04/story-{i}">'
    f"Another local story number {i}: the weir that came back</a>"
    f"</h3><p>A short excerpt of story {i}, long enough to read like a paragraph of text "
    f"that a teaser card shows under its linked title.</p></div>"
    for i in range(5)
)


def _pruned(html: str) -> str:
    tree = LexborHTMLParser(html)
    find_headline(tree, ["How the river was restored"])
    prune(tree)
    assert tree.body is not None
    return text_of(tree.body)


def test_trailing_card_grid_is_pruned() -> None:
    text = _pruned(_HEAD.format(paras=_PARAS, after=f'<section class="grid">{_CARDS}</section>'))
    assert "volunteers cleared 21 tonnes" in text
    assert "Another local story" not in text
    assert "short excerpt of story" not in text


def test_list_after_related_heading_is_pruned() -> None:
    links = "".join(f'<li><a href="/2025/03/s{i}">Older river story {i}</a></li>' for i in range(4))
    text = _pruned(_HEAD.format(paras=_PARAS, after=f"<h2>Read this next</h2><ul>{links}</ul>"))
    assert "volunteers cleared 21 tonnes" in text
    assert "Older river story" not in text
    assert "Read this next" not in text


def test_linked_list_between_paragraphs_is_kept() -> None:
    # A listicle's own list of internal links, with the article going on after it.
    items = "".join(
        f'<li><a href="/courses/{i}">Free course on river ecology {i}</a> from the Open '
        f"University, six weeks</li>"
        for i in range(5)
    )
    half = len(_PARAS) // 2
    text = _pruned(
        _HEAD.format(paras=_PARAS[:half] + f"<ul>{items}</ul>" + _PARAS[half:], after="")
    )
    assert "Free course on river ecology 3" in text


def test_list_of_links_out_is_kept() -> None:
    # Links to other sites (sources, changelogs) at the end are the article's own.
    items = "".join(
        f'<li><a href="https://github.com/org/repo/pull/{i}">Fix the parser for case {i}</a></li>'
        for i in range(5)
    )
    text = _pruned(_HEAD.format(paras=_PARAS, after=f"<ul>{items}</ul>"))
    assert "Fix the parser for case 3" in text


def test_trailing_paragraphs_of_links_are_pruned() -> None:
    # Page builders set "more posts" as one linked paragraph per post.
    lines = "".join(
        f'<p><a href="/2025/0{i}/costs-{i}">Average costs of river works in town {i}</a></p>'
        for i in range(1, 6)
    )
    text = _pruned(_HEAD.format(paras=_PARAS, after=f"<div>{lines}</div>"))
    assert "volunteers cleared 21 tonnes" in text
    assert "Average costs of river works" not in text


def test_trailing_cards_with_long_excerpts_are_pruned() -> None:
    # A linked heading over an excerpt several sentences long: still a teaser card.
    excerpt = "The town's second weir reopened to fish this week after years of work. " * 6
    cards = "".join(
        f'<div class="post-item"><h3 class="title"><a href="/2025/04/weir-{i}">'
        f"Weir number {i} reopens to salmon</a></h3><p>{excerpt}</p></div>"
        for i in range(3)
    )
    text = _pruned(_HEAD.format(paras=_PARAS, after=f'<div class="post-list">{cards}</div>'))
    assert "volunteers cleared 21 tonnes" in text
    assert "reopens to salmon" not in text
    assert "second weir reopened" not in text


_CTA = (
    "<div class='panel'><h3>Ready to grow your river club?</h3>"
    "<p>Scale your volunteer rota with our planning app.</p>"
    "<a class='btn btn-primary' href='/signup'>Get started</a></div>"
)


def test_call_to_action_box_after_the_article_is_pruned() -> None:
    text = _pruned(_HEAD.format(paras=_PARAS + _CTA, after=""))
    assert "Paragraph 7" in text
    assert "Ready to grow your river club" not in text


def test_call_to_action_set_as_one_paragraph_after_the_article_is_pruned() -> None:
    # The box is a paragraph: the pruner meets it among the paragraphs and as a box.
    cta = (
        "<p>Ready to grow your river club? Plan the volunteer rota with our app. "
        "<a class='btn' href='/signup'>Get started</a></p>"
    )
    text = _pruned(_HEAD.format(paras=_PARAS + cta, after=""))
    assert "Paragraph 7" in text
    assert "Ready to grow your river club" not in text


def test_call_to_action_box_between_paragraphs_and_cards_with_buttons_are_kept() -> None:
    # Mid-article, a box may be the article's own; a row of boxes built alike is a list.
    cards = "".join(
        f"<div class='tool'><h3>Planner {i}</h3><p>Plans rotas for {i} volunteers at once, "
        f"with reminders by text message.</p><a class='button' href='/p{i}'>Visit</a></div>"
        for i in range(3)
    )
    half = _PARAS.index("<p>Paragraph 4")
    paras = _PARAS[:half] + _CTA + _PARAS[half:]
    text = _pruned(_HEAD.format(paras=paras + cards, after=""))
    assert "Ready to grow your river club" in text
    assert "Plans rotas for 2 volunteers" in text


def test_author_box_after_the_article_is_pruned_but_the_byline_is_not() -> None:
    byline = "<p class='meta'>Words by <a href='/author/mara-lind'>Mara Lind</a></p>"
    box = (
        "<div class='wrap'><img src='/mara.jpg' alt=''><h4>Mara Lind</h4><p>Mara covers "
        "rivers and the people who look after them.</p>"
        "<a href='/author/mara-lind'>More by Mara</a></div>"
    )
    text = _pruned(_HEAD.format(paras=byline + _PARAS + box, after=""))
    assert "Words by Mara Lind" in text
    assert "Mara covers rivers" not in text


def test_dated_author_box_after_the_article_stays_for_the_date_search() -> None:
    # The last-resort date search reads the pruned page: a byline set below the text may
    # hold the page's only date.
    box = (
        "<div class='wrap'><p>Written by <a href='/author/mara-lind'>Mara Lind</a></p>"
        "<p>April 8, 2024</p></div>"
    )
    text = _pruned(_HEAD.format(paras=_PARAS + box, after=""))
    assert "April 8, 2024" in text


def test_mangled_addresses_do_not_stop_pruning() -> None:
    # urlsplit raises on an unclosed IPv6 bracket: the canonical link and a card's link.
    html = (
        _HEAD.replace("https://news.example.org/", "https://<p>[news.example.org/")
        .format(paras=_PARAS, after=f'<section class="grid">{_CARDS}</section>')
        .replace('href="/2025/04/story-0"', 'href="https://[broken/story-0"')
    )
    text = _pruned(html)
    assert "volunteers cleared 21 tonnes" in text


def test_cards_with_unlinked_titles_after_a_related_heading_are_pruned() -> None:
    # Scripted cards: the title is not a link, only the author's name or a "Learn more"
    # button is; the heading says what they are.
    cards = "".join(
        f"<div class='card'><h3>Weir number {i} reopens to salmon</h3><p>The town's weir "
        f"number {i} reopened to fish this week after years of work by the volunteers.</p>"
        f"<p>by <a href='/contributors/mara-lind'>Mara Lind</a></p></div>"
        for i in range(3)
    )
    text = _pruned(
        _HEAD.format(
            paras=_PARAS,
            after=f"<h2>Related articles that may interest you</h2><div class='grid'>{cards}</div>",
        )
    )
    assert "volunteers cleared 21 tonnes" in text
    assert "reopens to salmon" not in text
    buttons = cards.replace(
        "<p>by <a href='/contributors/mara-lind'>Mara Lind</a></p>",
        "<ul><li><a href='/2025/04/weir'>Learn more</a></li></ul>",
    )
    carousel = f"<div class='carousel-frame'><div class='track'>{buttons}</div></div>"
    text = _pruned(_HEAD.format(paras=_PARAS, after=f"<h2>Explore more</h2>{carousel}"))
    assert "volunteers cleared 21 tonnes" in text
    assert "reopens to salmon" not in text


def test_paragraph_of_links_after_a_popular_heading_is_kept() -> None:
    # "Popular ..." also heads the article's own sections; a paragraph naming three
    # channels with links is text, not a grid of cards.
    channels = (
        "<p>Most clubs already post on <a href='/video/youtube'>YouTube</a>, "
        "<a href='/video/instagram'>Instagram</a> and <a href='/video/tiktok'>TikTok</a>, "
        "and send a monthly letter to members about the state of the river.</p>"
    )
    text = _pruned(
        _HEAD.format(paras=_PARAS + "<h4>Popular channels to consider</h4>" + channels, after="")
    )
    assert "Most clubs already post on" in text


def test_teaser_paragraph_ending_in_a_more_link_is_dropped() -> None:
    teasers = (
        "<p>Auch die Innenstadt soll umgebaut werden, berichtete die Zeitung gestern. "
        '<a href="/2025/04/innenstadt">mehr</a></p>'
        "<p>La mairie prépare aussi la rénovation du marché couvert. "
        '<a href="/2025/04/marche">Lire la suite</a></p>'
    )
    text = _pruned(_HEAD.format(paras=_PARAS[:600] + teasers + _PARAS[600:], after=""))
    assert "Paragraph 7" in text
    assert "Innenstadt" not in text
    assert "marché couvert" not in text


def test_box_closing_with_a_link_to_a_section_is_dropped_but_the_words_in_a_sentence_stay() -> None:
    service = (
        '<div class="traffic-teaser"><p>Aktuelle Verkehrsmeldungen für die ganze Steiermark '
        'findest du in unserem Verkehrsservice.</p><a href="/verkehr">Zum Verkehr</a></div>'
    )
    sentence = (
        "<p>Die Stadt hat eine eigene Seite eingerichtet, auf der Anrainer alles "
        '<a href="/baustelle">zur Baustelle</a> nachlesen können.</p>'
    )
    text = _pruned(_HEAD.format(paras=_PARAS[:600] + service + sentence + _PARAS[600:], after=""))
    assert "Verkehrsmeldungen" not in text
    assert "alles zur Baustelle nachlesen" in text


def test_teaser_box_whose_excerpt_ends_in_a_plain_more_is_dropped() -> None:
    # A broadcaster's box between paragraphs: a heading, the linked headline, the excerpt
    # closing with "mehr" as plain text (the whole card is the link on the live site).
    box = (
        '<div class="teaserbox"><h2>Weitere Informationen</h2><a href="/2025/04/sturmflut">'
        "Sturmflut an der Nordseeküste: Deiche halten stand</a> <p>Ein Orkantief hatte in der "
        "Nacht für hohe Wasserstände gesorgt. mehr</p></div>"
    )
    text = _pruned(_HEAD.format(paras=_PARAS[:600] + box + _PARAS[600:], after=""))
    assert "Paragraph 7" in text
    assert "Orkantief" not in text
    # A paragraph of the text that ends in the word, in no box of its own, stays.
    para = "<p>Die Stadt will sparen. Die Opposition fordert dagegen? Mehr.</p>"
    text = _pruned(_HEAD.format(paras=_PARAS[:600] + para + _PARAS[600:], after=""))
    assert "Opposition fordert" in text


def test_link_to_a_source_inside_a_paragraph_stays() -> None:
    para = (
        "<p>The agency published more data on the weirs last week, and the full report is "
        '<a href="https://agency.example/report">available online</a>.</p>'
    )
    text = _pruned(_HEAD.format(paras=_PARAS + para, after=""))
    assert "available online" in text


def test_subscription_offer_list_is_dropped() -> None:
    offer = (
        "<div class='box'><h3>Weiterlesen mit Z+</h3><ul><li>Alle Artikel lesen</li>"
        "<li>E-Paper und Newsletter</li><li>Jederzeit kündbar</li></ul>"
        '<a href="/abo">Jetzt abonnieren</a></div>'
    )
    text = _pruned(_HEAD.format(paras=_PARAS, after=offer))
    assert "Paragraph 7" in text
    assert "Jederzeit kündbar" not in text
    assert "E-Paper" not in text


def test_the_link_cache_holds_the_current_page_only() -> None:
    # An extraction worker prunes page after page: the addresses of pages long stored must
    # not pile up in it. Each page links to 5 stories of its own.
    from scrape.extraction.prune.links import points_within

    held = []
    for month in range(1, 4):
        cards = _CARDS.replace("/2025/04/story-", f"/2025/0{month}/story-")
        _pruned(_HEAD.format(paras=_PARAS, after=f'<section class="grid">{cards}</section>'))
        held.append(points_within.cache_info().currsize)
    assert 0 < held[0] <= 5
    assert held == [held[0]] * 3


def _with_box(box: str) -> str:
    cut = _PARAS.index("</p>", len(_PARAS) // 2) + len("</p>")
    return _pruned(_HEAD.format(paras=_PARAS[:cut] + box + _PARAS[cut:], after=""))


def test_read_also_boxes_are_pruned_whatever_their_label_says() -> None:
    # Told by how they are built (a short label set apart, then another article's headline
    # as the only link), in any language and under any class name.
    link = '<a href="/2025/04/weir-{n}">Fish return to the upper weir after forty years</a>'
    boxes = [
        "<p><strong>Lestu einnig:</strong> " + link.format(n=1) + "</p>",  # is
        "<div class='x1'><p><b>SOMA ZAIDI</b> " + link.format(n=2) + "</p></div>",  # sw
        "<blockquote><p><strong>Irakurri ere:</strong> " + link.format(n=3) + "</p></blockquote>",
        "<div class='preberite'><h3>Preberite še</h3><ul><li>"
        + link.format(n=4)
        + "</li></ul></div>",
        "<aside><span>Citiți și</span> " + link.format(n=5) + "</aside>",  # ro
    ]
    for box in boxes:
        text = _with_box(box)
        assert "Fish return" not in text, box
        assert "Paragraph 7" in text and "Paragraph 0" in text


def test_read_also_label_on_its_own_line_above_the_link_is_pruned() -> None:
    # Typed in a classic editor: the label as a bold paragraph, the headline linked on the
    # next line; the same box as the label and link in one paragraph.
    link = '<a href="/2025/04/weir-{n}">Fish return to the upper weir after forty years</a>'
    labels = ["LEGGI ANCHE", "Czytaj też:", "اقرأ أيضا", "関連記事", "Lue myös"]
    for n, label in enumerate(labels):
        for shape in (
            "<p><strong>{label}</strong></p><p>{link}</p>",
            "<div>{label}:</div><p>{link}</p>",
        ):
            box = shape.format(label=label, link=link.format(n=n))
            text = _with_box(box)
            assert "upper weir after forty" not in text, box
            assert label not in text, box


def test_audio_and_video_teasers_between_paragraphs_are_pruned() -> None:
    # A player's teaser: a label, another page's headline as its only link, and the
    # recording's length in an element of its own after it.
    link = '<a href="/audio/weir-{n}"><h3>Fish return to the upper weir after forty years</h3></a>'
    boxes = [
        "<div class='AudioTeaser_root__Q1w'><span>Lyssna</span>{link}<span>4 min</span></div>",
        "<div class='x9'><span>Audio</span>{link}<span>03:12</span></div>",
        "<aside><span>動画</span>{link}<time>2:45</time></aside>",
        "<div><span>Podcast</span>{link}<small>12 perc</small></div>",
    ]
    for n, shape in enumerate(boxes):
        box = shape.format(link=link.format(n=n))
        text = _with_box(box)
        assert "upper weir after forty" not in text, box
        assert "Paragraph 7" in text and "Paragraph 0" in text


def test_label_line_above_prose_with_a_link_is_kept() -> None:
    kept = [
        # A bold line over a paragraph that says more than the link.
        "<p><strong>LEGGI ANCHE</strong></p><p>Volunteers can read "
        "<a href='/2025/04/join'>our guide to the volunteer days</a> before they sign up.</p>",
        # A sentence ending in a full stop is no label.
        "<p><strong>The vote was close.</strong></p><p><a href='/2025/04/vote'>How every "
        "councillor voted on the weir</a></p>",
        # A sentence introducing the link, ending in a colon.
        "<p>Das Konzeptpapier finden Sie hier:</p><p><a href='/2025/04/papier'>Konzeptpapier "
        "zur epidemischen Lage</a></p>",
        # A linked headline followed by words, not a figure of its own: prose.
        "<p><strong>Audio:</strong> <a href='/audio/weir'>Fish return to the upper weir</a> "
        "<span>in 2025</span></p>",
        # A section heading over a link to the page it is about.
        "<h3>Identity Theft</h3><p><a href='/page/1523/identity-theft'>KLS Identity Theft "
        "Information Page</a></p>",
        # A link out of the site: a source, not another of its articles.
        "<p><strong>Quelle:</strong></p><p><a href='https://agency.example.net/report'>"
        "Environment agency river quality report</a></p>",
    ]
    for box in kept:
        text = _with_box(box)
        linked = LexborHTMLParser(box).css_first("a")
        assert linked is not None and text_of(linked) in text, box


def test_paragraphs_and_lists_with_links_are_kept() -> None:
    kept = [
        # A sentence that links another article is the article's own.
        "<p>The council said the <a href='/2025/04/weir-plan'>weir plan approved last spring"
        "</a> had worked.</p>",
        # A source linked out of the site.
        "<p><strong>Source:</strong> <a href='https://agency.example.net/report'>Environment "
        "agency river quality report</a></p>",
        # A list of several links is the article's list (or a teaser list, pruned elsewhere).
        "<p><strong>Walks:</strong></p><ul><li><a href='/walks/upper-weir-loop'>The upper weir "
        "loop walk</a></li><li><a href='/walks/old-mill-path'>The old mill path walk</a></li></ul>",
        # A link with a label too long to be one: prose.
        "<p>Volunteers who want to help next spring can read how to join in "
        "<a href='/2025/04/join'>our guide to the volunteer days</a></p>",
    ]
    for box in kept:
        text = _with_box(box)
        linked = LexborHTMLParser(box).css_first("a")
        assert linked is not None and text_of(linked) in text, box


def _two_headlines(one: str, two: str, date: str = "") -> str:
    return (
        f"<div class='view-content'><div class='row'><a href='/2025/03/first'>{one}</a>{date}"
        f"</div><div class='row'><a href='/2025/02/second'>{two}</a>{date}</div></div>"
    )


@pytest.mark.parametrize(
    ("label", "one", "two"),
    [
        # Basque, Icelandic, Swahili: the label's wording is no English "Related".
        (
            "Lotutako albisteak",
            "Ibaiaren ura garbiago dago aurten",
            "Udalak presa berria eraiki du",
        ),
        ("Tengdar fréttir", "Laxinn snýr aftur í ána í vor", "Bæjarstjórn samþykkir nýja stíflu"),
        (
            "Habari zinazohusiana",
            "Samaki warudi mtoni msimu huu",
            "Halmashauri yajenga bwawa jipya",
        ),
    ],
)
def test_two_linked_headlines_under_a_label_after_the_article_are_pruned(
    label: str, one: str, two: str
) -> None:
    date = " <span class='date'>01.03.2025</span>"
    after = f"<div class='block'><h2>{label}</h2>{_two_headlines(one, two, date)}</div>"
    text = _pruned(_HEAD.format(paras=_PARAS, after=after))
    assert "Paragraph 7" in text
    assert one not in text and two not in text and label not in text


def test_two_linked_items_under_a_label_stay_unless_other_articles_after_the_text() -> None:
    # The article goes on after the list: the list is its own.
    walks = _two_headlines("The upper weir loop walk", "The old mill path walk")
    text = _pruned(_HEAD.format(paras=_PARAS + "<h3>Two walks</h3>" + walks + _PARAS, after=""))
    assert "upper weir loop walk" in text
    trailing = [
        # Tags: one or two words each, no headline.
        (
            "Tags",
            "<ul><li><a href='/tag/rivers'>rivers</a></li>"
            "<li><a href='/tag/weirs'>weirs</a></li></ul>",
        ),
        # Sources out of the site.
        (
            "Sources",
            "<ul><li><a href='https://agency.example.net/r'>Environment agency river report"
            "</a></li><li><a href='https://uni.example.edu/s'>University silt study of the "
            "weirs</a></li></ul>",
        ),
        # A sentence over the list: the article speaking, not a label.
        (
            "The weirs still to be cleared are these.",
            _two_headlines("The upper weir on the mill race", "The lower weir by the old bridge"),
        ),
        # Items with text of their own beside the link: the article's list.
        (
            "Next steps",
            "<ul><li><a href='/2025/03/a'>Clearing the upper weir of silt</a> comes first, "
            "once the water is low enough in late summer to let the diggers in safely</li>"
            "<li><a href='/2025/03/b'>Replanting the banks with willow</a> follows in the autumn "
            "when the volunteers return and the ground is soft enough</li></ul>",
        ),
    ]
    for label, box in trailing:
        text = _pruned(_HEAD.format(paras=_PARAS, after=f"<h2>{label}</h2>{box}"))
        linked = LexborHTMLParser(box).css_first("a")
        assert linked is not None and text_of(linked) in text, box


def _body(paras: str) -> str:
    # Through the whole extraction: the boxes stay in the page trafilatura reads and their
    # lines leave its answer.
    return extract(_HEAD.format(paras=paras, after=""), "https://news.example.org/2025/05/r").body


def _body_mid(block: str) -> str:
    """The body of the page with ``block`` set between its paragraphs 3 and 4."""
    half = _PARAS.index("<p>Paragraph 4")
    return _body(_PARAS[:half] + block + _PARAS[half:])


@pytest.mark.parametrize(
    ("heading", "line", "button"),
    [
        ("Get the Riverwatch newsletter", "The week on the river, every Friday.", "Sign up"),
        ("Der Fluss-Newsletter", "Jeden Freitag die Woche am Fluss.", "Anmelden"),
        ("Nyhedsbrev fra Riverwatch", "Ugen ved floden, hver fredag.", "Tilmeld"),
    ],
)
def test_newsletter_form_between_paragraphs_is_dropped(
    heading: str, line: str, button: str
) -> None:
    # Told by its e-mail field, in any language and under class names that say nothing.
    box = (
        f"<div class='my-8 rounded-xl p-6'><p class='font-bold'>{heading}</p><p>{line}</p>"
        f"<form class='mt-3 flex'><input type='email' class='flex-1'>"
        f"<button class='rounded px-4'>{button}</button></form></div>"
    )
    body = _body_mid(box)
    assert "Paragraph 3" in body and "Paragraph 7" in body
    assert heading not in body and line not in body


# Boxes asking the reader to sign up, give or join, and a line of each that must go.
_ASKING_BOXES = {
    # The fine print under the form is no second paragraph of prose: the box is the form's.
    "newsletter form with its fine print": (
        "<div class='fancy-box'><div class='fancy-box-title'>Get the Riverwatch newsletter</div>"
        "<div class='fancy-box-body'><p>The best features, news and river quizzes from our "
        "reporters, sent to you every week.</p><form><input type='email'><button>Sign me up"
        "</button></form><p class='small'>By submitting your information you agree to the "
        "Terms &amp; Conditions and Privacy Policy and are aged 16 or over.</p></div></div>",
        "river quizzes from our reporters",
    ),
    # The reader's yes to the site on its button.
    "donation box answered with the reader's yes": (
        "<div class='encart-x'><p>Nous avons un petit service à vous demander.</p><p>Le "
        "Courrier est un média indépendant, sans actionnaire ni publicité, en accès libre.</p>"
        "<a class='btn-x' href='/dons'>Je soutiens Le Courrier</a></div>",
        "sans actionnaire ni publicité",
    ),
    # A plain link to the newsletters' page, set apart in the box.
    "newsletter box linking to its page": (
        "<div class='fancy-box'><div class='fancy-box-title'>Sign up for Riverwatch's Free "
        "E-Newsletters</div><div class='fancy-box-body'><p>Profit and prosper with the best of "
        "expert advice on boats and weirs - straight to your e-mail.</p><a "
        "href='https://riverwatch.example/newsletters'>Sign up</a></div></div>",
        "Profit and prosper",
    ),
    "members box asking to join": (
        "<div class='c-box'><h4>Become a Member</h4><p>Support independent reporting on the "
        "river. Members get our archive, the podcasts and a letter from the editors.</p>"
        "<a class='btn' href='/membership/'>Join today</a></div>",
        "Members get our archive",
    ),
}


def test_a_sentence_pointing_to_the_newsletters_page_stays() -> None:
    # The link in a coloured span inside the sentence is the sentence's.
    line = (
        "<p>Each month we send a special newsletter; to get it, order our weekly one at <span "
        "style='color: #dda35c'><a href='https://riverwatch.example/newsletter/'><strong>"
        "riverwatch.example/newsletter</strong></a></span> and it lands in your inbox.</p>"
    )
    body = _body_mid(line)
    assert "Each month we send a special newsletter" in body


@pytest.mark.parametrize("kind", sorted(_ASKING_BOXES))
def test_a_box_asking_to_sign_up_give_or_join_between_paragraphs_is_dropped(kind: str) -> None:
    box, line = _ASKING_BOXES[kind]
    body = _body_mid(box)
    assert "Paragraph 3" in body and "Paragraph 7" in body
    assert line not in body


@pytest.mark.parametrize(
    ("offer", "button"),
    [
        ("Read on with Riverwatch+. All articles, $1 for the first month.", "Subscribe now"),
        ("Lesen Sie weiter mit Riverwatch+. Alle Artikel, 1 € im ersten Monat.", "Jetzt testen"),
        ("Continuez avec Riverwatch+. Tous les articles, 1 € le premier mois.", "Abonnez-vous"),
        ("Profitez d'un accès illimité à nos contenus dès 1 franc le premier mois.", "Je m'abonne"),
        (
            "Predplatné si môžete kúpiť už od 1,50 € týždenne, zrušiť ho môžete kedykoľvek.",
            "Predplatiť",
        ),
    ],
)
def test_paywall_offer_before_the_hidden_rest_of_the_text_is_dropped(
    offer: str, button: str
) -> None:
    teaser = _PARAS[: _PARAS.index("<p>Paragraph 2")]
    rest = _PARAS[_PARAS.index("<p>Paragraph 2") :]
    box = (
        f"<div class='teaser-box'><p>{offer}</p><a class='lock__cta' href='/abo'>{button}</a></div>"
    )
    hidden = f"<div class='locked' style='display:none'>{rest}</div>"
    body = _body(teaser + box + hidden)
    assert "Paragraph 1" in body and "Paragraph 7" in body
    assert offer not in body


@pytest.mark.parametrize(
    ("appeal", "link"),
    [
        (
            "Our mission is to deliver fact-based reporting on the river that holds power to "
            "account.",
            "Support us",
        ),
        (
            "Unabhängiger Journalismus über den Fluss kostet Geld, und wir finanzieren ihn mit "
            "Ihrer Hilfe.",
            "Jetzt unterstützen",
        ),
        (
            "Notre rédaction vit de vos dons : chaque contribution nous aide à enquêter sur la "
            "rivière.",
            "Faire un don",
        ),
        (
            "Sin periodismo independiente no hay democracia, y el nuestro lo financian más de "
            "80.000 socios.",
            "Hazte socio, hazte socia",
        ),
    ],
)
def test_an_appeal_for_money_above_or_between_paragraphs_is_dropped(appeal: str, link: str) -> None:
    # Its link is a plain one, styled like any other.
    box = (
        f"<div class='support-box'><p>{appeal}</p><p>Every gift counts.</p>"
        f"<a href='/donations'>{link}</a></div>"
    )
    half = _PARAS.index("<p>Paragraph 4")
    body = _body(box + _PARAS[:half] + box + _PARAS[half:])
    assert "Paragraph 1" in body and "Paragraph 7" in body
    assert appeal not in body and link not in body


@pytest.mark.parametrize(
    ("appeal", "link"),
    [
        (
            "Der Flussbote ist unabhängig und wird von seinen Mitgliedern getragen, die unsere "
            "Berichterstattung aus dem Viertel erst möglich machen.",
            "Jetzt Mitglied werden",
        ),
        (
            "De Rivierkrant is onafhankelijk en wordt gedragen door haar leden, die onze "
            "verslaggeving uit de wijk mogelijk maken.",
            "Word nu lid",
        ),
    ],
)
def test_a_members_appeal_between_paragraphs_is_dropped(appeal: str, link: str) -> None:
    # The box of a site its members pay for: a title, the appeal, a button to join.
    box = (
        f"<div class='member-box'><p class='member-box__title'>Lokaljournalismus</p><p>{appeal}</p>"
        f"<a href='/join/' class='btn'>{link}</a></div>"
    )
    body = _body_mid(box)
    assert "Paragraph 3" in body and "Paragraph 4" in body
    assert appeal not in body and link not in body


def test_a_labelled_list_of_headlines_in_one_paragraph_is_pruned() -> None:
    box = (
        "<p><strong>Read more from the Riverwatch:</strong><br>"
        "<a href='/2025/05/ferry-fares'>Ferry fares to rise for the third year running</a><br>"
        "<a href='/2025/05/weir'>Weir repairs finished two months ahead of schedule</a></p>"
    )
    body = _body_mid(box)
    assert "Paragraph 3" in body and "Paragraph 4" in body
    assert "Ferry fares" not in body and "Read more from" not in body


def test_a_paragraph_naming_two_linked_stories_in_a_sentence_stays() -> None:
    own = (
        "<p>We reported on <a href='/2025/05/ferry-fares'>Ferry fares to rise for the third "
        "year running</a> and on <a href='/2025/05/weir'>Weir repairs finished two months "
        "ahead of schedule</a> last week.</p>"
    )
    body = _body_mid(own)
    assert "Ferry fares to rise" in body


def test_a_donation_link_in_a_sentence_is_the_texts() -> None:
    own = (
        "<p>The volunteers rebuilt the weir with money from the town, and residents can still "
        "<a href='/donations'>donate</a> at the boathouse until May.</p>"
    )
    body = _body_mid(own)
    assert "residents can still donate at the boathouse" in body


def test_subscribe_link_in_a_paragraph_and_other_buttons_between_paragraphs_are_kept() -> None:
    # Only a button asks for a subscription; a link in the text is the article's own.
    own = (
        "<p>The volunteers publish their oxygen readings every week: "
        "<a href='/readings'>subscribe to the readings</a>.</p>"
    )
    half = _PARAS.index("<p>Paragraph 4")
    body = _body(_PARAS[:half] + own + _CTA + _PARAS[half:])
    assert "subscribe to the readings" in body
    assert "Scale your volunteer rota" in body


@pytest.mark.parametrize(
    "heading",
    [
        "Ähnliche Beiträge",
        "Das könnte Sie auch interessieren",
        "Articles similaires",
        "Leia também",
        "Najczęściej czytane",
    ],
)
def test_list_after_a_related_heading_in_other_languages_is_pruned(heading: str) -> None:
    # A short list of other posts between the text and a closing section of the article:
    # with its class names hashed, its heading is all that tells it apart.
    links = "".join(
        f'<li class="x{i}"><a href="/2025/03/s{i}">Older river story number {i}</a> 03.2025</li>'
        for i in range(2)
    )
    text = _pruned(
        _HEAD.format(
            paras=_PARAS[: len(_PARAS) // 2],
            after=f'<h2>{heading}</h2><ul class="a9">{links}</ul>' + _PARAS[len(_PARAS) // 2 :],
        )
    )
    assert "volunteers cleared 21 tonnes" in text
    assert "Older river story" not in text
    assert heading not in text


@pytest.mark.parametrize(
    "label",
    [
        "<h2>Lo último</h2>",
        "<h2>Editor's picks</h2>",
        "<header><h2>In primo piano</h2></header>",
        "<div class='box-head'><h3>Aus der Region</h3></div>",
    ],
)
def test_the_label_over_a_trailing_card_grid_goes_with_it(label: str) -> None:
    grid = f'<section class="more">{label}<div class="row">{_CARDS}</div></section>'
    text = _pruned(_HEAD.format(paras=_PARAS, after=grid))
    assert "volunteers cleared 21 tonnes" in text
    assert "Another local story" not in text
    for words in ("Lo último", "Editor's picks", "In primo piano", "Aus der Region"):
        assert words not in text


def test_a_sub_heading_over_the_articles_last_paragraphs_stays() -> None:
    more = "<h2>What comes next</h2><p>" + "The council will measure again in autumn. " * 4
    text = _pruned(_HEAD.format(paras=_PARAS, after=more + "</p>"))
    assert "What comes next" in text


def _with_card(card: str, at: int = 3) -> str:
    paras = [
        f"<p>Paragraph {i}: volunteers cleared {i * 3} tonnes of silt from the weirs this "
        f"spring, and the council measured oxygen levels rising at station {i} week after "
        "week.</p>"
        for i in range(6)
    ]
    paras.insert(at, card)
    return _HEAD.format(paras="".join(paras), after="")


_PICTURE_CARDS = [
    # A "Related" card: label, picture, linked headline, summary, the other story's writer.
    '<div class="x1"><picture><img src="/i/w.jpg" alt="A weir"></picture>'
    '<span><label>Related</label></span><div class="x2"><h5><a href="/2025/04/weir-back">'
    "Four weirs that came back after the floods of last year</a></h5>"
    '<p class="x3">How the valley rebuilt its river, one wall at a time.</p>'
    '<div><span>By </span><a href="/author/sam-roe/">Sam Roe</a></div></div></div>',
    # A German "Lesen Sie auch" box: picture link, kicker, linked headline, teaser.
    '<div class="box"><a href="/politik/steuer-reform-123.html"><img src="/i/s.jpg" alt="">'
    '</a><span class="kicker">Steuern</span><h3><a href="/politik/steuer-reform-123.html">'
    "Was die neue Steuerreform für Familien bedeutet</a></h3><p>Die Koalition hat sich "
    "geeinigt. Was sich für Eltern ändert.</p></div>",
    # One link holding the card's label, picture and headline, no heading in it.
    '<a class="css-r3b7x4" href="/artikel/1138820/steuerreform-ranking"><span>Auch '
    'interessant</span><img src="/i/s.jpg" alt=""><span>Die Steuerreform und was sie für '
    "Eltern ändert</span></a>",
]


@pytest.mark.parametrize("card", _PICTURE_CARDS)
@pytest.mark.parametrize("at", [3, 6])
def test_a_picture_card_of_another_story_in_or_after_the_text_is_pruned(card: str, at: int) -> None:
    text = _pruned(_with_card(card, at))
    assert "volunteers cleared 15 tonnes" in text
    assert "weirs that came back" not in text and "Steuerreform" not in text
    assert "one wall at a time" not in text and "Eltern" not in text


@pytest.mark.parametrize(
    "card",
    [
        # A listicle's item: its picture and linked name over a description of its own.
        '<div class="item"><img src="/i/w.jpg" alt=""><h3><a href="/guides/weir-walk">'
        "The weir walk at Lower Mill</a></h3><p>"
        + "A flat loop of four miles along the restored banks, with the old mill and its "
        "fish pass halfway round; the best time to see the salmon jump is October. "
        * 2
        + "</p></div>",
        # A linked heading with no picture: the article's pointer to a page of its own.
        '<div class="note"><h3><a href="/2025/04/weir-back">Four weirs that came back after'
        "</a></h3><p>Our report from April.</p></div>",
        # A picture linked with its caption inside the text's own sentence.
        '<p>The restored <a href="/2025/04/weir-back"><img src="/i/w.jpg" alt="">weir at '
        "Lower Mill</a> opened in April, and Four weirs now pass fish again all year.</p>",
        # The page's own address: the article's heading, not another story.
        '<div class="part"><img src="/i/w.jpg" alt=""><h3><a href="/2025/05/river-restored">'
        "How the river was restored, part two</a></h3></div>",
    ],
)
def test_a_linked_heading_that_is_no_card_stays(card: str) -> None:
    text = _pruned(_with_card(card))
    assert "volunteers cleared 15 tonnes" in text
    assert any(words in text for words in ("weir walk", "Four weirs", "part two"))


def test_a_label_s_box_holding_its_linked_headlines_beside_it_is_pruned() -> None:
    # No list around the items: the label and the cards are the box's children, between
    # the text's paragraphs ("<section><h3>Más información</h3><article>...</article>...").
    cards = "".join(
        f"<article class='c'><h2 class='c_t'><a href='/2025/0{n}/weir-{n}'>{headline}</a></h2>"
        "</article>"
        for n, headline in enumerate(
            ["Fish return to the upper weir after forty years", "The council buys the old mill"],
            1,
        )
    )
    text = _with_box(f"<section class='a_ei'><h3>Más información</h3>{cards}</section>")
    assert "Fish return" not in text and "old mill" not in text and "Más información" not in text
    assert "Paragraph 7" in text and "Paragraph 0" in text


def test_a_section_of_the_text_under_its_sub_heading_stays() -> None:
    # The same build holding the article's own prose is a section of the text.
    section = (
        "<section><h3>The weirs</h3><div><p>Volunteers rebuilt the two weirs by hand over the "
        "winter, stone by stone, with the help of the county's engineers.</p></div>"
        "<div><p>The fish ladder beside them opened in April and is already in use.</p></div>"
        "</section>"
    )
    text = _with_box(section)
    assert "Volunteers rebuilt the two weirs" in text and "fish ladder" in text


def test_another_story_s_headline_in_capitals_alone_in_a_paragraph_is_pruned() -> None:
    shouted = (
        "<p><strong><a href='/2025/04/sheriff-tractor-thefts'>SHERIFF WARNS RURAL LANDOWNERS "
        "AFTER STRING OF TRACTOR THEFTS</a></strong></p>"
    )
    text = _with_box(shouted)
    assert "SHERIFF WARNS" not in text
    assert "Paragraph 7" in text and "Paragraph 0" in text
    # Written as a sentence, a paragraph that is one link stays: it may be the text's own.
    quiet = "<p><a href='/2025/04/report'>Read the council's full report on the weirs</a></p>"
    assert "full report on the weirs" in _with_box(quiet)


def test_a_shop_box_around_a_paid_link_is_pruned_and_a_paid_link_in_a_sentence_stays() -> None:
    shop = (
        '<div class="shopTheLook_box__9aL1c"><p class="shopTheLook_title__wXe4D">Shop the '
        'Look: Die besten Produkte für den Butterfly Cut</p><a href="https://shop.example/?a=1" '
        'rel="sponsored">Volumen-Spray ansehen</a></div>'
    )
    text = _pruned(_with_card(shop))
    assert "volunteers cleared 15 tonnes" in text and "Shop the Look" not in text
    inline = (
        "<p>The council bought its waders from a local shop, <a href='https://shop.example/w' "
        "rel='sponsored'>Riverside Outdoor</a>, which gave a discount for the volunteers.</p>"
    )
    assert "gave a discount for the volunteers" in _pruned(_with_card(inline))

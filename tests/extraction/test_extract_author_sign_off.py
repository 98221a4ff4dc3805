"""A writer who signs the text where it ends, on pages that print no byline over it: the
name in a paragraph of its own, set apart or announced; and what only looks so."""

from __future__ import annotations

from scrape.extraction.extractor import extract

PARAGRAPH = "<p>{}</p>".format(
    "The council agreed on Tuesday to keep the old market hall open for another season, "
    "after traders and residents asked for more time to plan the move to the new site. "
)
TEXT = PARAGRAPH * 6
URL = "https://news.example.org/2024/market-hall"


def _page(article: str, after: str = "") -> str:
    return (
        "<html><head><title>Market hall stays open | Riverside Courier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><main><article>"
        f"<h1>Market hall stays open</h1><div class='text'>{article}</div></article>"
        f"{after}</main><footer><p>© Riverside Courier</p></footer></body></html>"
    )


def test_a_name_set_apart_at_the_end_of_the_text_signs_it() -> None:
    for closing in (
        "<p><strong>Tomas Lind</strong></p>",
        "<p><em>Tomas Lind</em></p>",
        "<p style='text-align: right'>Tomas Lind</p>",
        "<p>Von Tomas Lind</p>",
        "<p>Par Tomas Lind</p>",
    ):
        assert extract(_page(TEXT + closing), URL).authors == ("Tomas Lind",), closing


def test_a_name_in_bold_closing_the_text_signs_it_over_the_boxes_after_it() -> None:
    # Share buttons and a box of related posts follow in the text's container: no
    # paragraph of the text after the name.
    boxes = (
        "<div class='sharedaddy'><h3>Teilen mit:</h3><ul><li><a href='#'>Facebook</a></li>"
        "</ul></div><div class='jp-relatedposts'><h3>Ähnliche Beiträge</h3><p><a href='/a/'>"
        'Old market hall reopens</a></p><p>In "Stadt"</p></div>'
    )
    html = _page(TEXT + "<p><strong>Tomas Lind</strong></p>" + boxes)
    assert extract(html, URL).authors == ("Tomas Lind",)
    # ... but a paragraph of the text in a box after it makes the name the text's.
    more = f"<div class='more'>{PARAGRAPH}</div>"
    assert extract(_page(TEXT + "<p><strong>Tomas Lind</strong></p>" + more), URL).authors == ()


def test_a_copyright_line_is_not_aligned_right() -> None:
    html = _page(TEXT + "<p class='copyright'>Tomas Lind</p>")
    assert extract(html, URL).authors == ()
    html = _page(TEXT + "<p class='has-text-align-right'>Tomas Lind</p>")
    assert extract(html, URL).authors == ("Tomas Lind",)


def test_a_right_aligned_signature_may_have_footnotes_after_it() -> None:
    html = _page(TEXT + "<p align='right'><i>Ana Ferreira</i></p><p>(1) Figures of 2023.</p>")
    assert extract(html, URL).authors == ("Ana Ferreira",)


def test_a_paragraph_heading_over_a_list_is_no_signature() -> None:
    html = _page(TEXT + "<p><strong>Best Practices</strong></p><ul><li>Plan ahead.</li></ul>")
    assert extract(html, URL).authors == ()


def test_a_name_in_bold_inside_the_text_is_no_signature() -> None:
    # An interview's speaker, a name the text goes on to talk about.
    html = _page(TEXT + "<p><strong>Tomas Lind</strong></p>" + PARAGRAPH)
    assert extract(html, URL).authors == ()


def test_a_link_closing_the_text_is_no_signature() -> None:
    html = _page(TEXT + "<p><strong><a href='/news/'>Zur Übersicht</a></strong></p>")
    assert extract(html, URL).authors == ()


def test_a_short_text_has_no_signature() -> None:
    # A teaser or a caption block: too little text for a name to close.
    assert extract(_page(PARAGRAPH + "<p><b>Tomas Lind</b></p>"), URL).authors == ()


def test_the_byline_over_the_text_comes_first() -> None:
    html = _page("<p class='byline'>By Maria Olsen</p>" + TEXT + "<p><b>Tomas Lind</b></p>")
    assert extract(html, URL).authors == ("Maria Olsen",)


def test_a_name_closing_a_comment_is_no_signature() -> None:
    comments = "<section class='comments'>" + TEXT + "<p><b>Tomas Lind</b></p></section>"
    assert extract(_page(PARAGRAPH, comments), URL).authors == ()


def test_a_source_line_naming_the_site_then_writers_names_them() -> None:
    # A portal's byline, closing the text or under the headline: the site by its address,
    # then the writers.
    portal = "https://www.n-tv.example/politik/market-hall-123.html"
    for closing, names in (
        ("<p>Quelle: n-tv.example, Tomas Lind</p>", ("Tomas Lind",)),
        ("<p>Quelle: n-tv, Tomas Lind und Ida Berg</p>", ("Tomas Lind", "Ida Berg")),
        ("<p>Source: n-tv.example, Tomas Lind</p>", ("Tomas Lind",)),
        ("<p>Quelle: n-tv/Tomas Lind</p>", ("Tomas Lind",)),
    ):
        assert extract(_page(TEXT + closing), portal).authors == names, closing
        assert extract(_page(closing + TEXT), portal).authors == names, closing


def test_a_source_line_naming_no_writer_is_no_byline() -> None:
    portal = "https://www.n-tv.example/politik/market-hall-123.html"
    # A chart's source, and a source that is no address of the site.
    for closing in (
        "<p>Quelle: Statistisches Bundesamt, Eigene Berechnungen</p>",
        "<p>Quelle: Landesamt, Tomas Lind</p>",
    ):
        assert extract(_page(TEXT + closing), portal).authors == (), closing
    # The site's editors' codes with an agency: the agency.
    closing = "<p>Quelle: n-tv.example, mau/dpa</p>"
    assert extract(_page(TEXT + closing), portal).authors == ("dpa",)


_GERMAN = "<p>{}</p>".format(
    "Der Rat hat am Dienstag beschlossen, die alte Markthalle eine weitere Saison offen zu "
    "halten, nachdem Händler und Anwohner mehr Zeit für den Umzug verlangt hatten. "
)


def test_who_put_an_interviews_questions_wrote_it() -> None:
    # German papers credit an interview's writer over it or after it, with no by-word.
    for closing in (
        "<p>Das Gespräch führte Tomas Lind.</p>",
        "<p>Das Interview führten Tomas Lind und Eva Berg.</p>",
        "<p><em>Die Fragen stellte Tomas Lind.</em></p>",
        # ... and a note on the text after the credit, in its paragraph.
        "<p><em>Das Gespräch führte Tomas Lind. Es handelt sich um eine redigierte und "
        "gekürzte Fassung.</em></p>",
    ):
        names = ("Tomas Lind", "Eva Berg") if "Eva" in closing else ("Tomas Lind",)
        assert extract(_page(_GERMAN * 6 + closing), URL).authors == names, closing
    # ... in the writer's element, with the programme it was made for, under a broadcaster
    # the page declares as its author.
    closing = "<p class='autor'>Das Interview führte Tomas Lind für BR-KLASSIK.</p>"
    page = _page(_GERMAN * 6 + closing).replace(
        "<title>", "<meta name='author' content='Bayerischer Rundfunk'><title>", 1
    )
    assert extract(page, URL).authors == ("Tomas Lind",)
    for opening in ("<div>Interview: Tomas Lind</div>", "<div>Protokoll: Tomas Lind</div>"):
        assert extract(_page(opening + _GERMAN * 6), URL).authors == ("Tomas Lind",), opening
    # The question's words in the text are no credit.
    text = _GERMAN * 6 + "<p>Das Gespräch führte zu nichts, sagte der Bürgermeister.</p>"
    assert extract(_page(text), URL).authors == ()


def test_an_interviews_byline_naming_the_person_asked_first_credits_who_asked() -> None:
    # Polish and Russian papers name both: the person asked, then who asked and wrote it.
    for byline, writer in (
        (
            "Z <strong>Hanną Ostrowską</strong> rozmawia <a href='/author/pawel-zareba/'>"
            "Paweł Zaręba</a>",
            "Paweł Zaręba",
        ),
        (
            "С <b>Анной Ивановой</b> беседовал <a href='/author/ivan-petrov'>Иван Петров</a>",
            "Иван Петров",
        ),
    ):
        header = f"<div class='entry-byline'>{byline}</div>"
        assert extract(_page(header + TEXT), URL).authors == (writer,), byline


def test_co_writers_signing_between_dashes_are_both_named() -> None:
    # Vietnamese papers sign a report with its writers in capitals, set apart by a dash; a
    # name and its place so set are one writer.
    closing = "<p style='text-align: right;'><strong>MINH KHÔI - THANH HÀ</strong></p>"
    assert extract(_page(TEXT + closing), URL).authors == ("MINH KHÔI", "THANH HÀ")
    closing = "<p style='text-align: right;'><strong>Tomas Lind - Riverside</strong></p>"
    assert extract(_page(TEXT + closing), URL).authors == ("Tomas Lind",)


def test_a_sentence_in_bold_opening_the_text_is_no_byline() -> None:
    # The site declares its house account; a lead in bold is no writer's name (a byline so
    # set: tests/fixtures/pages/author_opening_bold_byline_over_house_account_en).
    house = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        '{"name": "Riverside Courier"}}</script><meta property=\'og:site_name\' '
        "content='Riverside Courier'>"
    )
    lead = "<p><strong>By Tuesday the council had agreed.</strong></p>"
    html = _page(lead + TEXT).replace("<title>", house + "<title>")
    assert extract(html, URL).authors == ("Riverside Courier",)


def test_a_byline_closing_a_standfirst_in_bold_signs_the_text() -> None:
    # A blog's house account declared; the writer named after the standfirst's sentences.
    house = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
        '{"name": "Riverside Courier"}}</script><meta property=\'og:site_name\' '
        "content='Riverside Courier'>"
    )
    lead = (
        "<p><strong>EXCLUSIVE: Seven of the town's libraries would close on an extra day each "
        "week. Campaigners say it is cuts by stealth. By KATE SHERWOOD, Municipal "
        "Correspondent</strong></p>"
    )
    html = _page(lead + TEXT).replace("<title>", house + "<title>")
    assert extract(html, URL).authors == ("KATE SHERWOOD",)


# A text long enough that its end is far from the headline, where bylines are looked for.
_LONG_TEXT = "".join(
    f"<p>Traders said on day {day} of the talks that the old market hall should stay open for "
    "another season. The council had planned to close it in March, but the new site will not "
    f"be ready before the summer, and {day * 40} stalls would need a place. Several traders "
    "said they would rather stop than move twice.</p>"
    for day in range(1, 5)
)


def test_a_credit_line_right_after_the_text_announces_its_writers() -> None:
    # A site printing its credits under the text: a line of its own after the text's
    # container, its label and names in spans.
    for credit, writers in (
        (
            "<div class='Credits_x1'><span>Door</span> <span>Sanne Kroon &amp; Jeroen van "
            "Dam</span></div>",
            ("Sanne Kroon", "Jeroen van Dam"),
        ),
        ("<div class='credits'>By Tomas Lind</div>", ("Tomas Lind",)),
        # ... or a writer's label, in a language the by-words do not cover (Serbian).
        ("<div class='storyAuthor'>Аутор: Јелена Станковић</div>", ("Јелена Станковић",)),
        # A box of credits, a line each: the writers', then the editor's.
        (
            "<div class='Credits_x2'><p><span>Текст:</span> Анна Ларина, Денис Ковалёв</p>"
            "<p><span>Редактор:</span> Егор Сквор</p></div>",
            ("Анна Ларина", "Денис Ковалёв"),
        ),
    ):
        html = _page(_LONG_TEXT).replace("</div></article>", f"</div>{credit}</article>")
        assert extract(html, URL).authors == writers, credit


def test_a_line_after_the_text_that_announces_no_one_is_no_credit() -> None:
    for line in ("<div class='note'>Tomas Lind</div>", "<div>By the river, at dawn.</div>"):
        html = _page(_LONG_TEXT).replace("</div></article>", f"</div>{line}</article>")
        assert extract(html, URL).authors == (), line


def test_wire_copy_closing_with_its_writers_in_brackets_is_signed() -> None:
    closing = "<p>(By Wu Kai-hsiang and Ko Lin)</p><p>Enditem/AW</p>"
    html = _page(_LONG_TEXT + closing)
    assert extract(html, URL).authors == ("Wu Kai-hsiang", "Ko Lin")
    # A bracketed aside that announces no one signs nothing.
    html = _page(_LONG_TEXT + "<p>(Figures of 2023, rounded)</p>")
    assert extract(html, URL).authors == ()


def test_a_name_opening_the_text_in_a_chain_with_the_day_signs_it_over_the_sites_account() -> None:
    # The page declares its house account (the site's name without its article) and shows it
    # in its author box; the writer opens the text in bold, with the site and the day.
    head = (
        "<meta property='og:site_name' content='The Riverside Courier'>"
        "<meta name='author' content='Riverside Courier'>"
    )
    html = _page(
        "<p><strong>Dr Tomas Lind: Riverside Courier: 12 June 2024:</strong></p>" + TEXT,
        after="<div class='author vcard'><span class='author-name'>Riverside Courier</span></div>",
    ).replace("<head>", f"<head>{head}")
    assert extract(html, URL).authors == ("Dr Tomas Lind",)
    # Without the day the chain is a heading's.
    bare = html.replace(" 12 June 2024:", "")
    assert extract(bare, URL).authors != ("Dr Tomas Lind",)


def test_a_writers_label_closing_the_text_over_the_editors_signs_it() -> None:
    # An agency's site declaring its CMS account: the writer's and the editor's labelled
    # lines close the text.
    closing = "<p>Journalist: Domingos da Costa</p><p>Editor: Filomeno Soares</p>"
    page = _page(_LONG_TEXT + closing).replace(
        "<title>", "<meta name='author' content='Tatoli Admin'><title>", 1
    )
    assert extract(page, URL).authors == ("Domingos da Costa",)
    # The editor's line alone names no writer.
    alone = _page(_LONG_TEXT + "<p>Editor: Filomeno Soares</p>")
    assert extract(alone, URL).authors == ()

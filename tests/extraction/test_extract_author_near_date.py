"""Names beside a post's date: the byline after a date ("Posted on May 3 by", "von ... am"),
and what stands next to a date without being one (a heading of the text, a category link,
a form's label, a brand's name)."""

from __future__ import annotations

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Ordinary article text that goes on for a while. " * 20 + "</p>"
TEXT_DE = "<p>" + "Ein ganz normaler Absatz des Artikels, der eine Weile weitergeht. " * 15 + "</p>"
TEXT_FR = "<p>" + "Un paragraphe ordinaire de l'article, qui continue un moment. " * 15 + "</p>"


def _page(header: str, text: str = BODY, headline: str = "Cranes for the harbour") -> str:
    return (
        "<html><head><title>Port news</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><h1>{headline}</h1>{header}{text}</main></body></html>"
    )


def test_the_writer_after_the_posts_date_is_the_byline() -> None:
    for header, text, name in (
        (
            "<div class='entry-meta'>Posted on September 21, 2020 by Mara Okafor</div>",
            BODY,
            "Mara Okafor",
        ),
        ("<p class='meta'>Publié le 3 mai 2021 par Claire Morel</p>", TEXT_FR, "Claire Morel"),
        ("<p>06.11.2023 13:30 von Olga</p>", TEXT_DE, "Olga"),
    ):
        assert extract(_page(header, text), "https://port.example/news/cranes").authors == (name,)


def test_a_date_after_the_name_is_cut_in_any_language() -> None:
    assert clean_name("Geschrieben von Cooper am 25.08.2015 22:30") == ["Cooper"]
    assert clean_name("Erstellt von Jonas Ebert am Dienstag 6. Mai 2014") == ["Jonas Ebert"]
    assert clean_name("par Claire Morel le 3 mai 2021") == ["Claire Morel"]
    assert clean_name("di Marco Bassi il 3 maggio 2021") == ["Marco Bassi"]
    assert clean_name("Posted on September 21, 2020 by Mara Okafor") == ["Mara Okafor"]


def test_by_without_a_date_before_it_is_a_sentence_not_a_byline() -> None:
    # "by" inside a sentence of the text: nothing before it is a date.
    header = "<p>Shipments delayed by Tuesday's storm reached the quay at last.</p>"
    assert extract(_page(header), "https://port.example/news/cranes").authors == ()


def test_a_heading_of_the_text_beside_the_date_is_no_name() -> None:
    header = (
        "<div class='meta'><span>Dec 10</span></div><h2>Cautionary Tale</h2>"
        "<p>In 2006 I took a job at a mortgage company, and it taught me a lot.</p>"
    )
    assert extract(_page(header), "https://agency.example/blog/cheap-seo").authors == ()
    # The writer named in the box after the text is the author instead.
    signed = _page(header, BODY + "<div class='post-author'><p>Written by John Crenshaw</p></div>")
    assert extract(signed, "https://agency.example/blog/cheap-seo").authors == ("John Crenshaw",)


def test_a_category_link_or_a_filter_label_beside_the_date_is_no_name() -> None:
    category = (
        "<div class='meta'><a href='/articles/category/buying-guides'>Buying Guides</a>"
        "<span>·</span><span>10 min read</span></div>"
    )
    assert extract(_page(category), "https://ev.example/articles/full-ev").authors == ()
    label = (
        "<div class='filter'><label>HR Strategy</label></div><p>June 9, 2025</p>"
        "<p>21 Minutes to Read</p>"
    )
    assert extract(_page(label), "https://hr.example/blog/pto").authors == ()
    # A name in plain text beside the date still is the byline.
    named = "<div><span>Tomas Lind</span><span>June 9, 2025</span></div>"
    assert extract(_page(named), "https://hr.example/blog/pto").authors == ("Tomas Lind",)


def test_a_section_link_named_as_its_own_address_is_no_name() -> None:
    # News sites print the section over the headline, a link to the section's page whose
    # address spells its name ("/digital-life"), beside the day.
    for section, url in (
        ("<a href='/digital-life'>Digital Life</a>", "https://zone.example/digital-life/taxi/4004"),
        (
            "<a href='https://zone.example/digital-life/'>Digital Life</a>",
            "https://zone.example/digital-life/taxi/4004",
        ),
        ("<a href='/vie-numerique'>Vie Numérique</a>", "https://zone.example/vie-numerique/taxi"),
    ):
        above = (
            "<html><head><title>Robotaxis start</title></head><body><main>"
            f"<div class='intro'><div>{section}</div><div><span>05/08/2019</span></div></div>"
            f"<h1>Robotaxis start in the USA</h1>{BODY}</main></body></html>"
        )
        assert extract(above, url).authors == ()
    # A writer's link on a site that files its writers at the top level stays a name
    # when it is no section of the article's address.
    writer = "<div><a href='/tomas-lind'>Tomas Lind</a><span>June 9, 2025</span></div>"
    assert extract(_page(writer), "https://hr.example/blog/pto").authors == ("Tomas Lind",)


def test_a_term_defined_under_its_heading_is_no_bio() -> None:
    text = (
        BODY + "<h3>Unlimited PTO</h3><p>Unlimited PTO is a policy that lets staff take leave "
        "as they need it.</p><h3>H&amp;R Block</h3><p>H&amp;R Block is a tax preparer.</p>"
    )
    assert extract(_page("", text), "https://hr.example/blog/pto").authors == ()
    # A name-like term ("Liberty Tax") whose words the text runs in lower case.
    term = BODY + (
        "<h3>Liberty Tax</h3><p>Liberty Tax is a tax preparer; tax season is here, tax "
        "forms too.</p>"
    )
    assert extract(_page("", term), "https://hr.example/blog/pto").authors == ()
    bio = BODY + "<h3>Alban Brooke</h3><p>Alban Brooke is the Head of Marketing here.</p>"
    assert extract(_page("", bio), "https://hr.example/blog/pto").authors == ("Alban Brooke",)


def _site(name: str) -> str:
    return (
        f"<html><head><title>Turning a server green | {name}</title>"
        f"<meta property='og:site_name' content='{name}'></head><body>"
        f"<header><a href='/'>{name}</a></header><main>"
        f"<h1>Turning a server green</h1>{BODY}</main></body></html>"
    )


def test_a_brand_named_like_a_person_is_no_sites_owner() -> None:
    # Capitals or signs in the site's own name: a brand.
    assert extract(_site("CODE FARM"), "https://codefarm.example/green").authors == ()
    assert extract(_site("OK! Magazin"), "https://ok-magazin.example/green").authors == ()
    # A given name as a registered domain is the brand's name ("urania.example"); as a
    # blog on a shared host it is the owner's.
    assert extract(_site("Urania Berlin"), "https://urania.example/green").authors == ()
    assert extract(_site("Urania Berlin"), "https://urania.co.uk/green").authors == ()
    assert extract(_site("Owain Brennan"), "https://owain.blog.example/green").authors == (
        "Owain Brennan",
    )


def test_a_site_named_with_common_words_is_no_persons_site() -> None:
    # "Privacy Guides" on privacyguides.example: its words run in the text in lower case.
    text = "<p>" + "Good privacy tools matter, and privacy is a right. " * 10 + "</p>"
    html = _site("Privacy Guides").replace(BODY, text)
    assert extract(html, "https://privacyguides.example/green").authors == ()
    # An owner's name in lower case in the addresses the page prints is still a name.
    addresses = "<p>Write to wolfram@michels.example or visit wolfram.michels.example.</p>" * 2
    owner = _site("Wolfram Michels").replace(BODY, text + addresses)
    assert extract(owner, "https://wolfram.michels.example/g").authors == ("Wolfram Michels",)


def test_the_one_name_among_the_fields_of_the_date_line_is_the_byline() -> None:
    for line, text, name in (
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", TEXT_DE, "Uta Helkenberg"),
        ("11.12.2019 - Amelie Loevenich", TEXT_DE, "Amelie Loevenich"),
        ("Dec 26, 2025 • Mahua Das in Project Management", BODY, "Mahua Das"),
        ("Gunter Frank / 22.04.2020 / 06:15 / Foto: Archiv", TEXT_DE, "Gunter Frank"),
    ):
        page = _page(f"<p class='meta'>{line}</p>", text)
        assert extract(page, "https://verband.example/news/stellungnahme").authors == (name,), line


def test_a_date_line_without_one_full_name_names_nobody() -> None:
    for line in (
        "04.02.2022 | 13:10 Uhr | Zucht",  # a section, one word
        "12.03.2020 | Anna Berg | Eva Lind",  # two names: which one wrote it is not said
        "March 5, 2026 | Harbour News | 4 min read",
    ):
        page = _page(f"<p class='meta'>{line}</p>")
        assert extract(page, "https://verband.example/news/stellungnahme").authors == (), line


def test_a_sentence_with_a_year_before_by_is_no_byline() -> None:
    header = "<p class='standfirst'>In 2020 the yard was bought by Harbour Holdings.</p>"
    assert extract(_page(header), "https://port.example/news/cranes").authors == ()


def test_names_set_as_bylines_set_them_beside_the_date() -> None:
    # A family name in capitals, as French and Italian bylines print it.
    capitals = "<div><span>Jean DUPONT</span><span>May 3, 2021</span></div>"
    assert extract(_page(capitals, TEXT_FR), "https://port.example/news/grues").authors == (
        "Jean DUPONT",
    )
    # An author card's name as a minor heading.
    card = "<div class='card'><h4>Tomas Lind</h4><span>March 5, 2026</span></div>"
    assert extract(_page(card), "https://port.example/news/x").authors == ("Tomas Lind",)


def test_an_owner_whose_name_is_also_a_word_keeps_the_site() -> None:
    text = "<p>Drew Linden writes here. He drew maps as a child.</p>" * 2
    html = _site("Drew Linden").replace(BODY, BODY + text)
    assert extract(html, "https://drewlinden.example/green").authors == ("Drew Linden",)


def test_a_name_heading_over_a_role_beside_the_date_is_the_byline() -> None:
    card = (
        "<div class='meta'><h3>Nawaz Dhandala</h3><span>Author</span>"
        "<span>Jan 26, 2026</span></div>"
    )
    assert extract(_page(card), "https://ops.example/blog/postgres").authors == ("Nawaz Dhandala",)


def test_a_first_name_shown_gives_way_to_the_declared_full_name() -> None:
    head = "<meta name='author' content='Max Berger'>"
    html = _page("<p>06.11.2023 13:30 von Max</p>", TEXT_DE).replace("<head>", f"<head>{head}")
    assert extract(html, "https://blog.example/2023/11/eintrag/").authors == ("Max Berger",)


def test_a_section_named_in_the_date_line_is_no_byline() -> None:
    text = "<p>" + "Our product updates ship weekly; these updates cover the product. " * 8 + "</p>"
    page = _page("<p class='meta'>Dec 10, 2025 · Product Updates</p>", text)
    assert extract(page, "https://saas.example/blog/release").authors == ()


def test_bio_links_and_the_reviewers_group_are_not_the_byline() -> None:
    assert clean_name("Full Bio") == []
    assert clean_name("View bio") == []
    widget = (
        "<div class='meta'><div class='bylines__group bylines__group--author'>By "
        "<a class='author-name' href='/contributors/0/'>The Harbour Team</a> "
        "<a href='/contributors/0/'>Full Bio</a></div>"
        "<div class='bylines__group bylines__group--finance_reviewer'>Reviewed by "
        "<a class='author-name' href='/contributors/7/'>Margaret James</a></div>"
        "<div class='bylines__group bylines__group--fact_checker'>Fact checked by "
        "<span class='author-tooltip__name'>Yara Perez</span>"
        "<div class='author-tooltip'>Yara writes about politics, education, investing.</div></div>"
        "</div>"
    )
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Article", "headline": "Cranes for the harbour", '
        '"author": [{"@type": "Person", "name": "The Harbour Team"}]}</script>'
    )
    html = _page(widget).replace("<head>", f"<head>{ld}")
    assert extract(html, "https://port.example/terms/cranes").authors == ("The Harbour Team",)
    named = html.replace("The Harbour Team", "Tomas Lind")
    assert extract(named, "https://port.example/terms/cranes").authors == ("Tomas Lind",)


def test_a_profession_before_the_name_is_a_title_not_part_of_it() -> None:
    assert clean_name("Rechtsanwalt Jan Koch") == ["Jan Koch"]
    assert clean_name("Avocate Claire Morel") == ["Claire Morel"]
    assert clean_name("Rechtsanwalt") == []
    # "Autor:" over a link to the profession's page, then the name.
    credit = (
        "<p>Quelle: Pressemitteilung<br>Autor: <a href='/rechtsanwalt/'>Rechtsanwalt</a> "
        "Sebastian Einbock</p>"
    )
    html = _page("", TEXT_DE + credit)
    assert extract(html, "https://recht.example/urteil-wohngeld").authors == ("Sebastian Einbock",)


def test_a_writers_label_after_the_posts_date_is_the_byline() -> None:
    for header in (
        "<div class='timedata'>05.02.2020 | Autor: Anna Roth</div>",
        "<div class='timedata'>05.02.2020 · Text: Anna Roth</div>",
        # ... and the time in its own field, the pictures' credit after the name.
        "<div class='timedata'>05.02.2020 | 21:48 Uhr | Text: Anna Roth | Fotos: Jan Mill</div>",
        "<div class='timedata'>Mittwoch, 5. Februar 2020 – Autorin: Anna Roth</div>",
        "<div class='timedata'>05.02.2020 <span>- Redaktion: Anna Roth (Pressesprecherin des"
        " Verbands)</span></div>",
    ):
        page = _page(header, TEXT_DE, "Verband fordert Regeln für Lieferketten")
        assert extract(page, "https://verband.example/news/lieferketten").authors == (
            "Anna Roth",
        ), header


def test_a_dated_byline_over_the_headline_with_share_icons_between() -> None:
    header = (
        "<div class='timedata'>05.02.2020 <span>- Redaktion: Anna Roth (Pressesprecherin des"
        " Verbands)</span></div><div class='share'><a href='https://facebook.com/x'>"
        "<span class='icon-facebook'></span></a><a href='https://x.com/x'><span></span></a></div>"
    )
    html = (
        "<html lang='de'><head><title>Lieferketten</title></head><body><main><div class='news'>"
        f"{header}<h1>Verband fordert Regeln für Lieferketten</h1>{TEXT_DE}</div></main></body>"
        "</html>"
    )
    assert extract(html, "https://verband.example/news/lieferketten").authors == ("Anna Roth",)


def test_a_name_in_its_own_element_before_a_written_date_is_the_byline() -> None:
    # Class names that say nothing (a site's generated ones): the byline's two fields are
    # told apart by standing side by side, the name first and the date alone after it.
    for header, text, name in (
        (
            "<div class='x7f2a'>Anna Roth</div>"
            "<div class='q9b1c'>5. November 2024 um 10:22 Uhr</div>",
            TEXT_DE,
            "Anna Roth",
        ),
        (
            "<div class='x7f2a'><span>Claire Morel</span></div><div class='q9b1c'>3 mai 2021</div>",
            TEXT_FR,
            "Claire Morel",
        ),
        # The date's own label goes with it.
        (
            "<div class='x7f2a'><span>Anna Roth</span></div><div class='q9b1c'>Publiziert "
            "<time datetime='2024-11-05'>5. November 2024, 10:22</time></div>",
            TEXT_DE,
            "Anna Roth",
        ),
        (
            "<div class='x7f2a'>Anna Roth</div><div class='q9b1c'>Aktualisiert: 06.11.2024, "
            "10:22 · Veröffentlicht: 05.11.2024, 09:00</div>",
            TEXT_DE,
            "Anna Roth",
        ),
        (
            "<div class='x7f2a'>Sanne de Vries</div><div class='q9b1c'>Gepubliceerd op "
            "<span>5 november 2024</span></div>",
            TEXT_DE,
            "Sanne de Vries",
        ),
    ):
        assert extract(_page(header, text), "https://port.example/news/cranes").authors == (name,)


def test_a_rubric_or_a_dated_phrase_beside_a_written_date_is_no_byline() -> None:
    for header in (
        # A German rubric: an article or a preposition opens it.
        "<div class='a1'>Im Wortlaut</div><div class='b2'>5. November 2024</div>",
        "<div class='a1'>Zur Person</div><div class='b2'>5. November 2024</div>",
        # A date among other words is an event's or a caption's, not a byline's field.
        "<div class='a1'>Anna Roth</div>"
        "<div class='b2'>Lesung am 5. November 2024 im Rathaus</div>",
        # The name after the date, in a block of its own: the next item, not this byline.
        "<div class='b2'>5. November 2024</div><h2>Hanna Berg</h2>",
    ):
        assert extract(_page(header, TEXT_DE), "https://port.example/news/cranes").authors == ()


def test_names_linked_one_by_one_beside_the_date_are_all_the_byline() -> None:
    # "<a>A</a> and <a>B</a>" in a plain block, the date below: the last name is nearest the
    # date, the first opens the list.
    for joined, names in (
        (
            "<a href='/staff/1/zoe'>Zoe Harrington</a> and <a href='/staff/2/malik'>Malik Osei</a>",
            ("Zoe Harrington", "Malik Osei"),
        ),
        (
            "<a href='/a/1'>Anna Berg</a>, <a href='/a/2'>Jan Ohm</a> und "
            "<a href='/a/3'>Eva Lind</a>",
            ("Anna Berg", "Jan Ohm", "Eva Lind"),
        ),
    ):
        header = (
            f"<div class='gnt_by'>{joined}<div class='pb'>Port Daily</div></div>"
            "<div class='dt'>Published 4:11 p.m. ET Aug. 8, 2024</div>"
        )
        assert extract(_page(header), "https://port.example/news/cranes").authors == names

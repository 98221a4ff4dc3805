"""What bylines and author fields print that is no name: the places after a publisher's
name, a field label with its value, lead-ins and labels in more languages."""

from __future__ import annotations

from scrape.extraction.authors.common import plausible
from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Ordinary article text that goes on for a while. " * 20 + "</p>"


def _page(head: str, header: str) -> str:
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Start</a></nav><main>"
        f"<h1>Der Hafen bekommt neue Kräne</h1>{header}{BODY}</main></body></html>"
    )


def test_places_after_a_publishers_name_are_not_authors() -> None:
    # The publisher is left out (a company), and with it the town and country after it.
    assert clean_name("Olympia-Verlag GmbH, Nürnberg, Germany") == []
    assert clean_name("Éditions du Port SARL, Brest, France") == []
    assert clean_name("Harbour Media Ltd, Leeds, England") == []
    # Where nobody is named, the publisher itself is the byline, without its address.
    html = _page("<meta name='author' content='Olympia-Verlag GmbH, Nürnberg, Germany'>", "")
    assert extract(html, "https://bergsport.example/ski/kraene").authors == ("Olympia-Verlag GmbH",)


def test_a_named_writer_keeps_the_place_rule() -> None:
    assert clean_name("Von Karl Brandt, Frankfurt") == ["Karl Brandt"]
    assert clean_name("Smith, John") == ["Smith", "John"]  # two single words: no full name


def test_a_field_label_beside_the_date_is_no_byline() -> None:
    for label, day, url in (
        ("Thema: Glenmorangie", "12.03.2020", "https://whisky.example/termine/halle/"),
        ("Category: Harbour News", "March 5, 2026", "https://port.example/news/cranes"),
        ("Rubrique : Vie Locale", "05/03/2026", "https://ouest.example/brest/grues"),
    ):
        header = f"<div><span>{label}</span><span>{day}</span></div>"
        assert extract(_page("", header), url).authors == (), label


def test_a_name_beside_the_date_is_still_the_byline() -> None:
    header = "<div><span>Tomas Lind</span><span>March 5, 2026</span></div>"
    assert extract(_page("", header), "https://port.example/news/x").authors == ("Tomas Lind",)


def test_lead_ins_of_blog_software_and_interviews_are_not_part_of_the_name() -> None:
    assert clean_name("Eingestellt von Anna Berg") == ["Anna Berg"]
    assert clean_name("Eingestellt von Unknown") == []
    assert clean_name("Recueilli par Patrick Angevin") == ["Patrick Angevin"]


def test_labels_in_more_languages_are_not_names() -> None:
    for label in ("Авторы", "Автор", "Редактор", "Редакція", "publisher", "Rechtsanwalt"):
        assert clean_name(label) == [], label
    # "Авторы:" over the list of writers: the names, not the label.
    header = (
        "<div class='article__authors-data'>Авторы: <ul><li itemprop='author'>"
        "<a href='/authors/dmitriy-popov/'>Дмитрий Попов</a></li></ul></div>"
    )
    html = _page("", header)
    assert extract(html, "https://gazeta.example/politics/2024/06/25/krany.html").authors == (
        "Дмитрий Попов",
    )


def test_more_is_no_name_in_other_languages() -> None:
    for word in ("mehr", "más", "più", "meer"):
        html = _page("", f"<div class='byline'><a href='/mehr'>{word}</a></div>")
        assert extract(html, "https://landwirt.example/technik/sensor").authors == (), word


def test_a_copyright_credit_is_no_name() -> None:
    # A picture's credit inside the writer's link or box: "© Name" credits a photo.
    for credit in ("© Lena Vogt", "©Lena Vogt", "(c) Lena Vogt", "© dpa"):
        assert clean_name(credit) == [], credit


def test_a_press_release_label_is_no_name() -> None:
    for label in ("Pressemitteilung", "Press release", "Communiqué", "Comunicado"):
        assert clean_name(label) == [], label
    header = "<div class='article-author'>Pressemitteilung</div>"
    assert extract(_page("", header), "https://verband.example/presse/kraene").authors == ()


def test_a_kind_of_piece_alone_is_no_name() -> None:
    # A list of posts prints each row's kind where a byline goes ("Pressemitteilung von
    # Anna Roth", then "Nachricht" alone): the section's label, in any language.
    kinds = ("Nachricht", "Kommentar", "Gastbeitrag", "Agenturmeldung", "Meinung", "Opinion")
    for kind in (*kinds, "Analysis", "Commentary", "Chronique", "Opinión", "Análise"):
        assert clean_name(kind) == [], kind
    for name in ("Albrecht Müller", "Jane Review", "Anna Kritiker"):
        assert clean_name(name) == [name], name
    header = "<div class='kontextliste-autor'>Nachricht</div>"
    assert extract(_page("", header), "https://fraktion.example/themen/abzocke").authors == ()


def test_a_caption_beside_the_date_is_no_byline() -> None:
    header = (
        "<figure><img src='/f.jpg' alt=''><figcaption><p>Presidente Joe Biden / AFP</p>"
        "</figcaption></figure><p class='fecha'>12/03/2024</p>"
    )
    assert extract(_page("", header), "https://diario.example/mundo/senado").authors == ()


def test_a_button_within_the_page_beside_the_date_is_no_byline() -> None:
    header = "<div><a class='button' href='#rezept'>Rezept Drucken</a><span>12.03.2024</span></div>"
    assert extract(_page("", header), "https://kochen.example/rezepte/eintopf").authors == ()


def test_the_breadcrumb_trail_beside_the_date_is_no_byline() -> None:
    header = (
        "<ul class='p-breadcrumbs'><li><a href='/forums/'>Forums</a></li>"
        "<li><a href='/forums/gaming-forum.7/'>Gaming Forum</a></li></ul><p>March 5, 2026</p>"
    )
    url = "https://board.example/threads/new-consoles.123/"
    assert extract(_page("", header), url).authors == ()


def test_a_place_beside_a_date_is_no_byline() -> None:
    # A listing of events: where and when, not who.
    header = "<div><span>San Jose</span> <span>12.03.2026</span></div>"
    assert extract(_page("", header), "https://events.example/it-2026").authors == ()
    named = "<div><span>Jan Koch</span> <span>12.03.2026</span></div>"
    assert extract(_page("", named), "https://events.example/it-2026").authors == ("Jan Koch",)


def test_an_author_element_listing_the_writers_other_posts_is_no_byline() -> None:
    posts = "".join(
        f"<div class='material'><a href='/news/{n}-story.html'>Ein ganz anderer Artikel über "
        f"das Thema Nummer {n}</a></div>"
        for n in range(3)
    )
    feed = (
        f"<section class='author-materials'><h3>Analyse, Interview, Reportage</h3>{posts}</section>"
    )
    assert (
        extract(_page("", "").replace("</main>", f"</main>{feed}"), "https://n.example/a").authors
        == ()
    )


def test_the_short_form_of_the_newsroom_and_a_generated_account_id_are_no_names() -> None:
    assert clean_name("Red.") == []
    assert clean_name("Red Smith") == ["Red Smith"]
    html = _page("<meta name='author' content='mdelatorreq6vkpg2ma0ci'>", "")
    assert extract(html, "https://gym.example/workouts").authors == ()
    login = _page("<meta name='author' content='MikeNils'>", "")
    assert extract(login, "https://gym.example/workouts").authors == ("MikeNils",)


def test_anonymous_in_other_languages_and_a_cms_default_account_are_no_names() -> None:
    for value in ("Super User", "anónimo", "Anonyme", "Anonym", "anonimowy"):
        assert clean_name(value) == [], value


def test_a_bylines_buttons_and_labels_are_no_names() -> None:
    # Declared nobody; the byline element holds the writer and its controls or a label.
    for header, names in (
        (
            "<div class='byline'><a href='/author/patrick-allan'>Patrick Allan</a><ul>"
            "<li><a href='#'>Edit</a></li><li><a href='#'>Delete</a></li><li><a href='#'>Invite"
            "</a></li><li><a href='#'>Promote</a></li></ul></div>",
            ("Patrick Allan",),
        ),
        (
            "<div data-testid='expandable-byline'><time>Dec 23, 2024</time>"
            "<span>Source</span>: <span>TODAY</span></div>",
            (),
        ),
        ("<div class='author-actions'><span>Get</span> <span>Email</span></div>", ()),
    ):
        assert extract(_page("", header), "https://port.example/news/cranes").authors == names


def test_a_byline_s_share_buttons_are_no_names() -> None:
    # The byline element holds the agency's by-line, the stamp and the share controls:
    # "Copy" and "Facebook" are buttons' words, never a writer.
    header = (
        "<div class='Page-byline'><div class='Page-authors'><span>By&nbsp;</span>"
        "<span class='Link'>The Associated Press</span></div>"
        "<div class='Page-dateModified'><span>Updated 4:03 PM EST, November 8, 2023</span></div>"
        "<div class='Page-actions'><button>Share</button><button>Copy</button><a>Link copied</a>"
        "<a>Email</a><a>Facebook</a><a>X</a><a>LinkedIn</a></div></div>"
    )
    authors = extract(_page("", header), "https://apnews.example/article/moose-a8e41f").authors
    assert authors == ("The Associated Press",)
    for word in ("Copy", "Print", "Save", "Facebook", "WhatsApp", "Flipboard"):
        assert not plausible(word), word


def test_a_bylines_controls_are_no_names() -> None:
    # A follow button in another language, the text-size control beside the agency's name.
    for controls in (
        "<button>Facebook</button><button class='gn'>Seguir en Google News</button>",
        "<span>SHARE</span><span>AA</span><span>+Text Size</span><span>Small</span>",
    ):
        header = (
            f"<div class='byline'><div><a href='/author/agency'>EFE</a> / <span>19 Ago, 2025 "
            f"01:47 p.m.</span></div><div class='share'>{controls}</div></div>"
        )
        authors = extract(_page("", header), "https://diario.example/america/efe-x/").authors
        assert authors in {(), ("EFE",)}, controls


def test_the_sites_desk_with_a_wires_copy_is_the_wires_story() -> None:
    head = (
        "<meta property='og:site_name' content='Le Parisien'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "x", '
        '"author": [{"@type": "Person", "name": "Le Parisien avec AFP"}]}</script>'
    )
    assert extract(_page(head, ""), "https://www.leparisien.fr/faits-divers/x.php").authors == (
        "AFP",
    )


def test_a_pictures_credit_beside_the_date_is_no_byline() -> None:
    header = (
        "<div class='article-info'><span class='article-author'>Von: mk</span> "
        "<span class='article-date'>23.10.2024 11:47</span></div><div class='article-image'>"
        "<img src='/bruecke.jpg' alt=''><div class='article-image-credit'>Gemeinde Bozen</div>"
        "</div>"
    )
    assert extract(_page("", header), "https://www.nachrichten.example.it/chronik/x").authors == ()


def test_the_person_a_pull_quote_quotes_is_no_writer() -> None:
    # The quote's attribution is classed as its author ("quote__author"): they said the
    # words, and the page names no writer.
    quote = (
        "<div class='quote'><blockquote>„Ohne die Streiks wären wir heute nicht hier.“"
        "</blockquote><p class='quote__author'>Petra Wanninger, Erste Bevollmächtigte</p></div>"
    )
    html = _page("<title>Tarifvertrag bei Kessler</title>", f"{BODY}{quote}")
    assert extract(html, "https://www.gewerkschaft.example/tarif/kessler").authors == ()


def test_an_author_box_in_german_and_an_advertorial_are_no_part_of_the_body() -> None:
    box = (
        "<div class='autorenbox'><p><strong>Sascha Bender</strong> schreibt seit 2011 für das "
        "Fanzine und steht seit 1996 auf der Süd.</p></div>"
    )
    advert = (
        "<div class='wsp-advertorial'><span>Anzeige</span><p><strong>Fahrradwelt:</strong> "
        "E-Bikes zum Sommerpreis – jetzt Probefahrt vereinbaren!</p></div>"
    )
    html = _page("<title>Der Hafen bekommt neue Kräne</title>", f"{BODY}{advert}{BODY}{box}")
    body = extract(html, "https://fanzine.example/senf/1").body
    assert "Ordinary article text" in body
    assert "Probefahrt" not in body and "steht seit 1996" not in body


def test_a_footnote_mark_and_a_chinese_editor_are_no_part_of_the_name() -> None:
    # "Larissa Fontenele*": the mark points to a note on who the writer is; "责编" names
    # the editor after the writer.
    assert clean_name("Larissa Fontenele*") == ["Larissa Fontenele"]
    assert clean_name("作者：陈晓蕾 责编：周宏") == ["陈晓蕾"]
    # ... or the paper's editor, labelled as its reporters are ("每经记者｜", "每经编辑｜").
    assert clean_name("每经记者｜王晓宇 陈思\u3000\u3000每经编辑｜刘洁") == ["王晓宇", "陈思"]
    html = _page("<meta name='author' content='Larissa Fontenele*'>", "")
    assert extract(html, "https://www.correio.example/cidades/1").authors == ("Larissa Fontenele",)


def test_a_summary_boxs_heading_under_the_headline_is_no_byline() -> None:
    # "Das Wichtigste in Kürze" reads like a name and its place; "Das" opens no one's name.
    box = (
        "<p>Stand: 13.07.2025 23:05 Uhr</p><div class='summary'><h2>Das Wichtigste in Kürze</h2>"
        "<ul><li>Pegel in Gera sinkt</li><li>Bahnstrecke gesperrt</li></ul></div>"
    )
    assert extract(_page("", box), "https://zeitung.example/liveblog-100.html").authors == ()
    # ... where the papers' articles open theirs ("Der Postillon") and "Das" ends names.
    header = "<p class='byline'>Von Tarun Das</p>"
    html = _page("", header)
    assert extract(html, "https://zeitung.example/a-100.html").authors == ("Tarun Das",)

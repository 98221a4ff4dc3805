"""An author only where the page shows one: the site's name, an institution, a profile link
in the text, another post's card or a translator is no byline; and a name inferred from
the site alone says nothing about the page being an article."""

from __future__ import annotations

from scrape.extraction.extractor import extract

BODY = "<p>" + "Plain article text that goes on for a while. " * 20 + "</p>"
TEXT_DE = "<p>" + "Ein ganz normaler Absatz des Artikels, der eine Weile weitergeht. " * 15 + "</p>"
TEXT_FR = "<p>" + "Un paragraphe ordinaire de l'article, qui continue un moment. " * 15 + "</p>"
# A shop's category text: long enough to count as prose, no date, no byline.
SHOP_TEXT = "".join(
    f"<p>Our range {i} covers solid-body, hollow-body and travel guitars from every maker we "
    f"stock, with setups done in our workshop before dispatch and returns within 30 days.</p>"
    for i in range(12)
)


def test_a_shop_named_like_a_person_is_not_made_an_article_by_its_name() -> None:
    # Titles and hosts spell the shop's name as a personal site spells its owner's; many
    # CMSs stamp og:type=article on every page.
    html = (
        "<html><head><title>Electric Guitars | Musikhaus Ahlberg</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<header><a href='/'>Musikhaus Ahlberg</a></header><main>"
        f"<h1>Electric Guitars</h1>{SHOP_TEXT}</main></body></html>"
    )
    page = extract(html, "https://www.ahlberg.example/gb/electric_guitars.html")
    assert not page.is_article
    # The same shop page with a byline the page shows is signed.
    signed = html.replace(
        "<h1>Electric Guitars</h1>", "<h1>Electric Guitars</h1><p class='byline'>By Jonas Ebert</p>"
    )
    assert extract(signed, "https://www.ahlberg.example/gb/electric_guitars.html").authors == (
        "Jonas Ebert",
    )


def test_the_owner_of_a_personal_blog_is_still_its_author() -> None:
    html = (
        "<html><head><title>Warum ich Gärten liebe | Wolfram Michels</title></head><body>"
        "<header><a href='/'>Wolfram Michels</a></header><article>"
        f"<h1>Warum ich Gärten liebe</h1><time datetime='2017-06-07'>7. Juni 2017</time>"
        f"{TEXT_DE}</article></body></html>"
    )
    page = extract(html, "https://www.wolframmichels.example/2017/06/07/gaerten/")
    assert page.authors == ("Wolfram Michels",)
    assert page.is_article


def test_meta_author_holding_the_sites_name_gives_way_to_the_byline() -> None:
    # "Die WARTE" on warte.example: the host's name inside a longer site name.
    html = (
        "<html><head><meta name='author' content='Die WARTE'></head><body><article>"
        "<h1>Achtsam durch die Krise</h1><div class='author'><a href='/autor/baatz'>"
        f"Ursula Baatz</a></div>{TEXT_DE}</article></body></html>"
    )
    assert extract(html, "https://www.warte.example/gesellschaft/achtsam-2497954").authors == (
        "Ursula Baatz",
    )
    nobody = html.replace("<div class='author'><a href='/autor/baatz'>Ursula Baatz</a></div>", "")
    # Without a byline the declared name stays: it is all the page says.
    assert extract(nobody, "https://www.warte.example/gesellschaft/achtsam-2497954").authors == (
        "Die WARTE",
    )


def test_an_institution_declared_as_author_is_not_split_into_people() -> None:
    html = (
        "<html><head><meta name='author' content='Landesanstalt für Wald und Forstwirtschaft'>"
        "</head><body><article><h1>Der Holzhandel</h1>"
        f"<div class='author'>Jana Kolb</div>{TEXT_DE}</article></body></html>"
    )
    assert extract(html, "https://wald.example/de/holzhandel").authors == ("Jana Kolb",)
    french = (
        "<html><head><meta name='author' content=\"Direction régionale de l'environnement\">"
        "</head><body><article><h1>La forêt en hiver</h1>"
        f"<p class='byline'>Par Claire Dumont</p>{TEXT_FR}</article></body></html>"
    )
    assert extract(french, "https://foret.example/hiver").authors == ("Claire Dumont",)


def test_a_profile_link_inside_the_text_is_no_byline() -> None:
    html = (
        "<html><body><article><h1>Ein Jahr voller Proteste</h1>"
        "<p>Viele Studenten und Aktivistinnen wie <a href='https://rights.example/profile/"
        "francisca-ramirez'>Francisca Ramírez</a> sind seit Monaten im Exil, und die "
        "Regierung hat sich bisher nicht an die Vereinbarungen gehalten, die im April "
        f"getroffen wurden.</p>{TEXT_DE}</article></body></html>"
    )
    assert extract(html, "https://voices.example/2019/04/30/proteste/").authors == ()


def test_an_author_in_a_list_of_other_posts_is_no_byline() -> None:
    html = (
        f"<html><body><article><h1>Von Sprachregeln und Deutsch</h1>{TEXT_DE}</article>"
        "<div class='view-content'><div class='views-row views-row-1'><a href='/magazin/"
        "people/3955-mut.html'>Mitten in der Flut</a></div></div>"
        "<div class='teaser-list'><article class='column-teaser'><div class='author-avatar'>"
        "<a href='/de/blog/2024/03/co2'>Nino Brandt</a></div></article></div></body></html>"
    )
    assert extract(html, "https://livenet.example/magazin/sprache.html").authors == ()


def _contributor(role: str, label: str, slug: str, name: str) -> str:
    return (
        f"<div class='{role} contributor'><div class='avatar-container'>"
        f"<a href='/author/{slug}/'><img alt='Porträt von {name}' src='/a/{slug}.png'></a></div>"
        f"<div class='contributor-name'><span class='credit-label'>{label}</span>"
        f"<a href='/author/{slug}/' class='url'>{name}</a></div></div>"
    )


def test_a_translator_beside_the_writer_is_no_co_author() -> None:
    # The credits under a translated story: the writer, then the translator, alike.
    credits = (
        "<div class='postfooter'><div class='credit'>"
        + _contributor("author", "Geschrieben von", "elisa-marvena", "Elisa Marvena")
        + _contributor("translator", "Übersetzt von", "flavia-minaya", "Flavia Minaya")
        + "</div></div>"
    )
    html = (
        f"<html><body><article><h1>Proteste</h1><div class='entry'>{TEXT_DE}</div>"
        f"{credits}</article></body></html>"
    )
    assert extract(html, "https://voices.example/2019/04/30/p/").authors == ("Elisa Marvena",)
    # Two writers credited alike both stay.
    two = html.replace("translator", "author").replace("Übersetzt von", "Geschrieben von")
    assert extract(two, "https://voices.example/2019/04/30/p/").authors == (
        "Elisa Marvena",
        "Flavia Minaya",
    )
    # Said only by the label, in French, the translator is left out just the same.
    french = (
        "<div class='byline'><span class='by'>Par <a href='/author/ana-ruiz/'>Ana Ruiz</a></span>"
        "<span class='tr'>Traduit par <a href='/author/luc-roy/'>Luc Roy</a></span></div>"
    )
    page = f"<html><body><article><h1>Grèves</h1>{french}{TEXT_FR}</article></body></html>"
    assert extract(page, "https://voix.example/2019/05/02/greves/").authors == ("Ana Ruiz",)
    # Two writers of one byline both stay.
    both = french.replace("Traduit par", "et")
    page = f"<html><body><article><h1>Grèves</h1>{both}{TEXT_FR}</article></body></html>"
    assert extract(page, "https://voix.example/2019/05/02/greves/").authors == (
        "Ana Ruiz",
        "Luc Roy",
    )

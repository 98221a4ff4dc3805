"""What stands where a byline would and is no writer: an author-classed list of the
writer's other posts (its heading names sections), a link to one of the site's sections
beside the date, and the account a CMS installs itself with."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Riadny text článku, ktorý pokračuje ešte dlho a dlho. " * 20 + "</p>"


def _page(menu: str, header: str, after: str = "", head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header>{menu}</header><main>{header}"
        f"<h1>Mestské zastupiteľstvo schválilo nový rozpočet</h1>{BODY}{after}</main>"
        "</body></html>"
    )


def _other_posts(cls: str, heading: str, titles: list[str]) -> str:
    items = "".join(
        f"<div class='item'><a href='/clanok/{i}-{i * 7}'><img src='/i/{i}.jpg' alt=''>"
        f"<div class='text'><h3>Téma</h3><p><span class='date'>2{i}.09.2025</span>{title}"
        "</p></div></a></div>"
        for i, title in enumerate(titles)
    )
    return f"<section class='{cls}'><h3>{heading}</h3><div class='row'>{items}</div></section>"


@pytest.mark.parametrize(
    ("cls", "heading", "titles"),
    [
        # Slovak: the writer's other posts under the sections they were filed in.
        (
            "author-materials",
            "Analýzy, Rozhovory, Čítanie",
            [
                "Ako sa mesto pripravuje na zimu a čo to bude stáť obyvateľov",
                "Nová električková trať: harmonogram prác na najbližšie dva roky",
                "Rozhovor s primátorom o doprave, parkovaní a cenách bývania",
            ],
        ),
        # Lithuanian, an "autorius" class.
        (
            "autorius-straipsniai",
            "Analizė, Interviu",
            [
                "Kaip miestas ruošiasi žiemai ir kiek tai kainuos gyventojams",
                "Naujoji tramvajaus linija: darbų grafikas ateinantiems metams",
            ],
        ),
        # Catalan, a "byline" class.
        (
            "byline-more",
            "Opinió, Entrevistes",
            [
                "Com es prepara la ciutat per a l'hivern i quant costarà als veïns",
                "La nova línia de tramvia: calendari d'obres per als propers anys",
            ],
        ),
    ],
)
def test_an_author_classed_list_of_other_posts_is_no_byline(
    cls: str, heading: str, titles: list[str]
) -> None:
    html = _page("<a href='/'>Domov</a>", "", _other_posts(cls, heading, titles))
    assert extract(html, "https://mesto.example/spravy/rozpocet").authors == ()


def test_a_byline_with_a_link_to_the_writers_page_is_still_read() -> None:
    byline = (
        "<div class='author'><a href='/autor/jana-novakova'>Jana Nováková</a>"
        "<a href='/autor/jana-novakova/clanky'>Všetky články autorky</a></div>"
    )
    html = _page("<a href='/'>Domov</a>", "", byline)
    assert extract(html, "https://mesto.example/spravy/rozpocet").authors == ("Jana Nováková",)


def test_an_author_box_listing_the_writers_posts_still_names_the_writer() -> None:
    box = (
        "<div class='author-box'><a href='/autor/jana-novakova'>Jana Nováková</a>"
        "<p>Redaktorka domácej rubriky.</p><ul>"
        "<li><a href='/clanok/1'>Ako sa mesto pripravuje na zimu a čo to bude stáť</a></li>"
        "<li><a href='/clanok/2'>Nová električková trať: harmonogram prác na dva roky</a></li>"
        "</ul></div>"
    )
    html = _page("<a href='/'>Domov</a>", "", box)
    assert extract(html, "https://mesto.example/spravy/rozpocet").authors == ("Jana Nováková",)


MENU = (
    "<nav><ul><li><a href='/domace'>Domáce</a></li><li><a href='/banska-bystrica'>"
    "Banská Bystrica</a></li><li><a href='/veda'>Veda</a></li></ul></nav>"
)


@pytest.mark.parametrize(
    ("menu", "kicker", "day", "url"),
    [
        # Slovak: a regional section's link over the headline, beside the date.
        (
            MENU,
            "<a href='/banska-bystrica'>Banská Bystrica</a>",
            "05.08.2025",
            "https://noviny.example/banska-bystrica/rozpocet/4004",
        ),
        # Estonian, the menu a list the class calls a nav bar, the article under a date path.
        (
            "<div class='navBar'><a href='/eesti-uudised'>Eesti Uudised</a>"
            "<a href='/maailm'>Maailm</a></div>",
            "<a href='/eesti-uudised/'>Eesti Uudised</a>",
            "05.08.2025",
            "https://uudised.example/2025/08/05/eelarve",
        ),
        # Catalan.
        (
            "<ul class='main-menu'><li><a href='/baix-llobregat'>Baix Llobregat</a></li></ul>",
            "<a href='https://diari.example/baix-llobregat'>Baix Llobregat</a>",
            "05/08/2025",
            "https://diari.example/baix-llobregat/pressupost",
        ),
    ],
)
def test_a_menu_section_beside_the_date_is_no_byline(
    menu: str, kicker: str, day: str, url: str
) -> None:
    header = f"<div class='intro'><div>{kicker}</div><div><span>{day}</span></div></div>"
    assert extract(_page(menu, header), url).authors == ()


def test_a_linked_name_beside_the_date_is_still_the_byline() -> None:
    header = (
        "<div class='intro'><div><a href='/jana-novakova'>Jana Nováková</a></div>"
        "<div><span>05.08.2025</span></div></div>"
    )
    html = _page(MENU, header)
    assert extract(html, "https://noviny.example/domace/rozpocet").authors == ("Jana Nováková",)


@pytest.mark.parametrize("account", ["Super User", "SuperUser", "super user", "Webmaster"])
def test_a_cms_default_account_is_no_person(account: str) -> None:
    assert clean_name(account) == []
    head = f"<meta name='author' content='{account}'>"
    html = _page("<a href='/'>Domov</a>", "", head=head)
    assert extract(html, "https://mesto.example/spravy/rozpocet").authors == ()


def test_a_person_beside_a_cms_account_is_kept() -> None:
    assert clean_name("Super User, Jana Nováková") == ["Jana Nováková"]

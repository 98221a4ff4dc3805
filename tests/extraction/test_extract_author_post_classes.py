"""The class list a CMS gives a whole post ("hentry category-... author-<slug>") marks a
card, a product or the article, not an element that prints the writer's name."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Our colours are made from vegetables, fruit and spices only. " * 20 + "</p>"


def _page(after: str, article_class: str = "", byline: str = "") -> str:
    return (
        "<html><head><title>Colours</title></head><body><header><a href='/'>Shop</a></header>"
        f"<main><article class='{article_class}'><h1>Natural colours</h1>{byline}{BODY}"
        f"</article>{after}</main></body></html>"
    )


def _products(titles: list[str]) -> str:
    cards = "".join(
        "<div class='ProductItem-relatedProducts-item hentry category-colors tag-colors "
        f"author-carmel-hagen post-type-store-item'><a href='/shop/p/{k}'><img src='/i/{k}.jpg' "
        f"alt=''></a><div class='ProductItem-title'>{t}</div><div>12,00 €</div></div>"
        for k, t in enumerate(titles)
    )
    return f"<section class='ProductItem-additional'><h2>More</h2>{cards}</section>"


@pytest.mark.parametrize(
    "titles",
    [
        ["Natural Food Colors", "Holiday Edition (Red, Green)"],
        ["Natürliche Lebensmittelfarben", "Festtags-Edition (Rot, Grün)"],
        ["Colorantes Naturales", "Edición Navidad (Rojo, Verde)"],
        ["Pewarna Alami", "Edisi Natal (Merah, Hijau)"],
    ],
)
def test_a_products_post_classes_name_nobody(titles: list[str]) -> None:
    assert extract(_page(_products(titles)), "https://shop.example/p/colours").authors == ()


def test_the_byline_inside_an_article_with_post_classes() -> None:
    page = _page(
        "",
        "post type-post hentry category-news author-maria-lopez",
        "<div class='byline'>Por <a href='/author/maria-lopez'>María López</a></div>",
    )
    assert extract(page, "https://shop.example/blog/colours").authors == ("María López",)


@pytest.mark.parametrize(
    ("menu", "lang"),
    [
        (["Live Jobs", "Contact Us"], "en"),
        (["Offene Stellen", "Kontakt"], "de"),
        (["Lowongan Kerja", "Kontak"], "id"),
        (["İş İlanları", "İletişim"], "tr"),
    ],
)
def test_the_pages_own_classes_mark_no_byline(menu: list[str], lang: str) -> None:
    # A theme's setting ("hide-author") among the page's classes: the page is no byline.
    nav = "".join(f"<a href='/{k}'>{item}</a>" for k, item in enumerate(menu))
    page = (
        _page("")
        .replace(
            "<body>",
            f"<body class='collection-type-blog hide-author'><div class='topbar'>{nav}</div>",
        )
        .replace("<html>", f"<html lang='{lang}'>")
    )
    assert extract(page, "https://shop.example/news").authors == ()

"""A byline element holding one card per writer (a picture, the name in a plain <div>, a
role): every card's writer is an author, not the first card's alone. An author element of
another shape in the byline (a social link, a bio) is no other writer's."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Byrådet stemte tirsdag for den nye letbanelinje efter en lang debat. " * 20 + "</p>"


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Letbane</title></head><body>"
        "<header><a href='/'>Forside</a></header><main><article>"
        f"<h1>Byrådet godkender ny letbanelinje</h1>{byline}"
        "<div class='date'><time datetime='2024-11-26T09:30:00+01:00'>26.11.2024</time></div>"
        f"{BODY}</article></main></body></html>"
    )


def _cards(names: list[str], role: str) -> str:
    return (
        "<div class='article-authors'>"
        + "".join(
            f"<div class='author-card'><div class='avatar'><img src='/i/{i}.png' alt=''></div>"
            f"<div><div>{name}</div><div>{role}</div></div></div>"
            for i, name in enumerate(names)
        )
        + "</div>"
    )


@pytest.mark.parametrize(
    ("names", "role", "lang"),
    [
        (["Mette Hansen", "Rasmus Nielsen"], "Journalist", "da"),
        (["Anna Schneider", "Lukas Weber", "Jonas Fischer"], "Redakteurin", "de"),
        (["Lucía Fernández", "Javier Ruiz"], "Periodista", "es"),
    ],
)
def test_every_writers_card(names: list[str], role: str, lang: str) -> None:
    page = extract(_page(_cards(names, role), lang), "https://avis.example/by/2024/11/26/letbane")
    assert page.authors == tuple(names)


def test_cards_as_list_items() -> None:
    byline = (
        "<ul class='byline'><li class='byline__author'><span>Claire Dubois</span></li>"
        "<li class='byline__author'><span>Julien Moreau</span></li></ul>"
    )
    page = extract(_page(byline, "fr"), "https://avis.example/by/2024/11/26/letbane")
    assert page.authors == ("Claire Dubois", "Julien Moreau")


def test_an_author_element_of_another_shape_is_no_writer() -> None:
    byline = (
        "<div class='authors'><div class='author'><img src='/a.jpg' alt=''>"
        "<div>Mette Hansen</div></div><div class='author-social'>"
        "<a href='https://social.example/mette'>Mette Hansen på X</a></div></div>"
    )
    page = extract(_page(byline, "da"), "https://avis.example/by/2024/11/26/letbane")
    assert page.authors == ("Mette Hansen",)


def test_a_translators_card_is_no_writers() -> None:
    # Templates indent the groups: the label's group is short only as read.
    gap = "\n" + "\t" * 12

    def group(label: str, name: str, slug: str) -> str:
        return (
            f"<div>{gap}<p class='meta'>{label}</p>{gap * 8}<ul class='authors'>{gap}"
            f"<li>{gap}<p class='meta author__bio'>{gap}<span class='author__name'>{gap}"
            f"<a href='/jp/profile/{slug}/' class='author__link'>{name}</a>{gap}</span>"
            f"{gap}</p>{gap}</li>{gap}</ul>{gap}</div>"
        )

    byline = (
        "<div class='article__authors'>"
        + group("作者：", "Diogo Silva", "Diogo-Silva")
        + gap
        + group("翻訳者", "中村 真子", "nakamura")
        + "</div>"
    )
    page = extract(_page(byline, "ja"), "https://avis.example/by/2024/11/26/letbane")
    assert page.authors == ("Diogo Silva",)


def test_writers_cards_no_class_marks() -> None:
    # Hashed classes mark nothing: the byline element's blocks of one shape, each a full
    # name over its role or place, are one writer each.
    byline = (
        "<div data-testid='byline-new-contributors' class='sc-2b5e3b35-4'>"
        "<div class='sc-2b5e3b35-5'><span class='kItaYD'>Sofia Marangou</span>"
        "<div><span>BBC News, Athens</span></div></div>"
        "<div class='sc-2b5e3b35-5'><span class='kItaYD'>Tom Geddes</span>"
        "<div><span>BBC News</span></div></div></div>"
    )
    page = extract(_page(byline, "en"), "https://avis.example/news/articles/c4ng3vx8m2po")
    assert page.authors == ("Sofia Marangou", "Tom Geddes")


def test_a_byline_s_blocks_holding_a_date_or_a_section_are_no_writers() -> None:
    byline = (
        "<div class='byline'><div class='x'>Sofia Marangou</div><div class='x'>Politics</div>"
        "<div class='x'>26 November 2024</div></div>"
    )
    page = extract(_page(byline, "en"), "https://avis.example/news/articles/c4ng3vx8m2po")
    assert page.authors == ("Sofia Marangou",)


@pytest.mark.parametrize("label", ["Editor:", "Redaktur:"])
def test_the_editors_labelled_link_beside_the_writers_is_no_co_author(label: str) -> None:
    byline = (
        "<div class='css-tb9x2n'><div class='css-c2v1rn'><span>Penulis:</span> "
        "<a href='/profile/rizal-adhi-pratama'>Rizal Adhi Pratama</a></div>"
        f"<div class='css-c2v1rn'><span>{label}</span> "
        "<a href='/profile/dwi-agustiar'>Dwi Agustiar</a></div>"
        "<time datetime='2024-09-02T07:35:00.000Z'>Senin, 02 Sep 2024 | 14:35 WIB</time></div>"
    )
    page = _page(byline, "id").replace(
        "<title>", "<meta name='author' content='Rizal Adhi Pratama'><title>"
    )
    assert extract(page, "https://avis.example/by/2024/11/26/letbane").authors == (
        "Rizal Adhi Pratama",
    )


def test_writers_linked_to_their_folder_in_nordic_words_are_the_byline() -> None:
    # Hashed classes: the links to "/forfatter/" mark the writers, the photographer is none.
    byline = (
        "<div class='css-1q8xk2a'>"
        "<div class='css-6tqb1k'><a href='/forfatter/ingrid'>Ingrid Solberg Haugen</a>"
        "<span class='css-4k3vgt'>Journalist</span></div>"
        "<div class='css-6tqb1k'><a href='/forfatter/jonas'>Jonas Tveit</a>"
        "<span class='css-4k3vgt'>Journalist</span></div>"
        "<div class='css-6tqb1k'><span>Erlend Berge</span><span class='css-4k3vgt'>Fotograf</span>"
        "</div></div>"
    )
    page = _page(byline, "no")
    assert extract(page, "https://avis.example/by/2024/11/26/letbane").authors == (
        "Ingrid Solberg Haugen",
        "Jonas Tveit",
    )
    # ... the same beside the writers the page declares.
    declared = "<meta name='author' content='Ingrid Solberg Haugen, Jonas Tveit'><title>"
    page = page.replace("<title>", declared)
    assert extract(page, "https://avis.example/by/2024/11/26/letbane").authors == (
        "Ingrid Solberg Haugen",
        "Jonas Tveit",
    )


def test_a_cards_role_read_apart_from_the_name_beside_it() -> None:
    # The name and the role in spans with nothing between them: "Fotograf" is a word of
    # its own, the photographer's card no writer's.
    byline = (
        "<div class='authors'>"
        + "".join(
            f"<div class='author'><span>{name}</span><span>{role}</span></div>"
            for name, role in (
                ("Ingrid Solberg Haugen", "Journalist"),
                ("Jonas Tveit", "Journalist"),
                ("Erlend Berge", "Fotograf"),
            )
        )
        + "</div>"
    )
    page = extract(_page(byline, "no"), "https://avis.example/by/2024/11/26/letbane")
    assert page.authors == ("Ingrid Solberg Haugen", "Jonas Tveit")


def test_stories_of_a_section_named_for_the_writers_are_no_bylines() -> None:
    # "/journalist/2012-06/01/...": a section's stories, no writer's page.
    byline = (
        "<ul class='list'>"
        + "".join(
            f"<li><a href='/journalist/2012-06/0{i}/content_2533520{i}.htm'>{headline}</a></li>"
            for i, headline in enumerate(
                ("来自10米竹竿上的中国功夫", "跨流域调水缓解白洋淀水资源紧缺"), 1
            )
        )
        + "</ul>"
    )
    page = extract(_page(byline, "zh"), "https://avis.example/by/2024/11/26/letbane")
    assert page.authors == ()

"""Bylines told by how the page is built, not by class names: sites whose build tools
generate their classes (CSS modules, utility classes) leave a name beside a date in any
language, a portrait beside its caption, and links that are or are not a writer's page."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "".join(
    f"<p>{sentence} " * 4 + "</p>"
    for sentence in (
        "The council met on Thursday evening and talked about the budget for a long time.",
        "Several members said afterwards that the schools had been the hardest question.",
        "The opposition voted against it and said the problems were only put off again.",
    )
)


def _page(
    header: str, after: str = "", lang: str = "en", title: str = "Council passes budget"
) -> str:
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        "<div class='x1a2b3'><a href='/'>Example News</a></div><main><article>"
        f"<h1 class='x9f8e7'>{title}</h1>{header}<div class='x4c5d6'>{BODY}</div>{after}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "date", "lang"),
    [
        ("Mario Rossi", "4 dicembre 2026, 14:35", "it"),
        ("Иван Петров", "4 декабря 2026, 14:35", "ru"),
        ("Budi Santoso", "04 Desember 2026 14:35 WIB", "id"),
        ("Mette Hansen", "4. december 2026 kl. 14.35", "da"),
        ("Anna Schmidt", "28. Jan. 2022", "de"),
    ],
)
def test_a_name_beside_a_date_written_with_its_months_name(name: str, date: str, lang: str) -> None:
    header = (
        f"<div class='a1b2'><span class='c3d4'>{name}</span> <span class='e5f6'>{date}</span></div>"
    )
    assert extract(_page(header, lang=lang), "https://news.example/a/1").authors == (name,)


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Anna Roth | 05. November 2024", "de", ("Anna Roth",)),
        ("Mario Rossi · 4 dicembre 2026, 14:35", "it", ("Mario Rossi",)),
        # A section or a place in the date's line is no name.
        ("Politik | 05. November 2024", "de", ()),
        ("Bad Homburg | 05. November 2024", "de", ()),
        ("05. November 2024 | PAID CONTENT", "de", ()),
    ],
)
def test_a_name_in_the_line_of_a_date_written_with_its_months_name(
    line: str, lang: str, names: tuple[str, ...]
) -> None:
    header = f"<div class='a1b2'>{line}</div>"
    assert extract(_page(header, lang=lang), "https://news.example/a/1").authors == names


def test_a_heading_below_such_a_date_is_no_name() -> None:
    header = (
        "<div class='a1b2'><span>4 grudnia 2026</span></div>"
        "<h2 class='h7'>Nowe Przepisy</h2><div><p>Rada miasta przyjęła budżet.</p></div>"
    )
    assert extract(_page(header, lang="pl"), "https://news.example/a/1").authors == ()


@pytest.mark.parametrize(
    ("alt", "caption", "lang", "expected"),
    [
        ("Jane Doe", "Jane Doe", "en", "Jane Doe"),
        ("Headshot of Jane Doe, Senior Writer", "Jane Doe", "en", "Jane Doe"),
        ("Porträt von Anna Schmidt", "Anna Schmidt", "de", "Anna Schmidt"),
        ("Zdjęcie: Tomasz Nowak", "Tomasz Nowak", "pl", "Tomasz Nowak"),
    ],
)
def test_a_portrait_beside_its_name_under_the_headline(
    alt: str, caption: str, lang: str, expected: str
) -> None:
    header = (
        f"<div class='k1'><div class='k2'><img src='/i/p.jpg' alt='{alt}'></div>"
        f"<div class='k3'><span class='k4'>{caption}</span><span class='k5'>Redaktion</span>"
        "</div></div>"
    )
    assert extract(_page(header, lang=lang), "https://news.example/a/1").authors == (expected,)


def test_a_portrait_in_the_author_box_after_the_text() -> None:
    box = (
        "<div class='q1'><img alt='Lauren Vetter' src='/a.webp'><div class='q2'>"
        "<div>Lauren Vetter</div><p>Lauren Vetter is a marketing writer who covers clinics "
        "and the software they run on, and has done so for ten years.</p></div></div>"
    )
    assert extract(_page("", after=box), "https://news.example/a/1").authors == ("Lauren Vetter",)


def test_portraits_of_commenters_name_no_writer() -> None:
    comments = "".join(
        f"<div class='m1'><img alt='{n}' src='/av.png'><b>{n}</b><p>Thanks for this piece, "
        "it was very helpful to read.</p></div>"
        for n in ("Karl Weber", "Sophie Martin", "Tom Berg")
    )
    assert extract(_page("", after=comments), "https://news.example/a/1").authors == ()


def test_a_portrait_whose_caption_is_another_name_gives_none() -> None:
    header = "<div><img alt='Jane Doe' src='/p.jpg'><span>Town Hall</span></div>"
    assert extract(_page(header), "https://news.example/a/1").authors == ()


def test_a_profile_on_another_site_is_no_writers_page() -> None:
    after = (
        "<div class='s1'><a href='https://social.example/profile/newsexample'>Follow Us</a> "
        "<a href='https://social.example/profile/newsexample.bsky'>Bluesky</a></div>"
    )
    assert extract(_page("", after=after), "https://news.example/a/1").authors == ()


def test_a_people_section_story_is_no_writers_page() -> None:
    related = (
        "<div class='r1'><a href='/themen/people/erlebt/397213-verkaeufer_findet_ein_zuhause.html'>"
        "<div>Eine andere Art von Kirche</div></a></div>"
    )
    page = _page("", after=related, lang="de")
    assert extract(page, "https://news.example/a/1").authors == ()


def test_a_writers_page_under_people_still_names_the_writer() -> None:
    header = "<div class='b1'><a href='/people/jane-doe'>Jane Doe</a></div>"
    assert extract(_page(header), "https://news.example/a/1").authors == ("Jane Doe",)


def test_a_writers_page_under_profiles_names_the_writer_before_the_affiliation() -> None:
    header = (
        "<div class='b1'><a href='/profiles/jane-doe-123'>Jane Doe</a>, "
        "<span class='b2'>University of Leeds</span></div>"
    )
    assert extract(_page(header), "https://news.example/a/1").authors == ("Jane Doe",)


def test_a_profiles_section_story_is_no_writers_page() -> None:
    related = (
        "<div class='r1'><a href='/profiles/2024/11/the-mayor-at-sixty.html'>"
        "<div>The mayor at sixty</div></a></div>"
    )
    assert extract(_page("", after=related), "https://news.example/a/1").authors == ()

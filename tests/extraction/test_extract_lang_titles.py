"""Titles as publishers in many scripts write them: a comment count linked beside the
headline in its heading, and the site's name set off by an underscore, with the section's
between ("Headline_Section_Site"), in any script."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract


def _title(lang: str, title: str, heading: str, head: str = "") -> str | None:
    text = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><header class='site-header'><a href='/'>Home</a><nav>"
        "<a href='/city'>City</a><a href='/sport'>Sport</a></nav></header>"
        f"<main><article>{heading}{text}{text}</article></main></body></html>"
    )
    return extract(html, "https://port.example/news/2025/story-1.html").title


@pytest.mark.parametrize(
    ("lang", "headline", "count"),
    [
        ("en", "Council approves the budget for the new bridge", "12"),
        ("hi", "नगर निगम ने नए पुल के बजट को मंजूरी दी", "7 टिप्पणियां"),
        ("vi", "Hội đồng thành phố thông qua ngân sách xây cầu mới", "(5) bình luận"),
        ("ru", "Городская дума утвердила бюджет на строительство моста", "(3)"),
        ("th", "สภาเมืองอนุมัติงบประมาณสร้างสะพานแห่งใหม่", "4 ความคิดเห็น"),
        ("ar", "المجلس البلدي يقر ميزانية بناء الجسر الجديد", "9 تعليقات"),
    ],
)
def test_a_comment_count_linked_in_the_heading_is_no_part_of_the_title(
    lang: str, headline: str, count: str
) -> None:
    heading = (
        f"<h1 class='entry-title'><a href='/news/2025/story-1.html'>{headline}</a> "
        f"<a class='comments-link' href='#comments'>{count}</a></h1>"
    )
    assert _title(lang, f"{headline} | Port News", heading) == headline


def test_an_in_page_link_that_is_words_stays_in_the_heading() -> None:
    heading = "<h1>Council approves the budget <a href='#vote'>after the vote</a></h1>"
    assert _title("en", "Port News", heading) == "Council approves the budget after the vote"


@pytest.mark.parametrize(
    ("lang", "headline", "section", "site"),
    [
        ("fa", "شورای شهر بودجه ساخت پل جدید را تصویب کرد", "جامعه", "صدای بندر"),
        ("vi", "Hội đồng thành phố thông qua ngân sách xây cầu mới", "Thời sự", "Báo Bến Cảng"),
        ("hi", "नगर निगम ने नए पुल के बजट को मंजूरी दी", "राज्य", "नदी समाचार"),
        ("tr", "Belediye meclisi yeni köprü için bütçeyi onayladı", "Gündem", "Karadeniz Postası"),
        ("ru", "Городская дума утвердила бюджет на строительство моста", "Общество", "Волга"),
    ],
)
def test_the_site_s_name_after_an_underscore_goes_with_the_section_before_it(
    lang: str, headline: str, section: str, site: str
) -> None:
    head = f"<meta property='og:site_name' content='{site}'>"
    heading = f"<div class='art-title'>{headline}</div>"
    assert _title(lang, f"{headline}_{section}_{site}", heading, head) == headline
    assert _title(lang, f"{headline}_{site}", heading, head) == headline


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("ar", "المجلس البلدي يقر ميزانية بناء الجسر #ميزانية_2025"),
        ("en", "How to read IMG_2041 files from an old camera"),
        ("fa", "شورای شهر بودجه ساخت پل جدید را تصویب کرد_جامعه"),
    ],
)
def test_an_underscore_not_before_the_site_s_name_stays(lang: str, title: str) -> None:
    head = "<meta property='og:site_name' content='Port News'>"
    heading = "<div class='art-title'>Menu</div>"
    assert _title(lang, title, heading, head) == title

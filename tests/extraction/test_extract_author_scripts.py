"""Bylines in scripts whose by-word or writer's label the patterns had not read: Hebrew
"מאת" ("by"), the Persian, Hindi and Thai writer's labels, Chinese and Japanese "文／"
("text:")."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

TEXT = {
    "he": "מועצת העיר אישרה ביום שלישי לאחר דיון ארוך את הקו החדש. ",
    "fa": "شورای شهر روز سه‌شنبه پس از بحثی طولانی خط جدیدی را تصویب کرد. ",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद नई ट्राम लाइन को मंजूरी दी। ",
    "th": "สภาเมืองได้อนุมัติเส้นทางรถรางสายใหม่เมื่อวันอังคารหลังการอภิปรายอันยาวนาน ",
    "zh": "市议会周二经过长时间讨论，批准了连接北部郊区与市中心的新有轨电车线路。",
    "ja": "市議会は火曜日、長い議論の末に北部と中心部を結ぶ新しい路線を承認した。",
}


def _page(byline: str, lang: str, frame: str) -> str:
    date = "<time datetime='2024-11-26T09:30:00+01:00'>2024-11-26</time>"
    shown = {
        "byline": f"<div class='byline'>{byline}</div><div class='date'>{date}</div>",
        "plain": f"<div>{byline}</div><div>{date}</div>",
    }[frame]
    body = "".join(f"<p>{TEXT[lang] * 6}</p>" for _ in range(3))
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>x</title></head><body>"
        "<header><a href='/'>Home</a></header><main><article>"
        f"<h1>{TEXT[lang][:30]}</h1>{shown}{body}</article></main></body></html>"
    )


@pytest.mark.parametrize("frame", ["byline", "plain"])
@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("מאת דנה כהן", "he", ("דנה כהן",)),
        ("מאת: דנה כהן", "he", ("דנה כהן",)),
        ("نویسنده: علی رضایی", "fa", ("علی رضایی",)),
        ("लेखक: राहुल शर्मा", "hi", ("राहुल शर्मा",)),
        ("ผู้เขียน: สมชาย ใจดี", "th", ("สมชาย ใจดี",)),
        ("文／王晓明", "zh", ("王晓明",)),
        ("文/王晓明", "zh", ("王晓明",)),
        ("文：佐藤健", "ja", ("佐藤健",)),
    ],
)
def test_a_byline_in_another_script(
    byline: str, lang: str, expected: tuple[str, ...], frame: str
) -> None:
    page = extract(_page(byline, lang, frame), "https://news.example/city/2024/11/26/tram")
    assert page.authors == expected


def test_a_name_that_starts_with_the_character_for_text() -> None:
    # "文" opens given and family names: a label only with its mark.
    page = extract(_page("作者：文强", "zh", "byline"), "https://news.example/city/2024/tram")
    assert page.authors == ("文强",)

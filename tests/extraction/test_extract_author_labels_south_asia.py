"""The writer's field labels of Hindi, Bengali, Urdu, Arabic, Persian and Tamil bylines
("रिपोर्ट:", "প্রতিবেদক:", "رپورٹ:", "الكاتب:", "خبرنگار:", "எழுதியவர்:"), with a colon."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = (
    "<p>" + "The city opened a new public library in the centre on Monday morning. " * 20 + "</p>"
)


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Library</title></head><body><header><a href='/'>"
        "Home</a></header><main><article><h1>A new library opens</h1>"
        f"<div class='byline'>{byline}</div>{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "name", "lang"),
    [
        ("रिपोर्ट: राम शर्मा", "राम शर्मा", "hi"),
        ("প্রতিবেদক: নাসরিন আক্তার", "নাসরিন আক্তার", "bn"),
        ("رپورٹ: علی احمد", "علی احمد", "ur"),
        ("الكاتب: محمد العلي", "محمد العلي", "ar"),
        ("خبرنگار: علی رضایی", "علی رضایی", "fa"),
        ("எழுதியவர்: கார்த்திக் ராஜா", "கார்த்திக் ராஜா", "ta"),
    ],
)
def test_a_writers_label(byline: str, name: str, lang: str) -> None:
    assert extract(_page(byline, lang), "https://city.example/news/library").authors == (name,)

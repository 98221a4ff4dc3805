"""Bylines in scripts and languages outside the labelled sets: the writer's field labels of
Hindi, Bengali, Urdu, Arabic, Persian, Tamil, Malayalam, Sinhala, Odia, Thai, Vietnamese
and Swahili bylines ("रिपोर्ट:", "প্রতিবেদক:", "رپورٹ:", "الكاتب:", "خبرنگار:", "எழுதியவர்:",
"โดย:", "Bởi:", "Na:"), with a colon; and a by-word the patterns do not list before the
writer's linked name, in scripts that write vowels with combining marks ("द्वारा
<a>राकेश कुमार शर्मा</a>", "লেখক <a>…</a>"), which announces the name and is none itself;
and a name with no label in an element classed "by", beside the date. Georgian in each:
its letters are lower case to Unicode, but it writes no capitals."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import lower_initial

BODY = (
    "<p>" + "The city opened a new public library in the centre on Monday morning. " * 20 + "</p>"
)


def _page(byline: str, lang: str, holder: str = "div class='byline'") -> str:
    return (
        f"<html lang='{lang}'><head><title>Library</title></head><body><header><a href='/'>"
        "Home</a></header><main><article><h1>A new library opens</h1>"
        f"<{holder}>{byline}</{holder.split()[0]}>{BODY}</article></main></body></html>"
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


@pytest.mark.parametrize(
    ("word", "name", "lang"),
    [
        ("द्वारा", "राकेश कुमार शर्मा", "hi"),
        ("লেখক", "মাহমুদুল হাসান", "bn"),
        ("ಲೇಖಕ", "ರವಿ ಕುಮಾರ್", "kn"),
        ("ලේඛක", "නිමල් පෙරේරා", "si"),
        ("ავტორი", "გიორგი ბერიძე", "ka"),
        ("Oleh", "Ahmad Faizal", "id"),
    ],
)
def test_a_by_word_before_a_linked_name(word: str, name: str, lang: str) -> None:
    page = _page(f"{word} <a href='/author/12'>{name}</a>", lang, "div class='author'")
    assert extract(page, "https://city.example/news/library").authors == (name,)


def test_a_linked_one_word_login_is_still_the_name() -> None:
    # A linked word is a login, not a by-word: with nothing else, it is the writer.
    page = _page("<a href='/author/rasos'>राकेश</a>", "hi", "div class='author'")
    assert extract(page, "https://city.example/news/library").authors == ("राकेश",)


@pytest.mark.parametrize(
    ("label", "name", "lang"),
    [
        ("द्वारा", "राकेश कुमार शर्मा", "hi"),
        ("എഴുതിയത്", "അനിൽ കുമാർ", "ml"),
        ("ලේඛක", "නිමල් පෙරේරා", "si"),
        ("ଲେଖକ", "ସୁଭାଷ ମହାପାତ୍ର", "or"),
        ("โดย", "สมชาย ใจดี", "th"),
        ("Bởi", "Nguyễn Văn Hùng", "vi"),
        ("Na", "Juma Mwinyi", "sw"),
        ("ავტორი", "გიორგი ბერიძე", "ka"),
    ],
)
def test_a_writers_label_with_its_colon(label: str, name: str, lang: str) -> None:
    page = _page(f"{label}: {name}", lang)
    assert extract(page, "https://city.example/news/library").authors == (name,)


def test_na_without_its_colon_is_part_of_a_name() -> None:
    # "Na" is a family name too (Korean): only its colon makes it Swahili's "by".
    page = _page("Na Young-ho", "ko")
    assert extract(page, "https://city.example/news/library").authors == ("Na Young-ho",)


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("राकेश कुमार शर्मा", "hi"),
        ("أحمد الخطيب", "ar"),
        ("สมชาย ใจดี", "th"),
        ("김민준", "ko"),
        ("გიორგი ბერიძე", "ka"),
        ("Jane Doe", "en"),
    ],
)
def test_a_name_in_an_element_classed_by(name: str, lang: str) -> None:
    # No label, no capitals to go by in most of these scripts: the class names the byline.
    byline = f"<span class='by'>{name}</span> <time>2025-12-03</time>"
    page = _page(byline, lang, "div class='meta'")
    assert extract(page, "https://city.example/news/library").authors == (name,)


@pytest.mark.parametrize("classes", ["baby", "bye", "by-the-numbers-chart"])
def test_a_class_that_only_holds_by_in_a_word_names_no_byline(classes: str) -> None:
    byline = f"<span class='{classes}'>राकेश कुमार शर्मा</span> <time>2025-12-03</time>"
    page = _page(byline, "hi", "div class='meta'")
    assert extract(page, "https://city.example/news/library").authors == ()


@pytest.mark.parametrize(
    ("word", "small"),
    [("jane", True), ("élodie", True), ("ßtraße", True), ("Jane", False), ("გიორგი", False)],
)
def test_a_small_initial_as_the_script_writes_case(word: str, small: bool) -> None:
    # Georgian letters are lower case to Unicode, but Georgian writes no capitals.
    assert lower_initial(word) is small

"""A byline that is only a dateline in brackets, the place and the source ("(القاهرة -
رويترز)", "(서울=연합뉴스)"): the place is no writer; the source is the byline only when
it is a wire agency."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

TEXT = {
    "ar": "وافق المجلس البلدي يوم الثلاثاء بعد نقاش طويل على خط الترام الجديد. ",
    "ko": "시의회는 화요일 오랜 논의 끝에 새 노면전차 노선을 승인했다. ",
    "es": "El pleno municipal aprobó el martes la nueva línea de tranvía tras un largo debate. ",
}


def _page(byline: str, lang: str) -> str:
    body = "".join(f"<p>{TEXT[lang] * 6}</p>" for _ in range(3))
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>x</title></head><body>"
        "<header><a href='/'>Home</a></header><main><article>"
        f"<h1>{TEXT[lang][:40]}</h1><div class='byline'>{byline}</div>"
        "<div class='date'><time datetime='2024-11-26T09:30:00+03:00'>2024-11-26</time></div>"
        f"{body}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("(القاهرة - رويترز)", "ar", ("رويترز",)),
        ("(دبي - وام)", "ar", ("وام",)),
        ("(أبوظبي - البيان)", "ar", ()),
        ("(الرياض - الشرق الأوسط)", "ar", ()),
        ("(서울=연합뉴스)", "ko", ("연합뉴스",)),
        ("(Madrid - EFE)", "es", ("EFE",)),
    ],
)
def test_a_bracketed_dateline_names_no_writer(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    assert extract(_page(byline, lang), "https://news.example/city/2024/11/26/tram").authors == (
        expected
    )


@pytest.mark.parametrize(
    "raw", ["(أبوظبي - البيان)", "(تهران - ایرنا)", "(القاهرة - رويترز)", "(Madrid - EFE)"]
)
def test_the_place_of_a_dateline_is_no_name(raw: str) -> None:
    assert clean_name(raw) == []


def test_a_name_before_a_dateline_is_still_read() -> None:
    assert clean_name("محمد العلي - القاهرة") == ["محمد العلي"]

"""A Japanese report signed at its end with the writer's name in brackets."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

TEXT = (
    "市議会は四日、来年度の予算案を賛成多数で可決した。学校の建て替えと公共交通の整備に"
    "充てる費用が最大の争点となり、審議は六時間を超えた。市長は持続可能な妥協だと述べた。"
)


def _page(closing: str) -> str:
    body = "".join(f"<p>{TEXT}</p>" for _ in range(5))
    return (
        "<html lang='ja'><head><title>市議会、予算案を可決</title></head><body>"
        "<div class='h1x'><a href='/'>北海日報</a></div><main><article>"
        f"<h1 class='t2y'>市議会、予算案を可決</h1><div class='b3z'>{body}<p>{closing}</p></div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("（山田太郎）", ("山田太郎",)),
        ("（山田太郎、佐藤花子）", ("山田太郎", "佐藤花子")),
        # A wire's short name, the end mark, a source in a sentence: no writer.
        ("（共同）", ()),
        ("（完）", ()),
        ("市は来年度も事業を続ける方針だ（市広報課）。", ()),
    ],
)
def test_a_bracketed_sign_off_closing_the_text(closing: str, expected: tuple[str, ...]) -> None:
    assert extract(_page(closing), "https://hokkai.example/news/123").authors == expected


DE_TEXT = (
    "Die Gemeinde verlangt seit Mai acht Euro am Tag für den Parkplatz am See, und die Gäste "
    "sind empört. Der Bürgermeister verteidigt die Gebühr als notwendig für den Naturschutz."
)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("(Martina Egger)", ("Martina Egger",)),
        ("(Martina Egger, Jan Ohm)", ("Martina Egger", "Jan Ohm")),
        ("(dpa)", ("dpa",)),
    ],
)
def test_a_bracketed_sign_off_in_a_latin_script(closing: str, expected: tuple[str, ...]) -> None:
    # In its own author element after the text: the name without its brackets.
    body = "".join(f"<p>{DE_TEXT}</p>" for _ in range(5))
    html = (
        "<html lang='de'><head><title>Parkgebühren am See</title></head><body><main><article>"
        f"<h1>Parkgebühren am See</h1><div class='c1'>{body}"
        f"<p class='article__author-end'>{closing}</p></div></article></main></body></html>"
    )
    authors = extract(html, "https://tt.example/artikel/123/parkgebuehren").authors
    assert authors == expected

"""Words that are a name's though another language spells its article or label the same:
"An" ending a Vietnamese, Chinese or Korean name ("Nguyễn Văn An", "Trần An")."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Thành phố đã khánh thành cây cầu mới bắc qua sông sau hai năm thi công. " * 20
BODY += "</p>"


def _page(box: str) -> str:
    return (
        "<html lang='vi'><head><title>Cầu mới</title></head><body><header><a href='/'>Trang"
        "</a></header><main><article><h1>Khánh thành cầu mới</h1>"
        f"{BODY}{box}</article></main></body></html>"
    )


@pytest.mark.parametrize("name", ["Nguyễn Văn An", "Trần Thị An"])
def test_an_ending_a_name_in_the_author_box(name: str) -> None:
    box = (
        "<section class='author-box'><img src='/a.jpg' alt=''><div class='author-box-content'>"
        f"<p>{name} là nhà báo, sống ở Huế và viết về văn hóa.</p></div></section>"
    )
    assert extract(_page(box), "https://tin.example/cau-moi").authors == (name,)

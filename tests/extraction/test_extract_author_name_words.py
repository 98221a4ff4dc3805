"""Words that are a name's though another language spells its article or label the same:
"An" ending a Vietnamese, Chinese or Korean name ("Nguyễn Văn An", "Trần An")."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

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


def test_a_place_a_dash_and_the_sources_is_a_dateline_not_a_writer() -> None:
    # The agency among the sources is the byline's only writer, when desks are asked for.
    assert clean_name("Ljubljana - MMC RTV SLO, STA") == []
    assert clean_name("Ljubljana - MMC RTV SLO, STA", desks=True) == ["STA"]
    assert clean_name("Zagreb - Hina", desks=True) == ["Hina"]
    # A writer and the agency they write for stays the writer.
    assert clean_name("Jane Doe - Reuters") == ["Jane Doe"]

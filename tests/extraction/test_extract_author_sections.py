"""What stands where a byline would and is no writer: an author-classed list of the
writer's other posts (its heading names sections), a link to one of the site's sections
beside the date, and the account a CMS installs itself with."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Riadny text článku, ktorý pokračuje ešte dlho a dlho. " * 20 + "</p>"


def _page(menu: str, header: str, after: str = "", head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header>{menu}</header><main>{header}"
        f"<h1>Mestské zastupiteľstvo schválilo nový rozpočet</h1>{BODY}{after}</main>"
        "</body></html>"
    )


@pytest.mark.parametrize("account", ["Super User", "SuperUser", "super user", "Webmaster"])
def test_a_cms_default_account_is_no_person(account: str) -> None:
    assert clean_name(account) == []
    head = f"<meta name='author' content='{account}'>"
    html = _page("<a href='/'>Domov</a>", "", head=head)
    assert extract(html, "https://mesto.example/spravy/rozpocet").authors == ()


def test_a_person_beside_a_cms_account_is_kept() -> None:
    assert clean_name("Super User, Jana Nováková") == ["Jana Nováková"]

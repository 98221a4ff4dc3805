"""JSON-LD blocks as CMS templates break them: what is still read of them."""

from __future__ import annotations

from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dates.declared import declared_dates
from scrape.extraction.metadata import _clean_json, read_metadata


def _page(block: str) -> str:
    script = f'<script type="application/ld+json">{block}</script>'
    return f"<html><head>{script}</head><body></body></html>"


def _declared(block: str) -> list[datetime]:
    tree = LexborHTMLParser(_page(block))
    return declared_dates(read_metadata(tree), tree, None, None)


def test_commented_out_fields_are_skipped() -> None:
    block = """{
      "@type": "NewsArticle",
      "url": "https://news.example/a//b",
      // "author": {"@type": "Person", "name": ""},
      "datePublished": "2026-12-03T14:35:00+01:00", // Veröffentlichung
      "headline": "Neuer Plan"
    }"""
    data = _clean_json(block)
    assert data == {
        "@type": "NewsArticle",
        "url": "https://news.example/a//b",
        "datePublished": "2026-12-03T14:35:00+01:00",
        "headline": "Neuer Plan",
    }


def test_wrappers_of_old_templates_are_taken_off() -> None:
    for block in (
        '<![CDATA[ {"a": 1} ]]>',
        '//<![CDATA[\n{"a": 1}\n//]]>',
        '/*<![CDATA[*/{"a": 1}/*]]>*/',
        '<!-- {"a": 1} -->',
        '{"a": 1};',
        '<!-- {"a": 1}\n/* ]]> */\n-->;\n',
    ):
        assert _clean_json(block) == {"a": 1}, block


def test_an_indented_block_with_long_runs_of_spaces_is_read() -> None:
    gap = " " * 120
    block = "{" + gap + '"@type": "NewsArticle",' + gap + '"headline": "Plan",' + gap + "}" + gap
    assert _clean_json(block) == {"@type": "NewsArticle", "headline": "Plan"}


def test_objects_in_a_row_are_all_read() -> None:
    assert _clean_json('{"a": 1}\n{"b": 2}') == [{"a": 1}, {"b": 2}]
    assert _clean_json('{"a": 1},\n{"b": 2}') == [{"a": 1}, {"b": 2}]
    assert _clean_json('{"a": 1} trailing words') is None


def test_escapes_json_lacks_stand_for_their_character() -> None:
    assert _clean_json(r'{"d": "l\'adjoint", "e": "C:\\dir\\", "u": "https:\/\/x"}') == {
        "d": "l'adjoint",
        "e": "C:\\dir\\",
        "u": "https://x",
    }


def test_html_escaped_block_is_read() -> None:
    assert _clean_json("{&quot;a&quot;: &quot;b&quot;}") == {"a": "b"}


def test_unescaped_quotes_leave_the_articles_dates() -> None:
    block = """{"@type": "NewsArticle", "headline": "Er nannte ihn "unfähig"",
      "datePublished": "2026-12-03T14:35:00+01:00", "dateModified": "2026-12-04T09:10:00+01:00"}"""
    assert _declared(block) == [datetime.fromisoformat("2026-12-03T14:35:00+01:00")]
    tree = LexborHTMLParser(_page(block))
    assert (read_metadata(tree).ld_article or {}).get("dateModified") == "2026-12-04T09:10:00+01:00"


def test_a_broken_block_of_several_articles_gives_no_date() -> None:
    # Which of the articles is the page's own is not sure without the parsed graph.
    block = """[
      {"@type": "NewsArticle", "headline": "A "b"", "datePublished": "2026-12-03T14:35:00+01:00"},
      {"@type": "NewsArticle", "headline": "C", "datePublished": "2026-11-30T08:00:00+01:00"}
    ]"""
    assert _declared(block) == []
    block = """{"@type": "BreadcrumbList", "name": "A "b"",
      "datePublished": "2026-12-03T14:35:00+01:00"}"""
    assert _declared(block) == []


def test_a_typed_date_value_is_read() -> None:
    block = """{"@type": "NewsArticle", "headline": "Plan",
      "datePublished": {"@type": "DateTime", "@value": "2026-12-03T14:35:00+09:00"}}"""
    assert _declared(block) == [datetime.fromisoformat("2026-12-03T14:35:00+09:00")]

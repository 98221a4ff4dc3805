"""One decoder for fetch and extract: WHATWG's order and label table, and lying labels read.

Each case is checked three ways: :func:`decode_html` on the bytes and header, a real fetch
from 127.0.0.1 that sends those bytes with that Content-Type (``FetchedPage.text``), and
:func:`scrape.extract` on the bare bytes where the case needs no header.
"""

from __future__ import annotations

import asyncio
import codecs

import pytest
from faulty_servers import FaultyServer, fast_settings, respond

import scrape
from scrape.charset import decode_html, encoding_of, prescan
from scrape.fetch.fetcher import Fetcher

TEXT = "Zürich: the café’s “naïve” owner paid 5 € — déjà vu."
PARAGRAPHS = f"<p>{TEXT} It reopened on Monday after a long renovation, he said.</p>" * 5


def page(meta: str = "") -> str:
    return (
        f'<!doctype html><html lang="de"><head>{meta}<title>Café reopens</title></head>'
        f"<body><article><h1>Café reopens in Zürich</h1>{PARAGRAPHS}</article></body></html>"
    )


# (case, body bytes, Content-Type header, codec the bytes must be read with)
CASES = [
    (
        "utf-8 BOM beats a latin-1 header",
        codecs.BOM_UTF8 + page().encode(),
        "text/html; charset=iso-8859-1",
        "utf-8",
    ),
    ("utf-16le BOM", codecs.BOM_UTF16_LE + page().encode("utf-16-le"), "text/html", "utf-16-le"),
    (
        "utf-16be BOM beats a utf-8 meta",
        codecs.BOM_UTF16_BE + page('<meta charset="utf-8">').encode("utf-16-be"),
        "text/html",
        "utf-16-be",
    ),
    (
        "header beats meta",
        page('<meta charset="iso-8859-15">').encode("cp1252"),
        "text/html; charset=windows-1252",
        "cp1252",
    ),
    (
        "meta when the header names none",
        page('<meta charset="windows-1252">').encode("cp1252"),
        "text/html",
        "cp1252",
    ),
    (
        "http-equiv meta",
        page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode(
            "cp1252"
        ),
        "text/html",
        "cp1252",
    ),
    ("utf-16 meta on utf-8 bytes", page('<meta charset="utf-16">').encode(), "text/html", "utf-8"),
    ("utf-16le meta on utf-8 bytes", page('<meta charset="UTF-16LE">').encode(), "", "utf-8"),
    (
        "x-user-defined meta is windows-1252",
        page('<meta charset="x-user-defined">').encode("cp1252"),
        "text/html",
        "cp1252",
    ),
    (
        "latin1 label is windows-1252",
        page('<meta charset="latin1">').encode("cp1252"),
        "text/html",
        "cp1252",
    ),
    (
        "ascii header is windows-1252",
        page().encode("cp1252"),
        "text/html; charset=us-ascii",
        "cp1252",
    ),
    (
        "unknown header label falls to the meta",
        page('<meta charset="windows-1252">').encode("cp1252"),
        "text/html; charset=utf8mb4",
        "cp1252",
    ),
    (
        "unknown labels fall to detection",
        page('<meta charset="klingon">').encode(),
        "text/html; charset=nonsense",
        "utf-8",
    ),
    (
        "a meta inside a comment declares nothing",
        page('<!-- <meta charset="windows-1251"> --><meta charset="utf-8">').encode(),
        "text/html",
        "utf-8",
    ),
    (
        "lying header: utf-8 on windows-1252 bytes",
        page().encode("cp1252"),
        "text/html; charset=utf-8",
        "cp1252",
    ),
    (
        "lying header, honest meta",
        page('<meta charset="windows-1252">').encode("cp1252"),
        "text/html; charset=UTF-8",
        "cp1252",
    ),
    (
        "lying meta: iso-8859-1 on utf-8 bytes",
        page('<meta charset="iso-8859-1">').encode(),
        "text/html",
        "utf-8",
    ),
    (
        "lying header: windows-1252 on utf-8 bytes",
        page().encode(),
        "text/html; charset=windows-1252",
        "utf-8",
    ),
    ("utf-16 header on utf-8 bytes", page().encode(), "text/html; charset=utf-16", "utf-8"),
]
IDS = [case[0] for case in CASES]


@pytest.mark.parametrize(("case", "body", "content_type", "codec"), CASES, ids=IDS)
def test_the_codec_browsers_would_use_or_the_one_the_bytes_are_in(
    case: str, body: bytes, content_type: str, codec: str
) -> None:
    assert codecs.lookup(encoding_of(body, content_type)).name == codecs.lookup(codec).name
    assert TEXT in decode_html(body, content_type)


def test_a_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    body = page('<meta charset="utf-8">').encode().replace(b"</article>", b"\xa0ad</article>")
    assert encoding_of(body, "text/html; charset=utf-8") == "utf-8"
    assert TEXT in decode_html(body)


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<meta charset="koi8-r">', "koi8-r"),
        (b"<meta charset=shift_jis>", "cp932"),
        (b"<meta content='text/html; charset=euc-kr' http-equiv=content-type>", "cp949"),
        (b'<meta content="text/html; charset=gbk">', None),  # no http-equiv: not a pragma
        (b'<div title="<meta charset=koi8-r>"><meta charset="utf-8">', "utf-8"),
        (b'<meta charset="utf-8"><meta charset="koi8-r">', "utf-8"),  # the first counts
        (b'<meta charset="iso-2022-kr">', None),  # WHATWG "replacement": never decoded
        (b" " * 1024 + b'<meta charset="koi8-r">', None),  # past the prescan's window
    ],
)
def test_the_prescan(head: bytes, codec: str | None) -> None:
    assert prescan(head[:1024]) == codec


POLISH = "Dziesiątej rocznicy świętowali łódzcy kibice, źle oceniając żółte kartki."


@pytest.mark.parametrize(
    "before", ["<script>" + "var a = 1;" * 1000 + "</script>", "<style>p{}</style>" * 600]
)
def test_a_meta_in_the_head_past_the_prescan_window_counts(before: str) -> None:
    # Without it, these ISO-8859-2 bytes are detected as windows-1250 ("Dziesi±tej").
    html = (
        f'<html lang="pl"><head>{before}<meta charset="iso-8859-2"><title>Kibice</title></head>'
        f"<body><p>{POLISH}</p></body></html>"
    )
    body = html.encode("iso-8859-2")
    assert body.find(b"<meta") > 8192
    assert codecs.lookup(encoding_of(body)).name == "iso8859-2"
    assert POLISH in decode_html(body)


def fetched_text(body: bytes, content_type: str) -> str:
    async def run() -> str:
        async with Fetcher(fast_settings(timeout=2, deadline=5)) as fetcher:
            return (await fetcher.fetch(server.url("/page"))).text

    with FaultyServer(
        {"/page": respond(200, body, content_type=content_type)}, lifetime=20
    ) as server:  # type: ignore[arg-type]
        return asyncio.run(run())


@pytest.mark.parametrize(("case", "body", "content_type", "codec"), CASES, ids=IDS)
def test_fetched_pages_decode_the_same(
    case: str, body: bytes, content_type: str, codec: str
) -> None:
    assert TEXT in fetched_text(body, content_type or "text/html")


@pytest.mark.parametrize(
    ("case", "body", "content_type", "codec"),
    [case for case in CASES if not case[2].partition("charset=")[2]],
    ids=[case[0] for case in CASES if not case[2].partition("charset=")[2]],
)
def test_extract_reads_the_bytes_the_same(
    case: str, body: bytes, content_type: str, codec: str
) -> None:
    article = scrape.extract(body, url="https://news.example/2024/05/02/cafe-reopens/")
    assert article.title == "Café reopens in Zürich"
    assert TEXT in article.body

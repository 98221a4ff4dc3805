"""Hostile-input benchmark: how long extraction takes on pages built to be slow.

    python bench/bench_robust.py [--runs 3]

The tests prove these pages give a clear result; this times them (CPU seconds of this process,
best of ``--runs``), so a regression into a superlinear path shows as a figure. Each case is
also run at half size: a ratio near 2 between the full and the half size is linear, near 4
quadratic.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from scrape.errors import ExtractError
from scrape.extraction.extractor import extract
from scrape.extraction.title.site_names import drop_tail

PARAGRAPH = "<p>" + "A sentence of plain article text that goes on. " * 20 + "</p>\n"


def big_page(size: int) -> Callable[[], object]:
    html = "<html><body><article><h1>Big</h1>" + PARAGRAPH * (size // len(PARAGRAPH))
    return lambda: extract(html + "</article>")


def capitalised_tail(words: int) -> Callable[[], object]:
    title = "Word " * words + "| " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * (words // 20) + " y"
    return lambda: drop_tail(title)


def deep_nesting(levels: int) -> Callable[[], object]:
    html = "<div>" * levels + "deep" + "</div>" * levels

    def refused() -> object:
        try:
            return extract(html)
        except ExtractError as error:
            return error

    return refused


def never_closed_spans(count: int) -> Callable[[], object]:
    html = "<article>" + "<div><span>word </div>" * count + "</article>"
    return lambda: extract(html)


def listed_author_links(count: int) -> Callable[[], object]:
    card = '<li><div><a rel="author" href="/author/a/">A Writer</a></div></li>'
    html = "<article><h1>Headline</h1><p>Text.</p></article><ul>" + card * count + "</ul>"
    return lambda: extract(html)


def title_never_closed(teasers: int) -> Callable[[], object]:
    teaser = "<li><a href='/a'>Stadtrat beschließt Haushalt</a> | Politik - Region</li>"
    html = "<html><head><title>Der Stadtrat tagt | Zeitung</head><body><ul>" + teaser * teasers
    return lambda: extract(html + "</ul></body></html>")


def long_byline(lead_ins: int) -> Callable[[], object]:
    byline = "Alle Artikel von " * lead_ins + "Tanja Karrasch"
    html = f"<article><h1>Headline</h1><div class='byline'>{byline}</div>{PARAGRAPH}</article>"
    return lambda: extract(html)


def title_part_boxes(count: int, tag: str) -> Callable[[], object]:
    # No story text under any of them: every box spelling the title's first part is tried
    # as the headline and found heading nothing.
    part = "Tallinn opens its new harbour ferry terminal"
    head = f"<html><head><title>{part} | Põhjaranniku Leht</title></head><body>"
    html = head + f"<{tag}>{part}</{tag}>" * count + "</body></html>"
    return lambda: extract(html, "https://leht.example/a")


def indented_json_ld(fields: int) -> Callable[[], object]:
    # Pretty-printed by a template: every field after a long run of spaces.
    gap = "\n" + " " * 100
    body = ",".join(f'{gap}"field{n}": "value {n}"' for n in range(fields))
    block = '{"@type": "NewsArticle",' + body + gap + "}"
    html = f'<html><head><script type="application/ld+json">{block}</script></head><body>'
    return lambda: extract(html + f"<article><h1>Headline</h1>{PARAGRAPH}</article></body></html>")


CASES: dict[str, Callable[[int], Callable[[], object]]] = {
    "10 MB page": lambda half: big_page(10_000_000 // half),
    "capitalised title tail": lambda half: capitalised_tail(400 // half),
    "100,000 nested divs": lambda half: deep_nesting(100_000 // half),
    "20,000 spans never closed": lambda half: never_closed_spans(20_000 // half),
    "5,000 listed author links": lambda half: listed_author_links(5_000 // half),
    "<title> never closed": lambda half: title_never_closed(20_000 // half),
    "byline of 2,000 lead-ins": lambda half: long_byline(2_000 // half),
    "8,000 <h3>s of a title part": lambda half: title_part_boxes(8_000 // half, "h3"),
    "8,000 <div>s of a title part": lambda half: title_part_boxes(8_000 // half, "div"),
    "JSON-LD of 200 indented fields": lambda half: indented_json_ld(200 // half),
}


def best_cpu_seconds(work: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'case':<28}{'half size':>12}{'full size':>12}{'ratio':>8}   (CPU s, best of runs)")
    for name, build in CASES.items():
        half = best_cpu_seconds(build(2), args.runs)
        full = best_cpu_seconds(build(1), args.runs)
        ratio = full / half if half else float("nan")
        print(f"{name:<28}{half:>12.3f}{full:>12.3f}{ratio:>8.1f}")


if __name__ == "__main__":
    main()

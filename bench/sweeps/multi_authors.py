"""Bylines listing several writers, in English and German: links, spans, lists, roles in
the plural, a name in capitals before the agency, agencies unnamed after the writers."""

import warnings

from scrape import extract

warnings.simplefilter("ignore")
T = (
    "<p>"
    + "The council voted on Tuesday to extend the winter ferry service with two late crossings, after months of debate. "
    * 6
    + "</p>"
)
D = (
    "<p>"
    + "Der Stadtrat hat am Dienstag beschlossen, den Fährbetrieb im Winter zu verlängern, mit zwei späten Überfahrten. "
    * 6
    + "</p>"
)
cases = [
    (
        "en",
        "<div class='byline'>By <a href='/author/jane-doe'>Jane Doe</a> and <a href='/author/john-smith'>John Smith</a></div>",
        ["Jane Doe", "John Smith"],
    ),
    (
        "en",
        "<div class='byline'>By <a href='/author/jane-doe'>Jane Doe</a>, <a href='/author/john-smith'>John Smith</a> and <a href='/author/mary-major'>Mary Major</a></div>",
        ["Jane Doe", "John Smith", "Mary Major"],
    ),
    (
        "en",
        "<div class='byline'>By Jane Doe and John Smith, Staff Writers</div>",
        ["Jane Doe", "John Smith"],
    ),
    ("en", "<div class='byline'>By JANE DOE / The Associated Press</div>", ["JANE DOE"]),
    (
        "en",
        "<div class='byline'>Jane Doe, John Smith and Mary Major | The Washington Post</div>",
        ["Jane Doe", "John Smith", "Mary Major"],
    ),
    ("en", "<p class='author'>Written by Jane Doe</p>", ["Jane Doe"]),
    ("en", "<p class='credit'>Words by Jane Doe</p>", ["Jane Doe"]),
    (
        "en",
        "<div class='byline'><span class='author'><a href='/people/jane-doe'>Jane Doe</a></span><span class='role'>Senior Reporter</span></div>",
        ["Jane Doe"],
    ),
    (
        "en",
        "<div class='byline'><img src='/jd.jpg' alt='Jane Doe'><span>By Jane Doe</span><time datetime='2026-12-03'>Dec 3, 2026</time></div>",
        ["Jane Doe"],
    ),
    (
        "en",
        "<div class='byline'>By <span class='author'>Jane Doe</span> &amp; <span class='author'>John Smith</span></div>",
        ["Jane Doe", "John Smith"],
    ),
    (
        "en",
        "<ul class='authors'><li><a href='/author/jane-doe'>Jane Doe</a></li><li><a href='/author/john-smith'>John Smith</a></li></ul>",
        ["Jane Doe", "John Smith"],
    ),
    (
        "en",
        "<div class='byline'>By Jane Doe and John Smith<br>Updated 10:15 AM EST, Fri December 4, 2026</div>",
        ["Jane Doe", "John Smith"],
    ),
    (
        "de",
        "<div class='byline'>Von <a href='/autor/anna-roth'>Anna Roth</a> und <a href='/autor/max-weber'>Max Weber</a></div>",
        ["Anna Roth", "Max Weber"],
    ),
    (
        "de",
        "<div class='authors'><a rel='author' href='/autor/anna-roth'>Anna Roth</a>, <a rel='author' href='/autor/max-weber'>Max Weber</a> und <a rel='author' href='/autor/jan-koch'>Jan Koch</a></div>",
        ["Anna Roth", "Max Weber", "Jan Koch"],
    ),
    (
        "de",
        "<div class='author'><span class='author-name'>Anna Roth</span><span class='author-role'>Redakteurin Politik</span></div>",
        ["Anna Roth"],
    ),
    (
        "de",
        "<p class='article-author'>Ein Kommentar von <strong>Anna Roth</strong>, Berlin</p>",
        ["Anna Roth"],
    ),
    (
        "de",
        "<div class='byline'>Von Anna Roth, Max Weber und Jan Koch</div>",
        ["Anna Roth", "Max Weber", "Jan Koch"],
    ),
    (
        "de",
        "<div class='byline'>Anna Roth, Max Weber, Jan Koch</div>",
        ["Anna Roth", "Max Weber", "Jan Koch"],
    ),
    (
        "de",
        "<div class='byline'>Von Anna Roth und Max Weber | 03.12.2026, 14:35 Uhr</div>",
        ["Anna Roth", "Max Weber"],
    ),
    (
        "de",
        "<div class='article-header__author'><a href='/autor/anna-roth'><img src='/ar.jpg' alt='Foto von Anna Roth'></a><div>Von <a href='/autor/anna-roth'>Anna Roth</a></div></div>",
        ["Anna Roth"],
    ),
    (
        "de",
        "<div class='meta'><span>Von</span> <a href='/autoren/anna-roth'>Anna Roth</a> <span>·</span> <time datetime='2026-12-03'>03.12.2026</time></div>",
        ["Anna Roth"],
    ),
    ("de", "<div class='byline'>Von Anna Roth (Text) und Max Weber (Fotos)</div>", ["Anna Roth"]),
    ("de", "<div class='byline'>Text: Anna Roth, Fotos: Max Weber</div>", ["Anna Roth"]),
    ("de", "<div class='byline'>Von unserer Redakteurin Anna Roth</div>", ["Anna Roth"]),
    ("de", "<div class='byline'>Von Anna Roth und Agenturen</div>", ["Anna Roth"]),
    ("de", "<div class='byline'>Von Anna Roth mit Material von dpa und AFP</div>", ["Anna Roth"]),
]
bad = 0
for lang, by, want in cases:
    body = T if lang == "en" else D
    html = f"<html lang='{lang}'><head><title>Ferry | Kurier</title></head><body><header class='site-header'><a href='/'>Kurier</a></header><main><article><h1>Ferry service extended into winter</h1>{by}{body}</article></main></body></html>"
    got = list(extract(html, "https://www.kurier.example/lokales/faehre-123.html").authors)
    if got != want:
        bad += 1
        print(f"{by[:90]:90} want {want} got {got}")
print("bad", bad)

"""Dates as German, Austrian and Swiss papers print them: numeric and written days with
their weekdays and times, two-digit years, the Swiss clock, "Stand:", "Erschienen am",
"Lesedauer"; relative days; and the traps: comments' dates, a live ticker's stamp in the
sidebar."""

import warnings
from datetime import UTC, datetime

from scrape import extract

warnings.simplefilter("ignore")
FETCH = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
P = (
    "<p>"
    + "Der Stadtrat hat am Dienstag beschlossen, den Fährbetrieb im Winter zu verlängern, mit zwei späten Überfahrten. "
    * 6
    + "</p>"
)
H = "<h1>Fähre fährt länger</h1>"


def art(meta, after=""):
    return f"<main><article>{H}{meta}{P}</article>{after}</main>"


cases = [
    ("numeric with Uhr", art("<div class='meta'>03.12.2026, 14:35 Uhr</div>"), "2026-12-03"),
    ("Stand", art("<div class='meta'>Stand: 03.12.2026 14:35 Uhr</div>"), "2026-12-03"),
    (
        "Veröffentlicht | Lesedauer",
        art("<div class='meta'>Veröffentlicht am 03.12.2026 | Lesedauer: 3 Minuten</div>"),
        "2026-12-03",
    ),
    (
        "written day with time",
        art("<div class='meta'>3. Dezember 2026, 14:35 Uhr</div>"),
        "2026-12-03",
    ),
    ("weekday abbrev", art("<div class='meta'>Do., 03.12.2026, 14:35</div>"), "2026-12-03"),
    ("weekday written", art("<div class='meta'>Donnerstag, 03. Dezember 2026</div>"), "2026-12-03"),
    ("two-digit year", art("<div class='meta'>03.12.26</div>"), "2026-12-03"),
    (
        "Erstmals veröffentlicht after Aktualisiert",
        art(
            "<div class='meta'>Aktualisiert: 04.12.2026, 10:15 Uhr<br>Erstmals veröffentlicht: 03.12.2026, 08:00 Uhr</div>"
        ),
        "2026-12-03",
    ),
    ("Erschienen am", art("<div class='meta'>Erschienen am 03.12.2026</div>"), "2026-12-03"),
    ("abbrev month with dot", art("<div class='meta'>03. Dez. 2026</div>"), "2026-12-03"),
    ("abbrev month no dot", art("<div class='meta'>3. Dez 2026</div>"), "2026-12-03"),
    ("Austrian um", art("<div class='meta'>03.12.2026 um 14:35</div>"), "2026-12-03"),
    ("Austrian Jänner", art("<div class='meta'>3. Jänner 2026</div>"), "2026-01-03"),
    ("Swiss clock", art("<div class='meta'>03.12.2026, 14.35 Uhr</div>"), "2026-12-03"),
    ("weekday short no comma", art("<div class='meta'>Mi 3.12.2026</div>"), "2026-12-03"),
    (
        "time element with relative text",
        art("<time datetime='2026-12-03T14:35:00+01:00'>vor 2 Tagen</time>"),
        "2026-12-03",
    ),
    ("url date only", art(""), "2026-12-03"),
    (
        "comment date after",
        art(
            "<div class='meta'>03.12.2026</div>",
            "<section id='comments'><div class='comment'><span>Kommentar vom 01.12.2026</span><p>Endlich!</p></div></section>",
        ),
        "2026-12-03",
    ),
    ("event day ahead in text", art("<div class='meta'>03.12.2026</div>", ""), "2026-12-03"),
    (
        "ticker in sidebar",
        art(
            "<div class='meta'>03.12.2026</div>",
            "<aside class='sidebar'><div class='ticker'>Zuletzt aktualisiert: 05.12.2026, 08:55 Uhr</div></aside>",
        ),
        "2026-12-03",
    ),
    (
        "ticker in sidebar before",
        "<aside class='sidebar'><div class='ticker'>Zuletzt aktualisiert: 05.12.2026, 08:55 Uhr</div></aside>"
        + art("<div class='meta'>03.12.2026</div>"),
        "2026-12-03",
    ),
    ("Heute with time", art("<div class='meta'>Heute, 08:35 Uhr</div>"), "2026-12-05"),
    ("Gestern with time", art("<div class='meta'>Gestern, 18:00 Uhr</div>"), "2026-12-04"),
]
bad = 0
for name, body, want in cases:
    url = (
        "https://www.kurier.example/lokales/2026/12/03/faehre-123.html"
        if name == "url date only"
        else "https://www.kurier.example/lokales/faehre-123.html"
    )
    html = f"<html lang='de'><head><title>Fähre | Kurier</title></head><body>{body}</body></html>"
    a = extract(html, url, fetched_at=FETCH)
    got = a.published.date().isoformat() if a.published else None
    if got != want:
        bad += 1
        print(f"{name:45} want {want} got {got}")
print("bad", bad)

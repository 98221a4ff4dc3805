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
cases = [
    (
        "today in header, Stand under headline",
        "<header><div class='date'>Samstag, 5. Dezember 2026</div></header><main><article><h1>Fähre fährt länger</h1><p class='meta'>Stand: 03.12.2026 14:35 Uhr</p>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    (
        "today in top bar plain div",
        "<div>Samstag, 05.12.2026</div><main><article><h1>Fähre fährt länger</h1><div>Veröffentlicht am 2. Dezember 2026</div>"
        + P
        + "</article></main>",
        "2026-12-02",
    ),
    (
        "Erstellt / Aktualisiert",
        "<main><article><h1>Fähre fährt länger</h1><div class='meta'>Erstellt: 01.12.2026, 08:00 Uhr · Aktualisiert: 04.12.2026, 10:00 Uhr</div>"
        + P
        + "</article></main>",
        "2026-12-01",
    ),
    (
        "Aktualisiert first",
        "<main><article><h1>Fähre fährt länger</h1><div class='meta'>Aktualisiert am 04.12.2026 · Erstveröffentlichung am 01.12.2026</div>"
        + P
        + "</article></main>",
        "2026-12-01",
    ),
    (
        "vor 3 Stunden",
        "<main><article><h1>Fähre fährt länger</h1><div class='meta'>vor 3 Stunden</div>"
        + P
        + "</article></main>",
        "2026-12-05",
    ),
    (
        "date in text only",
        "<main><article><h1>Fähre fährt länger</h1><p>Am 28. April 2025 begann der Betrieb.</p>"
        + P
        + "</article></main>",
        None,
    ),
    (
        "english today bar",
        "<div class='topbar'>Saturday, December 5, 2026</div><main><article><h1>Ferry extended</h1><p class='byline'>By Jane Doe | December 2, 2026</p>"
        + P
        + "</article></main>",
        "2026-12-02",
    ),
    (
        "related card date before",
        "<main><article><h1>Fähre fährt länger</h1><div class='meta'>03.12.2026</div>"
        + P
        + "</article><aside class='related'><article><a href='/x'>Andere Meldung über etwas</a><time datetime='2026-11-20'>20.11.2026</time></article></aside></main>",
        "2026-12-03",
    ),
]
bad = 0
for name, body, want in cases:
    html = f"<html lang='de'><head><title>Fähre | Kurier</title></head><body>{body}</body></html>"
    a = extract(html, "https://www.kurier.example/lokales/faehre-123.html", fetched_at=FETCH)
    got = a.published.date().isoformat() if a.published else None
    if got != want:
        bad += 1
        print(f"{name:40} want {want} got {got}")
print("bad", bad)

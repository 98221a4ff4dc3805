import warnings

from scrape import extract

warnings.simplefilter("ignore")
TEXT = "Der Stadtrat hat am Dienstag beschlossen, den Fährbetrieb im Winter zu verlängern, mit zwei späten Überfahrten an Werktagen. "
cases = [
    ("Aus Washington berichtet Anna Roth", ["Anna Roth"]),
    ("Eine Analyse von Anna Roth", ["Anna Roth"]),
    ("Ein Interview von Anna Roth und Max Weber", ["Anna Roth", "Max Weber"]),
    (
        "Interview: Anna Roth",
        ["Anna Roth"],
    ),  # in a plain element: not read (a repost's interviewer)
    ("Quelle: ZEIT ONLINE, dpa, AFP, mk", ["dpa", "AFP"]),
    ("Quelle: ntv.de, mau/dpa", ["dpa"]),
    ("Quelle: ntv.de, Anna Roth", ["Anna Roth"]),
    ("Von Anna Roth, ARD-Studio Washington", ["Anna Roth"]),
    ("Von Anna Roth, Berlin", ["Anna Roth"]),
    ("Von t-online, dpa, ank", ["dpa"]),
    ("RND/dpa", ["dpa"]),
    ("stern.de/dpa", ["dpa"]),
    ("red, ORF.at/Agenturen", []),
    ("Anna Roth aus Washington", ["Anna Roth"]),
    ("Von Anna Roth und Max Weber, Brüssel", ["Anna Roth", "Max Weber"]),
    ("Ein Gastbeitrag von Anna Roth", ["Anna Roth"]),
    ("Ein Kommentar von Anna Roth", ["Anna Roth"]),
    ("Eine Glosse von Anna Roth", ["Anna Roth"]),
    ("Eine Reportage von Anna Roth und Max Weber (Fotos)", ["Anna Roth"]),
    ("Von Anna Roth | 03.12.2026, 14:35 Uhr", ["Anna Roth"]),
    ("Anna Roth | 03.12.2026, 14:35 Uhr", ["Anna Roth"]),
    ("Erstellt: 03.12.2026, 14:35 Uhr Von: Anna Roth", ["Anna Roth"]),
    ("Von: Anna Roth", ["Anna Roth"]),
    ("Text: Anna Roth · Fotos: Max Weber", ["Anna Roth"]),
    ("dpa/lno", ["dpa"]),
    ("AFP/dpa/jk", ["AFP", "dpa"]),
    ("Anna Roth (mit dpa)", ["Anna Roth"]),
    ("Von unserem Korrespondenten Max Weber", ["Max Weber"]),
    ("Autorin: Anna Roth, Redakteurin Wirtschaft", ["Anna Roth"]),
    ("Zusammengestellt von Anna Roth", ["Anna Roth"]),
    ("Recherche: Anna Roth, Max Weber", []),
    ("Text: Anna Roth, Recherche: Max Weber", ["Anna Roth"]),
]
bad = 0
for line, want in cases:
    body = "<p>" + TEXT * 8 + "</p>"
    for shape in (
        "<p class='byline'>{}</p>",
        "<div class='article-meta'><span>{}</span></div>",
        "<div><span>{}</span></div>",
    ):
        html = f"<html lang='de'><head><title>Fähre | Kurier</title></head><body><header class='site-header'><a href='/'>Kurier</a></header><main><article><h1>Fähre fährt länger</h1>{shape.format(line)}{body}</article></main></body></html>"
        got = list(extract(html, "https://www.kurier.example/lokales/faehre-123.html").authors)
        if got != want:
            bad += 1
            print(f"{shape[:12]:12} {line:50} want {want} got {got}")
print("bad", bad)

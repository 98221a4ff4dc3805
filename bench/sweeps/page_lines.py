"""Lines German and English article pages leave between or after paragraphs: pagination,
galleries, share bars, ad labels, reading times, feedback calls, credits; and sentences of
a story that use the same words, which stay."""

import warnings

from scrape import extract

warnings.simplefilter("ignore")
DE = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen Straßenbahnlinie beschlossen, die den Norden der Stadt mit dem Hauptbahnhof verbinden soll.",
    "Die Kosten für das Projekt werden auf rund 180 Millionen Euro geschätzt; ein großer Teil soll aus Fördermitteln des Bundes und des Landes kommen.",
    "Die Bauarbeiten sollen im Frühjahr 2026 beginnen und etwa vier Jahre dauern. Während dieser Zeit müssen Autofahrer mit Umleitungen rechnen.",
    "Bürgerinitiativen hatten sich lange für die Linie eingesetzt; sie erwarten, dass viele Pendler vom Auto auf die Bahn umsteigen werden.",
]
EN = [
    "The city council voted on Tuesday night by a wide margin to build a new tram line linking the north of the city with the main station.",
    "The project is expected to cost about 180 million euros, much of it from federal and state grants, officials said after the vote.",
    "Construction is due to start in spring 2026 and to take about four years, during which drivers will face diversions across the north.",
    "Residents' groups had campaigned for the line for years and expect many commuters to leave their cars at home once it opens.",
]
JUNK_DE = [
    "Seite 1 von 2",
    "Weiter auf Seite 2",
    "Nächste Seite",
    "Zur Bildergalerie",
    "Bildergalerie ansehen",
    "Foto: Max Mustermann/dpa",
    "Bild: imago images/Future Image",
    "Anzeige",
    "- Anzeige -",
    "Alle Rechte vorbehalten.",
    "Zurück zur Übersicht",
    "Zur Merkliste hinzufügen",
    "Merken",
    "Drucken",
    "Teilen",
    "Kommentare",
    "Auch interessant:",
    "Lesezeit: 3 Minuten",
    "3 Min. Lesezeit",
    "Link kopiert",
    "Zum Artikel",
    "Haben Sie Fragen oder Anregungen? Schreiben Sie uns!",
    "Diskutieren Sie mit.",
    "Feedback an die Redaktion",
    "Mehr zum Thema:",
]
JUNK_EN = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Article continues below",
    "Sign up for our newsletter",
    "Subscribe now",
    "Share this article",
    "Share on Facebook",
    "Tweet",
    "Email",
    "Copy link",
    "Image: Getty Images",
    "Photo: AP",
    "(AP Photo/John Smith)",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Sign up here.",
    "Most Read",
    "Trending",
    "Click to enlarge",
    "Page 1 of 2",
    "Next page",
    "Comments",
    "Leave a comment",
    "Join the conversation",
    "Follow Jane Doe on Twitter @janedoe",
    "Contact the author at jane@example.com",
    "We want to hear from you. Email us at tips@example.com",
    "Related: Tram fares to rise next year",
    "READ MORE: Tram fares to rise next year",
]
KEEP_DE = [
    "Die Seite 1 der Zeitung war der Bahn gewidmet, sagte der Sprecher.",
    "Teilen wollen die Städte die Kosten nicht.",
]
KEEP_EN = [
    "Page 1 of the plan shows the route through the old town, the mayor said.",
    "Comments from residents were mostly positive, the council said.",
]
bad = 0
for lang, story, junk, keep in (("de", DE, JUNK_DE, KEEP_DE), ("en", EN, JUNK_EN, KEEP_EN)):
    for where in ("mid", "end"):
        for line in junk + keep:
            blocks = [*story[:2], line, *story[2:]] if where == "mid" else [*story, line]
            body = "".join(f"<p>{b}</p>" for b in blocks)
            html = f"<html lang='{lang}'><head><title>Tram | Kurier</title></head><body><main><article><h1>Neue Straßenbahnlinie beschlossen</h1>{body}</article></main></body></html>"
            out = extract(html, "https://www.kurier.example/lokales/bahn-123.html").body
            kept = line in out.split("\n")
            if kept != (line in keep):
                bad += 1
                print(lang, where, "KEPT " if kept else "LOST ", line)
print("bad", bad)

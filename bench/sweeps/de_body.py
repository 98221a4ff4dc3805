import warnings

from scrape import extract

warnings.simplefilter("ignore")
S = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen Straßenbahnlinie beschlossen, die den Norden der Stadt mit dem Hauptbahnhof verbinden soll.",
    "Die Kosten für das Projekt werden auf rund 180 Millionen Euro geschätzt; ein großer Teil soll aus Fördermitteln des Bundes und des Landes kommen.",
    "Die Bauarbeiten sollen im Frühjahr 2026 beginnen und etwa vier Jahre dauern. Während dieser Zeit müssen Autofahrer mit Umleitungen rechnen.",
    "Bürgerinitiativen hatten sich lange für die Linie eingesetzt; sie erwarten, dass viele Pendler vom Auto auf die Bahn umsteigen werden.",
]
lines = [
    "Weiterlesen nach der Anzeige",
    "Empfohlener externer Inhalt",
    "Externen Inhalt anzeigen",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.",
    "Zur Startseite",
    "Artikel teilen",
    "Hören Sie hier den Artikel",
    "Dieser Artikel erschien zuerst bei der Süddeutschen Zeitung.",
    "© dpa-infocom, dpa:231203-99-123456/3",
    "Jetzt kommentieren",
    "Teilen Sie Ihre Meinung mit uns!",
    "Mehr lesen",
    "Lesen Sie auch: Straßenbahn in Nachbarstadt wird teurer",
    "Das könnte Sie auch interessieren:",
    "Dieser Text wurde mit Hilfe von KI erstellt und redaktionell geprüft.",
    "Mehr Nachrichten aus der Region finden Sie hier.",
    "Sie wollen keine Nachrichten mehr verpassen? Abonnieren Sie unseren Newsletter.",
    "Zum Newsletter anmelden",
    "Dieser Inhalt ist nur für Abonnenten verfügbar.",
    "Bitte aktivieren Sie JavaScript, um diesen Inhalt zu sehen.",
    "Mit Material von dpa",
    "Wir haben ein Foto der Anlage angefügt.",
]
for where in ("mid", "end"):
    for line in lines:
        blocks = [*S[:2], line, *S[2:]] if where == "mid" else [*S, line]
        body = "".join(f"<p>{b}</p>" for b in blocks)
        html = f"<html lang='de'><head><title>Straßenbahn | Kurier</title></head><body><main><article><h1>Neue Straßenbahnlinie beschlossen</h1>{body}</article></main></body></html>"
        out = extract(html, "https://www.kurier.example/lokales/bahn-123.html").body
        kept = line in out
        want_kept = line.startswith("Wir haben")
        if kept != want_kept:
            print(where, "KEPT " if kept else "LOST ", line)

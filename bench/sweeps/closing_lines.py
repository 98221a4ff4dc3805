"""The lines that close a story's text as pages print them, in five languages: the writer's
signature and the stamp that dates the text go (the writer is the author, the day the
publication's); a last sentence naming the writer or holding a date, an agency's source
credit and a note on where the piece first appeared stay. Whole extraction, <p> and <div>."""

import warnings

from scrape import extract

warnings.simplefilter("ignore")

PARAGRAPH = {
    "de": "Der Stadtrat hat am Dienstag die neue Straßenbahnlinie nach langer Debatte beschlossen",
    "en": "The city council voted on Tuesday to extend the harbour ferry through the winter",
    "fr": "Le conseil municipal a voté mardi la prolongation du bac du port pendant l'hiver",
    "es": "El ayuntamiento aprobó el martes ampliar el servicio de ferry del puerto en invierno",
    "it": "Il consiglio comunale ha approvato martedì il prolungamento del traghetto in inverno",
}
# (language, closing line, whether it stays in the body)
cases = [
    ("de", "Von Anna Roth", False),
    ("de", "Text: Anna Roth", False),
    ("de", "Autorin: Anna Roth", False),
    ("de", "Ein Kommentar von Anna Roth", False),
    ("de", "Stand: 05.11.2024, 14:35 Uhr", False),
    ("de", "Erstellt am: 01.11.2024", False),
    ("de", "Zuletzt aktualisiert: 05.11.2024", False),
    ("de", "Das sagte Anna Roth am Dienstag.", True),
    ("de", "Die Frist endet am 31. Dezember 2024.", True),
    ("de", "Dieser Artikel erschien zuerst im Stadtanzeiger.", True),
    ("en", "By Anna Roth", False),
    ("en", "Written by Anna Roth", False),
    ("en", "Last updated on November 5, 2024", False),
    ("en", "Published: 5 November 2024 at 2:35 pm", False),
    ("en", "Anna Roth contributed reporting from the harbour.", True),
    ("en", "Updated figures will be published on 5 November 2024 by the council.", True),
    ("fr", "Par Anna Roth", False),
    ("fr", "Publié le 5 novembre 2024 à 14h35", False),
    ("fr", "Mis à jour le 5 novembre 2024", False),
    ("es", "Por Anna Roth", False),
    ("es", "Publicado el 5 de noviembre de 2024", False),
    ("es", "Actualizado: 05/11/2024 14:35", False),
    ("it", "Di Anna Roth", False),
    ("it", "Pubblicato il 5 novembre 2024", False),
]
bad = 0
for lang, line, stays in cases:
    body = "".join(f"<p>{PARAGRAPH[lang]}, {i + 1}.</p>" for i in range(6))
    for shape in ("<p>{}</p>", "<div class='note'>{}</div>"):
        html = (
            f"<html lang='{lang}'><head><title>Headline | Stadtanzeiger</title>"
            "<meta property='article:published_time' content='2024-11-05T14:35:00+01:00'>"
            "<meta name='author' content='Anna Roth'></head><body><article><h1>Headline</h1>"
            f"{body}{shape.format(line)}</article></body></html>"
        )
        article = extract(html, "https://www.stadtanzeiger.example/lokales/linie-123.html")
        kept = article.body.rstrip().endswith(line)
        if kept != stays or list(article.authors) != ["Anna Roth"]:
            bad += 1
            print(f"{lang} {shape[:6]:6} {line:60} {'KEPT' if kept else 'gone'} {article.authors}")
print("bad", bad)

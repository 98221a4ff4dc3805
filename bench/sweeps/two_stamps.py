import warnings

from scrape import extract

warnings.simplefilter("ignore")

body = (
    "<p>"
    + "The city council voted on Tuesday to extend the harbour ferry service through the winter, adding two late crossings. "
    * 8
    + "</p>"
)
lines = [
    ("fr", "Publié le 05 février 2024 à 14h35, modifié le 06 février 2024 à 10h00"),
    ("fr", "Mis à jour le 06 février 2024 à 10h00 · Publié le 05 février 2024 à 14h35"),
    ("de", "Aktualisiert am 06.02.2024, 10:00 Uhr | Erstellt am 05.02.2024, 14:35 Uhr"),
    ("de", "05.02.2024, 14:35 Uhr (aktualisiert: 06.02.2024, 10:00 Uhr)"),
    ("es", "Actualizado: 06/02/2024 10:00 | Publicado: 05/02/2024 14:35"),
    ("it", "Aggiornato il 6 febbraio 2024 alle 10:00 - Pubblicato il 5 febbraio 2024"),
    ("pt", "Atualizado em 6 fev 2024 às 10h00 | Publicado em 5 fev 2024 às 14h35"),
    ("en", "Updated Feb 6, 2024 at 10:00 a.m. | Originally published Feb 5, 2024"),
    ("en", "Published February 5, 2024 • Last updated February 6, 2024"),
    ("nl", "Gepubliceerd: 5 februari 2024 14:35 | Laatste update: 6 februari 2024 10:00"),
    ("pl", "Aktualizacja: 06.02.2024 10:00 Publikacja: 05.02.2024 14:35"),
    ("ru", "Опубликовано: 5 февраля 2024, 14:35 Обновлено: 6 февраля 2024, 10:00"),
    ("sv", "Uppdaterad 6 februari 2024 10.00 Publicerad 5 februari 2024 14.35"),
    ("tr", "Güncelleme: 06.02.2024 10:00 Yayınlanma: 05.02.2024 14:35"),
    ("ja", "更新日：2024年2月6日 公開日：2024年2月5日"),
    ("ko", "수정 2024.02.06 10:00 입력 2024.02.05 14:35"),
    ("zh", "更新时间：2024-02-06 10:00 发布时间：2024-02-05 14:35"),
]
bad = 0
for lang, line in lines:
    html = f"<html lang='{lang}'><head><title>Ferry</title></head><body><main><article><h1>Ferry service extended</h1><p class='meta'>{line}</p>{body}</article></main></body></html>"
    a = extract(html, "https://www.harbourpost.example/local/ferry-123.html")
    got = str(a.published)[:10] if a.published else None
    if got != "2024-02-05":
        bad += 1
        print(lang, line, "->", a.published, a.modified)
print("bad", bad)

import warnings

from scrape import extract

warnings.simplefilter("ignore")
texts = {
    "fr": "Le conseil municipal a voté mardi la prolongation du service de ferry pendant l'hiver, avec deux traversées tardives en semaine. ",
    "es": "El ayuntamiento aprobó el martes ampliar el servicio de ferry durante el invierno, con dos cruces nocturnos entre semana. ",
    "it": "Il consiglio comunale ha approvato martedì il prolungamento del servizio di traghetti per tutto l'inverno, con due corse serali. ",
    "pt": "A câmara municipal aprovou na terça-feira a extensão do serviço de balsa durante o inverno, com duas travessias noturnas. ",
}
cases = [
    (
        "fr",
        "Par Jean Dupont Publié le 03/12/2026 à 14h35, mis à jour le 03/12/2026 à 15h00",
        ["Jean Dupont"],
    ),
    ("fr", "Par Jean Dupont Mis à jour le 03/12/2026 à 15h00", ["Jean Dupont"]),
    ("fr", "Jean Dupont, à Bruxelles", ["Jean Dupont"]),
    ("fr", "Par la rédaction", []),
    ("fr", "Par AFP", ["AFP"]),
    ("fr", "Par Jean Dupont et Marie Martin (à Lyon)", ["Jean Dupont", "Marie Martin"]),
    ("fr", "Par Jean Dupont, journaliste", ["Jean Dupont"]),
    ("fr", "Jean Dupont, pour Le Monde", ["Jean Dupont"]),
    ("es", "Juan Pérez Madrid - 03 dic 2026 - 14:35 CET", ["Juan Pérez"]),
    ("es", "Redacción / EFE", ["EFE"]),
    ("es", "EFE | Madrid", ["EFE"]),
    ("es", "Por Juan Pérez - Corresponsal", ["Juan Pérez"]),
    ("es", "Europa Press", ["Europa Press"]),
    ("es", "Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("es", "Juan Pérez | Actualizado: 03/12/2026 14:35", ["Juan Pérez"]),
    ("es", "Por Juan Pérez, enviado especial", ["Juan Pérez"]),
    ("it", "A cura di Mario Rossi", ["Mario Rossi"]),
    ("it", "di Mario Rossi 3 dicembre 2026", ["Mario Rossi"]),
    ("it", "di Redazione", ["Redazione"]),
    ("it", "Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
    ("it", "di Mario Rossi, nostro inviato a Kiev", ["Mario Rossi"]),
    ("pt", "Por João Silva 03/12/2026 14h35", ["João Silva"]),
    ("pt", "Por Agência Brasil", ["Agência Brasil"]),
    ("pt", "Por João Silva, do g1 — São Paulo", ["João Silva"]),
    ("pt", "Por João Silva e Maria Souza", ["João Silva", "Maria Souza"]),
    ("pt", "Por Redação", ["Redação"]),
]
bad = 0
for lang, line, want in cases:
    body = "<p>" + texts[lang] * 8 + "</p>"
    for shape in ("<p class='byline'>{}</p>", "<div class='article-meta'><span>{}</span></div>"):
        html = f"<html lang='{lang}'><head><title>Ferry | Gazette</title></head><body><header class='site-header'><a href='/'>Gazette</a></header><main><article><h1>Ferry prolongé</h1>{shape.format(line)}{body}</article></main></body></html>"
        got = list(extract(html, "https://www.gazette.example/local/ferry-123.html").authors)
        if got != want:
            bad += 1
            print(f"{shape[:12]:12} {lang} {line:60} want {want} got {got}")
print("bad", bad)

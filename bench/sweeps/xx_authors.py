import warnings

from scrape import extract

warnings.simplefilter("ignore")

texts = {
    "fr": "Le conseil municipal a voté mardi la prolongation du service de ferry pendant l'hiver, avec deux traversées tardives en semaine. ",
    "es": "El ayuntamiento aprobó el martes ampliar el servicio de ferry durante el invierno, con dos cruces nocturnos entre semana. ",
    "it": "Il consiglio comunale ha approvato martedì il prolungamento del servizio di traghetti per tutto l'inverno, con due corse serali. ",
    "pt": "A câmara municipal aprovou na terça-feira a extensão do serviço de balsa durante o inverno, com duas travessias noturnas. ",
    "nl": "De gemeenteraad heeft dinsdag besloten de veerdienst in de winter te verlengen, met twee late overtochten op weekdagen. ",
    "pl": "Rada miasta zdecydowała we wtorek o przedłużeniu kursów promu na zimę, z dwoma późnymi przeprawami w dni robocze. ",
    "sv": "Kommunfullmäktige beslutade i tisdags att förlänga färjetrafiken under vintern, med två sena turer på vardagar. ",
}
cases = [
    ("fr", "Par Jean Dupont, envoyé spécial à Kiev", ["Jean Dupont"]),
    ("fr", "Jean Dupont, correspondant à Bruxelles", ["Jean Dupont"]),
    ("fr", "Par Jean Dupont et Marie Martin", ["Jean Dupont", "Marie Martin"]),
    ("fr", "Jean Dupont avec AFP", ["Jean Dupont"]),
    ("fr", "Le Monde avec AFP", ["AFP"]),
    ("fr", "Par Le Figaro avec AFP", ["AFP"]),
    ("fr", "Publié le 05/02/2024 à 14h35 · Jean Dupont", ["Jean Dupont"]),
    ("es", "Por Juan Pérez | EFE", ["Juan Pérez"]),
    ("es", "Juan Pérez | Madrid", ["Juan Pérez"]),
    ("es", "Juan Pérez, corresponsal en Bruselas", ["Juan Pérez"]),
    ("es", "Redacción", []),
    ("es", "Agencia EFE", ["EFE"]),
    ("it", "di Mario Rossi", ["Mario Rossi"]),
    ("it", "Mario Rossi, inviato a Kiev", ["Mario Rossi"]),
    ("it", "Redazione ANSA", ["ANSA"]),
    ("pt", "Por João Silva, da Reuters", ["João Silva"]),
    ("pt", "João Silva, correspondente em Lisboa", ["João Silva"]),
    ("nl", "Door Jan de Vries", ["Jan de Vries"]),
    ("nl", "Jan de Vries, correspondent in Brussel", ["Jan de Vries"]),
    ("nl", "ANP", ["ANP"]),
    ("pl", "Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("pl", "Jan Kowalski, PAP", ["Jan Kowalski"]),
    ("pl", "oprac. Jan Kowalski", ["Jan Kowalski"]),
    ("sv", "Av Anna Svensson", ["Anna Svensson"]),
    ("sv", "Anna Svensson/TT", ["Anna Svensson"]),
    ("sv", "TT", ["TT"]),
]
bad = 0
for lang, line, want in cases:
    body = "<p>" + texts[lang] * 8 + "</p>"
    for shape in ("<p class='byline'>{}</p>", "<div class='article-meta'><span>{}</span></div>"):
        html = f"<html lang='{lang}'><head><title>Ferry | Gazette</title></head><body><header class='site-header'><a href='/'>Gazette</a></header><main><article><h1>Ferry prolongé</h1>{shape.format(line)}{body}</article></main></body></html>"
        got = list(extract(html, "https://www.gazette.example/local/ferry-123.html").authors)
        if got != want:
            bad += 1
            print(f"{shape[:12]:12} {lang} {line:45} want {want} got {got}")
print("bad", bad)

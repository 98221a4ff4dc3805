"""French, Spanish, Argentine, Italian and Portuguese papers' pages (from memory of their
templates): Le Parisien, Ouest-France, 20 Minutes, Libération, La Vanguardia, Clarín, Infobae,
El Confidencial, ANSA, Il Sole 24 Ore, La Stampa, Público, g1. Prints a wrong title, date,
author list or a line of furniture kept in the text, then `bad N`."""

import json
import sys
import warnings

from page_checks import misses

from scrape.extraction.extractor import extract

warnings.simplefilter("ignore")
S = {
    "fr": "Le conseil municipal a voté mardi la prolongation du service de ferry en hiver, avec deux traversées tardives, après des mois de plaintes des usagers.",
    "es": "El pleno municipal aprobó el martes ampliar el servicio de ferry en invierno con dos travesías nocturnas, tras meses de quejas de los usuarios.",
    "it": "Il consiglio comunale ha approvato martedì l'estensione del servizio di traghetti in inverno con due corse serali, dopo mesi di proteste dei pendolari.",
    "pt": "A câmara municipal aprovou na terça-feira o prolongamento do serviço de ferry no inverno, com duas travessias noturnas, após meses de queixas.",
}
H = {
    "fr": "Le ferry d'hiver prolongé par le conseil",
    "es": "El pleno amplía el ferry de invierno",
    "it": "Il consiglio estende il traghetto invernale",
    "pt": "Câmara prolonga o ferry de inverno",
}


def page(lang, site, byline, tail="", ld=True):
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": H[lang],
        "publisher": {"@type": "Organization", "name": site},
    }
    s = f"<script type='application/ld+json'>{json.dumps(d)}</script>" if ld else ""
    body = "".join(f"<p>{S[lang]} {S[lang]}</p>" for _ in range(3))
    return f"""<html lang="{lang}"><head><title>{H[lang]} - {site}</title><meta property="og:title" content="{H[lang]}">{s}</head><body>
<header><nav><a href="/">{site}</a><a href="/a/">A</a><a href="/b/">B</a></nav></header>
<main><article><h1>{H[lang]}</h1>{byline}<div class="article-body">{body}{tail}</div></article></main><footer>© {site}</footer></body></html>"""


cases = [
    (
        "leparisien",
        "fr",
        "Le Parisien",
        "<div class='author'>Par <a href='/auteurs/jean-dupont'>Jean Dupont</a></div><div class='timestamp'>Le 5 novembre 2024 à 10h22, modifié le 6 novembre 2024 à 18h40</div>",
        "<p>La suite après la publicité</p><p>Le Parisien Week-end : le meilleur de la semaine dans votre boîte mail</p>",
        ["Jean Dupont"],
        ["La suite après", "boîte mail"],
    ),
    (
        "ouestfrance",
        "fr",
        "Ouest-France",
        "<div class='auteur'>Jean Dupont</div><div class='date'>Publié le 05/11/2024 à 10h22</div>",
        "<p>Ouest-France vous recommande</p>",
        ["Jean Dupont"],
        ["vous recommande"],
    ),
    (
        "20minutes",
        "fr",
        "20 Minutes",
        "<div class='author'>Jean Dupont</div><div class='date'>Publié le 05/11/24 à 10h22 — Mis à jour le 06/11/24 à 18h40</div>",
        "<p>0 commentaire</p><p>Partager l'article</p>",
        ["Jean Dupont"],
        ["commentaire", "Partager"],
    ),
    (
        "liberation",
        "fr",
        "Libération",
        "<div class='byline'>par <a href='/auteur/jean-dupont/'>Jean Dupont</a></div><div class='date'>publié le 5 novembre 2024 à 10h22</div>",
        "<p>Dans la même rubrique</p>",
        ["Jean Dupont"],
        ["même rubrique"],
    ),
    (
        "vanguardia",
        "es",
        "La Vanguardia",
        "<div class='author-name'>Juan Pérez</div><div class='date'>05/11/2024 10:22 | Actualizado a 06/11/2024 18:40</div>",
        "<p>Lee también</p>",
        ["Juan Pérez"],
        ["Lee también"],
    ),
    (
        "clarin",
        "es",
        "Clarín",
        "<div class='author'>Juan Pérez</div><div class='date'>05/11/2024 10:22</div>",
        "<p>Mirá también</p><p>Sobre la firma</p><p>Juan Pérez</p><p>Periodista de la sección Sociedad.</p>",
        ["Juan Pérez"],
        ["Mirá también", "Sobre la firma"],
    ),
    (
        "infobae",
        "es",
        "Infobae",
        "<div class='byline'>Por <a href='/autor/juan-perez/'>Juan Pérez</a></div><div class='date'>5 Nov, 2024 10:22 a.m. EST</div>",
        "<p>Seguir leyendo:</p><p>Otro artículo relacionado sobre ferris</p>",
        ["Juan Pérez"],
        ["Seguir leyendo"],
    ),
    (
        "confidencial",
        "es",
        "El Confidencial",
        "<div class='author'>Por <a>Juan Pérez</a></div><time>05/11/2024 - 10:22</time>",
        "<p>Noticias relacionadas</p>",
        ["Juan Pérez"],
        ["relacionadas"],
    ),
    (
        "ansa",
        "it",
        "ANSA",
        "<div class='news-author'>Redazione ANSA</div><div class='news-date'>ROMA, 05 novembre 2024, 10:22</div>",
        "<p>RIPRODUZIONE RISERVATA © Copyright ANSA</p>",
        ["ANSA"],
        ["RIPRODUZIONE"],
    ),
    (
        "sole24",
        "it",
        "Il Sole 24 Ore",
        "<p class='auth'>di Mario Rossi</p><p class='time'>5 novembre 2024</p>",
        "<p>Loading...</p><p>Brand connect</p>",
        ["Mario Rossi"],
        ["Loading", "Brand connect"],
    ),
    (
        "stampa",
        "it",
        "La Stampa",
        "<div class='author'>MARIO ROSSI</div><div class='date'>05 Novembre 2024 alle 10:22</div><div>2 minuti di lettura</div>",
        "",
        ["MARIO ROSSI"],
        ["minuti di lettura"],
    ),
    (
        "publico",
        "pt",
        "Público",
        "<div class='byline'><a href='/autor/joao-silva'>João Silva</a></div><time>5 de Novembro de 2024, 10:22</time>",
        "<p>Gostou deste artigo? Assine o Público</p>",
        ["João Silva"],
        ["Assine"],
    ),
    (
        "g1",
        "pt",
        "g1",
        "<p class='content-publication-data__from'>Por João Silva, g1 — São Paulo</p><p class='content-publication-data__updated'>05/11/2024 10h22 Atualizado há 2 horas</p>",
        "<p>VÍDEOS: mais assistidos do g1</p>",
        ["João Silva"],
        ["VÍDEOS"],
    ),
]
only = sys.argv[1:]
bad = 0
for name, lang, site, byline, tail, authors, junk in cases:
    if only and name not in only:
        continue
    a = extract(
        page(lang, site, byline, tail), url=f"https://www.{name}.example/2024/11/05/ferry-12345/"
    )
    errs = misses(a, title=H[lang], day="2024-11-05", authors=authors, junk=junk)
    if errs:
        bad += 1
        print(name, "; ".join(errs))
print("bad", bad)

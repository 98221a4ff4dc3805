"""Titles as German and English papers declare them: the site's name in capitals, as an
address, with "Online"; a section between headline and name; kickers marked, unmarked
and over a line break (a marked kicker is left out, as ``headline.heading_text`` says);
dashes inside the headline; pages with a <title> alone."""

import warnings

from scrape.extraction.extractor import extract

warnings.simplefilter("ignore")
BODY = (
    "<p>"
    + "Der Stadtrat hat am Dienstag nach langer Debatte die neue Linie beschlossen. " * 12
    + "</p>"
)
H = "Stadtrat beschließt neue Straßenbahnlinie"
K = "Verkehrswende"


def page(head, body_top, url="https://www.bote.de/politik/stadtrat-beschliesst-linie-100.html"):
    return (
        f"<!doctype html><html lang='de'><head><meta charset='utf-8'>{head}</head><body><header class='site-header'><a class='logo' href='/'><img alt='Der Bote' src='/l.png'></a><nav><a href='/politik'>Politik</a><a href='/sport'>Sport</a></nav></header><main><article>{body_top}<p class='byline'>Von Anna Roth</p>{BODY}</article></main></body></html>",
        url,
    )


cases = []


def case(name, head, top, want, url=None):
    html, u = page(head, top) if url is None else page(head, top, url)
    cases.append((name, html, u, want))


# site names as printed by German papers, unlike og:site_name
for title, site in [
    (f"{H} | DER BOTE", "Der Bote"),
    (f"{H} - DER BOTE", "Der Bote"),
    (f"{H} | bote.de", "Der Bote"),
    (f"{H} | BOTE.de", "Bote"),
    (f"{H} | BOTE ONLINE", "Der Bote"),
    (f"{H} - Bote Online", "Bote"),
    (f"{H} | Politik | bote.de", "bote.de"),
    (f"{H} - Politik - Der Bote", "Der Bote"),
    (f"Politik: {H} | Der Bote", "Der Bote"),
    (f"{H} | NZZ", "Neue Zürcher Zeitung"),
    (f"{H} - WELT", "DIE WELT"),
    (f"{H} | tagesschau.de", "tagesschau.de"),
    (f"{H} | BR24", "BR24"),
    (f"{H} | MDR.DE", "MDR"),
    (f"{H} | heise online", "heise online"),
]:
    case(
        f"title+h1 {title!r} / site {site!r}",
        f"<title>{title}</title><meta property='og:site_name' content='{site}'><meta property='og:type' content='article'>",
        f"<h1>{H}</h1>",
        H,
    )
    case(
        f"title only {title!r} / site {site!r}",
        f"<title>{title}</title><meta property='og:site_name' content='{site}'><meta property='og:type' content='article'>",
        "",
        H,
    )
# kicker shapes
case(
    "h1 spans kicker",
    f"<title>{K}: {H} | Der Bote</title><meta property='og:title' content='{K}: {H}'>",
    f"<h1><span class='kicker'>{K}</span><span class='headline'>{H}</span></h1>",
    H,
)
case(
    "h1 spans kicker, og headline only",
    f"<title>{H} | Der Bote</title><meta property='og:title' content='{H}'>",
    f"<h1><span class='kicker'>{K}</span> <span class='headline'>{H}</span></h1>",
    H,
)
case(
    "kicker p over h1",
    f"<title>{K}: {H} | Der Bote</title><meta property='og:title' content='{K}: {H}'>",
    f"<p class='dachzeile'>{K}</p><h1>{H}</h1>",
    H,
)
case(
    "h1 with kicker br, title only",
    f"<title>{K}: {H} - Der Bote</title>",
    f"<h1>{K}<br>{H}</h1>",
    f"{K}: {H}",
)
case(
    "quote kicker glued",
    f"<title>„Es wird bald beginnen“: {H} | Der Bote</title>",
    f"<h1><span class='topline'>„Es wird bald beginnen“</span><span>{H}</span></h1>",
    H,
)
# dashes inside a headline
H2 = "Bayern - Dortmund 2:1: Die Analyse"
case(
    "dash inside headline",
    f"<title>{H2} | Der Bote</title><meta property='og:title' content='{H2}'>",
    f"<h1>{H2}</h1>",
    H2,
)
case(
    "dash inside headline, title only",
    f"<title>{H2} | Der Bote</title><meta property='og:site_name' content='Der Bote'>",
    "",
    H2,
)
H3 = "Merz – Kanzler ohne Mehrheit?"
case(
    "en dash headline",
    f"<title>{H3} | Der Bote</title><meta property='og:title' content='{H3}'><meta property='og:site_name' content='Der Bote'>",
    f"<h1>{H3}</h1>",
    H3,
)
case(
    "en dash headline title only",
    f"<title>{H3} - Der Bote</title><meta property='og:site_name' content='Der Bote'>",
    "",
    H3,
)
# English
E = "Council approves new tram line after long debate"
for title, site in [
    (f"{E} | CNN Politics", "CNN"),
    (f"{E} - The New York Times", "The New York Times"),
    (f"{E} | Reuters", "Reuters"),
    (f"{E} - BBC News", "BBC News"),
    (f"{E} | AP News", "AP News"),
    (f"{E} | US news | The Guardian", "the Guardian"),
    (f"{E} | Fox News", "Fox News"),
    (f"{E} - CBS News", "CBS News"),
    (f"{E} | The Independent", "The Independent"),
    (f"{E} | Daily Mail Online", "Mail Online"),
]:
    case(
        f"EN title only {title!r}",
        f"<title>{title}</title><meta property='og:site_name' content='{site}'><meta property='og:type' content='article'>",
        "",
        E,
        "https://www.example-news.com/2026/12/05/politics/tram-line/index.html",
    )
    case(
        f"EN title+h1 {title!r}",
        f"<title>{title}</title><meta property='og:site_name' content='{site}'>",
        f"<h1>{E}</h1>",
        E,
        "https://www.example-news.com/2026/12/05/politics/tram-line/index.html",
    )
bad = 0
for name, html, url, want in cases:
    got = extract(html, url).title
    if got != want:
        bad += 1
        print(f"{name}\n   want {want!r}\n   got  {got!r}")
print("cases", len(cases), "bad", bad)

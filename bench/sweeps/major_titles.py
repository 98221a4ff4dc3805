import json
import warnings

from scrape.extraction.extractor import extract

warnings.simplefilter("ignore")

H = "Selenskyj fordert mehr Flugabwehr von den Verbündeten"
K = "Krieg in der Ukraine"
body = (
    "<p>"
    + "Der ukrainische Präsident hat am Dienstag bei einem Treffen in Brüssel erneut um Unterstützung gebeten. "
    * 10
    + "</p>"
)


def ld(h):
    return (
        "<script type='application/ld+json'>"
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": h,
                "datePublished": "2024-02-05T14:35:00+01:00",
            }
        )
        + "</script>"
    )


sites = [
    "DER SPIEGEL",
    "ZEIT ONLINE",
    "tagesschau.de",
    "n-tv.de",
    "FAZ.NET",
    "WELT",
    "t-online",
    "Süddeutsche Zeitung",
    "Frankfurter Rundschau",
    "RND.de",
    "BR24",
    "stern.de",
]
shapes = {
    "spiegel": (
        lambda s: (
            f"{K}: {H} - {s}",
            f"<meta property='og:title' content='{K}: {H}'>" + ld(f"{K}: {H}"),
            f"<h2><span class='kicker'>{K}</span><span class='headline'>{H}</span></h2>",
        ),
        (H, f"{K}: {H}"),
    ),
    "h1 kicker spans": (
        lambda s: (
            f"{H} | {s}",
            ld(H),
            f"<h1><span class='topline'>{K}</span> <span class='title'>{H}</span></h1>",
        ),
        (H, f"{K}: {H}"),
    ),
    "kicker above": (
        lambda s: (
            f"{K}: {H} | {s}",
            f"<meta property='og:title' content='{K}: {H}'>",
            f"<p class='dachzeile'>{K}</p><h1>{H}</h1>",
        ),
        (H, f"{K}: {H}"),
    ),
    "seo title": (
        lambda s: (
            f"Ukraine-Krieg: Selenskyj bittet Nato um Patriot-Systeme | {s}",
            "<meta property='og:title' content='Ukraine-Krieg: Selenskyj bittet Nato um Patriot-Systeme'>"
            + ld(H),
            f"<h1>{H}</h1>",
        ),
        (H,),
    ),
    "ld only": (
        lambda s: (s, ld(H), f"<div class='article-head'><div class='title'>{H}</div></div>"),
        (H,),
    ),
    "kicker colon h1": (lambda s: (f"{K}: {H} - {s}", "", f"<h1>{K}: {H}</h1>"), (f"{K}: {H}",)),
    "title suffix section": (lambda s: (f"{H} - Politik - {s}", "", f"<h1>{H}</h1>"), (H,)),
    "liveblog": (
        lambda s: (
            f"Liveblog: {H} +++ {s}",
            "",
            f"<h1><span class='kicker'>Liveblog</span> {H}</h1>",
        ),
        (H, f"Liveblog: {H}", f"Liveblog {H}"),
    ),
    "quoted": (
        lambda s: (f"„Wir brauchen mehr“: {H} | {s}", "", f"<h1>„Wir brauchen mehr“: {H}</h1>"),
        (f"„Wir brauchen mehr“: {H}",),
    ),
}
bad = 0
for site in sites:
    for name, (make, ok) in shapes.items():
        title, head, h = make(site)
        html = f"<html lang='de'><head><title>{title}</title><meta property='og:site_name' content='{site}'>{head}</head><body><header class='site-header'><a class='logo' href='/'>{site}</a><nav><a href='/politik'>Politik</a></nav></header><main><article>{h}<p class='byline'>Von Anna Roth</p>{body}</article></main></body></html>"
        t = extract(html, "https://www.example-news.de/politik/ukraine-selenskyj-123.html").title
        if t not in ok:
            bad += 1
            print(f"{site:22} {name:20} {t!r}")
print("bad", bad)

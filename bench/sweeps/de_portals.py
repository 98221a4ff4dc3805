"""German and Austrian portals' pages (from memory of their templates): the Ippen papers, t-online,
DW, ORF, the Krone, taz, stern, RND, MDR, kicker, Handelsblatt, and the agency credits of
SPIEGEL, WELT, FAZ and SZ. Prints a wrong title, date, author list or a line of furniture
kept in the text, then `bad N`; `--hashed` hashes every class and id first."""

import json

from page_checks import run

DE = "Die Bundesregierung hat am Dienstag neue Regeln beschlossen, die nach monatelangen Gesprächen mit Gewerkschaften im Frühjahr gelten sollen."
HD = "Neue Regeln gelten ab Frühjahr"


def page(site, head, byline, tail="", ld_author=None, lead=""):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HD,
        "datePublished": "2024-11-05T10:22:31+01:00",
        "publisher": {"@type": "Organization", "name": site},
    }
    if ld_author:
        ld["author"] = ld_author
    body = lead + "".join(
        f"<p>{DE} {DE.replace('Dienstag', d)}</p>" for d in ("Montag", "Mittwoch", "Freitag")
    )
    return f"""<html lang="de"><head><title>{HD} | {site}</title><meta property="og:title" content="{HD}">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body><header><nav><a href="/">{site}</a><a href="/politik/">Politik</a><a href="/sport/">Sport</a></nav></header>
<main><article>{head or f"<h1>{HD}</h1>"}{byline}<div class="article-body">{body}{tail}</div></article></main><footer>© {site} 2024 · Impressum · Datenschutz</footer></body></html>"""


cases = [
    (
        "merkur",
        "Merkur.de",
        "",
        "<p class='id-Story-authors'>Von: <a href='/autoren/anna-roth'>Anna Roth</a></p><p class='id-Story-timestamp'>Stand: 05.11.2024, 10:22 Uhr</p>",
        "<p>Den Newsletter von Merkur.de abonnieren</p><h2>Weitere Artikel</h2>",
        None,
        ["Anna Roth"],
        ["Newsletter", "Weitere Artikel"],
    ),
    (
        "tonline",
        "t-online",
        "",
        "<div class='byline'><span>Von <a href='/autor/anna-roth'>Anna Roth</a></span><span>Aktualisiert am 05.11.2024 - 10:22 Uhr</span><span>Lesedauer: 2 Min.</span></div>",
        "<p>Verwendete Quellen:</p><ul><li>Nachrichtenagentur dpa</li><li>Eigene Recherche</li></ul>",
        [{"@type": "Person", "name": "Anna Roth"}],
        ["Anna Roth"],
        ["Lesedauer", "Verwendete Quellen"],
    ),
    (
        "dw",
        "DW",
        "",
        "<div class='author-details'><span>Anna Roth</span></div><span class='publication-date'>05.11.2024</span>",
        "<p><i>ar/ab (dpa, afp, rtr)</i></p>",
        None,
        ["Anna Roth"],
        ["ar/ab"],
    ),
    (
        "orf",
        "ORF.at",
        "",
        "<div class='story-meta'><p>05.11.2024 10.22</p></div>",
        "<p class='byline'><span>red, ORF.at/Agenturen</span></p>",
        None,
        [],
        ["ORF.at/Agenturen"],
    ),
    (
        "krone",
        "Kronen Zeitung",
        "",
        "<div class='c_author'>Anna Roth, Kronen Zeitung</div><div class='c_time'>05.11.2024 10:22</div>",
        "",
        None,
        ["Anna Roth"],
        [],
    ),
    (
        "taz",
        "taz",
        "",
        "<p class='authors'>Kommentar von <a href='/!a123/'>Anna Roth</a></p><p class='date'>5. 11. 2024, 10:22 Uhr</p>",
        "<p>Gemeinsam für freie Presse</p><p>Unterstützen Sie die taz</p>",
        None,
        ["Anna Roth"],
        ["Unterstützen Sie"],
    ),
    (
        "stern",
        "stern",
        "",
        "<div class='authors'>Anna Roth</div><div class='meta'>05.11.2024, 10:22 · 3 Min.</div>",
        "<p>Mehr zum Thema</p>",
        None,
        ["Anna Roth"],
        ["3 Min"],
    ),
    (
        "rnd",
        "RND",
        "",
        "<div class='author'>Anna Roth / RND</div><time datetime='2024-11-05T10:22:31+01:00'>05.11.2024, 10:22 Uhr</time>",
        "",
        None,
        ["Anna Roth"],
        [],
    ),
    (
        "mdr",
        "MDR",
        "",
        "<p class='webtime'>Stand: 05. November 2024, 10:22 Uhr</p>",
        "<p>Quelle: MDR/dpa (aro)</p>",
        None,
        [],
        ["Quelle: MDR"],
    ),
    (
        "kicker",
        "kicker",
        "",
        "<div class='kick__author'>Anna Roth</div><div class='kick__date'>05.11.2024, 10:22</div>",
        "<p>Alle Infos zum Spiel</p>",
        None,
        ["Anna Roth"],
        [],
    ),
    (
        "hb",
        "Handelsblatt",
        "",
        "<div class='c-author'>Anna Roth</div><div class='c-date'>05.11.2024 - 10:22 Uhr</div>",
        "<p>Mehr: Diese Regeln gelten 2025</p>",
        None,
        ["Anna Roth"],
        ["Mehr: Diese"],
    ),
    (
        "spiegel-agency",
        "DER SPIEGEL",
        "",
        "<div class='authors'>mgo/dpa</div>",
        "",
        None,
        ["dpa"],
        [],
    ),
    (
        "welt-agency",
        "WELT",
        "",
        "<div class='c-author'>Quelle: WELT/dpa</div>",
        "",
        None,
        ["dpa"],
        [],
    ),
    (
        "faz-agency",
        "FAZ",
        "",
        "<div class='author'>Quelle: dpa/AFP</div>",
        "",
        None,
        ["dpa", "AFP"],
        [],
    ),
    ("sz-quelle", "SZ", "", "", "<p>Quelle: SZ/dpa/afp/mane</p>", None, ["dpa", "afp"], ["Quelle"]),
]
run(
    (
        (name, page(site, head, byline, tail, ld_author), authors, junk)
        for name, site, head, byline, tail, ld_author, authors, junk in cases
    ),
    lambda name: f"https://www.{name}.example/politik/neue-regeln-gelten-ab-fruehjahr-12345.html",
    title=HD,
    day="2024-11-05",
)

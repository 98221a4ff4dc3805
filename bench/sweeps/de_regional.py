"""German regional papers and magazines (from memory of their templates): the Funke papers,
Madsack's, DuMont's, Tagesspiegel, Stuttgarter Zeitung, Badische Zeitung, Rheinische Post,
Augsburger Allgemeine, Schwäbische, Südkurier, NOZ, Freie Presse, Sächsische, junge Welt,
nd, Cicero, t3n, WirtschaftsWoche, katholisch.de. Pages declare no date, so the shown stamp
must give the day. Prints a wrong title, date, author list or a line of furniture kept in
the text, then `bad N`. ``--hashed`` first replaces every class and id with a hash.

    .venv/bin/python bench/sweeps/de_regional.py [--hashed] [name ...]
"""

import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_extract import generated_class_names
from page_checks import misses

from scrape.extraction.extractor import extract as _extract

warnings.simplefilter("ignore")
HASHED = "--hashed" in sys.argv
DE = "Die Bundesregierung hat am Dienstag neue Regeln beschlossen, die nach monatelangen Gesprächen mit Gewerkschaften im Frühjahr gelten sollen."
HD = "Neue Regeln gelten ab Frühjahr"


def extract(html, url):
    return _extract(generated_class_names(html) if HASHED else html, url=url)


def page(site, head, byline, tail=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HD}
    body = "".join(
        f"<p>{DE} {DE.replace('Dienstag', d)}</p>" for d in ("Montag", "Mittwoch", "Freitag")
    )
    return f"""<html lang="de"><head><title>{HD} | {site}</title><meta property="og:title" content="{HD}">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body><header><nav><a href="/">{site}</a><a href="/politik/">Politik</a><a href="/sport/">Sport</a></nav><div class="today">Mittwoch, 6. November 2024</div></header>
<main><article>{head or f"<h1>{HD}</h1>"}{byline}<div class="article-body">{body}{tail}</div></article></main><footer>© {site} 2024 · Impressum · Datenschutz</footer></body></html>"""


# name, site, head, byline, tail, authors, junk
cases = [
    (
        "waz",
        "WAZ",
        "",
        "<div class='article__header__author'>Von <a href='/autoren/anna-roth/'>Anna Roth</a></div><time class='article__header__date'>05.11.2024, 10:22 Uhr</time><span>Lesezeit: 3 Minuten</span>",
        "<p>Dieser Artikel ist zuerst auf waz.de erschienen.</p><p>Weiterlesen mit Plus</p>",
        ["Anna Roth"],
        ["zuerst auf waz.de erschienen", "Weiterlesen mit Plus", "Lesezeit"],
    ),
    (
        "haz",
        "HAZ",
        "",
        "<div class='Authorstyled__Author'>Anna Roth</div><div class='DateTimestyled'>05.11.2024, 10:22 Uhr</div><div>Artikel anhören • 3 Minuten</div>",
        "<p>Hier lesen Sie mehr</p>",
        ["Anna Roth"],
        ["Artikel anhören", "Hier lesen Sie mehr"],
    ),
    (
        "ksta",
        "Kölner Stadt-Anzeiger",
        "",
        "<div class='dm-article__author'>Anna Roth</div><div class='dm-article__date'>05.11.2024, 10:22 Uhr</div><div>Lesezeit 3 Minuten</div>",
        "<p>Copyright: dpa</p>",
        ["Anna Roth"],
        ["Copyright: dpa", "Lesezeit"],
    ),
    (
        "tagesspiegel",
        "Der Tagesspiegel",
        "",
        "<div class='Byline'>Von <a href='/autoren/anna-roth'>Anna Roth</a></div><time datetime='2024-11-05T10:22:00+01:00'>05.11.2024, 10:22 Uhr</time>",
        "<p>Zur Startseite</p><p>showPaywall:false isSubscriber:false</p>",
        ["Anna Roth"],
        ["Zur Startseite", "showPaywall"],
    ),
    (
        "stuttgarter",
        "Stuttgarter Zeitung",
        "",
        "<div class='author'>Anna Roth</div><div class='date'>05.11.2024 - 10:22 Uhr</div>",
        "<p>Lesen Sie aus unserem Angebot: Wie die Stadt den Winter plant</p><p>Weitere Artikel</p>",
        ["Anna Roth"],
        ["Lesen Sie aus unserem Angebot", "Weitere Artikel"],
    ),
    (
        "badische",
        "Badische Zeitung",
        "",
        "<div class='article-author'>Von Anna Roth</div><div class='article-date'>Di, 05. Nov 2024, 10:22 Uhr</div>",
        "<p>Mehr zum Thema:</p><ul><li><a href='/a'>Was die Regierung plant</a></li></ul>",
        ["Anna Roth"],
        ["Mehr zum Thema"],
    ),
    (
        "rp",
        "RP ONLINE",
        "",
        "<div class='author'>Anna Roth</div><div class='date'>5. November 2024 um 10:22 Uhr</div>",
        "<p>Lesen Sie auch: Was die Regierung plant</p>",
        ["Anna Roth"],
        ["Lesen Sie auch"],
    ),
    (
        "augsburger",
        "Augsburger Allgemeine",
        "",
        "<div class='author'>Von Anna Roth</div><div class='date'>05.11.2024 | Stand: 10:22 Uhr</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "schwaebische",
        "Schwäbische",
        "",
        "<div class='author'>Anna Roth</div><div class='date'>Aktualisiert: 06.11.2024, 10:22 · Veröffentlicht: 05.11.2024, 09:00</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "suedkurier",
        "SÜDKURIER",
        "",
        "<div class='article-meta'>Anna Roth | 05.11.2024, 10:22 Uhr</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "noz",
        "NOZ",
        "",
        "<div class='article-meta'>Ein Artikel von <a href='/autor/anna-roth'>Anna Roth</a> | 05.11.2024, 10:22 Uhr</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "freiepresse",
        "Freie Presse",
        "",
        "<div class='author'>Anna Roth</div><div class='date'>Erschienen am 05.11.2024</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "saechsische",
        "Sächsische",
        "",
        "<div class='author'>Von Anna Roth</div><div class='meta'>05.11.2024 · 5 Min. Lesedauer</div>",
        "<p>Teilen</p>",
        ["Anna Roth"],
        ["Lesedauer"],
    ),
    (
        "jungewelt",
        "junge Welt",
        "",
        "<p class='Date'>Aus: Ausgabe vom 05.11.2024, Seite 3 / Inland</p><p class='Author'>Von Anna Roth</p>",
        "",
        ["Anna Roth"],
        ["Ausgabe vom"],
    ),
    (
        "nd",
        "nd",
        "",
        "<div class='author'>Anna Roth</div><div class='date'>05.11.2024, 10:22 Uhr • Lesezeit: 3 Min.</div>",
        "",
        ["Anna Roth"],
        ["Lesezeit"],
    ),
    (
        "cicero",
        "Cicero Online",
        "",
        "<div class='article-author'>Anna Roth | 05. November 2024</div>",
        "<p>Anna Roth ist Redakteurin bei Cicero.</p>",
        ["Anna Roth"],
        ["ist Redakteurin bei Cicero"],
    ),
    (
        "t3n",
        "t3n",
        "",
        "<div class='author'><a href='/team/anna-roth/'>Anna Roth</a></div><div class='date'>05.11.2024, 10:22 Uhr • 3 Min.</div>",
        "",
        ["Anna Roth"],
        ["3 Min"],
    ),
    (
        "wiwo",
        "WirtschaftsWoche",
        "",
        "<div class='c-author'>Anna Roth</div><div class='c-date'>05. November 2024, 10:22 Uhr</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "katholisch",
        "katholisch.de",
        "",
        "<div class='dateline'>Bonn ‐ 05.11.2024</div>",
        "<p>mal/KNA</p>",
        ["KNA"],
        ["mal/KNA"],
    ),
]
only = [arg for arg in sys.argv[1:] if arg != "--hashed"]
bad = 0
for name, site, head, byline, tail, authors, junk in cases:
    if only and name not in only:
        continue
    a = extract(
        page(site, head, byline, tail),
        url=f"https://www.{name}.example/politik/neue-regeln-gelten-ab-fruehjahr-id12345.html",
    )
    errs = misses(a, title=HD, day="2024-11-05", authors=authors, junk=junk)
    if errs:
        bad += 1
        print(name, "; ".join(errs))
print("bad", bad)

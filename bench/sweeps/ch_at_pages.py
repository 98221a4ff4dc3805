"""Swiss and Austrian papers, German public broadcasters and tech sites (from memory of their
templates): NZZ, SRF, watson, 20 Minuten, Blick, Tages-Anzeiger, DER STANDARD, Die Presse,
KURIER, Kleine Zeitung, NDR, WDR, SWR, hessenschau, Deutschlandfunk, heise, Golem,
netzpolitik.org. Pages declare no date unless a case says so, so the shown stamp must give
the day. Prints a wrong title, date, author list or a line of furniture kept in the text,
then `bad N`. ``--hashed`` first replaces every class and id with a hash, as build tools do.

    .venv/bin/python bench/sweeps/ch_at_pages.py [--hashed] [name ...]
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


def extract(html, url):
    return _extract(generated_class_names(html) if HASHED else html, url=url)


DE = "Die Bundesregierung hat am Dienstag neue Regeln beschlossen, die nach monatelangen Gesprächen mit Gewerkschaften im Frühjahr gelten sollen."
HD = "Neue Regeln gelten ab Frühjahr"


def page(site, head, byline, tail="", *, ld_author=None, declared=False, lead=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HD}
    if declared:
        ld["datePublished"] = "2024-11-05T10:22:31+01:00"
    if ld_author:
        ld["author"] = ld_author
    body = lead + "".join(
        f"<p>{DE} {DE.replace('Dienstag', d)}</p>" for d in ("Montag", "Mittwoch", "Freitag")
    )
    return f"""<html lang="de"><head><title>{HD} | {site}</title><meta property="og:title" content="{HD}">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body><header><nav><a href="/">{site}</a><a href="/politik/">Politik</a><a href="/sport/">Sport</a></nav><div class="today">Mittwoch, 6. November 2024</div></header>
<main><article>{head or f"<h1>{HD}</h1>"}{byline}<div class="article-body">{body}{tail}</div></article></main><footer>© {site} 2024 · Impressum · Datenschutz</footer></body></html>"""


# name, site, head, byline, tail, authors, junk[, page options]
cases = [
    (
        "nzz",
        "NZZ",
        f"<h1 class='headline__title'>{HD}</h1>",
        "<div class='metainfo'><span class='metainfo__item--author'><a href='/impressum/anna-roth-ld.123'>Anna Roth</a></span>, Zürich<time class='metainfo__item--date' datetime='2024-11-05T09:22:31.000Z'>05.11.2024, 10.22 Uhr</time><span>3 min</span></div>",
        "<p>Passend zum Artikel</p>",
        ["Anna Roth"],
        ["Passend zum Artikel", "3 min"],
    ),
    (
        "srf",
        "Schweizer Radio und Fernsehen (SRF)",
        "",
        "<div class='article-author'><span class='article-author__name'>Anna Roth</span></div><div class='article-meta'><time datetime='2024-11-05T10:22:00+01:00'>Dienstag, 05.11.2024, 10:22 Uhr</time></div>",
        "<p class='article-paragraph'>SRF 4 News, 05.11.2024, 10:00 Uhr ; sda/roth</p>",
        ["Anna Roth"],
        ["SRF 4 News"],
    ),
    (
        "watson",
        "watson.ch",
        "",
        "<div class='watson-snippet__author'>Ein Artikel von <a href='/u/anna-roth'>Anna Roth</a></div><div class='watson-snippet__date'>05.11.2024, 10:22</div>",
        "<p>(sda/dpa)</p><p>Das könnte dich auch noch interessieren:</p>",
        ["Anna Roth"],
        ["(sda/dpa)", "Das könnte dich"],
    ),
    (
        "20min",
        "20 Minuten",
        "",
        "<div class='Article_elementAuthor'><span>Anna Roth</span></div><time datetime='2024-11-05T09:22:31Z'>05.11.2024, 10:22</time>",
        "<p>Hast du eine Frage zu diesem Thema? Schreib uns.</p><p>Fehler gefunden? Jetzt melden.</p>",
        ["Anna Roth"],
        ["Fehler gefunden", "Schreib uns"],
        {
            "lead": "<div class='Article_elementSummary'><h2>Darum gehts</h2><ul><li>Die Regierung hat neue Regeln beschlossen.</li><li>Sie gelten ab Frühjahr.</li></ul></div>"
        },
    ),
    (
        "blick",
        "Blick",
        "",
        "<div class='author'><span class='name'>Anna Roth</span><span class='role'>Redaktorin Politik</span></div><div class='date'>Publiziert: 05.11.2024 um 10:22 Uhr<br>Aktualisiert: 06.11.2024 um 08:05 Uhr</div>",
        "",
        ["Anna Roth"],
        ["Redaktorin"],
    ),
    (
        "tagi",
        "Tages-Anzeiger",
        "",
        "<div class='ContentHead_author'><a href='/autor/anna-roth'>Anna Roth</a></div><div class='ContentHead_dateWrap'><span>Publiziert: 05.11.2024, 10:22</span></div>",
        "<p>Fehler gefunden? Jetzt melden.</p><p>Newsletter Der Morgen Melden Sie sich an.</p>",
        ["Anna Roth"],
        ["Fehler gefunden", "Melden Sie sich"],
    ),
    (
        "standard",
        "DER STANDARD",
        f"<h1 class='article-title'>{HD}</h1><p class='article-subtitle'>Die Regierung einigt sich nach langen Gesprächen mit den Gewerkschaften</p>",
        "<div class='article-byline'><div class='article-origins'>Anna Roth</div><p class='article-pubdate'><time datetime='2024-11-05T10:22'>5. November 2024, 10:22</time></p></div>",
        "<p>(Anna Roth, 5.11.2024)</p><p>Weiterlesen:</p><ul><li><a href='/a'>Was die Regierung plant</a></li></ul>",
        ["Anna Roth"],
        ["(Anna Roth, 5.11.2024)", "Weiterlesen"],
    ),
    (
        "standard-apa",
        "DER STANDARD",
        "",
        "<div class='article-byline'><p class='article-pubdate'><time datetime='2024-11-05T10:22'>5. November 2024, 10:22</time></p></div>",
        "<p>(APA, 5.11.2024)</p>",
        ["APA"],
        ["(APA, 5.11.2024)"],
    ),
    (
        "presse",
        "Die Presse",
        "",
        "<div class='article__author'>von <a href='/autor/anna-roth'>Anna Roth</a></div><div class='article__time'>05.11.2024 um 10:22</div><div>Lesezeit: 3 Min.</div>",
        "<p>(APA/red.)</p><p>(„Die Presse“, Print-Ausgabe, 06.11.2024)</p>",
        ["Anna Roth"],
        ["(APA/red.)", "Print-Ausgabe", "Lesezeit"],
    ),
    (
        "kurier",
        "KURIER",
        "",
        "<div class='article-header-author'>von <a href='/autor/anna-roth'>Anna Roth</a></div><div class='article-header-date'>05.11.24, 10:22</div>",
        "",
        ["Anna Roth"],
        [],
    ),
    (
        "kleine",
        "Kleine Zeitung",
        "",
        "<div class='article-author'>Von Anna Roth | 10.22 Uhr, 05. November 2024</div>",
        "<p>Kommentare (12)</p>",
        ["Anna Roth"],
        ["Kommentare"],
    ),
    (
        "ndr",
        "NDR",
        "",
        "<div class='lastchanged'>Stand: 05.11.2024 10:22 Uhr</div>",
        "<p>Dieses Thema im Programm: NDR Info | Nachrichten | 05.11.2024 | 10:00 Uhr</p><p>Schlagwörter zu diesem Artikel</p>",
        [],
        ["Dieses Thema im Programm", "Schlagwörter"],
    ),
    (
        "wdr",
        "WDR",
        "",
        "<p class='metaDate'>Stand: 05.11.2024, 10:22 Uhr</p>",
        "<p>Über dieses Thema berichten wir auch im WDR Fernsehen: Aktuelle Stunde, 05.11.2024, 18:45 Uhr.</p><p>Quellen: Reporter vor Ort, Nachrichtenagentur dpa</p>",
        [],
        ["WDR Fernsehen", "Quellen: Reporter"],
    ),
    (
        "swr",
        "SWR",
        "",
        "<div class='meta-authors'>Autor/in: <span>Anna Roth</span></div><div class='meta-date'>Stand: 5.11.2024, 10:22 Uhr</div>",
        "<p>Sendung am Di., 5.11.2024 19:30 Uhr, SWR Aktuell Baden-Württemberg, SWR BW</p>",
        ["Anna Roth"],
        ["Sendung am"],
    ),
    (
        "hr",
        "hessenschau",
        "",
        "<div class='byline'>Von Anna Roth</div><div class='date'>Veröffentlicht am 05.11.24 um 10:22 Uhr</div>",
        "<p>Weitere Informationen</p><p>Ende der weiteren Informationen</p><p>Sendung: hr-iNFO, 05.11.2024, 10 Uhr</p><p>Quelle: hessenschau.de</p>",
        ["Anna Roth"],
        ["Ende der weiteren", "Sendung: hr-iNFO", "Quelle: hessenschau"],
    ),
    (
        "dlf",
        "Deutschlandfunk",
        "",
        "<p class='article-header-author'>Anna Roth</p><p class='article-header-meta'>05.11.2024</p>",
        "<p>Diese Nachricht wurde am 05.11.2024 im Programm Deutschlandfunk gesendet.</p>",
        ["Anna Roth"],
        ["im Programm Deutschlandfunk gesendet"],
    ),
    (
        "heise",
        "heise online",
        "",
        "<div class='a-publish-info'><time datetime='2024-11-05T10:22:00+01:00'>05.11.2024 10:22 Uhr</time><span class='creator'>Von <a href='/autor/anna-roth'>Anna Roth</a></span><a>Kommentare lesen</a></div>",
        "<p>(aro)</p><p>Lesen Sie auch</p>",
        ["Anna Roth"],
        ["(aro)", "Kommentare lesen"],
    ),
    (
        "golem",
        "Golem.de",
        "",
        "<div class='authors'>Ein Bericht von <a href='/specials/autor-anna-roth/'>Anna Roth</a></div><div class='dateline'>veröffentlicht am 5. November 2024, 10:22 Uhr</div>",
        "<p>Bitte aktivieren Sie Javascript.</p><p>Golem Karrierewelt</p>",
        ["Anna Roth"],
        ["aktivieren Sie Javascript", "Karrierewelt"],
    ),
    (
        "netzpolitik",
        "netzpolitik.org",
        "",
        "<div class='entry-meta'><a href='/author/anna/'>Anna Roth</a> – in <a href='/category/ueberwachung/'>Überwachung</a> – 05.11.2024 um 10:22 Uhr – <a href='#comments'>12 Kommentare</a></div>",
        "<p>Über die Autor:in</p><p>Anna Roth ist Redakteurin bei netzpolitik.org.</p>",
        ["Anna Roth"],
        ["Kommentare", "Über die Autor:in"],
    ),
]
only = [arg for arg in sys.argv[1:] if arg != "--hashed"]
bad = 0
for name, site, head, byline, tail, authors, junk, *options in cases:
    if only and name not in only:
        continue
    a = extract(
        page(site, head, byline, tail, **(options[0] if options else {})),
        url=f"https://www.{name}.example/politik/neue-regeln-gelten-ab-fruehjahr-12345.html",
    )
    errs = misses(a, title=HD, day="2024-11-05", authors=authors, junk=junk)
    if errs:
        bad += 1
        print(name, "; ".join(errs))
print("bad", bad)

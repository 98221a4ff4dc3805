import json
import warnings

from scrape import extract

warnings.simplefilter("ignore")

body = (
    "<p>"
    + "The city council voted on Tuesday to extend the harbour ferry service through the winter, adding two late crossings. "
    * 8
    + "</p>"
)
W = "2024-02-05"


def ld(obj):
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


A = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry service extended"}
cases = {
    "ld plain": ld({**A, "datePublished": "2024-02-05T14:35:00+01:00"}),
    "ld graph": ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "datePublished": "2023-01-01T00:00:00Z"},
                {**A, "datePublished": "2024-02-05T14:35:00+01:00"},
            ],
        }
    ),
    "ld list": ld(
        [
            {"@type": "Organization", "name": "X"},
            {**A, "datePublished": "2024-02-05T14:35:00+01:00"},
        ]
    ),
    "ld mainEntity": ld(
        {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "datePublished": "2023-01-01",
            "mainEntity": {**A, "datePublished": "2024-02-05T14:35:00+01:00"},
        }
    ),
    "ld liveblog": ld(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Ferry",
            "datePublished": "2024-02-05T14:35:00+01:00",
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "datePublished": "2024-02-07T10:00:00+01:00"}
            ],
        }
    ),
    "ld reportage": ld(
        {**A, "@type": "ReportageNewsArticle", "datePublished": "2024-02-05T14:35:00+01:00"}
    ),
    "ld type list": ld(
        {**A, "@type": ["NewsArticle", "Article"], "datePublished": "2024-02-05T14:35:00+01:00"}
    ),
    "ld date only": ld({**A, "datePublished": "2024-02-05"}),
    "ld no zone late": ld({**A, "datePublished": "2024-02-05T23:35:00"}),
    "ld utc late local": ld({**A, "datePublished": "2024-02-05T23:35:00Z"}),
    "ld space sep": ld({**A, "datePublished": "2024-02-05 14:35:00"}),
    "ld dotted": ld({**A, "datePublished": "05.02.2024 14:35"}),
    "ld english": ld({**A, "datePublished": "February 5, 2024"}),
    "ld modified first": ld(
        {**A, "dateModified": "2024-03-01T10:00:00Z", "datePublished": "2024-02-05T14:35:00+01:00"}
    ),
    "ld created only": ld({**A, "dateCreated": "2024-02-05T14:35:00+01:00"}),
    "ld video+article": ld(
        [
            {"@type": "VideoObject", "uploadDate": "2023-05-01"},
            {**A, "datePublished": "2024-02-05T14:35:00+01:00"},
        ]
    ),
    "og published": "<meta property='article:published_time' content='2024-02-05T14:35:00+01:00'>",
    "og published ms": "<meta property='article:published_time' content='2024-02-05T14:35:00.000Z'>",
    "og article:published": "<meta property='og:article:published_time' content='2024-02-05T14:35:00+01:00'>",
    "itemprop meta": "<meta itemprop='datePublished' content='2024-02-05T14:35:00+01:00'>",
    "pubdate meta": "<meta name='pubdate' content='2024-02-05T14:35:00+01:00'>",
    "date meta": "<meta name='date' content='2024-02-05'>",
    "dc.date": "<meta name='DC.date.issued' content='2024-02-05'>",
    "parsely": "<meta name='parsely-pub-date' content='2024-02-05T14:35:00Z'>",
    "sailthru": "<meta name='sailthru.date' content='2024-02-05 14:35:00'>",
    "publish-date": "<meta name='publish-date' content='2024-02-05'>",
    "article.published": "<meta name='article.published' content='2024-02-05T14:35:00+01:00'>",
    "timestamp unix": "<meta name='timestamp' content='1707140100'>",
}
bodyparts = {
    "time pubdate": "<time pubdate datetime='2024-02-05T14:35:00+01:00'>5. Februar 2024</time>",
    "time itemprop": "<time itemprop='datePublished' datetime='2024-02-05T14:35:00+01:00'>5. Februar 2024</time>",
    "time plain under h1": "<time datetime='2024-02-05T14:35:00+01:00'>5. Februar 2024</time>",
    "byline text de": "<p class='meta'>Stand: 05.02.2024, 14:35 Uhr</p>",
    "byline text fr": "<p class='meta'>Publié le 5 février 2024 à 14h35</p>",
    "byline text es": "<p class='meta'>Publicado el 5 de febrero de 2024, 14:35</p>",
    "byline text it": "<p class='meta'>Pubblicato il 5 febbraio 2024 alle 14:35</p>",
    "byline text pt": "<p class='meta'>Publicado em 5 de fevereiro de 2024 às 14h35</p>",
    "byline text nl": "<p class='meta'>5 februari 2024, 14:35</p>",
    "byline text pl": "<p class='meta'>Opublikowano: 5 lutego 2024, 14:35</p>",
    "byline text ru": "<p class='meta'>5 февраля 2024, 14:35</p>",
    "byline text tr": "<p class='meta'>05 Şubat 2024 14:35</p>",
    "byline text ja": "<p class='meta'>2024年2月5日 14時35分</p>",
    "byline text ko": "<p class='meta'>입력 2024.02.05 14:35</p>",
    "byline text zh": "<p class='meta'>2024-02-05 14:35 来源：新华网</p>",
    "byline text ar": "<p class='meta'>5 فبراير 2024</p>",
    "byline text sv": "<p class='meta'>Publicerad 5 februari 2024 kl. 14.35</p>",
    "byline text cs": "<p class='meta'>5. února 2024 14:35</p>",
    "byline text uk": "<p class='meta'>5 лютого 2024, 14:35</p>",
    "byline text id": "<p class='meta'>Senin, 05 Feb 2024 14:35 WIB</p>",
    "byline text hi": "<p class='meta'>5 फ़रवरी 2024, 14:35</p>",
    "byline text vi": "<p class='meta'>Thứ hai, 5/2/2024, 14:35</p>",
    "byline en us": "<p class='meta'>Feb. 5, 2024 2:35 p.m. ET</p>",
    "byline en updated first": "<p class='meta'>Updated 10:00 AM EST, Thu March 1, 2024 | Published 2:35 PM EST, Mon February 5, 2024</p>",
}
trap = "<div class='topbar'>Wednesday, 4 December 2026</div>"
bad = 0
for name, head in cases.items():
    html = f"<html><head><title>Ferry service extended</title>{head}</head><body>{trap}<main><article><h1>Ferry service extended</h1>{body}<p>Related: <a href='/x'>Story from 12 March 2023</a></p></article></main></body></html>"
    a = extract(html, "https://www.harbourpost.example/local/ferry-123.html", fetched_at=None)
    got = str(a.published)[:10] if a.published else None
    if got != W:
        bad += 1
        print(f"HEAD {name:22} got {a.published}")
for name, part in bodyparts.items():
    html = f"<html><head><title>Ferry service extended</title></head><body>{trap}<main><article><h1>Ferry service extended</h1>{part}{body}<p>Related: <a href='/x'>Story from 12 March 2023</a></p></article></main></body></html>"
    a = extract(html, "https://www.harbourpost.example/local/ferry-123.html")
    got = str(a.published)[:10] if a.published else None
    if got != W:
        bad += 1
        print(f"BODY {name:22} got {a.published}")
print("bad", bad)

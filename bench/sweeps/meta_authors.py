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


def ld(a):
    return (
        "<script type='application/ld+json'>"
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Ferry service extended",
                "author": a,
            }
        )
        + "</script>"
    )


heads = {
    "ld name list": (ld({"@type": "Person", "name": ["Anna Roth"]}), ["Anna Roth"]),
    "ld list of strings": (ld(["Anna Roth", "Max Weber"]), ["Anna Roth", "Max Weber"]),
    "ld creator only": (
        "<script type='application/ld+json'>"
        + json.dumps(
            {"@type": "NewsArticle", "headline": "Ferry service extended", "creator": ["Anna Roth"]}
        )
        + "</script>",
        ["Anna Roth"],
    ),
    "meta author two": (
        "<meta name='author' content='Anna Roth, Max Weber'>",
        ["Anna Roth", "Max Weber"],
    ),
    "meta author url": (
        "<meta property='article:author' content='https://www.facebook.com/annaroth'>",
        [],
    ),
    "meta byl": (
        "<meta name='byl' content='By Anna Roth and Max Weber'>",
        ["Anna Roth", "Max Weber"],
    ),
    # Not read: on institutional sites it names the content's owner.
    "meta dcterms": ("<meta name='dcterms.creator' content='Anna Roth'>", []),
    "meta DC.Creator": ("<meta name='DC.Creator' content='Anna Roth'>", ["Anna Roth"]),
    "meta twitter creator": ("<meta name='twitter:creator' content='@annaroth'>", []),
    "meta author semicolon": (
        "<meta name='author' content='Anna Roth; Max Weber'>",
        ["Anna Roth", "Max Weber"],
    ),
    "meta cXenseParse": ("<meta name='cXenseParse:author' content='Anna Roth'>", ["Anna Roth"]),
}
bodies = {
    "microdata": (
        "<span itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Anna Roth</span></span>",
        ["Anna Roth"],
    ),
    "rel author": ("<a rel='author' href='/team/anna-roth'>Anna Roth</a>", ["Anna Roth"]),
    "vcard": ("<span class='vcard'><span class='fn'>Anna Roth</span></span>", ["Anna Roth"]),
    "address author": (
        "<address class='author'>By <a href='/x'>Anna Roth</a></address>",
        ["Anna Roth"],
    ),
}
PAGE = "<html><head><title>Ferry service extended</title>{}</head><body><main><article><h1>Ferry service extended</h1>{}{}</article></main></body></html>"
bad = 0
for where, shapes in (("HEAD", heads), ("BODY", bodies)):
    for name, (part, want) in shapes.items():
        html = PAGE.format(part, "", body) if where == "HEAD" else PAGE.format("", part, body)
        got = list(extract(html, "https://www.harbourpost.example/local/ferry-123.html").authors)
        if got != want:
            bad += 1
            print(where, name, got)
print("bad", bad)

"""The check the whole-page sweeps share: what an extracted article gets wrong against the
title, day, authors and furniture lines its page was built with."""

import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_extract import generated_class_names

from scrape import Article
from scrape.extraction.extractor import extract

warnings.simplefilter("ignore")


def misses(
    article: Article, *, title: str, day: str, authors: Iterable[str], junk: Iterable[str] = ()
) -> list[str]:
    """The fields ``article`` gets wrong, each as a short line; empty when it is right."""
    wrong = []
    if article.title != title:
        wrong.append(f"title {article.title!r}")
    if str(article.published)[:10] != day:
        wrong.append(f"date {article.published}")
    if list(article.authors) != list(authors):
        wrong.append(f"authors {article.authors}")
    kept = [line for line in junk if line in (article.body or "")]
    if kept:
        wrong.append(f"junk {kept}")
    return wrong


def article_page(
    *,
    lang: str,
    site: str,
    headline: str,
    paragraphs: Iterable[str],
    head: str,
    byline: str,
    tail: str = "",
    today: str,
    sections: tuple[str, str] = ("Politik", "Sport"),
    declared: str | None = None,
    ld_author: object = None,
    lead: str = "",
    footer: str = "Impressum · Datenschutz",
) -> str:
    """An article page as the whole-page sweeps build it: a site header with its menu and
    its "today" line, the headline (``head``, or a plain ``<h1>``), the byline, the text,
    what closes it (``tail``) and the site's footer; JSON-LD declaring the headline, and the
    publication (``declared``) and the author (``ld_author``) when given."""
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    ld["headline"] = headline
    if declared:
        ld["datePublished"] = declared
    if ld_author:
        ld["author"] = ld_author
    body = lead + "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f'<a href="/{s.lower()}/">{s}</a>' for s in sections)
    return (
        f'<html lang="{lang}"><head><title>{headline} | {site}</title>'
        f'<meta property="og:title" content="{headline}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f'<header><nav><a href="/">{site}</a>{menu}</nav><div class="today">{today}</div></header>'
        f"<main><article>{head or f'<h1>{headline}</h1>'}{byline}"
        f'<div class="article-body">{body}{tail}</div></article></main>'
        f"<footer>© {site} 2024 · {footer}</footer></body></html>"
    )


def built(cases: Iterable[tuple], page: Callable[..., str]) -> Iterator[tuple]:  # type: ignore[type-arg]
    """(name, html, authors, junk) for each case (name, site, head, byline, tail, authors,
    junk[, page options]), its page built by ``page``: what :func:`run` checks."""
    for name, site, head, byline, tail, authors, junk, *options in cases:
        yield name, page(site, head, byline, tail, **(options[0] if options else {})), authors, junk


def run(
    pages: Iterable[tuple[str, str, list[str], list[str]]],
    url: Callable[[str], str],
    *,
    title: str,
    day: str,
) -> int:
    """Check each page (name, html, authors, junk) at ``url(name)`` and print the misses,
    then `bad N`. The command line names the pages to run (all when none) and ``--hashed``
    hashes every class and id first, as sites' build tools do."""
    hashed = "--hashed" in sys.argv
    only = [arg for arg in sys.argv[1:] if arg != "--hashed"]
    bad = 0
    for name, html, authors, junk in pages:
        if only and name not in only:
            continue
        article = extract(generated_class_names(html) if hashed else html, url=url(name))
        wrong = misses(article, title=title, day=day, authors=authors, junk=junk)
        if wrong:
            bad += 1
            print(name, "; ".join(wrong))
    print("bad", bad)
    return bad


DE_TEXT = (
    "Die Bundesregierung hat am Dienstag neue Regeln beschlossen, die nach monatelangen "
    "Gesprächen mit Gewerkschaften im Frühjahr gelten sollen."
)
DE_HEADLINE = "Neue Regeln gelten ab Frühjahr"
EN_TEXT = (
    "The government said on Tuesday that the new rules would take effect next spring, after "
    "months of talks with unions and employers."
)
EN_HEADLINE = "New rules will take effect next spring"


# Per language: the text's weekday and the others it is varied with, the site's "today"
# line, the declared offset, the menu and the footer.
_PAPERS = {
    "de": (
        DE_HEADLINE,
        DE_TEXT,
        "Dienstag",
        ("Montag", "Mittwoch", "Freitag"),
        "Mittwoch, 6. November 2024",
        "+01:00",
        ("Politik", "Sport"),
        "Impressum · Datenschutz",
    ),
    "en": (
        EN_HEADLINE,
        EN_TEXT,
        "Tuesday",
        ("Monday", "Wednesday", "Friday"),
        "Wednesday, November 6, 2024",
        "-05:00",
        ("Politics", "Sport"),
        "Terms · Privacy",
    ),
}


def _paper_page(lang, site, head, byline, tail, ld_author, declared, lead):
    headline, text, weekday, others, today, offset, sections, footer = _PAPERS[lang]
    return article_page(
        lang=lang,
        site=site,
        headline=headline,
        paragraphs=[f"{text} {text.replace(weekday, d)}" for d in others],
        head=head,
        byline=byline,
        tail=tail,
        today=today,
        sections=sections,
        declared=f"2024-11-05T10:22:31{offset}" if declared else None,
        ld_author=ld_author,
        lead=lead,
        footer=footer,
    )


def german_page(site, head, byline, tail="", *, ld_author=None, declared=False, lead=""):
    """A German paper's article of 5 November 2024 (:func:`article_page`)."""
    return _paper_page("de", site, head, byline, tail, ld_author, declared, lead)


def english_page(site, head, byline, tail="", *, ld_author=None, declared=False, lead=""):
    """An English paper's article of 5 November 2024 (:func:`article_page`)."""
    return _paper_page("en", site, head, byline, tail, ld_author, declared, lead)

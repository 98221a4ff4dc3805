"""The check the whole-page sweeps share: what an extracted article gets wrong against the
title, day, authors and furniture lines its page was built with."""

from collections.abc import Iterable

from scrape import Article


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

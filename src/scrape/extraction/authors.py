"""Author names: people, not desks, organisations or prompts."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dom import MARK, ancestors, is_junk_container, text_of
from .metadata import Metadata, ld_text, ld_types

_PREFIX = re.compile(
    r"^(?:(?:written|posted|published|reported|story|text|words|photos?)\s+)?(?:by|von|par|por|di|door)\s*:?\s+"
    r"|^(?:author|authors|written by|byline)\s*:\s*",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*", re.IGNORECASE)
_NOT_PERSON = re.compile(
    r"^(?:staff|admin|administrator|editor|editors|editorial(?:\s+(?:staff|team|board))?|"
    r"news\s*desk|web\s*desk|desk|team|guest|anonymous|unknown|contributor|correspondent|"
    r"reporter|email\s+the\s+author|view\s+all\s+posts|more\s+by.*|the\s+\w+\s+team|"
    r"associated\s+press|reuters|afp|ap|press\s+release|wire|newsroom|.*\bstaff)$",
    re.IGNORECASE,
)
_BYLINE_SELECTORS = (
    '[rel="author"]',
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    ".author-name",
    ".byline a",
    ".byline",
    ".author a",
    ".author",
    'a[href*="/author/"]',
    ".td-post-author-name a",
)


def clean_name(raw: str) -> list[str]:
    text = " ".join(raw.split())
    text = _PREFIX.sub("", text)
    # A date or a role glued after the name ("Jane Doe | May 3, 2024", "Jane Doe - Reporter").
    text = re.split(r"\s+[|•·–—]\s+|\s+-\s+|\bupdated\b|\bpublished\b|\bon\s+\w+\s+\d", text)[0]
    names = []
    for part in _SPLIT.split(text):
        part = part.strip(" .:-–—@")
        if not part or "@" in part or "://" in part or "/" in part:
            continue
        if re.search(r"\d", part) or len(part) > 50 or len(part.split()) > 5:
            continue
        if _NOT_PERSON.match(part):
            continue
        names.append(part)
    return names


def _ld_authors(article: dict[str, Any]) -> tuple[list[str], list[str]]:
    people: list[str] = []
    orgs: list[str] = []
    value = article.get("author") or article.get("creator")
    values = value if isinstance(value, list) else [value]
    for item in values:
        if isinstance(item, dict):
            name = ld_text(item.get("name"))
            if not name:
                continue
            (orgs if ld_types(item) & {"organization", "newsmediaorganization"} else people).append(
                name
            )
        elif isinstance(item, str):
            people.append(item)
    return people, orgs


def _dedupe(names: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


def byline_authors(tree: LexborHTMLParser, headline: LexborNode | None) -> list[str]:
    """Names from byline elements of the page's own article (not of listed other posts)."""
    scope: LexborNode | None = None
    if headline is not None:
        # The smallest ancestor of the headline holding a byline element is the article
        # header; bylines outside it belong to other posts.
        for anc in ancestors(headline):
            if anc.tag in {"body", "html"}:
                break
            if any(anc.css_first(s) is not None for s in _BYLINE_SELECTORS[:6]):
                scope = anc
                break
    roots = [scope] if scope is not None else [tree.css_first("article") or tree.body]
    for root in roots:
        if root is None:
            continue
        for selector in _BYLINE_SELECTORS:
            for node in root.css(selector):
                if scope is None and is_junk_container(node):
                    continue
                if node.css_first(f"[{MARK}]") is not None:
                    continue
                names = clean_name(text_of(node))
                if names:
                    return names
    return []


def choose_authors(
    md: Metadata, tree: LexborHTMLParser, headline: LexborNode | None, site: list[str]
) -> tuple[str, ...]:
    people, orgs = _ld_authors(md.ld_article or {})
    names = [n for p in people for n in clean_name(p)]
    if not names:
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
            value = md.get(key)
            if value and "://" not in value:
                names = clean_name(value)
                if names:
                    break
    if not names:
        names = byline_authors(tree, headline)
    site_keys = {re.sub(r"\W+", "", s.casefold()) for s in site}
    people_only = [n for n in names if re.sub(r"\W+", "", n.casefold()) not in site_keys]
    if people_only:
        return _dedupe(people_only)
    return _dedupe([n for o in orgs for n in clean_name(o)] if not names else [])

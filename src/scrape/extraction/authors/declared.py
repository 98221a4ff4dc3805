"""The authors the page declares for machines: the JSON-LD author (and the full name its
description opens with), the <meta> tags, the link previews' labelled data and the
"citation_author" tags of scholarly papers."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dom import ancestors
from ..metadata import Metadata, ld_text, ld_types
from ..names import clean_name
from ..names.words import AGENCY
from .labels import LABEL_CHUNK


def ld_authors(
    article: dict[str, Any], named: dict[str, dict[str, Any]] | None = None
) -> tuple[list[str], list[str]]:
    """(people, organisations) the article declares as its author; references by "@id"
    are looked up among the page's ``named`` JSON-LD objects."""
    people: list[str] = []
    orgs: list[str] = []
    value = article.get("author") or article.get("creator")
    values = value if isinstance(value, list) else [value]
    for item in values:
        if isinstance(item, dict) and not item.get("name") and named:
            item = named.get(str(item.get("@id")), item)
        if isinstance(item, dict):
            # A name may be declared in its parts only ("givenName", "familyName").
            parts = (ld_text(item.get(key)) for key in ("givenName", "familyName"))
            name = _given_first(ld_text(item.get("name"))) or " ".join(p for p in parts if p)
            # A photographer declared beside the writers by their job ("jobTitle":
            # "Photographer") took the pictures.
            if not name or _PHOTO_JOB.search(ld_text(item.get("jobTitle")) or ""):
                continue
            (orgs if ld_types(item) & {"organization", "newsmediaorganization"} else people).append(
                name
            )
        elif isinstance(item, str):
            people.append(item)
    return people, orgs


# A person's name declared family name first, as a catalogue files it ("Holm, Jasper"):
# one word before the comma, a given name or two after it.
_FILED_NAME = re.compile(r"([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)")


def _given_first(name: str | None) -> str | None:
    """``name`` as a byline writes it, given name first: "Holm, Jasper" as "Jasper Holm".
    A name and the writer's paper ("Jane Doe, Reuters") has two words before the comma, or
    the paper's letters after it."""
    filed = _FILED_NAME.fullmatch(name) if name and "," in name else None
    if filed is None or not (filed.group(1)[0].isupper() and filed.group(2)[0].isupper()):
        return name
    if AGENCY.match(filed.group(2)) or filed.group(2).isupper():
        return name
    return f"{filed.group(2)} {filed.group(1)}"


def ld_photographers(article: dict[str, Any]) -> set[str]:
    """The names the JSON-LD article declares beside its writers with a photographer's
    job ("jobTitle": "Fotograf")."""
    value = article.get("author") or article.get("creator")
    return {
        name
        for item in (value if isinstance(value, list) else [value])
        if isinstance(item, dict)
        and (name := ld_text(item.get("name")))
        and _PHOTO_JOB.search(ld_text(item.get("jobTitle")) or "")
    }


_PHOTO_JOB = re.compile(
    r"\b(?:photographer|photojournalist|fotograf(?:in|o|a|e)?|photographe|bildredakt\w*)\b",
    re.IGNORECASE,
)


def described(md: Metadata) -> list[str]:
    """The full names the declared authors' own descriptions open with: a CMS declares its
    account's display name ("Nils") and the bio the writer wrote ("Nils Pickert ist freier
    Autor ...", "Stefanus Stahl - Maschinenbauer ...")."""
    article = md.ld_article or md.ld_webpage or {}
    value = article.get("author") or article.get("creator")
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "@id" in item:
            item = {**md.ld_named.get(str(item["@id"]), {}), **item}
        if not isinstance(item, dict):
            continue
        words: list[str] = []
        for word in (ld_text(item.get("description")) or "").split()[:4]:
            if not (word[:1].isupper() and word.isalpha()):
                break
            words.append(word)
        if 2 <= len(words) <= 3:
            found.append(" ".join(words))
    return found


def labelled_meta(md: Metadata) -> str | None:
    """The writer a page's labelled data for link previews names: SEO plugins pair a label
    in the site's language with its value ("twitter:label1" "Verfasst von", "twitter:data1"
    "Karoline Herr"); the other pairs say the reading time or a price."""
    for index in range(1, 5):
        label = md.get(f"twitter:label{index}")
        if label is None:
            return None
        if LABEL_CHUNK.match(" ".join(label.split())):
            return md.get(f"twitter:data{index}")
    return None


_META_AUTHOR_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    # The New York Times' byline ("By Jane Doe and John Smith"), and Cxense's.
    "byl",
    "cxenseparse:author",
)


def meta_authors(md: Metadata, tree: LexborHTMLParser) -> list[str | None]:
    """The author the page's <meta> tags declare, key by key; a microdata "author" read
    from an item inside the page (a cited paper's, a review's) is left out."""
    values = [md.get(key) for key in _META_AUTHOR_KEYS]
    author = values[0]
    declared = 'meta[name="author" i][content], meta[property="author" i][content]'
    # Co-authors declared one tag each, as "citation_author" lists a paper's.
    each = dict.fromkeys(
        " ".join((n.attributes.get("content") or "").split()) for n in tree.css(declared)
    )
    each.pop("", None)
    if len(each) > 1:
        values[0] = "; ".join(each)
    elif author and not each:
        nested = [
            n
            for n in tree.css('meta[itemprop="author"][content]')
            if (n.attributes.get("content") or "").strip() == author
        ]
        if nested and all(_in_nested_item(n) for n in nested):
            values[0] = None
    return values


def _in_nested_item(node: LexborNode) -> bool:
    """Whether a microdata property belongs to an item that is itself a property of another
    (a reference list's entry, a review, a comment): that work's, never the page's."""
    item = next((a for a in ancestors(node) if "itemscope" in a.attributes), None)
    return item is not None and "itemprop" in item.attributes


def scholarly_authors(tree: LexborHTMLParser) -> list[str]:
    """Every author of a scholarly paper, as journal platforms declare them for indexers,
    one tag each ("citation_author"); the family name may come first ("Adwan, Marwan H.")."""
    found = []
    for node in tree.css('meta[name="citation_author"][content]'):
        value = " ".join((node.attributes.get("content") or "").split())
        family, comma, given = value.partition(",")
        if comma and given.strip() and "," not in given:
            value = f"{given.strip()} {family.strip()}"
        found += clean_name(value)[:1]
    return found

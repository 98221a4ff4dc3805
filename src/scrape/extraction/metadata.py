"""Page metadata from JSON-LD, <meta> tags and microdata, read from the unpruned tree."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

log = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    t.casefold()
    for t in [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "TechArticle",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "LiveBlogPosting",
        "Report",
        "SatiricalArticle",
        "MedicalScholarlyArticle",
        "AdvertiserContentArticle",
        "Posting",
        "HowTo",
        "Recipe",
        "Review",
    ]
)
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})
# What a publication is and a person is not (a WebSite may be named after its owner).
_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})


@dataclass
class Metadata:
    """Every candidate the page declares; the extractor decides which to trust."""

    meta: dict[str, str] = field(default_factory=dict)  # lower-cased property/name -> content
    ld_article: dict[str, Any] | None = None
    # Every JSON-LD article object outside an ItemList, in page order: the candidates for
    # the page's main entity (a list's items are other posts).
    ld_articles: list[dict[str, Any]] = field(default_factory=list)
    ld_types: set[str] = field(default_factory=set)
    ld_site_names: list[str] = field(default_factory=list)
    # Names the page declares as an organisation's, never a person's.
    ld_organisations: list[str] = field(default_factory=list)
    # The other names the site's WebSite or Organization gives itself ("alternateName":
    # "FAZ", "연합뉴스"), in the script or short form its titles may use.
    ld_site_alternate_names: list[str] = field(default_factory=list)
    ld_webpage: dict[str, Any] | None = None
    # Named JSON-LD objects by their "@id": an article's author is often only a reference
    # ({"@id": ".../#/schema/person/..."}) to a Person elsewhere in the graph.
    ld_named: dict[str, dict[str, Any]] = field(default_factory=dict)
    # CSS selectors of the parts of the article the page declares paywalled (a "hasPart" not
    # free to read): text it sends hidden that is the article's, however short.
    paywalled: list[str] = field(default_factory=list)
    html_title: str | None = None
    canonical: str | None = None
    language: str | None = None
    # <meta http-equiv="Content-Language">: one language or a comma-separated list.
    content_language: str | None = None

    def get(self, *keys: str) -> str | None:
        for key in keys:
            value = self.meta.get(key)
            if value:
                return value
        return None


# What CMS templates wrap a JSON-LD block in, left over from XHTML and old browsers:
# "<!-- ... -->", "<![CDATA[ ... ]]>", "//<![CDATA[", "/*<![CDATA[*/ ... /*]]>*/".
_WRAPPER_START = re.compile(r"^\s*(?:<!--\s*)?(?:(?://|/\*)\s*)?(?:<!\[CDATA\[\s*)?(?:\*/)?")
# Their closing marks, read from the end: "//]]>", "/*]]>*/", "]]>", "-->", a stray ";".
# (A pattern anchored at the end with a "\s*" between each mark tried every way of cutting
# each run of spaces in the block, for seconds on an indented block.)
_WRAPPER_ENDS = (";", "-->", "*/", "]]>")
# A JavaScript line comment, as templates leave them in (a field commented out): on a line
# of its own or after a value's comma; "//" inside a string ("https://") follows no comma.
_LINE_COMMENT = re.compile(r"(?:^|(?<=[,{\[]))[ \t]*//[^\n]*", re.MULTILINE)
# An escape JSON does not know ("\\'" from a PHP escaping for JavaScript) stands for its
# character; pairs are read from the left, so an escaped backslash stays one.
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _json_escape(match: re.Match[str]) -> str:
    return match[0] if match[1] in '"\\/bfnrtu' else match[1]


def _without_wrapper_end(raw: str) -> str:
    text = raw.rstrip()
    for mark in _WRAPPER_ENDS:
        text = text.removesuffix(mark).rstrip()
    return text[:-2] if text.endswith(("//", "/*")) else text


def _clean_json(raw: str) -> Any:
    raw = _without_wrapper_end(_WRAPPER_START.sub("", raw, count=1))
    if raw.startswith(("{&quot;", "[&quot;")):
        # Escaped for an attribute, though a script's text is never unescaped.
        raw = html.unescape(raw)
    try:
        return json.loads(raw)
    except RecursionError:
        # Nested deeper than the parser recurses: built to crash readers, not to be read.
        log.debug("JSON-LD block nested too deep (%d chars)", len(raw))
        return None
    except ValueError:
        pass
    # Common breakage: raw newlines/tabs inside strings, trailing commas, comments, escapes
    # JSON lacks; several objects one after another in one block.
    fixed = _ESCAPE.sub(_json_escape, _LINE_COMMENT.sub("", raw))
    fixed = re.sub(r"[\r\n\t]+", " ", fixed)
    fixed = re.sub(r",\s*([}\]])", r"\1", fixed)
    try:
        return _json_values(fixed)
    except RecursionError:
        return None
    except ValueError:
        log.debug("unparseable JSON-LD block (%d chars)", len(raw))
        return _salvaged(raw)


_DECODER = json.JSONDecoder()


def _json_values(text: str) -> Any:
    """The one JSON value of ``text``, or a list of the values written one after another
    (with or without commas between them)."""
    values = []
    at = 0
    while True:
        value, at = _DECODER.raw_decode(text, at)
        values.append(value)
        while at < len(text) and text[at] in " ,;":
            at += 1
        if at >= len(text):
            return values[0] if len(values) == 1 else values
        if text[at] not in "{[":
            raise ValueError(f"extra data at {at}")


# The fields of an article a broken block still gives, each read as a string of its own:
# a quote left unescaped in a headline or text breaks the JSON, not the dates.
_SALVAGED_FIELDS = ("datePublished", "dateModified", "dateCreated")
_TYPE_FIELD = re.compile(r'"@type"\s*:\s*\[?\s*"([^"]+)"')


def _salvaged(raw: str) -> dict[str, Any] | None:
    """What is sure of an article in a block no repair parses: its type and dates, when the
    block describes one article (one type of article, each date field once)."""
    types = {
        t for t in _TYPE_FIELD.findall(raw) if t.casefold().rsplit("/", 1)[-1] in ARTICLE_TYPES
    }
    if len(types) != 1:
        return None
    found: dict[str, Any] = {"@type": types.pop()}
    for name in _SALVAGED_FIELDS:
        values = re.findall(rf'"{name}"\s*:\s*"([^"\\]{{6,40}})"', raw)
        if len(values) > 1:
            return None
        if values:
            found[name] = values[0]
    return found if len(found) > 1 else None


def _ld_objects(
    data: Any, depth: int = 0, listed: bool = False
) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every object of a JSON-LD block, with whether it is (inside) an ItemList's item."""
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1, listed)
    elif isinstance(data, dict):
        yield data, listed
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _ld_objects(data[key], depth + 1, listed or key == "itemListElement")


def _paywalled_selectors(obj: dict[str, Any]) -> list[str]:
    """The ``cssSelector``s of ``obj`` and its ``hasPart``s that are not free to read."""
    parts = obj.get("hasPart")
    found: list[str] = []
    for part in [obj, *(parts if isinstance(parts, list) else [parts])]:
        if not isinstance(part, dict):
            continue
        free, selector = part.get("isAccessibleForFree"), part.get("cssSelector")
        if selector and (free is False or str(free).casefold() == "false"):
            selectors = selector if isinstance(selector, list) else [selector]
            found += [s for s in selectors if isinstance(s, str) and s.strip()]
    return found


def ld_types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).casefold().rsplit("/", 1)[-1] for v in values if v}


def ld_text(value: Any) -> str | None:
    """A plain string out of the shapes JSON-LD uses for names and values."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return ld_text(value.get("name") or value.get("@value") or value.get("text"))
    if isinstance(value, list) and value:
        return ld_text(value[0])
    if isinstance(value, int | float):
        return str(value)
    return None


def read_metadata(tree: LexborHTMLParser) -> Metadata:
    md = Metadata()
    ld_blocks: list[str] = []
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if content and (attrs.get("http-equiv") or "").strip().casefold() == "content-language":
            md.content_language = content.strip()
        if key and content and content.strip():
            content = content.strip()
            md.meta.setdefault(key.strip().casefold(), content)
            if content.startswith("{") and '"@type"' in content:
                # Some frameworks render the JSON-LD into a <meta> ("script:ld+json").
                ld_blocks.append(content)
    if "datemodified" not in md.meta:
        # Microdata marks the update on the byline's own element ("<time itemprop=
        # dateModified datetime=...>"), not only on a <meta>.
        for node in tree.css("[itemprop=dateModified][datetime], [itemprop=dateModified][content]"):
            value = (
                node.attributes.get("datetime") or node.attributes.get("content") or ""
            ).strip()
            if value and _item_is_page(node):
                md.meta["datemodified"] = value
                break
    title = tree.css_first("head title") or tree.css_first("title")
    if title is not None:
        md.html_title = " ".join(title.text().split()) or None
    canonical = tree.css_first('link[rel="canonical"]')
    if canonical is not None:
        md.canonical = (canonical.attributes.get("href") or "").strip() or None
    html = tree.css_first("html")
    if html is not None:
        md.language = (html.attributes.get("lang") or "").strip() or None

    articles: list[dict[str, Any]] = []
    ld_blocks[:0] = [s.text(deep=True) for s in tree.css('script[type="application/ld+json"]')]
    for block in ld_blocks:
        data = _clean_json(block)
        for obj, listed in _ld_objects(data):
            types = ld_types(obj)
            md.ld_types |= types
            md.paywalled += _paywalled_selectors(obj)
            node_id = obj.get("@id")
            if isinstance(node_id, str) and node_id and ld_text(obj.get("name")):
                md.ld_named.setdefault(node_id, obj)
            if types & ARTICLE_TYPES:
                articles.append(obj)
                if not listed:
                    md.ld_articles.append(obj)
            elif types & {"webpage", "medicalwebpage", "collectionpage", "itempage", "aboutpage"}:
                md.ld_webpage = md.ld_webpage or obj
            if types & _ORG_TYPES:
                name = ld_text(obj.get("name"))
                if name:
                    md.ld_site_names.append(name)
                    _note_organisation(md, types, name)
                alternates = obj.get("alternateName")
                for alternate in alternates if isinstance(alternates, list) else [alternates]:
                    if isinstance(alternate, str) and alternate.strip():
                        md.ld_site_alternate_names.append(alternate.strip())
            publisher = obj.get("publisher")
            if isinstance(publisher, dict):
                name = ld_text(publisher.get("name"))
                if name:
                    md.ld_site_names.append(name)
                    _note_organisation(md, ld_types(publisher), name)
    if articles:
        # The page's own article carries a headline and a date; objects nested in lists
        # (related posts) often carry less. Prefer the richest one.
        md.ld_article = max(
            articles,
            key=lambda o: (bool(o.get("headline")), bool(o.get("datePublished")), len(o)),
        )
    return md


def _item_is_page(node: LexborNode) -> bool:
    """Whether a microdata property belongs to the page's article (or the page), not to an
    item inside it (an image, a video, a comment)."""
    element: LexborNode | None = node
    while element is not None:
        attrs = element.attributes
        if "itemscope" in attrs:
            kind = (attrs.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].casefold()
            return not kind or kind in ARTICLE_TYPES or kind in {"webpage", "itempage", "blog"}
        element = element.parent
    return True


def _note_organisation(md: Metadata, types: set[str], name: str) -> None:
    # A personal site may declare its owner as both ("@type": ["Person", "Organization"]).
    if types & _ORGANISATION_TYPES and "person" not in types:
        md.ld_organisations.append(name)


_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


def declared_languages(md: Metadata) -> tuple[str, ...]:
    """The languages the page says it is written in, most specific first, as lower-case
    BCP 47 tags ("de-ch", "pt-br"): ``<html lang>``, the JSON-LD article's ``inLanguage``,
    ``og:locale``, then Content-Language (a <meta> or its http-equiv form, which may list
    several). Values that are no language tag ("x-default", "English") are left out."""
    article = md.ld_article or {}
    values = [
        md.language,
        ld_text(article.get("inLanguage")),
        md.get("og:locale"),
        md.get("content-language", "language"),
        md.content_language,
    ]
    tags: list[str] = []
    for value in values:
        for part in (value or "").split(","):
            tag = part.strip().casefold().replace("_", "-")
            if _LANGUAGE_TAG.fullmatch(tag) and tag not in tags:
                tags.append(tag)
    return tuple(tags)


def host_name(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a mangled address ("https://[host"): no host
        return None
    return host.removeprefix("www.") or None

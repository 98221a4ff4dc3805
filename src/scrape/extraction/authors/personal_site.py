"""The owner of a personal site, for a page that names nobody: a site called by a person's
name that its host spells."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..metadata import Metadata
from ..names import DESK, PUBLICATION, common_words, person_like, spelled_as_name
from .common import registered

# Articles, which open many a publication's name and never a given name. English ones are
# in NOT_NAME_WORD already; "de", "der" and the like are particles of family names too.
_ARTICLES = frozenset(
    [
        "le",
        "la",
        "les",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "die",
        "der",
        "das",
        "de",
        "het",
        "den",
        "o",
        "os",
        "as",
        "un",
        "une",
        "ein",
        "eine",
    ]
)


def _subdomain(host: str) -> bool:
    """Whether ``host`` is a name under a registered domain ("owain.bearblog.dev"), not
    the registered domain itself ("urania.de", "example.co.uk")."""
    return len(host.split(".")) > len(registered(host))


# Pages a site declares as a product or a collection of its pages, not a post.
_UNWRITTEN = frozenset({"product", "productgroup", "collectionpage", "searchresultspage"})


def personal_site(md: Metadata, tree: LexborHTMLParser, site: list[str]) -> list[str]:
    """The owner of a personal site, when the page names nobody else: the site is called
    by a person's name ("Owain Brennan", the title's suffix or the home link) and the host
    spells it ("owain.example.dev", "artmann.co")."""
    hosts = [s for s in site if "." in s and " " not in s]
    if not hosts or md.ld_organisations:
        # A site that declares an organisation as its publisher or owner, by whatever name
        # ("Sogn Avis AS" for "Sogn Avis"), is that organisation's: a newspaper or a brand
        # named like a person is no owner to name.
        return []
    if md.ld_types & _UNWRITTEN or (md.get("og:type") or "").casefold().startswith("product"):
        # A shop's product or a page listing the site's posts: the owner wrote none of it.
        return []
    host = re.sub(r"\W+", "", hosts[0].casefold())
    candidates = list(site)
    if md.html_title:
        candidates += [p.strip() for p in re.split(r"\s[|\-–—·]\s", md.html_title)[1:]]
    home = tree.css_first('a[href="/"]')
    if home is not None:
        candidates.append(" ".join(home.text(deep=True).split()))
    first_label = hosts[0].casefold().split(".")[0]
    domain = re.sub(r"\W+", "", registered(hosts[0])[0])
    text = tree.body.text(deep=True, separator=" ") if tree.body is not None else ""
    for candidate in candidates:
        words = candidate.split()
        if len(words) != 2 or not person_like(candidate) or DESK.match(candidate):
            continue
        # A brand set in capitals ("CODE FARM", "ECOVACS US", "UVA SCPS") or with signs
        # ("OK! Magazin"): the site writes its own name so, never a person's.
        if not spelled_as_name(candidate) or any(
            len(w.strip(".")) >= 2 and w.isupper() for w in words
        ):
            continue
        if common_words(candidate, text):  # "Statistics Globe", "Privacy Guides"
            continue
        if words[0].casefold() in _ARTICLES:  # "La Gazette", "Die Rundschau": a title
            continue
        if any(PUBLICATION.fullmatch(w) for w in words):  # "Ege Haber", "Harbour Gazette"
            continue
        given, family = (re.sub(r"\W+", "", w.casefold()) for w in words)
        # The full name in the host, the family name as the whole name of the domain
        # ("artmann.co"), or the given name as the label of a blog on a shared host
        # ("owain.bearblog.dev"). A given name as a domain of its own ("urania.de" for
        # "Urania Berlin") is a brand's name, and so is a word of the site's name that is
        # only a piece of the domain or a subdomain ("Natürlich Jagd" on natuerlich-jagd.de,
        # "ZDNet Japan" on japan.zdnet.com, "Docker Docs" on docs.docker.com).
        on_shared_host = _subdomain(hosts[0])
        if (
            given + family in host
            or (len(family) >= 4 and family == domain)
            or (on_shared_host and given == first_label)
        ):
            return [candidate]
    return []

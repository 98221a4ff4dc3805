"""The owner of a personal site is named only where the site is a person's: a brand or a
newspaper named like a person, found in its host, is nobody's byline."""

from __future__ import annotations

from scrape.extraction.extractor import extract

TEXT_SW = "<p>" + "Habari za leo zinaendelea kwa muda mrefu katika aya hii. " * 15 + "</p>"
TEXT_CA = "<p>" + "Aquest és un paràgraf normal, que continua una estona. " * 15 + "</p>"
TEXT_ET = "<p>" + "See on artikli tavaline lõik, mis kestab veel mõnda aega edasi. " * 15 + "</p>"


def _page(site: str, headline: str, text: str, head: str = "") -> str:
    return (
        f"<html><head><title>{headline} | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>{head}</head><body>"
        f"<header><a href='/'>{site}</a></header><main>"
        f"<h1>{headline}</h1>{text}</main></body></html>"
    )


def test_a_word_of_the_sites_name_inside_its_domain_is_no_owners_name() -> None:
    # A section's subdomain ("esports.diari.example") and a word inside a longer domain
    # name ("mpyahabari") spell a brand's words, not a person's family name.
    section = _page("Diari Esports", "El Barça guanya a Girona", TEXT_CA)
    assert extract(section, "https://esports.diari.example/barca-girona").authors == ()
    portal = _page("Habari Mpya", "Mvua kubwa yanyesha Dodoma", TEXT_SW)
    assert extract(portal, "https://www.mpyahabari.example/mvua-dodoma").authors == ()


def test_a_family_name_as_the_whole_domain_is_the_owners() -> None:
    page = _page("Kristjan Tamm", "Miks ma aias käin", TEXT_ET)
    assert extract(page, "https://tamm.example/2024/aed").authors == ("Kristjan Tamm",)


SHOP_SL = "".join(
    f"<p>Ročno izdelana skodelica {i} iz gline, žgana pri visoki temperaturi, primerna za "
    f"pomivalni stroj in mikrovalovno pečico, z dostavo v treh delovnih dneh.</p>"
    for i in range(8)
)
LIST_HR = "".join(
    f"<article><h2><a href='/vijesti/{i}'>Vijest broj {i} iz grada</a></h2><p>Kratki sažetak "
    f"vijesti koji najavljuje članak i poziva čitatelja da klikne dalje na cijeli tekst.</p>"
    "</article>"
    for i in range(8)
)


def test_a_shops_product_page_has_no_owner_to_name() -> None:
    declared = "<meta property='og:type' content='product'>"
    page = _page("Zlata Ribica", "Skodelica iz gline", SHOP_SL, declared)
    assert extract(page, "https://zlataribica.example/izdelki/skodelica").authors == ()
    schema = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        '"@type": "Product", "name": "Skodelica iz gline"}</script>'
    )
    page = _page("Zlata Ribica", "Skodelica iz gline", SHOP_SL, schema)
    assert extract(page, "https://zlataribica.example/izdelki/skodelica").authors == ()


def test_a_page_listing_the_sites_posts_has_no_owner_to_name() -> None:
    schema = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        '"@type": "CollectionPage", "name": "Vijesti"}</script>'
    )
    page = _page("Gradski Glasnik", "Vijesti", LIST_HR, schema)
    assert extract(page, "https://gradskiglasnik.example/vijesti/").authors == ()

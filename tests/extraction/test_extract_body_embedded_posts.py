"""A post embedded from a social network (the markup the network's embed code gives: a
``<blockquote>`` its script turns into a card) is the poster's words, not the story's: it is
no part of the body, wherever the theme wraps it. The paragraphs around it stay, and so does
a quotation the writer set in a plain ``<blockquote>``."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_BEFORE = (
    "Der Sportclub hat den Vertrag mit seiner Torhüterin vorzeitig bis 2028 verlängert, wie "
    "der Verein am Donnerstag nach dem Training im Stadion an der Dreisam mitteilte."
)
_AFTER = (
    "Die 24-Jährige war im Sommer 2022 aus Göteborg gekommen und hatte seither in allen "
    "Ligaspielen im Tor gestanden, in der vergangenen Saison blieb sie neunmal ohne Gegentor."
)
_MORE = "".join(
    f"<p>Absatz {i}: Die Mannschaft bereitet sich in dieser Woche auf das Heimspiel vor, "
    f"Trainerin und Sportliche Leiterin wollen bis zum Winter {i + 2} weitere Zugänge holen.</p>"
    for i in range(5)
)
_POST = "Unterschrift! Unsere Nummer eins bleibt bis 2028 im Breisgau"

# The networks' embed codes, as themes wrap them.
_EMBEDS = {
    "x": (
        "<div class='article__embed embed--twitter'><blockquote class='twitter-tweet' "
        "data-lang='de'><p lang='de' dir='ltr'>{post} 🖊️ <a href='https://t.co/x1'>"
        "pic.twitter.com/x1</a></p>— SC Breisgau (@scbreisgau) <a href='https://twitter.com/"
        "scbreisgau/status/1'>4. Juli 2024</a></blockquote></div>"
    ),
    "instagram": (
        "<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com"
        "/p/C4x/' data-instgrm-version='14'><div><p>{post}</p><p>Ein Beitrag geteilt von SC "
        "Breisgau (@scbreisgau)</p></div></blockquote>"
    ),
    "tiktok": (
        "<figure class='embed'><blockquote class='tiktok-embed' cite='https://www.tiktok.com/"
        "@scbreisgau/video/7' data-video-id='7'><section><p>{post}</p></section></blockquote>"
        "</figure>"
    ),
    "bluesky": (
        "<blockquote class='bluesky-embed' data-bluesky-uri='at://did:plc:x/app.bsky.feed.post"
        "/3k'><p lang='de'>{post}</p>&mdash; SC Breisgau (@scbreisgau.bsky.social)"
        "</blockquote>"
    ),
    "facebook": (
        "<div class='fb-post' data-href='https://www.facebook.com/scbreisgau/posts/1'>"
        "<blockquote cite='https://www.facebook.com/scbreisgau/posts/1'><p>{post}</p>"
        "</blockquote></div>"
    ),
}


def _page(embed: str) -> str:
    return (
        "<html><head><title>Torhüterin verlängert bis 2028</title></head><body><article>"
        "<h1>Torhüterin verlängert bis 2028</h1>"
        f"<p>{_BEFORE}</p>{embed}<p>{_AFTER}</p>{_MORE}</article></body></html>"
    )


@pytest.mark.parametrize("network", sorted(_EMBEDS))
def test_an_embedded_post_is_not_the_story(network: str) -> None:
    body = extract(_page(_EMBEDS[network].format(post=_POST)), "https://sport.example/a").body
    assert _POST not in body
    assert _BEFORE in body and _AFTER in body


def test_a_plain_quotation_stays() -> None:
    quote = "<blockquote><p>" + _POST + ", sagte die Trainerin nach dem Training.</p></blockquote>"
    body = extract(_page(quote), "https://sport.example/a").body
    assert _POST in body
    assert _BEFORE in body and _AFTER in body


def test_a_round_up_of_posts_keeps_them() -> None:
    # "The week's best tweets": the posts, each with a line of comment, are the story.
    posts = "".join(
        f"<p>Nummer {i}: der Verein über den Neuzugang.</p>"
        + _EMBEDS["x"].format(post=f"{_POST}, Beitrag {i}")
        for i in range(8)
    )
    body = extract(_page(posts), "https://sport.example/a").body
    assert f"{_POST}, Beitrag 0" in body and f"{_POST}, Beitrag 7" in body

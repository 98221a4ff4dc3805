"""The posts a page embeds from social networks."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# The markup the networks' embed codes give, before their scripts turn it into a card: a
# <blockquote> of these classes (read from the few quotations a page has: one selector per
# class would walk the page nine times), or Facebook's <div>.
_POST_CLASSES = frozenset(
    {
        "twitter-tweet",
        "twitter-video",
        "instagram-media",
        "tiktok-embed",
        "bluesky-embed",
        "text-post-media",
        "mastodon-embed",
        "reddit-embed-bq",
        "fb-post",
    }
)
# A page embedding this many posts is a round-up of them ("the week's best tweets").
_ROUND_UP = 8


def embedded_posts(body: LexborNode) -> list[LexborNode]:
    """The posts embedded among the paragraphs: the poster's words, quoted whole, not the
    article's (the labelled sets leave them out of the text). None on a round-up, whose
    story the posts are."""
    posts = [
        node
        for node in body.css("blockquote[class], div.fb-post")
        if not _POST_CLASSES.isdisjoint((node.attributes.get("class") or "").split())
    ]
    return [] if len(posts) >= _ROUND_UP else posts

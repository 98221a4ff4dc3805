"""The posts a page embeds from social networks."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# The markup the networks' embed codes give, before their scripts turn it into a card.
_POSTS = (
    "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, "
    "blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.text-post-media, "
    "blockquote.mastodon-embed, blockquote.reddit-embed-bq, div.fb-post"
)
# A page embedding this many posts is a round-up of them ("the week's best tweets").
_ROUND_UP = 8


def embedded_posts(body: LexborNode) -> list[LexborNode]:
    """The posts embedded among the paragraphs: the poster's words, quoted whole, not the
    article's (the labelled sets leave them out of the text). None on a round-up, whose
    story the posts are."""
    posts = body.css(_POSTS)
    return [] if len(posts) >= _ROUND_UP else posts

"""A platform's writer handle ("/@janedoe") links the writer's page, as "/author/" does, on
the site itself; off it ("youtube.com/@channel") it is a social account, and a reader's
handle in the comments is no byline."""

from __future__ import annotations

from scrape.extraction.extractor import extract

TEXT = "".join(
    f"<p>Paragraph {i} of the essay, which argues about remote work and what it changed "
    f"for teams that used to share one office, at some length.</p>"
    for i in range(8)
)
URL = "https://medium.example/@janedoe/what-remote-work-changed-4f2a9c"


def _page(header: str, after: str = "") -> str:
    return (
        "<html><head><title>What remote work changed</title></head><body><main><article>"
        f"<h1>What remote work changed</h1>{header}{TEXT}</article>{after}</main></body></html>"
    )


def test_the_writers_handle_link_on_the_site_is_the_byline() -> None:
    header = (
        "<div><a href='/@janedoe'>Jane Doe</a> · <button>Follow</button></div>"
        "<div><span>5 min read</span> · <span>Nov 5, 2024</span></div>"
    )
    assert extract(_page(header), URL).authors == ("Jane Doe",)


def test_a_handle_off_the_site_or_in_the_comments_is_no_byline() -> None:
    social = "<p>Watch <a href='https://www.youtube.com/@Remote Teams'>Remote Teams</a></p>"
    comments = (
        "<section class='comments'><h2>Responses</h2>"
        "<div><a href='/@maxweber'>Max Weber</a><p>Great piece, I disagree with the end of it "
        "but the rest is right.</p></div></section>"
    )
    assert extract(_page(social, comments), URL).authors == ()

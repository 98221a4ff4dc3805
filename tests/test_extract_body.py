"""Body text: what the article says, in order, and nothing of the page around it."""

from __future__ import annotations

from scrape.extract import extract

PARA = (
    "<p>"
    + "The council approved the plan after a long debate about costs and timing. " * 4
    + "</p>"
)


def _extract_body(body: str) -> str:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body>"
        f"<article><h1>Harbour plan approved</h1>{body}</article></body></html>"
    )
    return extract(html, "https://harbour.example/news/plan-approved").body


def test_loose_text_after_subheadings_is_kept() -> None:
    # Sites that write paragraphs as bare text and <br>s after an <h2>, without <p>.
    loose = "Ferries will run every hour from May, the operator said after the vote."
    body = _extract_body(f"{PARA * 2}<div><h2>What changes</h2>{loose}<br><br>{loose}</div>")
    assert "What changes" in body
    assert "Ferries will run every hour from May" in body


def test_highlighted_code_comments_are_kept() -> None:
    # Highlighters class comment tokens "hljs-comment": not a comment section.
    code = (
        "<pre><code class='hljs'><span class='hljs-comment'># initialise the repository</span>\n"
        "git init\n<span class='hljs-comment'># stage every change</span>\ngit add -A</code></pre>"
    )
    body = _extract_body(PARA * 2 + code + PARA)
    assert "# initialise the repository" in body
    assert "# stage every change" in body

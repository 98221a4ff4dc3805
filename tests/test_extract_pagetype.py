"""Page-type decisions the crawler relies on to skip non-articles."""

from __future__ import annotations

from scrape import extract

_THREAD = """<html><head><title>Best budget headphones? - Audio Forum</title>
<meta property="og:type" content="website"></head><body>
<h1>Best budget headphones?</h1>
<div class="post"><p class="byline">By <a rel="author" href="/u/sam">Sam Carter</a></p>
<time datetime="2025-03-02T10:00:00Z">Mar 2, 2025</time>
{posts}
</div></body></html>"""

_POST = "".join(
    f"<p>Reply {i}: I have compared pair number {i} under fifty dollars; its sound stage, "
    f"comfort over {i + 2} hours and cable quality beat the pair I owned before it.</p>"
    for i in range(20)
)


def test_dated_signed_forum_thread_is_not_an_article() -> None:
    # A post date and a user name are no evidence of an article on a forum URL.
    html = _THREAD.format(posts=_POST)
    art = extract(html, "https://forum.example.org/t/best-budget-headphones/40024")
    assert not art.is_article
    assert art.page_type == "forum"


def test_dated_signed_docs_page_is_not_an_article() -> None:
    html = _THREAD.format(posts=_POST)
    art = extract(html, "https://example.org/docs/get-started/introduction/")
    assert not art.is_article
    assert art.page_type == "documentation"


def test_news_article_with_structured_data_still_is_one() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Council approves budget", "datePublished": "2025-03-02T10:00:00Z", '
        '"author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    )
    html = _THREAD.format(posts=_POST).replace("</head>", ld + "</head>")
    art = extract(html, "https://news.example.org/2025/03/02/council-approves-budget")
    assert art.is_article


_FAQ_LD = (
    '<script type="application/ld+json">[{{"@type": "BlogPosting", "headline": "How to price '
    'plumbing jobs", "datePublished": "2025-03-02T10:00:00Z", "author": {{"@type": "Person", '
    '"name": "Jane Roe"}}}}, {{"@type": "{page}", "mainEntity": [{{"@type": "Question", '
    '"name": "What is a fair hourly rate?", "acceptedAnswer": {{"@type": "Answer", '
    '"text": "It depends on the region."}}}}]}}]</script>'
)


def test_blog_post_with_faq_markup_is_an_article() -> None:
    # FAQPage > Question is how posts mark up their FAQ section: no forum thread.
    html = _THREAD.format(posts=_POST).replace(
        "</head>", _FAQ_LD.format(page="FAQPage") + "</head>"
    )
    art = extract(html, "https://example.com/resources/blog/how-to-price-plumbing-jobs/")
    assert art.is_article


def test_question_and_answer_page_is_a_forum() -> None:
    ld = _FAQ_LD.format(page="QAPage").replace("BlogPosting", "WebPage")
    html = _THREAD.format(posts=_POST).replace("</head>", ld + "</head>")
    art = extract(html, "https://example.com/answers/how-to-price-plumbing-jobs/")
    assert not art.is_article
    assert art.page_type == "forum"

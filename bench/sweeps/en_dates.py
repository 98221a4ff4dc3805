"""Dates as English papers print them: published and updated stamps in one element, the
Guardian's and the Mail's shapes, relative times with a machine-readable datetime, US
numeric days, and the traps: the site's "today" in a bar over the headline, a copyright
year, a related card, a caption, an event's day in the first paragraph."""

import warnings
from datetime import UTC, datetime

from scrape import extract

warnings.simplefilter("ignore")
FETCH = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
P = (
    "<p>"
    + "The council voted on Tuesday to extend the winter ferry service with two late crossings. "
    * 6
    + "</p>"
)
H = "<h1>Ferry service extended into winter</h1>"


def art(meta, after=""):
    return f"<main><article>{H}{meta}{P}</article>{after}</main>"


cases = [
    (
        "cnn published/updated",
        art(
            "<div class='timestamp'>Updated 10:15 AM EST, Fri December 4, 2026<br>Published 3:45 PM EST, Thu December 3, 2026</div>"
        ),
        "2026-12-03",
    ),
    (
        "usa today",
        art(
            "<div class='byline'>Jane Doe<br>USA TODAY</div><div class='date'>Published 3:45 p.m. ET Dec. 3, 2026 | Updated 10:15 a.m. ET Dec. 4, 2026</div>"
        ),
        "2026-12-03",
    ),
    (
        "guardian",
        art(
            "<details><summary>Thu 3 Dec 2026 14.35 GMT</summary><span>Last modified on Fri 4 Dec 2026 10.00 GMT</span></details>"
        ),
        "2026-12-03",
    ),
    (
        "dailymail",
        art(
            "<p class='byline-section'><span class='article-timestamp article-timestamp-published'><span class='article-timestamp-label'>Published:</span> <time datetime='2026-12-03T14:35:00+0000'>14:35 GMT, 3 December 2026</time></span> | <span class='article-timestamp-updated'><span class='article-timestamp-label'>Updated:</span> <time datetime='2026-12-04T10:00:00+0000'>10:00 GMT, 4 December 2026</time></span></p>"
        ),
        "2026-12-03",
    ),
    (
        "bbc relative time",
        art("<time datetime='2026-12-03T10:00:00.000Z'>2 days ago</time>"),
        "2026-12-03",
    ),
    (
        "wp posted on by",
        art(
            "<div class='entry-meta'>Posted on <a href='/2026/12/03/ferry/'><time class='entry-date published' datetime='2026-12-03T08:00:00+00:00'>December 3, 2026</time><time class='updated' datetime='2026-12-04T09:00:00+00:00'>December 4, 2026</time></a> by <a href='/author/admin'>admin</a></div>"
        ),
        "2026-12-03",
    ),
    (
        "month dd, yyyy at time",
        art("<p class='meta'>December 3, 2026 at 10:15 a.m.</p>"),
        "2026-12-03",
    ),
    ("uk day month year", art("<p class='meta'>3 December 2026</p>"), "2026-12-03"),
    ("us numeric m/d/y", art("<p class='meta'>12/03/2026</p>"), "2026-12-03"),
    (
        "today bar trap",
        "<div class='top-bar'>Saturday, December 5, 2026</div>"
        + art("<p class='meta'>December 2, 2026</p>"),
        "2026-12-02",
    ),
    (
        "weather bar trap",
        "<div class='header-date'>Sat, Dec 5, 2026 | 45°F</div>"
        + art("<p class='byline'>By Jane Doe · Dec 1, 2026</p>"),
        "2026-12-01",
    ),
    (
        "copyright trap",
        art("<p class='meta'>Dec 1, 2026</p>", "<footer>© 2026 Harbour Post</footer>"),
        "2026-12-01",
    ),
    (
        "related after",
        art(
            "<p class='meta'>Dec 3, 2026</p>",
            "<aside class='related'><article><a href='/x'>Another story about something else</a><time datetime='2026-11-20'>Nov 20, 2026</time></article></aside>",
        ),
        "2026-12-03",
    ),
    (
        "caption date before",
        "<main><article>"
        + H
        + "<figure><img src='/a.jpg'><figcaption>The ferry on March 4, 2025. (Photo: Jane Roe)</figcaption></figure><p class='meta'>Dec 3, 2026</p>"
        + P
        + "</article></main>",
        "2026-12-03",
    ),
    ("abbr month no comma", art("<span class='date'>Dec 3 2026</span>"), "2026-12-03"),
    ("iso in text", art("<span class='date'>2026-12-03</span>"), "2026-12-03"),
    ("ago hours", art("<span class='date'>5 hours ago</span>"), "2026-12-05"),
    ("yesterday", art("<span class='date'>Yesterday at 4:10 PM</span>"), "2026-12-04"),
    ("sept abbr", art("<span class='date'>Sept. 3, 2026</span>"), "2026-09-03"),
    (
        "updated only stamp + ld",
        art("<span class='date'>Updated Dec. 4, 2026</span>"),
        "2026-12-04",
    ),
    (
        "dateline in text",
        art(
            "<p>WASHINGTON (AP) — The council voted on Dec. 1, 2026 to extend the ferry service into the winter months, after a long debate over its cost and the late crossings.</p>"
        ),
        None,
    ),
]
bad = 0
for name, body, want in cases:
    html = f"<html lang='en'><head><title>Ferry service extended into winter | Harbour Post</title></head><body>{body}</body></html>"
    a = extract(
        html, "https://www.harbourpost.example/news/local/ferry-service-extended", fetched_at=FETCH
    )
    got = a.published.date().isoformat() if a.published else None
    if got != want:
        bad += 1
        print(f"{name:40} want {want} got {got}")
print("bad", bad)

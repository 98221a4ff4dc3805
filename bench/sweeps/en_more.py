"""English magazines, US networks, tech sites and papers of Canada, Australia and Asia (from
memory of their templates): The Atlantic, The New Yorker, POLITICO, The Verge, WIRED,
TechCrunch, Ars Technica, Business Insider, Vox, NBC News, CBS News, The Hill, Newsweek,
Forbes, CNBC, The Sun, the Express, The Conversation, Euronews, CBC, The Sydney Morning
Herald, The Straits Times, Hindustan Times, The Times of Israel. Pages declare no date
unless a case says so, so the shown stamp must give the day. Prints a wrong title, date,
author list or a line of furniture kept in the text, then `bad N`. ``--hashed`` first
replaces every class and id with a hash, as build tools do.

    .venv/bin/python bench/sweeps/en_more.py [--hashed] [name ...]
"""

import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_extract import generated_class_names
from page_checks import misses

from scrape.extraction.extractor import extract as _extract

warnings.simplefilter("ignore")
HASHED = "--hashed" in sys.argv
EN = "The government said on Tuesday that the new rules would take effect next spring, after months of talks with unions and employers."
HD = "New rules will take effect next spring"


def extract(html, url):
    return _extract(generated_class_names(html) if HASHED else html, url=url)


def page(site, head, byline, tail="", *, declared=False, lead=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HD}
    if declared:
        ld["datePublished"] = "2024-11-05T10:22:31-05:00"
    body = lead + "".join(
        f"<p>{EN} {EN.replace('Tuesday', d)}</p>" for d in ("Monday", "Wednesday", "Friday")
    )
    return f"""<html lang="en"><head><title>{HD} | {site}</title><meta property="og:title" content="{HD}">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body><header><nav><a href="/">{site}</a><a href="/politics/">Politics</a><a href="/sport/">Sport</a></nav><div class="today">Wednesday, November 6, 2024</div></header>
<main><article>{head or f"<h1>{HD}</h1>"}{byline}<div class="article-body">{body}{tail}</div></article></main><footer>© {site} 2024 · Terms · Privacy</footer></body></html>"""


# name, site, head, byline, tail, authors, junk[, page options]
cases = [
    (
        "atlantic",
        "The Atlantic",
        "",
        "<div class='ArticleBylines_root'><address>By <a href='/author/jane-doe/'>Jane Doe</a></address></div><time class='ArticleTimestamp_root' datetime='2024-11-05T15:22:00Z'>November 5, 2024, 10:22 AM ET</time>",
        "<p>This article appears in the December 2024 print edition with the headline “The Rules.”</p><p>When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.</p>",
        ["Jane Doe"],
        ["print edition", "we receive a commission"],
    ),
    (
        "newyorker",
        "The New Yorker",
        "<p class='rubric'>Annals of Government</p><h1>" + HD + "</h1>",
        "<div class='byline'>By <a href='/contributors/jane-doe'>Jane Doe</a></div><time>November 5, 2024</time>",
        "<p>Published in the print edition of the November 11, 2024, issue, with the headline “The Rules.”</p><p>New Yorker Favorites</p>",
        ["Jane Doe"],
        ["Published in the print edition", "New Yorker Favorites"],
    ),
    (
        "politico",
        "POLITICO",
        "",
        "<p class='story-meta__authors'>By <a href='/staff/jane-doe'>JANE DOE</a></p><p class='story-meta__timestamp'><time datetime='2024-11-05 10:22'>11/05/2024 10:22 AM EST</time></p>",
        "<p>Filed under: Congress, Budget</p>",
        ["JANE DOE"],
        ["Filed under"],
    ),
    (
        "verge",
        "The Verge",
        "",
        "<div class='byline'><span>by <a href='/authors/jane-doe'>Jane Doe</a></span><time datetime='2024-11-05T15:22:00+00:00'>Nov 5, 2024, 10:22 AM EST</time></div>",
        "<p>Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.</p><p>Most Popular</p>",
        ["Jane Doe"],
        ["Follow topics and authors", "Most Popular"],
    ),
    (
        "wired",
        "WIRED",
        "",
        "<div class='byline'><a href='/author/jane-doe/'>Jane Doe</a></div><time>Nov 5, 2024 10:22 AM</time>",
        "<p>You Might Also Like …</p><p>In your inbox: Upgrade your life with WIRED-tested gear</p>",
        ["Jane Doe"],
        ["You Might Also Like", "In your inbox"],
    ),
    (
        "techcrunch",
        "TechCrunch",
        "",
        "<div class='article__byline'><a href='/author/jane-doe/'>Jane Doe</a></div><div class='article__date'>10:22 AM PST · November 5, 2024</div>",
        "<p>Topics</p><p>Subscribe for the industry’s biggest tech news</p>",
        ["Jane Doe"],
        ["Subscribe for the industry"],
    ),
    (
        "ars",
        "Ars Technica",
        "",
        "<p class='byline'><a href='/author/janedoe/'>Jane Doe</a> - <time datetime='2024-11-05T15:22:00+00:00'>Nov 5, 2024 3:22 pm</time> UTC</p>",
        "<p>Jane Doe is a senior policy reporter at Ars Technica, focusing on regulation and telecoms.</p><p>Promoted Comments</p><p>Channel Ars Technica</p>",
        ["Jane Doe"],
        ["senior policy reporter at Ars", "Channel Ars Technica"],
    ),
    (
        "insider",
        "Business Insider",
        "",
        "<div class='byline'><img alt='An icon in the shape of a person's head and shoulders. It often indicates a user profile.'><a href='/author/jane-doe'>Jane Doe</a></div><div class='date'>Nov 5, 2024, 10:22 AM ET</div><div>Share</div><div>Save</div>",
        "<p>Read next</p>",
        ["Jane Doe"],
        ["An icon in the shape", "Read next"],
    ),
    (
        "vox",
        "Vox",
        "",
        "<div class='byline'>by <a href='/authors/jane-doe'>Jane Doe</a></div><div class='timestamp'>Updated Nov 5, 2024, 10:22 AM EST</div>",
        "<p>You’ve read 1 article in the last month</p><p>Understand the world with a daily explainer plus the most compelling stories of the day.</p>",
        ["Jane Doe"],
        ["read 1 article", "daily explainer"],
    ),
    (
        "nbc",
        "NBC News",
        "",
        "<div class='article-body__date-source'><time>Nov. 5, 2024, 10:22 AM EST / Updated Nov. 6, 2024, 11:00 AM EST</time></div><div class='byline-name'>By Jane Doe and John Smith</div>",
        "<p>Jane Doe is a politics reporter for NBC News.</p><p>John Smith is a producer for NBC News.</p>",
        ["Jane Doe", "John Smith"],
        ["politics reporter for NBC", "producer for NBC"],
    ),
    (
        "cbs",
        "CBS News",
        "",
        "<p class='content__meta--byline'>By <a href='/team/jane-doe/'>Jane Doe</a></p><p class='content__meta'>Updated on: November 5, 2024 / 10:22 AM EST / CBS News</p>",
        "<p>In: Congress</p><p>Jane Doe is a senior reporter for CBS News Digital covering Congress.</p><p>More from CBS News</p>",
        ["Jane Doe"],
        ["In: Congress", "senior reporter for CBS", "More from CBS"],
    ),
    (
        "hill",
        "The Hill",
        "",
        "<div class='submitted-by'>by <a href='/author/jane-doe/'>Jane Doe</a> - 11/05/24 10:22 AM ET</div>",
        "<p>Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>",
        ["Jane Doe"],
        ["Nexstar"],
    ),
    (
        "newsweek",
        "Newsweek",
        "",
        "<div class='author'>By <a href='/authors/jane-doe'>Jane Doe</a> Senior Reporter</div><div class='date'>Published Nov 05, 2024 at 10:22 AM EST</div>",
        "<p>Request Reprint &amp; Licensing</p><p>Submit Correction</p><p>View Editorial &amp; Corrections Policy</p>",
        ["Jane Doe"],
        ["Reprint", "Submit Correction", "Corrections Policy"],
    ),
    (
        "forbes",
        "Forbes",
        "",
        "<div class='contrib-byline-author'><a href='/sites/janedoe/'>Jane Doe</a><span>Forbes Staff</span></div><time>Nov 5, 2024, 10:22am EST</time>",
        "<p>Follow me on Twitter or LinkedIn.</p><p>Jane Doe covers policy for Forbes.</p>",
        ["Jane Doe"],
        ["Follow me", "covers policy for Forbes"],
    ),
    (
        "cnbc",
        "CNBC",
        "",
        "<div class='ArticleHeader-time'>Published Tue, Nov 5 2024 10:22 AM EST</div><div class='Author-authorName'><a href='/jane-doe/'>Jane Doe</a><span>@janedoe</span></div>",
        "<p>WATCH: Why the new rules matter</p><p>Don't miss: The best budget apps</p>",
        ["Jane Doe"],
        ["WATCH:", "Don't miss"],
    ),
    (
        "sun",
        "The Sun",
        "",
        "<div class='article__author'><a href='/author/jane-doe/'>Jane Doe</a>, Political Reporter</div><div class='article__published'>Published: 10:22, 5 Nov 2024</div><div class='article__updated'>Updated: 11:00, 5 Nov 2024</div>",
        "<p>We pay for your stories! Do you have a story for The Sun Online news team? Email us at tips@the-sun.co.uk or call 0207 782 4368.</p>",
        ["Jane Doe"],
        ["We pay for your stories"],
    ),
    (
        "express",
        "Express",
        "",
        "<div class='author'>By <a href='/authors/jane-doe'>Jane Doe</a>, Political Reporter</div><div class='publish-info'>10:22, Tue, Nov 5, 2024 | UPDATED: 11:00, Tue, Nov 5, 2024</div>",
        "",
        ["Jane Doe"],
        [],
    ),
    (
        "conversation",
        "The Conversation",
        "",
        "<div class='content-authors'><a href='/profiles/jane-doe-123'>Jane Doe</a>, <span>University of Leeds</span></div><time datetime='2024-11-05T10:22:31Z'>Published: November 5, 2024 10:22am GMT</time>",
        "<p>Disclosure statement</p><p>Jane Doe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.</p><p>Republish this article</p>",
        ["Jane Doe"],
        ["does not work for, consult", "Republish"],
    ),
    (
        "euronews",
        "Euronews",
        "",
        "<div class='c-article-contributors'>By <a href='/profiles/123'>Jane Doe</a> with AP</div><div class='c-article-publication-date'>Published on 05/11/2024 - 10:22 GMT+1</div>",
        "",
        ["Jane Doe"],
        [],
    ),
    (
        "cbc",
        "CBC",
        "",
        "<div class='bylineDetails'><span class='authorText'>Jane Doe</span> · CBC News · <time>Posted: Nov 05, 2024 10:22 AM EST</time> | Last Updated: November 6, 2024</div>",
        "<p>With files from The Canadian Press</p><p>ABOUT THE AUTHOR</p><p>Jane Doe is a reporter with CBC News in Ottawa.</p>",
        ["Jane Doe"],
        ["With files from", "ABOUT THE AUTHOR", "reporter with CBC News"],
    ),
    (
        "smh",
        "The Sydney Morning Herald",
        "",
        "<div class='byline'>By <a href='/by/jane-doe'>Jane Doe</a></div><time datetime='2024-11-05T10:22:31+11:00'>November 5, 2024 — 10.22am</time>",
        "<p>Log in, register or subscribe to save articles for later.</p><p>License this article</p>",
        ["Jane Doe"],
        ["save articles for later", "License this article"],
    ),
    (
        "straits",
        "The Straits Times",
        "",
        "<div class='author'><a href='/authors/jane-doe'>Jane Doe</a><span>Political Correspondent</span></div><div class='story-updatedate'>Updated Nov 06, 2024, 08:00 AM</div><div class='story-postdate'>Published Nov 05, 2024, 10:22 AM</div>",
        "<p>Join ST's Telegram channel and get the latest breaking news delivered to you.</p>",
        ["Jane Doe"],
        ["Telegram channel"],
    ),
    (
        "ht",
        "Hindustan Times",
        "",
        "<div class='storyBy'>By <a href='/author/jane-doe'>Jane Doe</a></div><div class='dateTime'>Nov 05, 2024 10:22 AM IST</div>",
        "<p>Get Current Updates on India News, Election Results along with Latest News and Top Headlines from India and around the world.</p>",
        ["Jane Doe"],
        ["Get Current Updates"],
    ),
    (
        "toi-il",
        "The Times of Israel",
        "",
        "<div class='byline'>By <a href='/writers/jane-doe/'>JANE DOE</a></div><div class='date'>5 November 2024, 10:22 am</div>",
        "<p>Are you relying on The Times of Israel for accurate and timely coverage right now? If so, please join The Times of Israel Community.</p>",
        ["JANE DOE"],
        ["Are you relying"],
    ),
]
only = [arg for arg in sys.argv[1:] if arg != "--hashed"]
bad = 0
for name, site, head, byline, tail, authors, junk, *options in cases:
    if only and name not in only:
        continue
    a = extract(
        page(site, head, byline, tail, **(options[0] if options else {})),
        url=f"https://www.{name}.example/politics/2024/11/05/new-rules-next-spring/",
    )
    errs = misses(a, title=HD, day="2024-11-05", authors=authors, junk=junk)
    if errs:
        bad += 1
        print(name, "; ".join(errs))
print("bad", bad)

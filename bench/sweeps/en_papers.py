"""English local, regional and national papers' pages (from memory of their templates): Gannett,
McClatchy, Patch, Hearst television, Sky News, The Irish Times, ABC (Australia), the Times of
India, NDTV, the South China Morning Post, Medium, Substack, Guardian Australia, The
Independent, Bloomberg. Prints a wrong title, date, author list or a line of furniture kept
in the text, then `bad N`; `--hashed` hashes every class and id first."""

import json

from page_checks import run

EN = "The city council voted on Tuesday to extend the winter ferry service with two late crossings, after months of complaints from commuters."
HE = "Council extends winter ferry service"


def page(site, byline, tail="", ld_author=None, date=True, head=""):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HE,
        "publisher": {"@type": "Organization", "name": site},
    }
    if date:
        ld["datePublished"] = "2024-11-05T10:22:31-05:00"
    if ld_author:
        ld["author"] = ld_author
    body = "".join(
        f"<p>{EN} {EN.replace('Tuesday', d)}</p>" for d in ("Monday", "Wednesday", "Friday")
    )
    return f"""<html lang="en"><head><title>{HE} | {site}</title><meta property="og:title" content="{HE}">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body><header><nav><a href="/">{site}</a><a href="/news/">News</a><a href="/sports/">Sports</a></nav></header>
<main><article>{head or f"<h1>{HE}</h1>"}{byline}<div class="article-body">{body}{tail}</div></article></main><footer>© 2024 {site}</footer></body></html>"""


cases = [
    (
        "gannett",
        "Des Moines Register",
        "<div class='gnt_ar_by'><a href='/staff/1/jane-doe/'>Jane Doe</a><br>Des Moines Register</div><div class='gnt_ar_dt' aria-label='Published 5:00 a.m. ET Nov. 5, 2024 Updated 6:40 p.m. ET Nov. 5, 2024'>Published 5:00 a.m. ET Nov. 5, 2024<br>Updated 6:40 p.m. ET Nov. 5, 2024</div>",
        "<p>Jane Doe covers transportation for the Register. Reach her at jdoe@dmreg.com.</p>",
        None,
        True,
        ["Jane Doe"],
        ["Reach her at"],
    ),
    (
        "mcclatchy",
        "Kansas City Star",
        "<div class='byline'>By <a href='/profile/123.html'>Jane Doe</a></div><time class='update-date'>Updated November 05, 2024 6:40 PM</time>",
        "<p>This story was originally published November 5, 2024, 10:22 AM.</p><h3>Read Next</h3>",
        None,
        True,
        ["Jane Doe"],
        ["originally published", "Read Next"],
    ),
    (
        "patch",
        "Patch",
        "<div class='byline'><a href='/users/jane-doe'>Jane Doe</a>, Patch Staff</div><div><span>Posted Tue, Nov 5, 2024 at 10:22 am ET</span></div>",
        "",
        None,
        False,
        ["Jane Doe"],
        [],
    ),
    (
        "hearst-tv",
        "WCVB",
        "<div class='article-author'><span class='byline-name'>Jane Doe</span><span class='byline-role'>Reporter</span></div><div class='article-date'>Updated: 6:40 PM EST Nov 5, 2024</div>",
        "<p>Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites.</p>",
        None,
        True,
        ["Jane Doe"],
        ["affiliate marketing"],
    ),
    (
        "sky",
        "Sky News",
        "<div class='sdc-article-author'><p>Jane Doe, political reporter <a href='https://twitter.com/janedoe'>@janedoe</a></p></div><p class='sdc-article-date__date-time'>Tuesday 5 November 2024 10:22, UK</p>",
        "",
        None,
        False,
        ["Jane Doe"],
        [],
    ),
    (
        "irishtimes",
        "The Irish Times",
        "<div class='byline'><a href='/author/jane-doe'>Jane Doe</a></div><time>Tue Nov 05 2024 - 10:22</time>",
        "",
        None,
        False,
        ["Jane Doe"],
        [],
    ),
    (
        "abcau",
        "ABC News",
        "<div class='byline'>By <a href='/news/jane-doe/123'>Jane Doe</a></div><div><time>Posted Tue 5 Nov 2024 at 10:22am</time>, updated <time>Tue 5 Nov 2024 at 6:40pm</time></div>",
        "",
        None,
        False,
        ["Jane Doe"],
        [],
    ),
    (
        "toi",
        "Times of India",
        "<div class='byline'><span>TOI News Desk</span> / <span>TIMESOFINDIA.COM</span> / Updated: Nov 5, 2024, 10:22 IST</div>",
        "",
        None,
        False,
        ["TOI News Desk"],
        [],
    ),
    (
        "ndtv",
        "NDTV",
        "<div class='pst-by'><span>Edited by Jane Doe</span> | <span>World News</span> | <span>Press Trust of India</span> | <span>Updated: November 05, 2024 10:22 am IST</span></div>",
        "",
        None,
        False,
        ["Press Trust of India"],
        [],
    ),
    (
        "scmp",
        "South China Morning Post",
        "<div class='author'><a href='/author/jane-doe'>Jane Doe</a></div><div class='published'>Published: 10:22am, 5 Nov 2024</div>",
        "<p>Why you can trust SCMP</p>",
        None,
        False,
        ["Jane Doe"],
        ["trust SCMP"],
    ),
    (
        "medium",
        "Medium",
        "<div><a href='/@janedoe'>Jane Doe</a> · <button>Follow</button></div><div><span>5 min read</span> · <span>Nov 5, 2024</span></div>",
        "",
        None,
        False,
        ["Jane Doe"],
        ["min read"],
    ),
    (
        "substack",
        "The Ferry Letter",
        "<div class='post-meta'><div class='profile-hover-card-target'><a href='https://substack.com/@janedoe'>Jane Doe</a></div><div>Nov 05, 2024</div></div>",
        "<p>Subscribe to The Ferry Letter</p><p>Thanks for reading! Subscribe for free to receive new posts.</p>",
        None,
        False,
        ["Jane Doe"],
        ["Subscribe", "Thanks for reading"],
    ),
    (
        "guardian-au",
        "Guardian Australia",
        "<address><a rel='author' href='/profile/jane-doe'>Jane Doe</a> Transport reporter</address><span>Tue 5 Nov 2024 10.22 AEDT</span>",
        "",
        None,
        False,
        ["Jane Doe"],
        [],
    ),
    (
        "independent",
        "The Independent",
        "<div class='author'><a href='/author/jane-doe'>Jane Doe</a></div><div><time>Tuesday 05 November 2024 10:22 GMT</time></div>",
        "<p>Join our commenting forum</p><p>Join thought-provoking conversations, follow other Independent readers and see their replies</p>",
        None,
        False,
        ["Jane Doe"],
        ["commenting forum", "thought-provoking"],
    ),
    (
        "bloomberg",
        "Bloomberg",
        "<div class='byline'>By <a href='/authors/1/jane-doe'>Jane Doe</a> and <a href='/authors/2/john-smith'>John Smith</a></div><time>November 5, 2024 at 10:22 AM EST</time>",
        "<p>(Updates with comment from the mayor in the fifth paragraph.)</p><p>Most Read from Bloomberg</p>",
        None,
        False,
        ["Jane Doe", "John Smith"],
        ["Updates with", "Most Read"],
    ),
]
run(
    (
        (name, page(site, byline, tail, ld_author, date), authors, junk)
        for name, site, byline, tail, ld_author, date, authors, junk in cases
    ),
    lambda name: (
        f"https://www.{name}.example/news/2024/11/05/council-extends-winter-ferry-service/"
    ),
    title=HE,
    day="2024-11-05",
)

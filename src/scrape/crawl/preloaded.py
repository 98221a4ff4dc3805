"""Imported by the extraction pool's forkserver after everything its workers need
(``workers._WORKER_PRELOAD``), and nowhere else: it extracts a sample article, then moves
every object loaded so far into the garbage collector's permanent generation.

The workers are forked from the forkserver and share its memory pages until they write to
them. What a process creates on its first page (the parsers' global state in lexbor and
libxml2, patterns compiled on first use, the interpreter's specialised bytecode) is so
created once, here, rather than once in every worker.

A collection in a worker would write to every object it inherited (the collector keeps its
bookkeeping in each object's header), so each worker would soon hold a private copy of the
whole extraction stack; frozen, those objects are never collected, and their pages stay
shared. They are modules, functions and constants, which live as long as the worker anyway.
"""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime

from ..models import ExtractionHints
from ..processes import return_free_memory
from .workers import extract_page, forget_page_texts

log = logging.getLogger(__name__)

# Every stage has something to read: declared and shown title, date and author, a menu, a
# byline, a figure, a share bar, related links and a footer to prune.
SAMPLE_URL = "https://news.example.com/2024/03/05/harbour-bridge-reopens/"
SAMPLE_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs - The Daily Example</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:type" content="article">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">
<link rel="canonical" href="https://news.example.com/2024/03/05/harbour-bridge-reopens/">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbour bridge reopens after repairs", "datePublished": "2024-03-05T08:30:00+00:00",
"author": {"@type": "Person", "name": "Jane Doe"}}</script>
</head><body>
<header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li>
<li><a href="/city/">City</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<main><article>
<h1 class="entry-title">Harbour bridge reopens after repairs</h1>
<p class="byline">By <a href="/author/jane-doe/" rel="author">Jane Doe</a> |
<time datetime="2024-03-05T08:30:00+00:00">March 5, 2024</time></p>
<div class="entry-content">
<p>The harbour bridge reopened to traffic on Tuesday morning after eleven weeks of repairs to its
deck and railings, the city's transport office said.</p>
<p>Engineers replaced more than two hundred metres of worn surface and repainted the steel arches,
work that had been postponed twice because of winter storms.</p>
<figure><img src="/img/bridge.jpg" alt="The bridge"><figcaption>The bridge at dawn. Photo: City
Archive</figcaption></figure>
<h2>What changes for commuters</h2>
<p>Buses return to their usual routes from Wednesday, and the temporary ferry service ends on
Friday. Cyclists get a wider lane on the eastern side.</p>
</div>
<div class="share-buttons"><a href="https://twitter.com/share">Share</a></div>
</article>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/2024/02/27/ferry-service-extended/">Ferry service extended for another month</a></li>
<li><a href="/2024/02/20/storm-delays-bridge-work/">Storm delays bridge work again</a></li>
</ul></aside></main>
<footer class="site-footer"><p>&copy; 2024 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def _rehearse() -> None:
    """Extract the sample page as a worker would, keeping nothing of it."""
    fetched_at = datetime.now(UTC)
    try:
        extract_page(SAMPLE_PAGE, "text/html", SAMPLE_URL, fetched_at, ExtractionHints())
    except Exception:  # the workers still work, each warming up on its own first page
        log.warning("the extraction failed on its sample page in the forkserver", exc_info=True)
    forget_page_texts()
    gc.collect()
    return_free_memory()


_rehearse()
gc.freeze()

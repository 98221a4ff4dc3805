"""End-to-end crawl throughput against a generated news site on 127.0.0.1.

A server process generates a news site in memory: a sitemap index, child sitemaps of
1,000 URLs and article pages built like a WordPress news theme (mega-menu, JSON-LD,
byline, a dozen paragraphs of their own wording and a figure, ad slots, share bars,
author box, related and most-read teasers with images, comments and their form, footer
blocks, cookie banner, inline icons, styles and scripts), about as large as real article
pages: the WCXB dev articles have a median of 118 KB and 799 elements. Each site size
is crawled end to end (robots.txt, sitemaps, every article fetched, extracted and
stored) into a fresh database by a fresh crawler process with politeness off for
127.0.0.1, and the benchmark prints what it measured:

* pages per second, wall clock from crawl start to the last article stored;
* CPU seconds of the crawler and its extraction workers, of the crawler's own process
  alone, and of the server, with the utilisation of the machine's cores; the crawler
  process's CPU per page split by thread: the event loop (fetching), the store's thread
  (SQLite), the extraction pool's threads (pickling pages to the workers and results
  back), the loop's worker threads (listings read; pages extracted before the pool is up)
  and the rest;
* peak memory (sum of PSS over the crawler and all its processes, sampled every 100 ms),
  what each kind of process held at that peak, and whether memory stays flat over the
  crawl (PSS over the first and the last quarter of the articles stored, and its slope);
* the extraction-bound limit: cores / (seconds of a worker's work on one page: decode,
  extract, text blocks, signature; measured here on the same pages in one process, just
  before and just after each crawl), and how close the crawl came to it;
* at the first size, two reference crawls of the same pages with plain httpx GETs and
  none of the crawler's checks, logs or frontier: "bare" extracts in the same pool and
  stores in the same store, "unstored" only extracts. They show what any crawler reaches
  on this host, and how much of the gap to the limit is the crawler's own.

The server shares the machine's cores with the crawler, so its CPU is reported too.
Usage::

    python bench/bench_crawl.py [--pages 2000 10000] [--sample 200]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import httpx
import psutil

from scrape.cli.demo import NEWS_WORDS
from scrape.config import Config, Settings, Source
from scrape.crawl import pipeline
from scrape.crawl.pipeline import crawl_async, pages_in_flight
from scrape.crawl.storethread import StoreThread
from scrape.crawl.workers import extract_off_loop, extract_page, warm_up, worker_count
from scrape.models import ExtractionHints, FetchedPage
from scrape.store.database import Store

PER_SITEMAP = 1000
PASSES = 3  # over the sample, when timing extraction alone
SECTIONS = ("Politics", "Business", "World", "Local", "Science", "Sport", "Culture", "Opinion")
SUBSECTIONS = ("latest", "analysis", "features", "video", "podcasts", "in-pictures")
AUTHORS = ("Ann Hale", "Ben Okafor", "Cleo Marsh", "Dev Patel", "Eli Strand", "Fay Moreau")
SCRIPT = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 40
SCRIPT_FOOTER = 'var tdBlocksArray=[];tdLocalCache.data["td_block_1"]={"id":"td_block_1"};' * 60
# Themes inline their icons: one SVG per social link.
ICON = (
    '<svg viewBox="0 0 32 32" width="16" height="16" aria-hidden="true"><path d="'
    + " ".join(f"M{k} {k + 3}c1.2-.4 2.6-1.1 3.4-2.2l{k % 7}.5-1.8h-2.1v{k % 5}" for k in range(14))
    + '"/></svg>'
)
STYLE = ".td-header-wrap{background:#fff}.td-post-content p{margin-bottom:26px}" * 80


# -- the site ------------------------------------------------------------------------------------
def sentence(pick: random.Random) -> str:
    words = [pick.choice(NEWS_WORDS) for _ in range(pick.randint(12, 28))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def headline(pick: random.Random, words: int = 7) -> str:
    return " ".join(pick.choice(NEWS_WORDS) for _ in range(words)).capitalize()


def image(base: str, pick: random.Random, width: int) -> str:
    """An <img> as WordPress writes it: sizes, srcset of four widths, lazy loading."""
    name = f"{base}/wp-content/uploads/2024/{pick.randint(1, 12):02d}/photo-{pick.randint(1, 9999)}"
    srcset = ", ".join(f"{name}-{w}x{w * 2 // 3}.jpg {w}w" for w in (300, 768, 1024, 1536))
    return (
        f'<img width="{width}" height="{width * 2 // 3}" src="{name}-{width}x{width * 2 // 3}.jpg" '
        f'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" '
        f'decoding="async" loading="lazy" srcset="{srcset}" sizes="(max-width: {width}px) '
        f'100vw, {width}px">'
    )


def card(base: str, pick: random.Random, kind: str, with_image: bool = True) -> str:
    """A teaser of another story, as related, most-read and footer blocks list them."""
    other = pick.randrange(100000)
    link = f"{base}/news/story-{other}"
    when = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=17 * other)
    thumb = (
        f'<div class="td-module-thumb"><a href="{link}" rel="bookmark" class="td-image-wrap">'
        f"{image(base, pick, 324)}</a></div>"
        if with_image
        else ""
    )
    return (
        f'<div class="td_module_wrap td_module_{kind}"><div class="td-module-container">{thumb}'
        f'<div class="td-module-meta-info"><h3 class="entry-title td-module-title">'
        f'<a href="{link}" rel="bookmark">{headline(pick, 8)}</a></h3>'
        f'<div class="td-editor-date"><span class="td-post-author-name">'
        f'<a href="{base}/author/{other % 40}">{pick.choice(AUTHORS)}</a> - </span>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
        f'datetime="{when.isoformat()}">{when:%B %d, %Y}</time></span></div>'
        f'<div class="td-excerpt">{sentence(pick)}</div></div></div></div>'
    )


def mega_menu(base: str) -> str:
    """The header menu: every section with its subsections, as news themes nest them."""
    items = []
    for section in SECTIONS:
        slug = section.lower()
        subs = "".join(
            f'<li class="menu-item menu-item-type-taxonomy"><a href="{base}/section/{slug}/{sub}">'
            f'<div class="tdb-menu-item-text">{sub.title()}</div></a></li>'
            for sub in SUBSECTIONS
        )
        items.append(
            f'<li class="menu-item menu-item-has-children"><a href="{base}/section/{slug}">'
            f'<div class="tdb-menu-item-text">{section}</div><i class="tdb-sub-menu-icon"></i>'
            f'</a><ul class="sub-menu">{subs}</ul></li>'
        )
    return f'<ul id="menu-main" class="tdb-block-menu tdb-menu">{"".join(items)}</ul>'


def article_page(n: int, base: str) -> bytes:
    """A news article as a WordPress news theme serves it, of about the median size and
    element count of real article pages (WCXB dev: 118 KB, 799 elements, 118 links, 16
    images): head matter and scripts, a mega-menu, the story with its figures, ad slots,
    share bar and author box, related and most-read teasers, a comment form, a footer."""
    pick = random.Random(n)
    title = headline(pick)
    section = SECTIONS[n % len(SECTIONS)]
    when = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=17 * n)
    author = pick.choice(AUTHORS)
    advert = (
        '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">'
        '- Advertisement -</span><div class="ad-slot"></div></div>'
    )
    blocks = []
    for k in range(pick.randint(10, 18)):
        blocks.append(f"<p>{' '.join(sentence(pick) for _ in range(pick.randint(3, 6)))}</p>")
        if k == 3:
            blocks.append(advert)
        if k == 6:
            blocks.append(
                f'<figure class="wp-block-image size-large">{image(base, pick, 1024)}'
                f'<figcaption class="wp-element-caption">{sentence(pick)}</figcaption></figure>'
            )
    story = "".join(blocks)
    related = "".join(card(base, pick, "flex_1") for _ in range(6))
    most_read = "".join(card(base, pick, "flex_2") for _ in range(5))
    latest = "".join(card(base, pick, "flex_3", with_image=False) for _ in range(5))
    picks = "".join(card(base, pick, "flex_4") for _ in range(3))
    trending = "".join(
        f'<div class="tdb-trending-now-post"><a href="{base}/news/story-{pick.randrange(100000)}">'
        f"{headline(pick, 9)}</a></div>"
        for _ in range(5)
    )
    categories = "".join(
        f'<li><a href="{base}/section/{s.lower()}">{s}<span class="td-cat-no">'
        f"{pick.randint(40, 900)}</span></a></li>"
        for s in SECTIONS
    )
    footer_menu = "".join(
        f'<li class="menu-item"><a href="{base}/{slug}">{slug.replace("-", " ").title()}</a></li>'
        for slug in ("about-us", "contact", "advertise", "privacy-policy", "terms", "careers")
    )
    social = "".join(
        f'<a class="td-social-network td-social-{net}" href="https://{net}.example/gazette" '
        f'target="_blank" rel="nofollow"><span class="td-social-icon">{ICON}</span></a>'
        for net in ("facebook", "instagram", "twitter", "youtube", "linkedin")
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body">{image(base, pick, 50)}'
        f'<footer><cite class="comment-author">{pick.choice(AUTHORS)}</cite>'
        f'<a href="#comment-{k}"><time>{when + timedelta(hours=k + 1):%B %d, %Y at %H:%M}'
        f'</time></a></footer><div class="comment-content"><p>{sentence(pick)}</p></div>'
        f'<a class="comment-reply-link" href="#respond">Reply</a></article></li>'
        for k in range(3)
    )
    comments = (
        f'<h4 class="td-comments-title">3 comments</h4><ol class="comment-list">{comments}</ol>'
    )
    tags = "".join(
        f'<li><a href="{base}/tag/{word}">{word}</a></li>' for word in pick.sample(NEWS_WORDS, 5)
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "headline": title,
                    "datePublished": when.isoformat(),
                    "dateModified": when.isoformat(),
                    "author": {"@type": "Person", "name": author},
                    "publisher": {"@type": "Organization", "name": "The Harbour Gazette"},
                    "articleSection": section,
                    "mainEntityOfPage": f"{base}/news/story-{n}",
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Home", "item": base},
                        {"@type": "ListItem", "position": 2, "name": section},
                    ],
                },
            ],
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | The Harbour Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="{sentence(pick)}">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Harbour
Gazette">
<meta property="og:url" content="{base}/news/story-{n}">
<meta property="article:published_time" content="{when.isoformat()}">
<meta property="article:section" content="{section}">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title"
content="{title}">
<link rel="canonical" href="{base}/news/story-{n}">
<link rel="preconnect" href="https://fonts.gstatic.example" crossorigin>
<link rel="stylesheet" href="{base}/wp-content/themes/newspaper/style.css?ver=12.6">
<link rel="alternate" type="application/rss+xml" href="{base}/feed">
<style id="td-theme-settings">{STYLE}</style>
<script type="application/ld+json">{ld}</script>
<script>{SCRIPT}</script>
</head><body class="post-template-default single single-post postid-{n} single-format-standard
td-standard-pack">
<div id="cookie-notice" class="cookie-banner">We use cookies to improve your experience.
<button>Accept all</button> <a href="{base}/privacy-policy">Privacy policy</a></div>
<div class="td-theme-wrap"><div class="td-header-template-wrap">
<div class="td-header-top"><div class="tdb-date">{datetime(2024, 6, 30):%A, %B %d, %Y}</div>
<div class="tdb-header-links"><a href="{base}/subscribe">Subscribe</a> <a href="{base}/login">Log
in</a></div>
<div class="tdb-social">{social}</div></div>
<div class="td-header-logo"><a class="td-main-logo" href="{base}/">{image(base, pick, 272)}
<span class="td-visual-hidden">The Harbour Gazette</span></a></div>
<nav class="td-header-menu">{mega_menu(base)}</nav>
<div class="tdb-trending-now"><span class="tdb-trending-now-title">Trending
now</span>{trending}</div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{base}/">Home</a></span>
<i class="td-icon-right td-bread-sep"></i><span><a
href="{base}/section/{section.lower()}">{section}</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">
<article id="post-{n}" class="post-{n} post type-post status-publish format-standard
has-post-thumbnail category-{section.lower()}">
<div class="td-post-header"><ul class="td-category"><li class="entry-category">
<a href="{base}/section/{section.lower()}">{section}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div>
<a href="{base}/author/{n % 40}">{author}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="{when.isoformat()}">{when:%B %d, %Y}</time></span>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div>
</header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing">{social}</div></div>
<div class="td-post-featured-image"><figure>{image(base, pick, 696)}
<figcaption class="wp-caption-text">{sentence(pick)}</figcaption></figure></div>
<div class="td-post-content tagdiv-type">{story}</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix">
<li><span>TAGS</span></li>{tags}</ul></div>
<div class="td-post-sharing-bottom">{social}</div>
<div class="td-author-name-wrap"><div class="author-box-wrap">{image(base, pick, 96)}
<div class="desc"><div class="td-author-name vcard author"><a
href="{base}/author/{n % 40}">{author}</a></div>
<div class="td-author-description">{sentence(pick)}</div></div></div></div></footer>
</article>
<div class="td_block_wrap tdb_single_related"><h4 class="td-block-title"><span>Related
articles</span></h4>
<div class="td_block_inner td-mc1-wrap">{related}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond">
{comments}
<h3 id="reply-title" class="comment-reply-title">Leave a reply</h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">
<textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"></textarea>
<div class="td-warning-comment">Please enter your comment!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" type="text" id="author"
name="author" placeholder="Name:*" value="" size="30">
<div class="td-warning-author">Please enter your name here</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" type="text" id="email"
name="email" placeholder="Email:*" value="" size="30">
<div class="td-warning-email-error">You have entered an incorrect email address!</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the
next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post
Comment"></p>
</form></div></div>
</div><div class="td-pb-span4 td-main-sidebar" role="complementary">
<div class="td_block_wrap"><h4 class="td-block-title"><span>Must read</span></h4>{most_read}</div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement
-</span><div class="ad-slot"></div></div>
<div class="td_block_wrap"><h4 class="td-block-title"><span>Latest news</span></h4>{latest}</div>
<div class="td_block_wrap td-newsletter"><h4>Get the morning briefing in your inbox</h4>
<form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
</div></div></div></div>
<div class="td-footer-template-wrap"><div class="td-footer-wrap"><div class="td-pb-row">
<div class="td-pb-span4"><h4 class="td-block-title"><span>Editor picks</span></h4>{picks}</div>
<div class="td-pb-span4"><h4 class="td-block-title"><span>Popular categories</span></h4>
<ul class="td-pb-padding-side">{categories}</ul></div>
<div class="td-pb-span4"><h4 class="td-block-title"><span>About us</span></h4>
<p>The Harbour Gazette is the independent daily of the harbour towns since 1874.</p>
<p>Contact us: <a href="mailto:news@gazette.example">news@gazette.example</a></p>
<div class="td-social-wrap">{social}</div></div></div>
<div class="td-sub-footer-container"><ul class="td-subfooter-menu">{footer_menu}</ul>
<div class="td-sub-footer-copy">&copy; 2024 The Harbour Gazette. All rights reserved.</div></div>
</div></div></div>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script src="{base}/wp-content/themes/newspaper/js/tagdiv_theme.min.js?ver=12.6"></script>
<script>{SCRIPT_FOOTER}</script>
</body></html>""".encode()


def sitemap_index(base: str, pages: int) -> bytes:
    children = "".join(
        f"<sitemap><loc>{base}/sitemap-{k}.xml</loc></sitemap>"
        for k in range(-(-pages // PER_SITEMAP))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
    ).encode()


def child_sitemap(base: str, k: int, pages: int) -> bytes:
    urls = "".join(
        f"<url><loc>{base}/news/story-{n}</loc></url>"
        for n in range(k * PER_SITEMAP, min(pages, (k + 1) * PER_SITEMAP))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


def serve(pages: int, page: Callable[[int, str], bytes] = article_page) -> None:
    """Serve the site until stdin closes (run as ``--serve N``); print the port first.

    ``page`` builds article ``n`` of the site at a base URL. The pages are generated
    before the port is printed: the server shares the cores with the crawler, and
    building each page on request would bill the crawl for the server's work."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body leave in two writes; with Nagle's algorithm on, the body waits
        # for the client's delayed ACK of the headers (40 ms on Linux), as no real news
        # server (nginx: tcp_nodelay on) would make it wait.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{port}"
            path = self.path
            body, kind = b"", "text/html; charset=utf-8"
            if path == "/sitemap.xml":
                body, kind = sitemap_index(base, pages), "application/xml"
            elif path.startswith("/sitemap-") and path.endswith(".xml"):
                body, kind = child_sitemap(base, int(path[9:-4]), pages), "application/xml"
            elif path.startswith("/news/story-") and int(path[12:]) < pages:
                body = articles[int(path[12:])]
            status = 200 if body else 404
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

    server = Server(("127.0.0.1", 0), Handler)
    port = server.server_port  # the handler's pages link to it
    base = f"http://127.0.0.1:{port}"
    articles = [page(n, base) for n in range(pages)]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(port, flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin (or dies)
    server.shutdown()


# -- the crawl -----------------------------------------------------------------------------------
class TreeSampler:
    """CPU and memory of a process and all its descendants, sampled from outside (a
    sampling thread inside the crawler would compete with it for the GIL).

    CPU: the last value seen of each process (workers come and go). Memory: PSS, which
    counts a page shared by n processes as 1/n in each (forked workers share what their
    forkserver imported), summed over the tree and over each role of process
    (:func:`role`); the peak of the sum with its breakdown at that moment, and, when
    ``pages`` can tell how many articles are stored so far, the sum over the stored
    articles, to show whether memory stays flat over a crawl (:meth:`flatness`)."""

    def __init__(
        self, pid: int, pages: Callable[[], int] | None = None, interval: float = 0.1
    ) -> None:
        self.pid = pid
        self.cpu: dict[int, float] = {}
        self.peak_pss = 0
        self.peak_roles: dict[str, int] = {}  # summed PSS of each role at the peak
        self.role_peaks: dict[str, int] = {}  # each role's own peak
        # (seconds, articles stored, summed PSS of each role)
        self.series: list[tuple[float, int, dict[str, int]]] = []
        self._pages = pages
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        started = time.perf_counter()
        root = psutil.Process(self.pid)
        stored = 0
        while not self._stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                return  # the crawler has exited
            roles: dict[str, int] = {}
            for process in tree:
                try:
                    with process.oneshot():
                        pss = process.memory_full_info().pss
                        times = process.cpu_times()
                        kind = role(process, root)
                except psutil.Error:
                    continue  # exited between listing and reading
                roles[kind] = roles.get(kind, 0) + pss
                self.cpu[process.pid] = times.user + times.system
            total = sum(roles.values())
            if total > self.peak_pss:
                self.peak_pss, self.peak_roles = total, roles
            for kind, pss in roles.items():
                self.role_peaks[kind] = max(self.role_peaks.get(kind, 0), pss)
            if self._pages is not None and len(self.series) % 10 == 0:  # a query a second
                stored = self._pages()
            self.series.append((time.perf_counter() - started, stored, roles))
            self._stop.wait(self._interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def roles(self) -> str:
        """Each role's PSS at the peak of the sum (and its own peak when higher)."""
        parts = []
        for kind, pss in sorted(self.peak_roles.items(), key=lambda item: -item[1]):
            own = self.role_peaks.get(kind, 0)
            peak = f" (own peak {own / 2**20:.0f})" if own > pss + 2**20 else ""
            parts.append(f"{kind} {pss / 2**20:.0f}{peak}")
        return ", ".join(parts) + " MB"

    def flatness(self) -> str:
        """The tree's PSS over the crawl, by articles stored: the mean over the first and
        the last quarter of them, and the least-squares slope past the first tenth (the
        pool's start-up), per 1,000 articles; the same for each role of process."""
        final = max((pages for _, pages, _ in self.series), default=0)
        crawling = [(p, roles) for _, p, roles in self.series if 0 < p < final]
        if final < 100 or len(crawling) < 10:
            return "too short a crawl to tell"
        kinds = sorted({kind for _, roles in crawling for kind in roles})
        mib = 2**20
        parts = []
        for kind in (None, *kinds):
            points = [
                (p, sum(roles.values()) if kind is None else roles.get(kind, 0))
                for p, roles in crawling
            ]
            first = statistics.mean(m for p, m in points if p < final / 4) / mib
            last = statistics.mean(m for p, m in points if p >= 3 * final / 4) / mib
            fit = [(p, m) for p, m in points if p >= final / 10]
            slope = statistics.linear_regression([p for p, _ in fit], [m for _, m in fit]).slope
            parts.append(
                f"{kind or 'all'} {first:.0f} -> {last:.0f} MB ({slope * 1000 / mib:+.1f}/1k)"
            )
        return (
            "PSS over the crawl, mean over the first -> the last quarter of the articles "
            "(slope past the first tenth, MB per 1,000 articles): " + ", ".join(parts)
        )


def role(process: psutil.Process, root: psutil.Process) -> str:
    """What a process of the crawler's tree is, from its command line: the crawler, the
    extraction pool's forkserver or one of its workers, the discovery process, or
    multiprocessing's resource tracker."""
    if process.pid == root.pid:
        return "crawler"
    command = " ".join(process.cmdline())
    if "resource_tracker" in command:
        return "tracker"
    if "spawn_main" in command:
        return "discovery"
    # Forked workers carry their forkserver's command line: told apart by their parent.
    parent = process.parent() or root
    if parent.pid != root.pid and "forkserver" in " ".join(parent.cmdline()):
        return "worker"
    if "forkserver" in command:
        return "forkserver"
    return "other"


def stored_articles(database: Path) -> Callable[[], int]:
    """How many articles ``database`` holds so far (0 before it exists), read from outside
    the crawler while it writes."""

    def count() -> int:
        if not database.exists():
            return 0
        try:
            with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
                return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        except sqlite3.Error:
            return 0  # the schema is not there yet

    return count


class CountedStoreThread(StoreThread):
    """The crawl's store thread, which also notes the CPU it spent: it ends with the crawl,
    before :func:`timed_run` could read its clock."""

    seconds = 0.0

    async def __aexit__(self, *exc_info: Any) -> None:
        if exc_info[0] is None:
            CountedStoreThread.seconds += await self.run(time.thread_time)
        await super().__aexit__(*exc_info)


def crawl_site(port: int, pages: int, database: Path) -> dict[str, float]:
    """Run in a fresh process: crawl the whole site and report the measurements as JSON."""
    pipeline.StoreThread = CountedStoreThread  # type: ignore[misc]
    base = f"http://127.0.0.1:{port}"
    settings = Settings(
        database=str(database),
        delay=0,
        concurrency=4,
        per_host_concurrency=4,
        max_pages_per_source=None,
        allow_private_hosts=("127.0.0.1",),
    )
    source = Source(name="gazette", home=base + "/", sitemaps=(base + "/sitemap.xml",))
    config = Config(settings=settings, sources=(source,))
    with Store(database) as store:
        figures, report = timed_run(crawl_async(config, store))
        stored = store.article_count()
    if report.sources[0].failed or stored != pages:
        errors = report.sources[0].errors[:3]
        raise SystemExit(f"crawl incomplete: {stored}/{pages} stored, errors {errors}")
    return {"pages": stored, **figures}


_Result = TypeVar("_Result")


def timed_run(crawl: Coroutine[Any, Any, _Result]) -> tuple[dict[str, float], _Result]:
    """Run ``crawl`` on a fresh event loop in this thread; its wall-clock seconds, this
    process's CPU before it (start-up: imports) and the CPU seconds of each part of the
    process during it: the event loop (this thread), the extraction pool's threads, the
    loop's worker threads, and the rest (threads that ended before the crawl did: the
    pool's start-up, the discovery process's manager)."""

    async def run_and_count() -> tuple[_Result, dict[str, float]]:
        result = await crawl
        # Before asyncio.run ends: it joins the loop's worker threads, whose CPU would then
        # count only in the process's total.
        return result, threads_cpu_seconds()

    startup_cpu = time.process_time()
    kernel_before = kernel_seconds()
    loop_before = time.thread_time()
    started = time.perf_counter()
    result, threads = asyncio.run(run_and_count())
    elapsed = time.perf_counter() - started
    loop = time.thread_time() - loop_before
    kernel = kernel_seconds() - kernel_before
    process = time.process_time() - startup_cpu
    store = CountedStoreThread.seconds  # 0 where the crawl stores on its loop
    figures = {
        "seconds": elapsed,
        "startup_cpu": startup_cpu,
        "loop_cpu": loop,
        "loop_kernel_cpu": kernel,
        "store_thread_cpu": store,
        "pool_threads_cpu": threads["pool"],
        "loop_threads_cpu": threads["loop"],
        "other_threads_cpu": process - loop - store - threads["pool"] - threads["loop"],
    }
    return figures, result


def kernel_seconds() -> float:
    """CPU seconds this thread has spent in the kernel (system calls: sockets, SQLite's
    writes to its files); 0 where the system cannot tell a thread's own (not Linux)."""
    per_thread = getattr(resource, "RUSAGE_THREAD", None)
    return resource.getrusage(per_thread).ru_stime if per_thread is not None else 0.0


# pebble's pool runs three threads in the crawler (named after their functions): one hands
# tasks to the workers, one reads their results, one watches timeouts and the workers.
POOL_THREADS = ("task_scheduler_loop", "pool_manager_loop", "message_manager_loop")


def threads_cpu_seconds() -> dict[str, float]:
    """CPU seconds of the crawler's live threads other than the event loop's: the
    extraction pool's (pebble's) threads, and the event loop's own worker threads
    (``asyncio.to_thread``: listings read, and pages extracted before the pool is up)."""
    seconds = {"pool": 0.0, "loop": 0.0}
    for thread in threading.enumerate():
        if thread is threading.main_thread() or thread.ident is None:
            continue
        if any(f"({name})" in thread.name for name in POOL_THREADS):
            kind = "pool"
        elif thread.name.startswith("asyncio_"):
            kind = "loop"
        else:
            continue
        with suppress(OSError):  # ended since it was listed
            seconds[kind] += time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
    return seconds


def bare_crawl_site(
    port: int, pages: int, database: Path, store_articles: bool = True
) -> dict[str, float]:
    """Run in a fresh process: the leanest crawl of the site that still extracts (and, with
    ``store_articles``, stores) every article the way the crawler does (the same extraction
    pool, the same article store, as many pages in flight), with plain httpx GETs over 4
    connections and nothing else: no robots.txt, politeness, address checks, retries,
    limits, block detection, fetch log, frontier or templates. What any crawler could reach
    on this host; without storing, what fetching and extracting alone reach."""
    base = f"http://127.0.0.1:{port}"
    settings = Settings(database=str(database), concurrency=4, per_host_concurrency=4)
    source = Source(name="gazette", home=base + "/", sitemaps=(base + "/sitemap.xml",))
    lanes = pages_in_flight(Config(settings=settings, sources=(source,)), source)
    hints = ExtractionHints()
    done: list[bool] = []  # without storing: whether each page extracted as an article

    async def crawl(store: Store) -> None:
        urls = iter(f"{base}/news/story-{n}" for n in range(pages))
        limits = httpx.Limits(max_connections=4)
        async with httpx.AsyncClient(limits=limits) as client:

            async def lane() -> None:
                for url in urls:
                    response = await client.get(url)
                    response.raise_for_status()
                    page = FetchedPage(url, url, 200, response.content, dict(response.headers))
                    extracted = await extract_off_loop(page, hints)
                    if not store_articles:
                        done.append(extracted.article.is_article)
                        continue
                    with store.transaction():
                        store.save_article(
                            extracted.article, page, source.name, band_keys=extracted.band_keys
                        )

            await asyncio.gather(*(lane() for _ in range(lanes)))

    with Store(database) as store:
        store.upsert_source(source)
        warm_up(None, pages)
        figures, _ = timed_run(crawl(store))
        stored = store.article_count() if store_articles else sum(done)
    if stored != pages:
        raise SystemExit(f"bare crawl incomplete: {stored}/{pages} articles")
    return {"pages": stored, **figures}


def extraction_seconds_per_page(sample: int) -> float:
    """A worker's whole work per page (decode, extract, the page's text blocks for template
    learning, the body's near-duplicate signature), one page after another here."""
    base = "http://127.0.0.1:8000"
    documents = [article_page(n, base) for n in range(sample)]
    now = datetime.now(UTC)
    hints = ExtractionHints()
    extract_page(documents[0], "text/html; charset=utf-8", base, now, hints)  # warm caches
    passes = []
    # The least disturbed of a few passes: a busy host only ever adds time, and a limit
    # measured in a noisy moment would be a low bar.
    for _ in range(PASSES):
        started = time.process_time()
        for n, document in enumerate(documents):
            url = f"{base}/news/story-{n}"
            extract_page(document, "text/html; charset=utf-8", url, now, hints)
        passes.append((time.process_time() - started) / sample)
    return min(passes)


def parallel_extraction_rate(sample: int, processes: int) -> float:
    """Pages per second of a worker's work alone with ``processes`` extracting at once.

    The same pages in every process, timed by each process's own clock: what the cores
    deliver side by side (virtual cores share caches, memory bandwidth, maybe a physical
    core), which the one-process figure cannot show."""
    with ProcessPoolExecutor(processes) as pool:
        per_page = list(pool.map(extraction_seconds_per_page, [sample] * processes))
    return processes / statistics.mean(per_page)


@contextmanager
def served(
    pages: int, command: Sequence[str] | None = None
) -> Iterator[tuple[int, psutil.Process]]:
    """A server process of the generated site: its port and its process. ``command``
    starts another server that prints its port first, as ``--serve`` does."""
    server = subprocess.Popen(
        command or [sys.executable, __file__, "--serve", str(pages)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        yield int(server.stdout.readline()), psutil.Process(server.pid)
    finally:
        if server.stdin:
            server.stdin.close()
        server.wait(timeout=30)


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def bare_get_seconds_per_page(sample: int) -> tuple[float, float]:
    """CPU per page of plain httpx GETs of the site's pages over the crawl's 4 connections,
    with none of the crawl's checks, in this process and in the server: what fetching
    costs before the crawler adds anything."""

    async def get_all(port: int) -> None:
        urls = iter(f"http://127.0.0.1:{port}/news/story-{n}" for n in range(sample))
        async with httpx.AsyncClient() as client:

            async def lane() -> None:
                for url in urls:
                    (await client.get(url)).raise_for_status()

            await asyncio.gather(*(lane() for _ in range(4)))

    with served(sample) as (port, server):
        asyncio.run(get_all(port))  # connections and caches warm, as in a crawl
        server_before, started = cpu_seconds(server), time.process_time()
        asyncio.run(get_all(port))
        client = time.process_time() - started
        return client / sample, (cpu_seconds(server) - server_before) / sample


# The crawler's main module is a line that imports this one, as the `scrape` command's is a
# script that imports its command line: the extraction pool's forkserver preloads the main
# module for its workers, and run as the script, this file would give each of them httpx,
# psutil and the whole crawler, which a `scrape crawl`'s workers do not have.
CRAWLER = (
    f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
    "from bench_crawl import main; main()"
)
CRAWLS: dict[str, Callable[[int, int, Path], dict[str, float]]] = {
    "crawl": crawl_site,
    "bare": bare_crawl_site,
    "unstored": functools.partial(bare_crawl_site, store_articles=False),
}


def run_size(
    pages: int, workdir: Path, kind: str = "crawl"
) -> tuple[dict[str, float], TreeSampler]:
    """Crawl a fresh site of ``pages`` in a fresh process (``kind`` names the crawl in
    CRAWLS) and measure it from outside: its figures, and its memory over time."""
    with served(pages) as (port, server):
        before = cpu_seconds(server)  # generating the site: not counted
        crawler = subprocess.Popen(
            [sys.executable, "-c", CRAWLER, "--crawl", kind, str(pages), str(port), str(workdir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        database = workdir / f"{kind}-{pages}.db"
        with TreeSampler(crawler.pid, stored_articles(database)) as memory:
            out, err = crawler.communicate()
        if crawler.returncode != 0:
            raise SystemExit(err[-2000:])
        result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
        # The crawler's start-up (imports) precedes the timed crawl: not counted.
        result["cpu_seconds"] = sum(memory.cpu.values()) - result["startup_cpu"]
        result["main_cpu_seconds"] = memory.cpu.get(crawler.pid, 0.0) - result["startup_cpu"]
        result["peak_pss"] = memory.peak_pss
        result["server_cpu_seconds"] = cpu_seconds(server) - before
        return result, memory


def cpu_budget(result: dict[str, float], per_page: float, cores: int) -> str:
    """Where the CPU of one stored page went, and the rate the cores allow at that cost.

    With every core busy, pages/s cannot exceed cores / (CPU per page of the crawler, its
    workers and the server): the ceiling the crawl is held to when it is CPU-bound. The
    workers' share above the one-process extraction time is their pool overhead (arguments
    and results crossing the process boundary) plus whatever sharing the cores costs them."""
    pages = result["pages"]
    crawler = result["main_cpu_seconds"] / pages
    workers = (result["cpu_seconds"] - result["main_cpu_seconds"]) / pages
    server = result["server_cpu_seconds"] / pages
    ceiling = cores / (crawler + workers + server)
    ms = {key: result[key] / pages * 1000 for key in result if key.endswith("_cpu")}
    return (
        f"{'':>16} CPU per page: crawler process {crawler * 1000:.2f} ms, workers "
        f"{workers * 1000:.1f} ms ({(workers - per_page) * 1000:+.1f} ms on extraction alone), "
        f"server {server * 1000:.1f} ms -> CPU-bound ceiling {cores} / "
        f"{(crawler + workers + server) * 1000:.1f} ms = {ceiling:.1f} pages/s "
        f"({ceiling * per_page / cores:.0%} of the limit)\n"
        f"{'':>16} the crawler process per page: event loop {ms['loop_cpu']:.2f} ms (of it "
        f"{ms['loop_kernel_cpu']:.2f} ms in the kernel: sockets, and SQLite's file writes "
        f"where the crawl stores on its loop), store thread {ms['store_thread_cpu']:.2f} ms, "
        f"extraction pool's threads {ms['pool_threads_cpu']:.2f} ms, the loop's worker threads "
        f"(listings; pages extracted before the pool is up) {ms['loop_threads_cpu']:.2f} ms, "
        f"other threads (ended before the crawl: the pool's start-up, the discovery "
        f"process's) {ms['other_threads_cpu']:.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument(
        "--sample", type=int, default=200, help=f"pages to time extraction on (best of {PASSES})"
    )
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--crawl", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    if args.crawl:
        kind, pages, port, workdir = args.crawl
        database = Path(workdir) / f"{kind}-{pages}.db"
        print(json.dumps(CRAWLS[kind](int(port), int(pages), database)))
        return

    cores = worker_count(None)
    size = len(article_page(1, "http://127.0.0.1:8000"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {cores} cores, Python {sys.version.split()[0]}, load average {load}")
    print(f"pages: news-theme articles of ~{size / 1024:.0f} KiB, one sitemap per 1,000")
    per_page = extraction_seconds_per_page(args.sample)
    limit = cores / per_page
    print(
        f"extraction (a worker's work: decode, extract, blocks, signature), one process, "
        f"best of {PASSES} passes over {args.sample} pages: "
        f"{per_page * 1000:.1f} ms/page -> extraction-bound limit {cores} / "
        f"{per_page:.4f} s = {limit:.1f} pages/s"
    )
    together = parallel_extraction_rate(args.sample, cores)
    print(
        f"extraction alone, {cores} processes at once: {together:.1f} pages/s "
        f"({together / limit:.0%} of that limit: what the cores give side by side)"
    )
    target = 0.8 * limit
    budget = cores / target - per_page
    client, server = bare_get_seconds_per_page(args.sample)
    print(
        f"80% of the limit ({target:.1f} pages/s) leaves {budget * 1000:.1f} ms of CPU per page "
        f"besides extraction; plain httpx GETs of these pages (no checks) take "
        f"{client * 1000:.1f} ms of it in the client and {server * 1000:.1f} ms in the server"
    )
    print(
        "each crawl is held to the limit measured just before and just after it (their "
        "mean): a shared host's speed drifts over minutes"
    )
    print()
    header = (
        f"{'crawl':<9}{'pages':>7} {'seconds':>8} {'pages/s':>8} {'of limit':>9} "
        f"{'crawler CPU':>12} {'of it, own':>12} {'server CPU':>11} {'core use':>9} "
        f"{'peak PSS':>9}"
    )
    print(header)
    with tempfile.TemporaryDirectory() as directory:
        for pages in args.pages:
            ours = measured_crawl(pages, Path(directory), "crawl", args.sample, cores)
            if pages != args.pages[0]:
                continue
            bare = measured_crawl(pages, Path(directory), "bare", args.sample, cores)
            unstored = measured_crawl(pages, Path(directory), "unstored", args.sample, cores)
            print(
                f"{'':>16} bare: the same pages with plain httpx GETs and nothing else of the "
                f"crawler (no robots.txt, politeness, address checks, retries, limits, block "
                f"detection, fetch log, frontier or templates), extracted in the same pool and "
                f"stored in the same store; unstored: the same without storing. The crawl ran "
                f"at {ours['rate'] / bare['rate']:.0%} of the bare rate and "
                f"{ours['rate'] / unstored['rate']:.0%} of the unstored one",
                flush=True,
            )


def measured_crawl(
    pages: int, workdir: Path, kind: str, sample: int, cores: int
) -> dict[str, float]:
    """One crawl held to the extraction-bound limit measured just before and after it;
    prints its row of the table and returns its measurements."""
    before = extraction_seconds_per_page(sample)
    result, memory = run_size(pages, workdir, kind)
    after = extraction_seconds_per_page(sample)
    per_page = (before + after) / 2
    limit = cores / per_page
    rate = result["pages"] / result["seconds"]
    used = (result["cpu_seconds"] + result["server_cpu_seconds"]) / (result["seconds"] * cores)
    result["rate"] = rate
    print(
        f"{kind:<9}{pages:>7} {result['seconds']:>8.1f} {rate:>8.1f} {rate / limit:>9.0%} "
        f"{result['cpu_seconds']:>11.1f}s {result['main_cpu_seconds']:>11.1f}s "
        f"{result['server_cpu_seconds']:>10.1f}s "
        f"{used:>9.0%} {result['peak_pss'] / 2**20:>7.0f}MB",
        flush=True,
    )
    print(
        f"{'':>16} limit: extraction {before * 1000:.1f} ms/page before the crawl, "
        f"{after * 1000:.1f} after -> {cores} / {per_page * 1000:.1f} ms = "
        f"{limit:.1f} pages/s",
        flush=True,
    )
    print(cpu_budget(result, per_page, cores), flush=True)
    print(f"{'':>16} peak PSS by process: {memory.roles()}; {memory.flatness()}", flush=True)
    return result


if __name__ == "__main__":
    main()

"""End-to-end crawl throughput against a generated news site on 127.0.0.1.

A server process generates a news site in memory: a sitemap index, child sitemaps of
1,000 URLs and article pages built like a WordPress news theme (menus, JSON-LD, byline,
a dozen paragraphs of their own wording, related stories, share bar, comment form,
cookie banner, scripts). Each site size is crawled end to end (robots.txt, sitemaps,
every article fetched, extracted and stored) into a fresh database by a fresh crawler
process with politeness off for 127.0.0.1, and the benchmark prints what it measured:

* pages per second, wall clock from crawl start to the last article stored;
* CPU seconds of the crawler and its extraction workers, of the crawler's own process
  alone (the event loop: fetching and storing), and of the server, with the utilisation
  of the machine's cores;
* peak memory (sum of RSS over the crawler and its workers, sampled every 100 ms);
* the extraction-bound limit: cores / (seconds of a worker's work on one page: decode,
  extract, text blocks, signature; measured here on the same pages in one process), and
  how close the crawl came to it.

The server shares the machine's cores with the crawler, so its CPU is reported too.
Usage::

    python bench/bench_crawl.py [--pages 2000 10000] [--sample 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import psutil

from scrape.config import Config, Settings, Source
from scrape.crawl import crawl_async
from scrape.demo import NEWS_WORDS
from scrape.store import Store
from scrape.workers import extract_page, worker_count

PER_SITEMAP = 1000
PASSES = 3  # over the sample, when timing extraction alone
SECTIONS = ("Politics", "Business", "World", "Local", "Science", "Sport", "Culture", "Opinion")
SCRIPT = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 40


# -- the site ------------------------------------------------------------------------------------
def sentence(pick: random.Random) -> str:
    words = [pick.choice(NEWS_WORDS) for _ in range(pick.randint(12, 28))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def article_page(n: int, base: str) -> bytes:
    pick = random.Random(n)
    title = " ".join(pick.choice(NEWS_WORDS) for _ in range(7)).capitalize()
    section = SECTIONS[n % len(SECTIONS)]
    when = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=17 * n)
    author = (
        f"{pick.choice(('Ann', 'Ben', 'Cleo', 'Dev', 'Eli'))} {pick.choice(NEWS_WORDS).title()}"
    )
    paragraphs = "".join(
        f"<p>{' '.join(sentence(pick) for _ in range(pick.randint(3, 6)))}</p>"
        for _ in range(pick.randint(8, 16))
    )
    menu = "".join(f'<li><a href="{base}/section/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    related = "".join(
        f'<li><a href="{base}/news/story-{(n + k * 37) % 100000}">'
        f"{' '.join(pick.choice(NEWS_WORDS) for _ in range(6)).capitalize()}</a></li>"
        for k in range(1, 9)
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": when.isoformat(),
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": "The Harbour Gazette"},
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | The Harbour Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{sentence(pick)}">
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{when.isoformat()}">
<link rel="canonical" href="{base}/news/story-{n}">
<link rel="stylesheet" href="{base}/wp-content/themes/newsup/style.css?ver=6.4">
<script type="application/ld+json">{ld}</script>
<script>{SCRIPT}</script>
</head><body class="post-template-default single single-post">
<div id="cookie-notice" class="cookie-banner">We use cookies to improve your experience.
<button>Accept all</button> <a href="{base}/privacy">Privacy policy</a></div>
<header class="site-header"><div class="top-bar">{when:%A, %d %B %Y} | Subscribe | Log in</div>
<a class="logo" href="{base}/">The Harbour Gazette</a>
<nav class="main-navigation"><ul class="menu">{menu}</ul></nav></header>
<main id="content"><div class="breadcrumbs"><a href="{base}/">Home</a> &raquo;
<a href="{base}/section/{section.lower()}">{section}</a></div>
<article class="post type-post status-publish format-standard">
<header class="entry-header"><span class="cat-links">{section}</span>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">By <a rel="author" class="author" href="{base}/author/{n % 40}">{author}</a>
<time class="entry-date published" datetime="{when.isoformat()}">{when:%d %B %Y}</time></div>
</header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a></div>
<div class="entry-content">{paragraphs}</div>
<footer class="entry-footer"><span class="tags-links">Tags: {section}, {pick.choice(NEWS_WORDS)}
</span></footer></article>
<section class="related-posts"><h3>Related stories</h3><ul>{related}</ul></section>
<div id="comments"><h3>Leave a comment</h3><form id="commentform"><textarea></textarea>
<button>Post comment</button></form></div></main>
<aside class="sidebar"><h3>Most read</h3><ol>{related}</ol>
<div class="newsletter">Get the morning briefing in your inbox. <input type="email">
<button>Sign up</button></div></aside>
<footer class="site-footer"><ul class="menu">{menu}</ul>
<p>&copy; 2024 The Harbour Gazette. All rights reserved.</p></footer>
<script src="{base}/wp-includes/js/jquery.min.js"></script>
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


def serve(pages: int) -> None:
    """Serve the site until stdin closes (run as ``--serve N``); print the port first.

    The pages are generated before the port is printed: the server shares the cores with
    the crawler, and building each page on request would bill the crawl for the server's
    work."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body leave in two writes; with Nagle's algorithm on, the body waits
        # for the client's delayed ACK of the headers (40 ms on Linux), as no real news
        # server (nginx: tcp_nodelay on) would make it wait.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
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
    base = f"http://127.0.0.1:{server.server_address[1]}"
    articles = [article_page(n, base) for n in range(pages)]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin (or dies)
    server.shutdown()


# -- the crawl -----------------------------------------------------------------------------------
class PeakMemory:
    """Peak of the summed RSS of a process and all its descendants, sampled from outside
    (a sampling thread inside the crawler would compete with it for the GIL)."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.peak = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen CPU seconds (children come and go)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)

    def _sample(self, interval: float) -> None:
        root = psutil.Process(self.pid)
        while not self._stop.wait(interval):
            total = 0
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                return  # the crawler has exited
            for process in tree:
                try:
                    total += process.memory_info().rss
                    times = process.cpu_times()
                    self.cpu[process.pid] = times.user + times.system
                except psutil.Error:
                    continue  # exited between listing and reading
            self.peak = max(self.peak, total)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


def crawl_site(port: int, pages: int, database: Path) -> dict[str, float]:
    """Run in a fresh process: crawl the whole site and report the measurements as JSON."""
    base = f"http://127.0.0.1:{port}"
    settings = Settings(
        database=str(database),
        delay=0,
        concurrency=4,
        per_host_concurrency=4,
        allow_private_hosts=("127.0.0.1",),
    )
    source = Source(name="gazette", home=base + "/", sitemaps=(base + "/sitemap.xml",))
    config = Config(settings=settings, sources=(source,))
    with Store(database) as store:
        startup_cpu = time.process_time()  # imports, before the clock starts
        started = time.perf_counter()
        report = asyncio.run(crawl_async(config, store)).sources[0]
        elapsed = time.perf_counter() - started
        stored = store.article_count()
    if report.failed or stored != pages:
        raise SystemExit(f"crawl incomplete: {stored}/{pages} stored, errors {report.errors[:3]}")
    return {"pages": stored, "seconds": elapsed, "startup_cpu": startup_cpu}


def extraction_seconds_per_page(sample: int) -> float:
    """A worker's whole work per page (decode, extract, the page's text blocks for template
    learning, the body's near-duplicate signature), one page after another here."""
    base = "http://127.0.0.1:8000"
    documents = [article_page(n, base) for n in range(sample)]
    now = datetime.now(UTC)
    from scrape.extract import ExtractionHints

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
def served(pages: int) -> Iterator[tuple[int, psutil.Process]]:
    """A server process of the generated site: its port and its process."""
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(pages)],
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


def run_size(pages: int, workdir: Path) -> dict[str, float]:
    with served(pages) as (port, server):
        before = cpu_seconds(server)  # generating the site: not counted
        crawler = subprocess.Popen(
            [sys.executable, __file__, "--crawl", str(pages), str(port), str(workdir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        with PeakMemory(crawler.pid) as memory:
            out, err = crawler.communicate()
        if crawler.returncode != 0:
            raise SystemExit(err[-2000:])
        result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
        # The crawler's start-up (imports) precedes the timed crawl: not counted.
        result["cpu_seconds"] = sum(memory.cpu.values()) - result["startup_cpu"]
        result["main_cpu_seconds"] = memory.cpu.get(crawler.pid, 0.0) - result["startup_cpu"]
        result["peak_rss"] = memory.peak
        result["server_cpu_seconds"] = cpu_seconds(server) - before
        return result


def cpu_budget(result: dict[str, float], per_page: float, cores: int) -> str:
    """Where the CPU of one stored page went, and the rate the cores allow at that cost.

    With every core busy, pages/s cannot exceed cores / (CPU per page of the crawler, its
    workers and the server): the ceiling the crawl is held to when it is CPU-bound. The
    workers' share above the one-process extraction time is their pool overhead (arguments
    and results crossing the process boundary) plus whatever sharing the cores costs them."""
    pages = result["pages"]
    loop = result["main_cpu_seconds"] / pages
    workers = (result["cpu_seconds"] - result["main_cpu_seconds"]) / pages
    server = result["server_cpu_seconds"] / pages
    ceiling = cores / (loop + workers + server)
    return (
        f"{'':>7} CPU per page: crawler process {loop * 1000:.1f} ms (event loop; the first "
        f"pages' extraction too, until the pool is up), workers {workers * 1000:.1f} ms "
        f"({(workers - per_page) * 1000:+.1f} ms on extraction alone), server "
        f"{server * 1000:.1f} ms -> CPU-bound ceiling {cores} / "
        f"{(loop + workers + server) * 1000:.1f} ms = {ceiling:.1f} pages/s "
        f"({ceiling * per_page / cores:.0%} of the limit)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument(
        "--sample", type=int, default=200, help=f"pages to time extraction on (best of {PASSES})"
    )
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--crawl", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    if args.crawl:
        pages, port, workdir = args.crawl
        database = Path(workdir) / f"crawl-{pages}.db"
        print(json.dumps(crawl_site(int(port), int(pages), database)))
        return

    cores = worker_count(None)
    per_page = extraction_seconds_per_page(args.sample)
    limit = cores / per_page
    size = len(article_page(1, "http://127.0.0.1:8000"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {cores} cores, Python {sys.version.split()[0]}, load average {load}")
    print(f"pages: news-theme articles of ~{size / 1024:.0f} KiB, one sitemap per 1,000")
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
    print()
    header = (
        f"{'pages':>7} {'seconds':>8} {'pages/s':>8} {'of limit':>9} {'crawler CPU':>12} "
        f"{'of it, loop':>12} {'server CPU':>11} {'core use':>9} {'peak RSS':>9}"
    )
    print(header)
    with tempfile.TemporaryDirectory() as directory:
        for pages in args.pages:
            result = run_size(pages, Path(directory))
            rate = result["pages"] / result["seconds"]
            used = (result["cpu_seconds"] + result["server_cpu_seconds"]) / (
                result["seconds"] * cores
            )
            print(
                f"{pages:>7} {result['seconds']:>8.1f} {rate:>8.1f} {rate / limit:>9.0%} "
                f"{result['cpu_seconds']:>11.1f}s {result['main_cpu_seconds']:>11.1f}s "
                f"{result['server_cpu_seconds']:>10.1f}s "
                f"{used:>9.0%} {result['peak_rss'] / 2**20:>7.0f}MB",
                flush=True,
            )
            print(cpu_budget(result, per_page, cores), flush=True)


if __name__ == "__main__":
    main()

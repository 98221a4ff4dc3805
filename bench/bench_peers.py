"""`scrape crawl` against Scrapy + trafilatura on the same generated news site.

The peer is what an expert would write in an afternoon (bench/peer_spider.py): a Scrapy
``SitemapSpider`` (16 requests in flight, 8 per domain, no delay, robots.txt obeyed),
``trafilatura.bare_extraction`` in ``parse`` and one SQLite commit per item, run from its
own environment (``.venv-peers``, made by ``make bench-peers``). Ours is the ``scrape
crawl`` command as users run it, with a sources file naming the site's sitemap and
politeness off for 127.0.0.1, as bench/bench_crawl.py crawls.

The site is bench_crawl's (its pages and its server, a fresh server per run), in two page
sizes: the ~90 KB WordPress news-theme articles, and the same articles from a lean theme
(no inline scripts, styles, icons, images or sub-menus; about half the size) where the
fixed cost of each page weighs more. Runs alternate, ours then the peer's, each into a
fresh database, and each is measured from outside over its whole process tree, from
launch to exit (start-up included: users pay it too):

* pages/s: articles stored per second of wall clock;
* CPU per page: CPU seconds summed over every process of the tree (the crawler, and for
  ours the forkserver and its extraction workers, which ``wait4`` of the command does not
  count), sampled every 100 ms, the last sample of each process kept;
* peak memory: the largest sum of PSS over the tree (shared pages counted once), what
  each kind of process held at that moment (crawler, forkserver, extraction workers,
  discovery process), and the tree's PSS over the articles stored, to show whether memory
  stays flat (the first quarter against the last, and the slope);
* correctness against what the generator wrote: exact titles (no site suffix), the
  publication day, complete bodies (every paragraph of the story), and junk in bodies
  (any line that is not the story's: ad labels, teasers, comments, form prompts).

Usage::

    python bench/bench_peers.py [--pages 2000] [--runs 2] [--layouts large small]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_crawl import TreeSampler, article_page, serve, served, stored_articles

HERE = Path(__file__).resolve().parent
PEER_PYTHON = HERE.parent / ".venv-peers" / "bin" / "python"
RUN_TIMEOUT = 1800  # seconds: a crawl that hangs is killed and reported, never waited on
# The lean theme: the same page without what makes real pages heavy. JSON-LD stays (its
# <script> has a type attribute), and so does every block of furniture with text.
HEAVY = re.compile(
    r"<script>.*?</script>|<style[^>]*>.*?</style>|<svg.*?</svg>|<img [^>]*>"
    r'|<ul class="sub-menu">.*?</ul>',
    re.S,
)
STORY = re.compile(r'<div class="td-post-content tagdiv-type">(.*?)</div>\n<footer>', re.S)
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
CAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.S)
STORY_NUMBER = re.compile(r"/news/story-(\d+)$")


def lean_page(n: int, base: str) -> bytes:
    return HEAVY.sub("", article_page(n, base).decode()).encode()


LAYOUTS: dict[str, Callable[[int, str], bytes]] = {"large": article_page, "small": lean_page}


# -- what the generator wrote --------------------------------------------------------------------
@dataclass(frozen=True)
class Truth:
    title: str
    day: str  # YYYY-MM-DD of publication
    paragraphs: tuple[str, ...]  # the story's, each must be in the body
    own_text: str  # everything a body may hold: story, captions, headline


def words(text: str) -> str:
    return " ".join(html.unescape(text).split())


def truth_of(n: int) -> Truth:
    """Read back from article ``n`` what the generator put in: the JSON-LD it writes
    holds the headline and date it chose; the story is the post-content block."""
    page = article_page(n, "http://127.0.0.1:1").decode()
    ld = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    article = ld["@graph"][0]
    story = STORY.search(page)
    assert story, "the generator's story block moved: update STORY"
    paragraphs = tuple(words(p) for p in PARAGRAPH.findall(story.group(1)))
    captions = tuple(words(c) for c in CAPTION.findall(page))
    return Truth(
        title=article["headline"],
        day=article["datePublished"][:10],
        paragraphs=paragraphs,
        own_text="\n".join((article["headline"], *paragraphs, *captions)),
    )


@dataclass
class Correctness:
    stored: int = 0
    titles: int = 0
    days: int = 0
    complete: int = 0
    junky: int = 0
    junk_lines: Counter[str] = field(default_factory=Counter)


def check(
    rows: list[tuple[str, str | None, str | None, str | None]], truths: list[Truth]
) -> Correctness:
    """Score stored (url, title, published, body) rows against the generator's truth."""
    result = Correctness()
    for url, title, published, body in rows:
        number = STORY_NUMBER.search(url)
        if not number:
            continue
        truth = truths[int(number.group(1))]
        result.stored += 1
        result.titles += title == truth.title
        result.days += (published or "")[:10] == truth.day
        text = words(body or "")
        result.complete += all(p in text for p in truth.paragraphs)
        junk = [
            line
            for line in (words(line) for line in (body or "").splitlines())
            if line and line not in truth.own_text
        ]
        result.junky += bool(junk)
        result.junk_lines.update(line[:40] for line in junk)
    return result


# -- measuring a run -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Run:
    crawler: str
    layout: str
    pages: int
    seconds: float
    cpu_seconds: float
    peak_pss: int
    memory_by_role: str
    flatness: str
    correctness: Correctness

    @property
    def rate(self) -> float:
        return self.correctness.stored / self.seconds

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_seconds / max(self.correctness.stored, 1)


def ours(sitemap: str, workdir: Path) -> tuple[list[str], Path]:
    """`scrape crawl` with a sources file for the site: politeness off for 127.0.0.1."""
    database = workdir / "scrape.db"
    config = workdir / "sources.yaml"
    base = sitemap.rsplit("/", 1)[0]
    config.write_text(
        json.dumps(  # JSON is YAML
            {
                "settings": {
                    "database": str(database),
                    "delay": 0,
                    "concurrency": 4,
                    "per_host_concurrency": 4,
                    "max_pages_per_source": None,  # the whole site, as the peer crawls it
                    "allow_private_hosts": ["127.0.0.1"],
                },
                "sources": [{"name": "gazette", "home": base + "/", "sitemaps": [sitemap]}],
            }
        )
    )
    command = Path(sys.executable).with_name("scrape")
    return [str(command), "crawl", "--config", str(config), "--db", str(database)], database


def peer(sitemap: str, workdir: Path) -> tuple[list[str], Path]:
    database = workdir / "scrapy.db"
    return [str(PEER_PYTHON), str(HERE / "peer_spider.py"), sitemap, str(database)], database


CRAWLERS = {"scrape": ours, "scrapy": peer}


def stored_rows(database: Path) -> list[tuple[str, str | None, str | None, str | None]]:
    with closing(sqlite3.connect(database)) as db:
        return db.execute("SELECT url, title, published, body FROM articles").fetchall()


def measure(crawler: str, layout: str, pages: int, truths: list[Truth]) -> Run:
    """One crawl of a freshly served site into a fresh database, measured from outside."""
    server_command = [sys.executable, __file__, "--serve", str(pages), layout]
    with (
        tempfile.TemporaryDirectory() as directory,
        served(pages, server_command) as (port, _server),
    ):
        command, database = CRAWLERS[crawler](
            f"http://127.0.0.1:{port}/sitemap.xml", Path(directory)
        )
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        with TreeSampler(process.pid, stored_articles(database)) as sampler:
            try:
                _out, err = process.communicate(timeout=RUN_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                _out, err = process.communicate()
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"{crawler} exited {process.returncode}: {err[-2000:]}")
        correctness = check(stored_rows(database), truths)
    return Run(
        crawler=crawler,
        layout=layout,
        pages=pages,
        seconds=seconds,
        cpu_seconds=sum(sampler.cpu.values()),
        peak_pss=sampler.peak_pss,
        memory_by_role=sampler.roles(),
        flatness=sampler.flatness(),
        correctness=correctness,
    )


# -- the report ----------------------------------------------------------------------------------
def share(count: int, of: int) -> str:
    return f"{count / of:.0%}" if of else "-"


def print_run(run: Run) -> None:
    c = run.correctness
    print(
        f"{run.crawler:<8}{run.layout:<6}{run.pages:>6} {c.stored:>7} {run.seconds:>7.1f}s "
        f"{run.rate:>8.1f} {run.cpu_ms_per_page:>8.1f} {run.peak_pss / 2**20:>7.0f}MB "
        f"{share(c.titles, c.stored):>7}{share(c.days, c.stored):>6}"
        f"{share(c.complete, c.stored):>9}{share(c.junky, c.stored):>6}   "
        f"load {os.getloadavg()[0]:.0f}",
        flush=True,
    )
    print(f"{'':>8}peak PSS by process: {run.memory_by_role}; {run.flatness}", flush=True)


def print_summary(runs: list[Run], pages: int) -> None:
    print()
    print(f"means over the runs of each crawler, {pages} pages; ratio = scrape / scrapy")
    header = (
        f"{'layout':<7}{'crawler':<8}{'runs':>5}{'pages/s':>9}{'CPU ms/page':>13}"
        f"{'peak PSS':>10}{'titles':>8}{'dates':>7}{'complete':>10}{'junk':>6}"
    )
    print(header)
    for layout in dict.fromkeys(run.layout for run in runs):
        means = {}
        for crawler in CRAWLERS:
            mine = [r for r in runs if r.layout == layout and r.crawler == crawler]
            if not mine:
                continue
            stored = sum(r.correctness.stored for r in mine)
            means[crawler] = (
                statistics.mean(r.rate for r in mine),
                statistics.mean(r.cpu_ms_per_page for r in mine),
                statistics.mean(r.peak_pss for r in mine) / 2**20,
            )
            rate, cpu, pss = means[crawler]
            print(
                f"{layout:<7}{crawler:<8}{len(mine):>5}{rate:>9.1f}{cpu:>13.1f}{pss:>8.0f}MB"
                f"{share(sum(r.correctness.titles for r in mine), stored):>8}"
                f"{share(sum(r.correctness.days for r in mine), stored):>7}"
                f"{share(sum(r.correctness.complete for r in mine), stored):>10}"
                f"{share(sum(r.correctness.junky for r in mine), stored):>6}"
            )
        if len(means) == 2:
            ratios = [a / b for a, b in zip(means["scrape"], means["scrapy"], strict=True)]
            print(
                f"{layout:<7}{'ratio':<8}{'':>5}{ratios[0]:>8.2f}x{ratios[1]:>12.2f}x"
                f"{ratios[2]:>9.2f}x"
            )
    for crawler in CRAWLERS:
        junk: Counter[str] = Counter()
        for run in runs:
            if run.crawler == crawler:
                junk.update(run.correctness.junk_lines)
        if junk:
            common = "; ".join(f"{line!r} x{count}" for line, count in junk.most_common(5))
            print(f"most common junk lines, {crawler}: {common}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=2, help="runs of each crawler per layout")
    parser.add_argument("--layouts", nargs="+", choices=list(LAYOUTS), default=list(LAYOUTS))
    parser.add_argument(
        "--crawlers",
        nargs="+",
        choices=list(CRAWLERS),
        default=list(CRAWLERS),
        help="which to run (one alone: no ratios)",
    )
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        pages, layout = args.serve
        serve(int(pages), LAYOUTS[layout])
        return
    if "scrapy" in args.crawlers and not PEER_PYTHON.exists():
        raise SystemExit(f"no {PEER_PYTHON}: `make bench-peers` creates it (scrapy, trafilatura)")

    peer_versions = "no peer"
    if "scrapy" in args.crawlers:
        scrapy_version, trafilatura_version = subprocess.run(
            [
                str(PEER_PYTHON),
                "-c",
                "import scrapy, trafilatura; print(scrapy.__version__, trafilatura.__version__)",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        peer_versions = f"Scrapy {scrapy_version}, trafilatura {trafilatura_version}"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {load}; "
        f"{peer_versions}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )
    sizes = ", ".join(
        f"{layout} ~{len(build(1, 'http://127.0.0.1:8000')) / 1024:.0f} KiB"
        for layout, build in LAYOUTS.items()
        if layout in args.layouts
    )
    print(f"pages: {args.pages} articles per site ({sizes}), one sitemap per 1,000 URLs")
    truths = [truth_of(n) for n in range(args.pages)]
    print()
    print(
        f"{'crawler':<8}{'layout':<6}{'pages':>6} {'stored':>7} {'wall':>8} {'pages/s':>8} "
        f"{'CPU ms/p':>8} {'peak PSS':>9} {'titles':>6} {'dates':>5} {'complete':>8} {'junk':>5}"
    )
    runs = []
    started = time.monotonic()
    for layout in args.layouts:
        for _ in range(args.runs):
            for crawler in args.crawlers:
                run = measure(crawler, layout, args.pages, truths)
                print_run(run)
                runs.append(run)
    print_summary(runs, args.pages)
    print(f"({timedelta(seconds=round(time.monotonic() - started))} in all)")


if __name__ == "__main__":
    main()

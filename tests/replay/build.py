"""Build the replay web's fixture set from the evaluation pages in ../shared/eval.

    python tests/replay/build.py [--eval ../shared/eval] [--out tests/fixtures/replay]

Picks real article pages that carry a URL, a title label and a date label (WCXB dev
articles and newsdev pages, Wayback copies left out), every host holding two or more of
them first, then single-page hosts in a fixed pseudo-random order (by the URL's SHA-1)
until ``--pages`` are chosen. Each host becomes a site laid out the way WordPress lays
one out, written under ``--out/<host>/``:

* the saved pages, gzipped as the eval set stores them, served at their real URLs;
* ``feed.xml`` (served at ``/feed/``): RSS linking each article over http with utm_
  parameters, as many feed plugins do, so the feed's link disagrees with the canonical;
* ``sitemap_index.xml`` -> ``post-sitemap.xml``: a nested index listing canonical URLs;
* ``latest.html`` (served at ``/latest/``): a section page of relative links;
* ``robots.txt``: ``Disallow: /wp-admin/``, and on hosts with three pages one article too.

``manifest.json`` maps every served URL to its file and lists, per site, the articles with
their labels (the expected values the replay test checks); ``sources.yaml`` holds the
sources for ``scrape crawl`` (the test adds the settings that point it at the replay).
Rerunning the script on the same eval set rewrites the same files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL = HERE.parents[2] / "shared" / "eval"
DEFAULT_OUT = HERE.parent / "fixtures" / "replay"
MAX_PAGE_BYTES = 60_000  # gzipped: keeps the committed set at a few MB
SKIPPED_HOSTS = {"web.archive.org"}  # an archive's copies, not the site as it serves itself
PAGES_PER_HOST = 3


@dataclass(frozen=True)
class Candidate:
    origin: str  # "newsdev:<id>" or "wcxb:<id>"
    url: str
    title: str
    published: str
    file: Path

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


def candidates(eval_dir: Path) -> list[Candidate]:
    found = []
    newsdev = eval_dir / "newsdev"
    for line in (newsdev / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["url"] and row["title"] and row["published"]:
            found.append(
                Candidate(
                    f"newsdev:{row['id']}",
                    row["url"],
                    row["title"],
                    row["published"],
                    newsdev / row["file"],
                )
            )
    wcxb = eval_dir / "wcxb"
    files = json.loads((wcxb / "metadata.json").read_text(encoding="utf-8"))["files"]
    for file_id, meta in sorted(files.items()):
        if meta["page_type"] != "article" or meta["spa"]:
            continue
        truth = json.loads((wcxb / "dev" / "ground-truth" / f"{file_id}.json").read_text("utf-8"))
        labels = truth["ground_truth"]
        if truth.get("url") and labels.get("title") and labels.get("publish_date"):
            found.append(
                Candidate(
                    f"wcxb:{file_id}",
                    truth["url"],
                    labels["title"],
                    labels["publish_date"],
                    wcxb / "dev" / "html" / f"{file_id}.html.gz",
                )
            )
    return [c for c in found if _servable(c)]


def _servable(candidate: Candidate) -> bool:
    parts = urlsplit(candidate.url)
    return (
        parts.scheme in ("http", "https")
        and candidate.url.isascii()
        and not parts.fragment
        and not parts.port
        and candidate.host not in SKIPPED_HOSTS
        and candidate.file.stat().st_size <= MAX_PAGE_BYTES
    )


def _identity(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}?{parts.query}"


def choose(found: list[Candidate], pages: int) -> dict[str, list[Candidate]]:
    """Hosts with several pages first, then single pages in SHA-1 order, up to ``pages``."""
    by_host: dict[str, list[Candidate]] = defaultdict(list)
    seen: set[str] = set()
    for candidate in sorted(found, key=lambda c: c.origin):
        if _identity(candidate.url) not in seen:
            seen.add(_identity(candidate.url))
            by_host[candidate.host].append(candidate)
    order = sorted(by_host, key=lambda h: (-min(len(by_host[h]), PAGES_PER_HOST), _sha(h)))
    chosen: dict[str, list[Candidate]] = {}
    total = 0
    for host in order:
        if total >= pages:
            break
        chosen[host] = by_host[host][:PAGES_PER_HOST]
        total += len(chosen[host])
    return chosen


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _feed_link(url: str) -> str:
    """The article as feed plugins link it: over http, with utm_ parameters."""
    parts = urlsplit(url)
    tracking = "utm_source=rss&utm_medium=rss"
    query = f"{parts.query}&{tracking}" if parts.query else tracking
    return f"http://{parts.netloc}{parts.path}?{query}"


def _date(published: str) -> datetime:
    value = datetime.fromisoformat(published.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def feed_xml(host: str, articles: list[Candidate]) -> str:
    items = "\n".join(
        f"<item><title>{escape(a.title)}</title><link>{escape(_feed_link(a.url))}</link>"
        f"<pubDate>{format_datetime(_date(a.published))}</pubDate></item>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
        f"<title>{host}</title><link>https://{host}/</link>\n{items}\n</channel></rss>\n"
    )


def sitemap_index_xml(host: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>https://{host}/post-sitemap.xml</loc></sitemap>\n</sitemapindex>\n"
    )


def sitemap_xml(articles: list[Candidate]) -> str:
    entries = "\n".join(
        f"<url><loc>{escape(a.url)}</loc><lastmod>{_date(a.published).isoformat()}</lastmod></url>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}\n</urlset>\n"
    )


def section_html(host: str, articles: list[Candidate]) -> str:
    links = "\n".join(
        f'<li><a href="{escape(_relative(a.url))}">{escape(a.title)}</a></li>' for a in articles
    )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>Latest | {host}</title>'
        f"</head><body><main><h1>Latest</h1><ul>\n{links}\n</ul></main></body></html>\n"
    )


def _relative(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def robots_txt(disallowed: list[str]) -> str:
    rules = "".join(f"Disallow: {path}\n" for path in ["/wp-admin/", *disallowed])
    return f"User-agent: *\n{rules}"


def build(eval_dir: Path, out: Path, pages: int) -> dict[str, Any]:
    chosen = choose(candidates(eval_dir), pages)
    if out.exists():
        shutil.rmtree(out)
    routes: dict[str, dict[str, str]] = {}
    sites: list[dict[str, Any]] = []
    for host in sorted(chosen):
        articles = chosen[host]
        site_dir = out / host
        site_dir.mkdir(parents=True)
        # On a host with three pages, robots.txt forbids the last one (still linked).
        disallowed = [articles[-1]] if len(articles) >= PAGES_PER_HOST else []

        listings = [
            ("/feed/", "feed.xml", feed_xml(host, articles), "application/rss+xml; charset=UTF-8"),
            ("/sitemap_index.xml", "sitemap_index.xml", sitemap_index_xml(host), "text/xml"),
            ("/post-sitemap.xml", "post-sitemap.xml", sitemap_xml(articles), "text/xml"),
            ("/latest/", "latest.html", section_html(host, articles), "text/html; charset=UTF-8"),
            ("/robots.txt", "robots.txt", robots_txt([urlsplit(a.url).path for a in disallowed]),
             "text/plain"),
        ]  # fmt: skip
        for path, name, text, kind in listings:
            (site_dir / name).write_text(text, encoding="utf-8")
            routes[f"https://{host}{path}"] = {"file": f"{host}/{name}", "type": kind}
        listed = []
        for number, article in enumerate(articles, 1):
            name = f"{number}.html.gz"
            shutil.copyfile(article.file, site_dir / name)
            https = f"https://{urlsplit(article.url).netloc}{_relative(article.url)}"
            routes[https] = {"file": f"{host}/{name}", "type": "text/html", "encoding": "gzip"}
            listed.append(
                {
                    "url": article.url,
                    "title": article.title,
                    "published": article.published,
                    "origin": article.origin,
                    "disallowed": article in disallowed,
                }
            )
        sites.append(
            {
                "name": host,
                "home": f"https://{host}/",
                "feeds": [f"https://{host}/feed/"],
                "sitemaps": [f"https://{host}/sitemap_index.xml"],
                "sections": [f"https://{host}/latest/"],
                "articles": listed,
            }
        )
    manifest = {"sites": sites, "routes": routes}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    (out / "sources.yaml").write_text(sources_yaml(sites), encoding="utf-8")
    return manifest


def sources_yaml(sites: list[dict[str, Any]]) -> str:
    lines = ["# The replay web's sources, written by tests/replay/build.py.", "sources:"]
    for site in sites:
        lines.append(f"  - name: {site['name']}")
        for field in ("home", "feeds", "sitemaps", "sections"):
            lines.append(f"    {field}: {json.dumps(site[field])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--pages", type=int, default=110)
    args = parser.parse_args()
    sites = build(args.eval, args.out, args.pages)["sites"]
    pages = sum(len(site["articles"]) for site in sites)
    print(f"{len(sites)} sites, {pages} article pages -> {args.out}")


if __name__ == "__main__":
    main()

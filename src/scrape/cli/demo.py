"""``make demo``: serve the bundled fixture news site on 127.0.0.1 and crawl it.

The fixture site (``tests/fixtures/site``) is a small WordPress news-theme site with a
feed, a sitemap index, a gzipped news sitemap, a section page and article pages full of
the usual junk. Files may say ``{{base}}`` wherever the site's own address belongs; the
server fills in its real one. The same server backs the end-to-end tests.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config, Settings, Source
from ..corpus.reader import open_corpus
from ..ops.lock import WriterLock
from ..ops.schedule import crawl_once
from ..store.database import Store

# Words of generated news text (the crawl benchmark's site, the tests' generated sites and
# WARC files): few enough to repeat like a beat's vocabulary, enough that pages differ.
NEWS_WORDS = tuple(
    [
        "council",
        "minister",
        "harbour",
        "election",
        "budget",
        "river",
        "railway",
        "school",
        "hospital",
        "court",
        "villagers",
        "farmers",
        "union",
        "strike",
        "museum",
        "festival",
        "drought",
        "flood",
        "bridge",
        "report",
        "police",
        "mayor",
        "energy",
        "prices",
        "wages",
        "tourism",
        "port",
        "airport",
        "housing",
        "tenants",
        "climate",
        "forest",
        "parliament",
        "treaty",
        "border",
        "inflation",
        "vaccine",
        "library",
        "stadium",
        "exports",
        "bank",
        "pension",
        "teachers",
        "nurses",
        "transit",
        "wildfire",
        "harvest",
        "coalition",
        "protest",
        "verdict",
        "inquiry",
        "reservoir",
        "factory",
        "startup",
    ]
)
KEPT_DATABASE = "data/demo.db"
FIXTURE_SITE = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "site"
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".gz": "application/x-gzip",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass
class FixtureSite:
    """A directory served over HTTP on 127.0.0.1 (``with FixtureSite(root) as site:``)."""

    root: Path = FIXTURE_SITE
    requests: list[str] = field(default_factory=list)  # paths in the order they were asked

    def __post_init__(self) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                found = site.resolve(urlsplit(self.path).path)
                if found is None:
                    self.send_error(404)
                    return
                body, content_type = found
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the request list is the log

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # shutdown() waits for serve_forever's next poll: 0.5 s by default, at every exit.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def resolve(self, path: str) -> tuple[bytes, str] | None:
        """File for a request path: ``/x/`` and ``/x`` mean ``x/index.html`` (or ``.xml``)."""
        relative = path.strip("/")
        if ".." in relative.split("/"):
            return None
        candidates = [relative, f"{relative}/index.html", f"{relative}/index.xml"]
        for candidate in candidates:
            file = self.root / candidate
            if file.is_file():
                return self._filled(file.read_bytes()), _TYPES.get(file.suffix, "text/html")
        if relative.endswith(".gz") and (self.root / relative[:-3]).is_file():
            return gzip.compress(self._filled((self.root / relative[:-3]).read_bytes())), _TYPES[
                ".gz"
            ]
        return None

    def _filled(self, content: bytes) -> bytes:
        return content.replace(b"{{base}}", self.base.encode())

    def __enter__(self) -> FixtureSite:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def fixture_config(site: FixtureSite, database: str) -> Config:
    """Sources config for the fixture site: one feed, one sitemap index, one section."""
    return Config(
        settings=Settings(database=database, delay=0, allow_private_hosts=("127.0.0.1",)),
        sources=(
            Source(
                name="conflict-news",
                home=site.url("/"),
                feeds=(site.url("/feed/"),),
                sitemaps=(site.url("/sitemap_index.xml"),),
                sections=(site.url("/world/"),),
            ),
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scrape.cli.demo",
        description="Serve the bundled fixture news site on 127.0.0.1 and crawl it "
        "(no internet needed). The database is temporary unless --db or --keep is given.",
    )
    parser.add_argument(
        "--db", help="crawl into this database and keep it (e.g. to try 'scrape search' on it)"
    )
    parser.add_argument(
        "--keep", action="store_true", help=f"keep the database, at {KEPT_DATABASE} unless --db"
    )
    args = parser.parse_args(argv)
    kept = args.db or (KEPT_DATABASE if args.keep else None)
    with tempfile.TemporaryDirectory() as tmp:
        database = kept or str(Path(tmp) / "demo.db")
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        code = _crawl_and_show(database)
    if kept:
        print(f"kept {database}; try: scrape search council --db {database}")
    return code


def _crawl_and_show(database: str) -> int:
    with FixtureSite() as site:
        config = fixture_config(site, database)
        print(f"serving the fixture site at {site.base}; crawling into {database}\n")
        # Journalled as a crawl of the command line is, so `scrape status` on a kept
        # database shows the run.
        with WriterLock(database), Store(database) as store:
            report = crawl_once(config, store, command="demo")
        with open_corpus(database) as corpus:
            rows = sorted(corpus.articles(), key=lambda row: row["published"] or "")
        for source in report.sources:
            print(
                f"{source.name}: discovered {source.discovered}, fetched {source.fetched}, "
                f"new {source.new}, duplicate {source.duplicate}, skipped {source.skipped}, "
                f"failed {source.failed}\n"
            )
        for row in rows:
            first = row["body"].split("\n\n", 1)[0]
            print(row["title"])
            print(f"  published {row['published']}  by {', '.join(row['authors'])}")
            print(f"  {first[:160]}{'…' if len(first) > 160 else ''}\n")
        return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())

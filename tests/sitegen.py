"""A generated news site of any size, served on 127.0.0.1 by the test that needs it.

``GeneratedSite(articles=300)`` serves ``/sitemap.xml`` listing ``/news/story-N`` pages,
each a distinct article of a few hundred words. It keeps a log of the paths asked for
(in arrival order) and of the article responses it finished writing, so a test can act
after exactly N pages were served instead of sleeping. ``slow`` delays every article
response, which spreads a crawl over time so a signal lands mid-crawl; ``hold_after=N``
keeps every article response after the first N waiting until ``site.release()``, so a
crawl is certainly still running while a test looks at it. An article can be
rewritten between crawls (``site.change(n, ...)``) to test updates.

The server stops when the ``with`` block ends, and in any case after ``lifetime`` seconds.
"""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from scrape.cli.demo import NEWS_WORDS

LIFETIME = 180.0
# serve_forever's poll interval: shutdown() waits for the next poll (0.5 s by default), and
# every test that starts a server pays it once.
SHUTDOWN_POLL = 0.05


def scrape_command(*args: str) -> list[str]:
    """The ``scrape`` CLI of the interpreter running the tests, as an argv list."""
    return [sys.executable, "-c", "from scrape.cli.main import main; main()", *args]


def run_scrape(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        scrape_command(*args), capture_output=True, text=True, timeout=timeout, check=False
    )


def wait_until(condition: Callable[[], bool], timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up after {timeout:g}s waiting for {what or condition}")
        time.sleep(0.01)


def paragraphs(seed: int, count: int = 6) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(4, 6)):
            words = rng.choices(NEWS_WORDS, k=rng.randint(9, 16))
            sentences.append(" ".join(words).capitalize() + ".")
        out.append(" ".join(sentences))
    return out


class ServedInThread:
    """A test's HTTP server answering on its own thread until ``stop()``, and in any case
    no longer than ``lifetime`` seconds, so a test that hangs cannot leave it behind."""

    def __init__(self, server: ThreadingHTTPServer, lifetime: float) -> None:
        server.daemon_threads = True
        self.server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL}, daemon=True
        )
        self._timer = threading.Timer(lifetime, server.shutdown)
        self._timer.daemon = True

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.cancel()
        self.server.shutdown()
        self.server.server_close()


class GeneratedSite:
    def __init__(
        self,
        articles: int = 300,
        *,
        slow: float = 0.0,
        hold_after: int | None = None,
        lifetime: float = LIFETIME,
    ) -> None:
        self.count = articles
        self.slow = slow
        self.hold_after = hold_after
        self._released = threading.Event()
        self.lifetime = lifetime
        self.requests: list[str] = []  # paths, in the order the requests arrived
        self.served: list[str] = []  # article paths whose response was completely written
        self.revision = {n: 0 for n in range(articles)}
        self.edited: dict[int, str] = {}  # when article n was last changed, if it was
        self.layout_broken = False  # articles served as an empty script shell
        self.blocking = False  # articles answered with a 403 bot challenge
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with site._lock:
                    site.requests.append(self.path)
                found = site.page(self.path)
                if found is None:
                    self.send_error(404)
                    return
                if site.blocking and self.path.startswith("/news/"):
                    self.send_error(403, "Checking your browser before accessing the site")
                    return
                body, content_type = found
                if site.slow and self.path.startswith("/news/"):
                    time.sleep(site.slow)
                if site._held(self.path):
                    site._released.wait(site.lifetime)
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                    self.wfile.flush()
                except OSError:
                    return  # the crawler died mid-response: not served
                if self.path.startswith("/news/"):
                    with site._lock:
                        site.served.append(self.path)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._serving = ServedInThread(self._server, lifetime)

    # -- content ----------------------------------------------------------------------------
    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def path_of(self, n: int) -> str:
        return f"/news/story-{n}"

    def urls(self) -> list[str]:
        return [self.url(self.path_of(n)) for n in range(self.count)]

    def grow(self, more: int) -> None:
        """Publish ``more`` new articles (listed in the sitemap from now on)."""
        for n in range(self.count, self.count + more):
            self.revision[n] = 0
        self.count += more

    def change(self, n: int) -> None:
        """Rewrite article ``n`` (new text, newer lastmod), as an editor's correction would."""
        self.revision[n] += 1
        self.edited[n] = datetime.now(UTC).isoformat()  # microseconds: a crawl takes less than one

    def title(self, n: int) -> str:
        suffix = f" (updated {self.revision[n]})" if self.revision[n] else ""
        topic, other = NEWS_WORDS[n % len(NEWS_WORDS)], NEWS_WORDS[(n * 7) % len(NEWS_WORDS)]
        return f"Story {n}: the {topic} and the {other}{suffix}"

    def _lastmod(self, n: int) -> str:
        return self.edited.get(n) or f"2024-03-{1 + n % 28:02d}T08:00:00+00:00"

    def article_html(self, n: int) -> str:
        if self.layout_broken:  # a redesign that renders everything in the browser
            return (
                "<!doctype html><html><head><title>Gazette</title></head><body>"
                '<div id="app"></div><script src="/app.js"></script></body></html>'
            )
        title = self.title(n)
        published = f"2024-03-{1 + n % 28:02d}T08:00:00+00:00"
        text = paragraphs(n * 1000 + self.revision[n])
        body = "\n".join(f"<p>{p}</p>" for p in text)
        return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Generated Gazette</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<link rel="canonical" href="{self.url(self.path_of(n))}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "{published}", "dateModified": "{self._lastmod(n)}",
"author": {{"@type": "Person", "name": "Reporter {n % 9}"}}}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>{title}</h1>
<p class="byline">By Reporter {n % 9}, <time datetime="{published}">March 2024</time></p>
{body}
</article></main>
<footer><p>© Generated Gazette</p></footer>
</body></html>"""

    def sitemap(self) -> str:
        entries = "\n".join(
            f"<url><loc>{self.url(self.path_of(n))}</loc>"
            f"<lastmod>{self._lastmod(n)}</lastmod></url>"
            for n in range(self.count)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}\n</urlset>\n"
        )

    def page(self, path: str) -> tuple[bytes, str] | None:
        if path == "/sitemap.xml":
            return self.sitemap().encode(), "application/xml; charset=utf-8"
        if path == "/robots.txt":
            return b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8"
        if path.startswith("/news/story-"):
            try:
                n = int(path.removeprefix("/news/story-"))
            except ValueError:
                return None
            if 0 <= n < self.count:
                return self.article_html(n).encode(), "text/html; charset=utf-8"
        return None

    # -- observation ------------------------------------------------------------------------
    def article_requests(self) -> Counter[str]:
        with self._lock:
            return Counter(p for p in self.requests if p.startswith("/news/"))

    def _held(self, path: str) -> bool:
        if self.hold_after is None or not path.startswith("/news/"):
            return False
        with self._lock:
            return len(self.served) >= self.hold_after

    def release(self) -> None:
        """Let the held article responses (``hold_after``) go, and every later one."""
        self._released.set()

    def served_count(self) -> int:
        with self._lock:
            return len(self.served)

    def config(self, database: Path, *, interval: str = "15m", concurrency: int = 4) -> str:
        """A sources file for this site (politeness delay 0: it is our own server)."""
        return f"""settings:
  database: {database}
  delay: 0
  concurrency: {concurrency}
  per_host_concurrency: {concurrency}
  max_pages_per_source: null  # the whole site in one run
  allow_private_hosts: ["127.0.0.1"]
  interval: {interval}
sources:
  - name: gazette
    home: {self.url("/")}
    sitemaps: ["{self.url("/sitemap.xml")}"]
"""

    def write_config(self, directory: Path, *, interval: str = "15m", concurrency: int = 4) -> Path:
        path = directory / "sources.yaml"
        text = self.config(directory / "articles.db", interval=interval, concurrency=concurrency)
        path.write_text(text, encoding="utf-8")
        return path

    # -- lifetime ---------------------------------------------------------------------------
    def __enter__(self) -> GeneratedSite:
        self._serving.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._serving.stop()

"""Run a whole-page sweep with the chrome real pages carry around the article: a consent
banner, a breaking-news ticker with another story's stamp, a most-read sidebar with other
writers and earlier days, readers' comments with dates, a newsletter footer.

    .venv/bin/python bench/sweeps/messy.py bench/sweeps/de_portals.py [--more] [--hashed] [name ...]

With ``--more``, also the site's logo in an ``<h1>``, a breaking-news ``<h2>`` above the
article, and at the article's end a box presenting another writer with a dated list of
their stories. With ``--video``, a video player over the text with its own title, length
and day, declared as a VideoObject of an earlier day, and a gallery's credits after it. The same pages should give the same answers as without the chrome."""

import re
import runpy
import sys
from pathlib import Path

import scrape.extraction.extractor as ex

_real = ex.extract


def chrome(html: str) -> str:
    de = 'lang="de' in html[:300]
    if de:
        top = (
            "<div class='consent'><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. "
            "Mit Klick auf Akzeptieren stimmen Sie zu.</p><button>Akzeptieren</button><button>Einstellungen</button></div>"
            "<div class='ticker'><span>Eilmeldung</span> <a href='/panorama/bahnstreik-beendet-100.html'>Bahnstreik beendet</a> "
            "<time datetime='2024-11-06T08:00:00+01:00'>06.11.2024, 08:00 Uhr</time></div>"
        )
        side = (
            "<aside class='sidebar'><h2>Meistgelesen</h2><ol>"
            + "".join(
                f"<li><a href='/politik/artikel-{i}.html'><h3>Anderer Artikel Nummer {i} über Steuern</h3></a>"
                f"<span>Von Max Weber</span> <time datetime='2024-11-0{i}T08:00:00+01:00'>0{i}.11.2024</time></li>"
                for i in (1, 2, 3)
            )
            + "</ol></aside>"
        )
        comments = (
            "<section class='comments'><h2>3 Kommentare</h2>"
            + "".join(
                f"<div class='comment'><b>Leser{i}</b> <time>05.11.2024, 1{i}:00 Uhr</time><p>Das ist doch alles Unsinn, "
                f"die Regierung hätte das schon vor Jahren machen müssen, schreibt Leser {i}.</p></div>"
                for i in (1, 2, 3)
            )
            + "</section>"
        )
        foot = "<div class='newsletter'><h3>Newsletter</h3><p>Jetzt kostenlos anmelden und nichts verpassen.</p><input><button>Anmelden</button></div>"
    else:
        top = (
            "<div class='consent'><p>We use cookies and similar technologies to personalise content. "
            "By clicking Accept you agree.</p><button>Accept</button><button>Settings</button></div>"
            "<div class='ticker'><span>Breaking</span> <a href='/news/rail-strike-ends-100.html'>Rail strike ends</a> "
            "<time datetime='2024-11-06T08:00:00-05:00'>Nov 6, 2024, 8:00 AM</time></div>"
        )
        side = (
            "<aside class='sidebar'><h2>Most read</h2><ol>"
            + "".join(
                f"<li><a href='/politics/story-{i}.html'><h3>Another story number {i} about taxes</h3></a>"
                f"<span>By Max Weber</span> <time datetime='2024-11-0{i}T08:00:00-05:00'>Nov {i}, 2024</time></li>"
                for i in (1, 2, 3)
            )
            + "</ol></aside>"
        )
        comments = (
            "<section class='comments'><h2>3 Comments</h2>"
            + "".join(
                f"<div class='comment'><b>reader{i}</b> <time>Nov 5, 2024 1{i}:00</time><p>This is all nonsense, the government "
                f"should have done this years ago, writes reader {i}.</p></div>"
                for i in (1, 2, 3)
            )
            + "</section>"
        )
        foot = "<div class='newsletter'><h3>Newsletter</h3><p>Sign up for free and never miss a story.</p><input><button>Sign up</button></div>"
    # Inside the text: another story's teaser card, a picture with its caption and
    # credit, an embedded post with its own day.
    if de:
        inline = (
            "<div class='teaser'><a href='/politik/anderer-artikel-99.html'><img src='t.jpg' alt=''>"
            "<h3>Ein anderer Artikel über Steuern</h3></a><span>Von Max Weber</span> "
            "<time datetime='2024-11-02T08:00:00+01:00'>02.11.2024</time></div>"
            "<figure><img src='b.jpg' alt='Der Bundestag'><figcaption>Der Bundestag am "
            "01.11.2024. Foto: Max Weber/dpa</figcaption></figure>"
            "<blockquote class='twitter-tweet'><p>Die Regeln kommen.</p>— Max Weber "
            "(@maxweber) <a href='https://x.com/maxweber/status/1'>3. November 2024</a></blockquote>"
        )
    else:
        inline = (
            "<div class='teaser'><a href='/politics/another-story-99.html'><img src='t.jpg' alt=''>"
            "<h3>Another story about taxes</h3></a><span>By Max Weber</span> "
            "<time datetime='2024-11-02T08:00:00-05:00'>Nov 2, 2024</time></div>"
            "<figure><img src='b.jpg' alt='The Capitol'><figcaption>The Capitol on "
            "November 1, 2024. Photo: Max Weber/AP</figcaption></figure>"
            "<blockquote class='twitter-tweet'><p>The rules are coming.</p>— Max Weber "
            "(@maxweber) <a href='https://x.com/maxweber/status/1'>November 3, 2024</a></blockquote>"
        )
    # After the text's first paragraph (not a byline's <p>).
    paragraph = re.search(r"<p>[^<]{200,}</p>", html)
    if paragraph:
        html = html[: paragraph.end()] + inline + html[paragraph.end() :]
    html = re.sub(r"(<body[^>]*>)", r"\1" + top.replace("\\", "\\\\"), html, count=1)
    html = html.replace("</article>", "</article>" + side + comments, 1)
    html = html.replace("</body>", foot + "</body>", 1)
    return html


def more_chrome(html: str) -> str:
    de = 'lang="de' in html[:300]
    if de:
        top = (
            "<header class='masthead'><h1 class='logo'><a href='/'>Tagesblatt</a></h1>"
            "<nav><a href='/politik/'>Politik</a> <a href='/sport/'>Sport</a></nav></header>"
            "<h2 class='breaking'><a href='/panorama/sturm-100.html'>Eilmeldung: Sturm legt "
            "Bahnverkehr lahm</a></h2>"
        )
        box = (
            "<div class='author-box'><img src='mw.jpg' alt='Max Weber'><p><a href='/autoren/"
            "max-weber/'>Max Weber</a> ist Redakteur im Ressort Politik und schreibt über Steuern "
            "und Finanzen.</p><h4>Mehr von Max Weber</h4><ul>"
            + "".join(
                f"<li><a href='/politik/weber-{i}.html'>Noch ein Text über die Steuer Nummer {i}"
                f"</a> <time datetime='2024-10-2{i}T08:00:00+02:00'>2{i}.10.2024</time></li>"
                for i in (1, 2, 3)
            )
            + "</ul></div>"
        )
    else:
        top = (
            "<header class='masthead'><h1 class='logo'><a href='/'>The Daily Ledger</a></h1>"
            "<nav><a href='/politics/'>Politics</a> <a href='/sport/'>Sport</a></nav></header>"
            "<h2 class='breaking'><a href='/news/storm-100.html'>Breaking: Storm halts rail "
            "traffic</a></h2>"
        )
        box = (
            "<div class='author-box'><img src='mw.jpg' alt='Max Weber'><p><a href='/authors/"
            "max-weber/'>Max Weber</a> is a politics reporter who covers taxes and public "
            "finance.</p><h4>More from Max Weber</h4><ul>"
            + "".join(
                f"<li><a href='/politics/weber-{i}.html'>Another piece on the tax number {i}"
                f"</a> <time datetime='2024-10-2{i}T08:00:00-04:00'>Oct 2{i}, 2024</time></li>"
                for i in (1, 2, 3)
            )
            + "</ul></div>"
        )
    html = re.sub(r"(<body[^>]*>)", r"\1" + top, html, count=1)
    return html.replace("</article>", "</article>" + box, 1)


def video_chrome(html: str) -> str:
    de = 'lang="de' in html[:300]
    title = "Video: Was die neuen Regeln bedeuten" if de else "Video: What the new rules mean"
    shown = "04.11.2024" if de else "Nov 4, 2024"
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"VideoObject", "name": "{title}", "uploadDate": "2024-11-04T18:00:00+01:00", '
        '"duration": "PT2M15S", "thumbnailUrl": "https://cdn.example/v.jpg"}</script>'
    )
    player = (
        f"<div class='player'><div class='player__poster'><img src='v.jpg' alt='{title}'></div>"
        f"<h3 class='player__title'>{title}</h3><span class='player__meta'>02:15 Min. · "
        f"{shown}</span></div>"
    )
    gallery = (
        "<div class='gallery'><p>Bild 1 von 3</p><p>"
        + ("Foto: Max Weber/dpa" if de else "Photo: Max Weber/Reuters")
        + "</p></div>"
    )
    html = html.replace("</head>", ld + "</head>", 1)
    paragraph = re.search(r"<p>[^<]{200,}</p>", html)
    if paragraph:
        html = html[: paragraph.start()] + player + html[paragraph.start() :]
        end = html.rfind("</p>")
        html = html[: end + 4] + gallery + html[end + 4 :]
    return html


MORE = "--more" in sys.argv
VIDEO = "--video" in sys.argv


def messy_extract(html, url=None, **kw):
    if isinstance(html, bytes):
        html = html.decode()
    html = chrome(html)
    html = more_chrome(html) if MORE else html
    return _real(video_chrome(html) if VIDEO else html, url, **kw)


ex.extract = messy_extract
script = sys.argv[1]
sys.argv = [script, *(arg for arg in sys.argv[2:] if arg not in ("--more", "--video"))]
sys.path.insert(0, str(Path(script).resolve().parent))
runpy.run_path(script, run_name="__main__")

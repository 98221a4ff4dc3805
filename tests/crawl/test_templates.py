"""Site templates learned from the crawl: blocks a site repeats on its articles are removed
from every article of that site, the first ones included."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

from scrape import crawl
from scrape.cli.demo import FixtureSite
from scrape.config import Config, Settings, Source
from scrape.crawl.templates import TEMPLATE_STEP_PAGES, TemplatePolicy
from scrape.extraction.extractor import TemplateLearner
from scrape.store.database import Store

# A promo line inside the article body: no generic rule knows it, only repetition tells.
PROMO = "Follow the Harbour Herald on Mastodon for breaking alerts and weekend long reads."
WORDS = (  # noqa: SIM905 (a word list reads better as text)
    "ferry harbour council island crossing timetable passenger review operator district "
    "hospital shift evening workers decision month spokeswoman fares union crew roster "
    "vote committee evidence meeting public budget winter storm delay engine repair "
    "captain ticket route pier schedule summer tourists residents school children market "
    "fishing weather forecast safety inspection report minister funding contract tender "
    "bridge"
).split()


def _paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(3):
        words = rng.sample(WORDS, 12)
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def _story(n: int) -> tuple[str, str, list[str]]:
    rng = random.Random(n)  # fixed per story: the same site on every run
    return (
        f"story-{n}",
        f"Harbour story {n}: {' '.join(rng.sample(WORDS, 5))}",
        [_paragraph(rng) for _ in range(5)],
    )


STORIES = [_story(n) for n in range(1, 9)]


def _page(slug: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + f"<p>{PROMO}</p>"
    body += "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} - Harbour Herald</title>
<link rel="canonical" href="{{{{base}}}}/news/{slug}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Herald">
<meta property="article:published_time" content="2024-03-0{len(slug) % 9 + 1}T10:00:00+01:00">
</head><body><header><a href="{{{{base}}}}/">Harbour Herald</a></header>
<main><article><h1>{title}</h1><p class="byline">By Ines Moreau</p>{body}</article></main>
<footer>Harbour Herald, 1 Quay Street</footer></body></html>"""


def _site(root: Path) -> Path:
    for slug, title, paragraphs in STORIES:
        page = root / "news" / slug / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(_page(slug, title, paragraphs))
    links = "".join(f"<url><loc>{{{{base}}}}/news/{slug}</loc></url>" for slug, _, _ in STORIES)
    (root / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{links}</urlset>'
    )
    return root


def _config(site: FixtureSite, db: Path) -> Config:
    return Config(
        settings=Settings(database=str(db), delay=0, allow_private_hosts=("127.0.0.1",)),
        sources=(Source(name="herald", home=site.url("/"), sitemaps=(site.url("/sitemap.xml"),)),),
    )


def test_a_block_repeated_across_a_sites_articles_is_removed_from_all_of_them(
    tmp_path: Path,
) -> None:
    with FixtureSite(_site(tmp_path / "site")) as site, Store(tmp_path / "a.db") as store:
        report = crawl(_config(site, tmp_path / "a.db"), store)
        bodies = [row["body"] for row in store.db.query("select body from articles")]
        template = store.site_template("herald")
    assert report.sources[0].new == len(STORIES)
    assert len(bodies) == len(STORIES)
    for body in bodies:
        assert "Mastodon" not in body
        assert len(body.split("\n\n")) == 5  # every paragraph of the story itself is kept
    assert any("mastodon" in block for block in template)
    assert not any(p.casefold() in template for _, _, story in STORIES for p in story)


def test_the_learned_template_is_kept_for_the_next_crawl(tmp_path: Path) -> None:
    with FixtureSite(_site(tmp_path / "site")) as site, Store(tmp_path / "a.db") as store:
        crawl(_config(site, tmp_path / "a.db"), store)
        learned = store.site_template("herald")
    with Store(tmp_path / "a.db") as store:
        assert store.site_template("herald") == learned


def test_the_learner_forgets_one_off_blocks_but_keeps_learning(monkeypatch) -> None:
    from scrape.extraction import blocks

    monkeypatch.setattr(blocks, "MAX_TRACKED_BLOCKS", 100)
    learner = TemplateLearner(min_pages=3)
    for page in range(200):
        learner.observe([f"a paragraph only page {page} has", "Please enter your comment!"])
    assert learner.template() == frozenset({"please enter your comment"})
    assert len(learner._counts) <= 101  # one-off blocks do not pile up


def test_the_learner_holds_little_memory_however_long_the_crawl() -> None:
    import tracemalloc

    tracemalloc.start()
    learner = TemplateLearner(min_pages=3)
    for page in range(10_000):  # a long crawl: each article has a few blocks of its own
        learner.observe_blocks(
            {f"teaser {k} of article {page}, a headline of its own" for k in range(6)}
            | {"please enter your comment"}
        )
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert learner.template() == frozenset({"please enter your comment"})
    assert held < 2 * 2**20  # flat once saturated, not growing with the pages


def test_blocks_normalised_by_the_worker_count_as_the_raw_page_does() -> None:
    from scrape.extraction.blocks import text_blocks

    pages = [
        f"<html><body><p>Story {n} about the ferry timetable.</p>"
        "<div>MUST   READ:</div><p>Please enter your comment!</p></body></html>"
        for n in range(3)
    ]
    from_html, from_blocks = TemplateLearner(min_pages=3), TemplateLearner(min_pages=3)
    for page in pages:
        from_html.observe(page)
        from_blocks.observe_blocks(text_blocks(page))
    assert from_blocks.template() == from_html.template()
    assert from_blocks.template() == {"must read", "please enter your comment"}
    assert from_blocks.pages == 3


def test_extraction_takes_up_late_template_blocks_in_steps() -> None:
    policy, applied = TemplatePolicy(frozenset(), min_pages=3), []
    learner = policy.learner
    for page in range(6):  # while learning, a block applies as soon as it is learned
        learner.observe_blocks({"must read", f"story {page}"})
        applied.append(policy.template().blocks)
    assert applied[1] == frozenset() and applied[2] == {"must read"}
    # Later, every page teases the two stories before it: one more block learned a page.
    pages = 400
    for page in range(6, pages):
        learner.observe_blocks({"must read", *(f"by ann, story {page - k}" for k in range(3))})
        applied.append(policy.template().blocks)
    changes = [n for n in range(7, pages) if applied[n] is not applied[n - 1]]
    assert len(changes) < (pages - 6) / 4  # not one change a page
    assert all(later - earlier <= TEMPLATE_STEP_PAGES for earlier, later in pairwise(changes))
    learned_long_ago = {f"by ann, story {n}" for n in range(6, pages - TEMPLATE_STEP_PAGES - 2)}
    assert learned_long_ago <= applied[-1] <= learner.template()


def test_a_learned_template_handed_out_never_changes_afterwards() -> None:
    # The crawl keeps the template it applied while the learner goes on growing its own.
    learner = TemplateLearner(min_pages=2)
    learner.observe_blocks({"must read", "story one"})
    learner.observe_blocks({"must read", "story two"})
    first, changes = learner.template(), learner.changes
    assert first == {"must read"} and learner.learned_count == 1
    learner.observe_blocks({"must read", "story three"})  # nothing new reached the template
    assert learner.changes == changes and learner.template() == first
    learner.observe_blocks({"must read", "story three", "sign up"})
    learner.observe_blocks({"sign up"})
    assert learner.template() == {"must read", "story three", "sign up"}
    assert learner.learned_count == 3 and learner.changes == changes + 2
    assert first == {"must read"}

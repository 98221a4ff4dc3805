"""Updates: an article edited on the site is re-fetched and updated; earlier text kept."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sitegen import GeneratedSite

from scrape.config import load_config
from scrape.ops.schedule import crawl_once
from scrape.store.database import Store

EDITED = 7


def test_changed_article_is_updated_and_its_earlier_version_kept(tmp_path: Path) -> None:
    with GeneratedSite(articles=12) as site:
        config = load_config(site.write_config(tmp_path))
        with Store(config.settings.database) as store:
            first = crawl_once(config, store).sources[0]
            url = site.url(site.path_of(EDITED))
            (before,) = store.db.table("articles").rows_where("url = ?", [url])
            site.change(EDITED)  # new text and a later lastmod in the sitemap
            asked = site.article_requests()
            second = crawl_once(config, store).sources[0]
            third = crawl_once(config, store).sources[0]  # nothing changed since
        requests = site.article_requests()

    assert (first.new, first.updated) == (12, 0)
    assert (second.new, second.updated, second.fetched) == (0, 1, 1)
    assert (third.new, third.updated, third.fetched) == (0, 0, 0)
    # Only the edited page was fetched again, and only once.
    assert requests - asked == {site.path_of(EDITED): 1}

    with sqlite3.connect(config.settings.database) as conn:
        conn.row_factory = sqlite3.Row
        article = conn.execute("select * from articles where id = ?", [before["id"]]).fetchone()
        versions = conn.execute("select * from article_versions").fetchall()
        count = conn.execute("select count(*) from articles").fetchone()[0]
    assert count == 12
    assert article["title"].endswith("(updated 1)")
    assert article["content_hash"] != before["content_hash"]
    assert len(versions) == 1
    (old,) = versions
    assert old["article_id"] == before["id"]
    assert (old["content_hash"], old["fetched_at"]) == (
        before["content_hash"],
        before["fetched_at"],
    )
    assert (old["title"], old["body"]) == (before["title"], before["body"])
    assert {"title", "body", "modified"} <= set(json.loads(old["changed"]))

"""A source's stored template: blocks its pages show again are kept, blocks none of its
pages has shown for TEMPLATE_MAX_AGE are forgotten, so it does not grow with every crawl."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrape import Store
from scrape.store.templates import TEMPLATE_MAX_AGE


def _age(store: Store, block: str, by: timedelta) -> None:
    when = (datetime.now(UTC) - by).isoformat(timespec="seconds")
    store.db.execute(
        "update site_templates set learned_at = ?, seen_at = ? where block = ?",
        [when, when, block],
    )


def test_blocks_no_page_shows_for_a_month_are_forgotten_and_shown_ones_kept() -> None:
    store = Store(memory=True)
    store.save_site_template("herald", ["must read", "sign up", "by ann lee, 2 may"])
    store.save_site_template("gazette", ["by ann lee, 2 may"])
    for block in ("must read", "sign up", "by ann lee, 2 may"):
        _age(store, block, TEMPLATE_MAX_AGE + timedelta(days=1))
    # This crawl's articles showed "must read" again and a new footer; nothing else.
    store.save_site_template("herald", ["must read", "© herald"])
    assert store.site_template("herald") == {"must read", "© herald"}
    # Another source's blocks age with that source's crawls only.
    assert store.site_template("gazette") == {"by ann lee, 2 may"}
    learned, seen = store.db.execute(
        "select learned_at, seen_at from site_templates where block = 'must read'"
    ).fetchone()
    assert learned < seen  # learned long ago, seen now


def test_a_block_unseen_for_less_than_the_age_stays() -> None:
    store = Store(memory=True)
    store.save_site_template("herald", ["must read", "sign up"])
    _age(store, "sign up", TEMPLATE_MAX_AGE - timedelta(days=1))
    store.save_site_template("herald", ["must read"])
    assert store.site_template("herald") == {"must read", "sign up"}

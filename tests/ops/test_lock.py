"""One writer per database: a second crawl exits at once (or waits), readers keep reading."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sitegen import GeneratedSite, run_scrape, scrape_command, wait_until

from scrape.cli.errors import EXIT_BUSY
from scrape.cli.main import main
from scrape.errors import DatabaseLocked
from scrape.ops.lock import WriterLock, lock_path_for
from scrape.store.database import Store

HOLD_LOCK = """
import sys, time
from scrape.ops.lock import WriterLock
with WriterLock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(60)
"""


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    db = tmp_path / "articles.db"
    with WriterLock(db) as held:
        assert held.held
        with pytest.raises(DatabaseLocked, match=r"pid \d+"):
            WriterLock(db).acquire()
    with WriterLock(db):  # free again once released
        pass
    assert lock_path_for(db).read_text() == ""  # no holder line outlives its holder


def test_lock_dies_with_a_killed_holder(tmp_path: Path) -> None:
    db = tmp_path / "articles.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked, match=f"pid {holder.pid}"):
            WriterLock(db).acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        with WriterLock(db):  # the kernel dropped the dead holder's lock
            pass
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_second_crawl_exits_at_once_or_waits(tmp_path: Path) -> None:
    with GeneratedSite(articles=10) as site:
        config = site.write_config(tmp_path, concurrency=2)
        db = tmp_path / "articles.db"
        with WriterLock(db) as lock:  # this test process plays the running crawl
            busy = run_scrape("crawl", "--config", str(config))
            assert busy.returncode == EXIT_BUSY
            assert "another crawl" in busy.stderr and "--wait" in busy.stderr
            assert site.article_requests() == {}, "a locked-out crawl must not fetch"

            log = tmp_path / "waiter.log"
            with log.open("w") as err:
                waiter = subprocess.Popen(
                    scrape_command("crawl", "--config", str(config), "--wait"),
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                )
            try:
                wait_until(lambda: "waiting for" in log.read_text(), what="the waiter")
                assert waiter.poll() is None and site.article_requests() == {}
                lock.release()
                assert waiter.wait(timeout=120) == 0
            finally:
                waiter.kill()
                waiter.wait(timeout=10)
        assert len(site.article_requests()) == 10


def test_readers_work_during_a_crawl(tmp_path: Path) -> None:
    with GeneratedSite(articles=20, hold_after=5) as site:
        config = site.write_config(tmp_path, concurrency=2)
        db = tmp_path / "articles.db"
        crawl = subprocess.Popen(
            scrape_command("crawl", "--config", str(config)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: site.served_count() >= 5, what="the crawl to get going")
            reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            assert reader.execute("select count(*) from urls").fetchone()[0] == 20
            reader.close()
            status = CliRunner().invoke(main, ["status", "--db", str(db), "--json"])
            assert status.exit_code == 0, status.output
            second = run_scrape("crawl", "--config", str(config))
            assert second.returncode == EXIT_BUSY, second.stderr
            assert crawl.poll() is None, "the site holds its pages until released"
        finally:
            site.release()
            crawl.send_signal(signal.SIGTERM)
            crawl.wait(timeout=60)


@pytest.mark.parametrize("command", [["ingest-warc", "--in-process"], ["reextract"]])
def test_every_writing_command_respects_the_lock(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "articles.db"
    warc = tmp_path / "empty.warc.gz"
    warc.write_bytes(b"")
    Store(db).close()
    args = [*command, "--db", str(db)] + ([str(warc)] if command[0] == "ingest-warc" else [])
    with WriterLock(db):
        result = CliRunner().invoke(main, args)
    assert result.exit_code == EXIT_BUSY, result.output
    assert "another crawl" in result.output

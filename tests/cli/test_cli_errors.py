"""Every command behaves: bad input, read-only corpora, outputs it must not harm, logs
under cron. Each error is one line naming the path and the cause, with an exit status
from the table in ``scrape.cli.errors``; never a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sqlite3
import stat
import subprocess
import threading
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from samples import add
from sitegen import scrape_command

from scrape import ScrapeError, open_corpus
from scrape.cli.demo import FixtureSite
from scrape.cli.demo import main as demo_main
from scrape.cli.errors import (
    EXIT_ALL_FAILED,
    EXIT_BUSY,
    EXIT_CANT_CREATE,
    EXIT_ERROR,
    EXIT_IO,
    EXIT_USAGE,
)
from scrape.cli.main import main
from scrape.corpus.export import get_watermark
from scrape.ops.lock import WriterLock
from scrape.store.database import Store
from scrape.store.schema import SCHEMA

ISO_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (DEBUG|INFO|WARNING|ERROR) \S+: ")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    add(path, range(4))
    add(path, range(4, 6), source="wire")
    return path


def run(*args: str, input: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def config_file(tmp_path: Path, site: FixtureSite, **source: object) -> Path:
    path = tmp_path / "sources.yaml"
    config = {
        "settings": {"delay": 0, "allow_private_hosts": ["127.0.0.1"]},
        "sources": [{"name": "conflict-news", "home": site.url("/"), **source}],
    }
    path.write_text(yaml.safe_dump(config))
    return path


def fingerprint(directory: Path) -> dict[str, tuple[str, int]]:
    """Every file of ``directory`` with its content hash and mtime. A WAL index (``-shm``)
    is shared memory every reader of a WAL database writes its read marks to: only its
    presence counts."""
    return {
        file.name: (hashlib.sha256(file.read_bytes()).hexdigest(), file.stat().st_mtime_ns)
        if not file.name.endswith("-shm")
        else ("", 0)
        for file in sorted(directory.iterdir())
    }


# -- 1. export never destroys what is at --out -------------------------------------------


def test_export_writes_through_a_device_and_keeps_it(db: Path) -> None:
    code, output = run("export", "--db", str(db), "--out", "/dev/full", "--watermark", "w")
    assert code == EXIT_IO
    assert "/dev/full" in output and "No space left on device" in output
    assert len(output.strip().splitlines()) == 1
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    with open_corpus(db) as corpus:
        assert get_watermark(corpus, "w") == 0  # a failed export records nothing


def test_export_writes_through_a_symlink_and_a_fifo(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    code, output = run("export", "--db", str(db), "--out", str(link))
    assert code == 0, output
    assert link.is_symlink() and len(target.read_text().splitlines()) == 6

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, output = run("export", "--db", str(db), "--out", str(fifo))
    reader.join(timeout=30)
    assert code == 0, output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert len(received[0].splitlines()) == 6


def test_export_dash_is_standard_output(db: Path) -> None:
    code, output = run("export", "--db", str(db), "--out", "-")
    assert code == 0
    assert sum(line.startswith("{") for line in output.splitlines()) == 6


def test_export_refuses_missing_directories_and_directories(db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "out.jsonl"
    code, output = run("export", "--db", str(db), "--out", str(missing))
    assert code == EXIT_CANT_CREATE and "there is no directory" in output
    assert not (tmp_path / "no").exists()
    code, output = run("export", "--db", str(db), "--out", str(tmp_path))
    assert code == EXIT_CANT_CREATE and "is a directory" in output
    code, output = run("report", "--db", str(db), "--out", "/proc/scrape-report.html")
    assert code == EXIT_CANT_CREATE and "/proc/scrape-report.html" in output


@pytest.mark.parametrize(
    "command",
    [("export",), ("search", "sentence"), ("stats",)],
    ids=["export", "search (rich)", "stats (rich)"],
)
def test_writing_into_a_closed_pipe_is_one_line(db: Path, command: tuple[str, ...]) -> None:
    export = subprocess.Popen(
        scrape_command(*command, "--db", str(db)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None and export.stderr is not None
    export.stdout.close()  # the reader is gone before the first record is written
    stderr = export.stderr.read().decode()
    assert export.wait(timeout=60) == EXIT_IO
    assert "broken pipe" in stderr and "Traceback" not in stderr, stderr


# -- 2. readers only read ------------------------------------------------------------------


def test_readers_change_nothing_on_disk_and_take_no_lock(db: Path, tmp_path: Path) -> None:
    # A copy as it would sit on a read-only mount: rollback journal, no -wal/-shm files.
    with sqlite3.connect(db) as conn:
        conn.execute("pragma journal_mode = delete")
    (tmp_path / "ro").mkdir()
    db = db.rename(tmp_path / "ro" / db.name)
    reports = tmp_path / "reports"
    reports.mkdir()
    db.chmod(0o444)
    db.parent.chmod(0o555)
    before = fingerprint(db.parent)
    try:
        runs = [
            ("status", "--db", str(db)),
            ("stats", "--db", str(db)),
            ("search", "story", "--db", str(db)),
            ("export", "--db", str(db), "--format", "csv"),
            ("report", "--db", str(db), "--out", str(reports / "r.html")),
        ]
        for args in runs:
            code, output = run(*args)
            assert code == 0, (args, output)
        with open_corpus(db) as corpus:
            assert len(list(corpus.articles(since="2024-05-01"))) == 6
            assert corpus.search("story", limit=2)
    finally:
        db.parent.chmod(0o755)
    assert fingerprint(db.parent) == before  # no WAL switch, no version write, no -shm


def test_readers_do_not_wait_for_the_writer_lock(db: Path) -> None:
    with WriterLock(db):
        code, output = run("status", "--db", str(db), "--json")
        assert code == 0, output
        code, output = run("export", "--db", str(db))
        assert code == 0, output


def test_an_older_corpus_names_the_command_that_upgrades_it(db: Path) -> None:
    last = SCHEMA.names[-1]
    with sqlite3.connect(db) as conn:
        conn.execute(f"delete from {SCHEMA.migrations_table} where name = ?", [last])
        conn.execute(f"pragma user_version = {len(SCHEMA.names) - 1}")
    before = fingerprint(db.parent)
    for args in (("status",), ("search", "story"), ("export",), ("stats",)):
        code, output = run(*args, "--db", str(db))
        assert code == EXIT_ERROR
        assert f"run 'scrape migrate --db {db}'" in output
    assert fingerprint(db.parent) == before
    code, output = run("migrate", "--db", str(db))
    assert code == 0 and last in output
    assert run("status", "--db", str(db))[0] == 0
    assert "already up to date" in run("migrate", "--db", str(db))[1]


# -- 3. no tracebacks, documented exit codes ----------------------------------------------


def test_a_bad_database_path_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database, just some text " * 100)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("create table t (x)").connection.close()
    cases = {
        str(tmp_path): "is a directory",
        str(junk): "is not a SQLite database",
        str(empty): "is not a scrape corpus",
        str(tmp_path / "missing.db"): "no database at",
    }
    for command in ("status", "stats", "export", "report"):
        for path, message in cases.items():
            code, output = run(command, "--db", path)
            assert code == EXIT_ERROR, (command, path, output)
            assert path in output and message in output
            assert len(output.strip().splitlines()) == 1
    for path in cases:
        with pytest.raises(ScrapeError):
            open_corpus(path)


def test_crawl_into_a_directory_or_junk_is_one_line(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    config = config_file(tmp_path, fixture_site, feeds=[fixture_site.url("/feed/")])
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database " * 500)
    for path in (tmp_path, junk):
        code, output = run("crawl", "--config", str(config), "--db", str(path))
        assert code == EXIT_ERROR, output
        assert output.startswith(f"Error: {path}: not a usable scrape database")
    assert fixture_site.requests == []


def test_a_database_locked_beyond_the_busy_timeout_exits_busy(
    fixture_site: FixtureSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.db"
    Store(db).close()
    monkeypatch.setattr("scrape.store.connection.BUSY_TIMEOUT_MS", 50)
    config = config_file(tmp_path, fixture_site, feeds=[fixture_site.url("/feed/")])
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("begin exclusive")  # e.g. a sqlite3 shell in the middle of a write
    try:
        code, output = run("crawl", "--config", str(config), "--db", str(db))
    finally:
        holder.execute("rollback")
        holder.close()
    assert code == EXIT_BUSY
    assert str(db) in output and "busy" in output


def test_disk_full_is_one_line_and_loses_nothing_stored(
    fixture_site: FixtureSite, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select id, body from articles order by id").fetchall()
    opened = Store.__init__

    def on_a_full_disk(store: Store, *args: object, **kwargs: object) -> None:
        opened(store, *args, **kwargs)  # type: ignore[arg-type]
        pages = store.db.execute("pragma page_count").fetchone()[0]
        store.db.execute(f"pragma max_page_count = {pages + 1}")

    monkeypatch.setattr(Store, "__init__", on_a_full_disk)
    config = config_file(tmp_path, fixture_site, feeds=[fixture_site.url("/feed/")])
    code, output = run("crawl", "--config", str(config), "--db", str(db))
    assert code == EXIT_IO, output
    assert f"{db}: disk full" in output
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select id, body from articles order by id").fetchall() == stored


def test_usage_errors_have_their_own_status() -> None:
    code, output = run("crawl", "--no-such-option")
    assert code == EXIT_USAGE and "No such option" in output


# -- 5. logs a machine can read ------------------------------------------------------------


def test_logs_without_a_terminal_are_one_line_per_event(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    long_name = "a-source-with-a-name-far-longer-than-any-table-column-would-show-" + "x" * 40
    missing = fixture_site.url("/feeds/" + "very-long-path-segment/" * 6 + "missing.xml")
    config = tmp_path / "sources.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "settings": {"delay": 0, "allow_private_hosts": ["127.0.0.1"]},
                "sources": [{"name": long_name, "home": fixture_site.url("/"), "feeds": [missing]}],
            }
        )
    )
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(main, ["crawl", "--config", str(config), "--db", db])
    assert result.exit_code == EXIT_ALL_FAILED
    log_lines = result.stderr.splitlines()
    assert log_lines and all(ISO_LINE.match(line) for line in log_lines), result.stderr
    assert sum(missing in line for line in log_lines) == 1  # whole, and only once
    summary = next(line for line in result.stdout.splitlines() if long_name in line)
    assert summary.split("│")[-2].strip() == "1"  # entry points failed

    result = CliRunner().invoke(
        main, ["--log-format", "json", "crawl", "--config", str(config), "--db", db]
    )
    events = [json.loads(line) for line in result.stderr.splitlines()]
    assert events and {"time", "level", "logger", "message"} <= set(events[0])
    assert any(missing in event["message"] for event in events)


def test_piped_search_results_are_never_wrapped(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    add(db, range(2), source="a-rather-long-source-name-for-a-narrow-terminal")
    with sqlite3.connect(db) as conn:
        long_url = "https://daily.test/" + "section/" * 15 + "story"
        conn.execute("update articles set url = ? where id = 1", [long_url])
    code, output = run("search", "story", "--db", str(db))
    assert code == 0
    assert long_url in output.splitlines()


# -- 6. inputs checked ---------------------------------------------------------------------


def test_every_needs_at_least_a_minute(tmp_path: Path) -> None:
    code, output = run("crawl", "--config", str(tmp_path / "none.yaml"), "--every", "0s")
    assert code == EXIT_USAGE and "at least 60s" in output


def test_extract_sniffs_gzip_caps_it_and_refuses_binary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    html = b"<html><head><title>Harbour</title></head><body><article><p>" + b"Words. " * 300
    html += b"</p></article></body></html>"
    packed = tmp_path / "page.html"  # gzip without the .gz name
    packed.write_bytes(gzip.compress(html))
    code, output = run("extract", str(packed))
    assert code == 0 and json.loads(output)["title"] == "Harbour"
    code, output = run("extract", "-", input=gzip.compress(html))
    assert code == 0 and json.loads(output)["title"] == "Harbour"

    png = tmp_path / "photo.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    code, output = run("extract", str(png))
    assert code == EXIT_ERROR and "not HTML" in output

    code, output = run("extract", str(packed), "--max-bytes", "1000")
    assert code == EXIT_ERROR and "more than 1000 bytes" in output


def test_unknown_source_lists_the_known_ones(db: Path) -> None:
    for args in (("search", "story"), ("export",)):
        code, output = run(*args, "--db", str(db), "--source", "nosuch")
        assert code == EXIT_ERROR
        assert "no source named 'nosuch'" in output and "daily, wire" in output


def test_corpus_filters_accept_iso_strings(db: Path) -> None:
    with open_corpus(db) as corpus:
        assert corpus.count(since="2024-05-03") == corpus.count(since=date(2024, 5, 3)) == 4
        assert corpus.count(until="2024-05-02T23:59:00+00:00") == 2
        with pytest.raises(ScrapeError, match="not an ISO 8601 date"):
            corpus.count(since="May 1st")


# -- 7. small things users hit -------------------------------------------------------------


def test_browse_on_a_busy_port_prints_only_the_error(db: Path) -> None:
    pytest.importorskip("datasette")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, output = run("browse", "--db", str(db), "--port", port)
    assert code == EXIT_ERROR
    assert output.strip().splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use; choose another --port"
    ]


def test_help_texts_are_complete() -> None:
    overview = run("--help")[1]
    assert "ingest-warc  Extract the news articles of WARC files into the store." in overview
    commands = overview.split("Commands:")[1].splitlines()
    assert commands and not any(line.endswith("...") for line in commands)
    search_help = run("search", "--help")[1]
    assert "Show at most this many articles." in search_help
    assert "Stop a search that runs longer than this." in search_help
    for command in ("search", "export", "ingest-warc"):
        assert "%Y" not in run(command, "--help")[1]


def test_lock_files_are_ignored_by_git() -> None:
    root = Path(__file__).parents[2]
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "data/articles.db.lock"], cwd=root, check=False
    )
    assert ignored.returncode == 0


def test_demo_can_keep_its_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        demo_main(["--help"])
    assert exit_info.value.code == 0 and "--db" in capsys.readouterr().out
    db = tmp_path / "demo.db"
    assert demo_main(["--db", str(db)]) == 0
    assert f"kept {db}" in capsys.readouterr().out
    code, output = run("search", "putin", "--db", str(db))
    assert code == 0 and "Putin" in output
    # The demo's crawl is journalled: status shows it run, with its three new articles.
    code, output = run("status", "--json", "--db", str(db))
    (source,) = json.loads(output)
    assert code == 0 and source["last_run"] is not None and source["new_24h"] == 3

"""A crawl's store work runs on a thread of its own, one call at a time, in order: the event
loop never waits for SQLite, and the connection is never used by two threads at once."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest
from sitegen import GeneratedSite

from scrape import crawl
from scrape.config import load_config
from scrape.crawl.storethread import THREAD_NAME, StoreThread
from scrape.models import Validators
from scrape.store.database import Store
from scrape.urls import url_key


def test_calls_run_in_order_on_one_thread_that_is_not_the_loops() -> None:
    ran: list[tuple[int, str]] = []

    def note(n: int) -> int:
        time.sleep(0.001 * (5 - n))  # the earlier, the slower: order is not left to chance
        ran.append((n, threading.current_thread().name))
        return n * n

    async def main() -> list[int]:
        async with StoreThread() as db:
            return list(await asyncio.gather(*(db.run(note, n) for n in range(5))))

    assert asyncio.run(main()) == [0, 1, 4, 9, 16]
    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert {name for _, name in ran} == {f"{THREAD_NAME}_0"}


def test_a_later_call_runs_before_the_next_call_and_its_error_is_raised_there() -> None:
    ran: list[str] = []

    def fail() -> None:
        ran.append("later")
        raise RuntimeError("disk full")

    async def main() -> None:
        async with StoreThread() as db:
            db.later(fail)
            assert ran == []  # not yet: the caller could not wait for it
            with pytest.raises(RuntimeError, match="disk full"):
                await db.run(ran.append, "next")

    asyncio.run(main())
    assert ran == ["later"]  # the call after a failed one does not run


def test_leaving_runs_what_is_left_and_waits_for_the_call_under_way() -> None:
    ran: list[str] = []
    started = threading.Event()

    def slow() -> None:
        started.set()
        time.sleep(0.2)
        ran.append("slow")

    async def main() -> None:
        async with StoreThread() as db:
            db.later(ran.append, "later")
        async with StoreThread() as db:
            waiting = asyncio.ensure_future(db.run(slow))
            await asyncio.to_thread(started.wait, 5)
            waiting.cancel()  # a crawl cut short stops waiting ...

    asyncio.run(main())
    assert ran == ["later", "slow"]  # ... but the store is not handed back mid-call


def test_a_crawl_runs_every_statement_on_the_store_thread(tmp_path: Path) -> None:
    with GeneratedSite(articles=12) as site:
        config = load_config(site.write_config(tmp_path, concurrency=4))
        with Store(tmp_path / "articles.db") as store:
            threads: dict[str, set[str]] = {}

            def traced(sql: str) -> None:
                verb = sql.split(None, 1)[0].lower()
                threads.setdefault(threading.current_thread().name, set()).add(verb)

            store.db.conn.set_trace_callback(traced)
            report = crawl(config, store).sources[0]
            store.db.conn.set_trace_callback(None)
    assert report.new == 12
    on_store_thread = {name for name in threads if name.startswith(THREAD_NAME)}
    assert on_store_thread and {"insert", "commit"} <= set.union(
        *(threads[name] for name in on_store_thread)
    )
    # Before the crawl and after it (Store.bulk_writes), the caller's thread sets pragmas.
    assert set.union(set(), *(threads[n] for n in set(threads) - on_store_thread)) <= {"pragma"}


def test_validators_are_read_for_a_whole_queue_at_once(memory_store: Store) -> None:
    urls = [f"https://news.example/{n}/" for n in range(1_200)]  # several statements' worth
    for n, url in enumerate(urls[::7]):
        memory_store.save_validators(url, Validators(etag=f'"{n}"'))
    known = memory_store.validators_of([*urls, urls[0]])
    assert len(known) == len(urls[::7])
    assert known[url_key(urls[7])] == Validators(etag='"1"')
    assert memory_store.validators_of([]) == {}

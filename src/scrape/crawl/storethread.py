"""The thread a crawl's store work runs on, so that the event loop never waits for SQLite.

A commit writes each page's article, full-text index, fetch log and frontier row: the
dearest work a crawl does besides fetching and extracting, most of it inside SQLite, which
lets other threads run meanwhile. On the event loop it would hold up every fetch; on a
thread of its own it overlaps them.

Every use of the store during a crawl goes through one :class:`StoreThread`, in the order
it was asked for, so the connection is never used by two threads at once and a page's
rows are written after everything asked before them.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import ParamSpec, TypeVar

_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")

THREAD_NAME = "scrape-store"


class StoreThread:
    """Runs calls on one thread, one at a time, in order (``async with StoreThread() as db``).

    ``await db.run(call, ...)`` waits for a call's result; ``db.later(call, ...)`` is for
    code that cannot wait (a synchronous callback): the call runs, in order, just before
    the next ``run``, and its error is raised there. Leaving the block waits for the call
    under way, so nothing touches the store after it.
    """

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_NAME)
        self._later: list[Callable[[], object]] = []

    async def run(
        self, call: Callable[_Params, _Result], *args: _Params.args, **kwargs: _Params.kwargs
    ) -> _Result:
        later, self._later = self._later, []

        def in_order() -> _Result:
            for earlier in later:
                earlier()
            return call(*args, **kwargs)

        return await asyncio.wrap_future(self._executor.submit(in_order))

    def later(
        self, call: Callable[_Params, object], *args: _Params.args, **kwargs: _Params.kwargs
    ) -> None:
        self._later.append(functools.partial(call, *args, **kwargs))

    async def __aenter__(self) -> StoreThread:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None and self._later:
            await self.run(lambda: None)
        # A cancelled crawl stops waiting for its last call, but the call goes on: the
        # store is the caller's again only once it is over.
        self._executor.shutdown(wait=True)

"""One writer per database: an advisory lock on a file next to it.

``articles.db`` is guarded by ``articles.db.lock``. The lock is ``flock(2)``, so the kernel
releases it when the holding process ends for any reason, SIGKILL and OOM included: there
is never a stale lock to clean up by hand. Readers (sqlite3, Datasette, ``scrape status``)
do not take it; SQLite's WAL mode lets them read while the crawl writes.

The holder writes its PID and start time into the file, only to tell a second crawl who
it is waiting for; the lock itself is the flock, never the file's content.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from ..errors import DatabaseLocked

log = logging.getLogger(__name__)


def lock_path_for(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


class WriterLock:
    """Exclusive writer lock for the database at ``db_path``.

    ``with WriterLock(db): ...`` raises :class:`DatabaseLocked` at once when another
    process holds it; ``WriterLock(db, wait=True)`` blocks until it is free, polling every
    ``poll`` seconds so that signals (SIGTERM, Ctrl-C) are still handled while waiting.
    """

    def __init__(self, db_path: str | Path, *, wait: bool = False, poll: float = 0.5) -> None:
        self.path = lock_path_for(db_path)
        self.wait = wait
        self.poll = poll
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        announced = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _read_holder(fd)
                if not self.wait:
                    os.close(fd)
                    raise DatabaseLocked(self.path, holder) from None
                if not announced:
                    log.warning("waiting for the crawl that holds %s (%s)", self.path, holder)
                    announced = True
                time.sleep(self.poll)
            except BaseException:
                os.close(fd)
                raise
        os.ftruncate(fd, 0)
        holder = f"pid {os.getpid()} since {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
        os.pwrite(fd, holder.encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # Empty the file first: a holder line must never outlive the holder.
        os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing the descriptor drops the flock
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    return text or "pid unknown"

"""Writing a file the user named (``export --out``, ``report --out``) without harming it.

A regular file, or a new one, is written next to its target and renamed into place when
complete, so a failed write never leaves half a file where a pipeline would pick it up.
Anything else is written through, never replaced: a symlink's target gets the content
(the link stays), a device (``/dev/full``, ``/dev/null``) or a FIFO is opened and written
in place. A missing directory is an error, never created on the user's behalf.

Errors name the path the user gave: :class:`OutputError` when the output cannot be
created there, an ``OSError`` carrying the path when writing fails (disk full, a
reader that went away).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError


@contextlib.contextmanager
def output_file(out: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write ``out``'s content to; it becomes ``out`` on success."""
    path = Path(out)
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {path}: it is a directory")
    special = mode is not None and not stat.S_ISREG(mode)
    if not special and not target.parent.is_dir():
        raise OutputError(f"cannot write {path}: there is no directory {target.parent}")
    partial = target if special else target.with_name(f".{target.name}.partial")
    try:
        stream = partial.open("wb")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with stream:
            yield stream
        if not special:
            os.replace(partial, target)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
    finally:
        if not special:
            partial.unlink(missing_ok=True)

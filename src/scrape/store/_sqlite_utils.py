"""sqlite_utils, imported without pandas and numpy.

sqlite_utils imports both, when they are installed, only to map their scalar types to
column types on insert. The store never inserts either, and they cost every process that
opens a corpus (the crawler, each command) a second and about 80 MB. So they are marked
missing while sqlite_utils is imported, and restored at once: whoever needs pandas later
(``Corpus.to_pandas``) imports it as usual. A process that already has them keeps them.
"""

from __future__ import annotations

import sys

_hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # import raises ImportError
try:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations
finally:
    for _name in _hidden:
        del sys.modules[_name]

__all__ = ["Migrations", "sqlite_utils"]

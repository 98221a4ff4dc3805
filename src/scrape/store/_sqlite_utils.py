"""sqlite_utils, imported without pandas and numpy, for the store alone.

sqlite_utils imports both, when they are installed, only to map their scalar types to
column types on insert. The store never inserts either, and they cost every process that
opens a corpus (the crawler, each command) start-up time and memory. So they are marked
missing while sqlite_utils is imported, and restored at once: whoever needs pandas later
(``Corpus.to_pandas``) imports it as usual. A process that already has them keeps them.

The copy imported that way lacks pandas and numpy for good, so it stays the store's own:
it is taken out of ``sys.modules``, and a user who imports sqlite_utils after scrape gets
it whole (inserting numpy values, reading data frames).
"""

from __future__ import annotations

import sys

_hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
_loaded_before = set(sys.modules)
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # import raises ImportError
try:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations
finally:
    for _name in _hidden:
        del sys.modules[_name]
    if _hidden:
        for _name in set(sys.modules) - _loaded_before:
            if _name == "sqlite_utils" or _name.startswith("sqlite_utils."):
                del sys.modules[_name]

__all__ = ["Migrations", "sqlite_utils"]

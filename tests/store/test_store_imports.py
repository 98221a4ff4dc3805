"""The store imports sqlite_utils without pandas and numpy, and leaves the process as it
found it: pandas, numpy and an ordinary sqlite_utils stay there for whoever uses them.

Each check runs in a fresh interpreter: this test session has imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def fresh_python(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_user_gets_pandas_numpy_and_a_whole_sqlite_utils_after_the_store() -> None:
    result = fresh_python(
        "import json, sys\n"
        "import scrape\n"
        "from scrape.store.database import Store\n"
        "with Store(memory=True) as store:\n"
        "    store.stats()\n"
        "before = [m for m in ('pandas', 'numpy') if m in sys.modules]\n"
        "import numpy, pandas, sqlite_utils\n"
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'n': numpy.int64(3), 'x': numpy.float32(1.5)})\n"
        "frame = pandas.DataFrame({'a': [1, 2]})\n"
        "types = {name: kind.__name__ for name, kind in db['t'].columns_dict.items()}\n"
        "print(json.dumps({'before': before, 'types': types, 'rows': len(frame)}))"
    )
    assert result == {"before": [], "types": {"n": "int", "x": "float"}, "rows": 2}


def test_the_corpus_dataframe_works_after_the_store(tmp_path: Path) -> None:
    database = tmp_path / "articles.db"
    result = fresh_python(
        "import json, sys\n"
        "import scrape\n"
        "from scrape.store.database import Store\n"
        f"with Store({str(database)!r}) as store:\n"
        "    store.stats()\n"
        "before = [m for m in ('pandas', 'numpy') if m in sys.modules]\n"
        f"frame = scrape.open_corpus({str(database)!r}).dataframe()\n"
        "print(json.dumps({'before': before, 'frame': type(frame).__module__.split('.')[0]}))"
    )
    assert result == {"before": [], "frame": "pandas"}

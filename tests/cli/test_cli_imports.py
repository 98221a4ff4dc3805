"""`scrape --help` (and a command's own --help) starts in a fraction of a second: the
commands import configuration, crawl, extraction and store only when they run.

Each check runs in a fresh interpreter: this test session has long since imported
everything."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrape.cli import corpus as corpus_cli
from scrape.cli.main import main
from scrape.corpus import export, search

ROOT = Path(__file__).resolve().parents[2]
# What a help text needs none of (sqlite_utils imports pandas and pyarrow when installed).
HEAVY = (
    "pandas", "pyarrow", "numpy", "scipy", "trafilatura", "lxml", "selectolax", "httpx",
    "httpcore", "sqlite_utils", "pydantic", "yaml", "distributed", "fastwarc",
    "scrape.store._sqlite_utils",  # the store keeps its sqlite_utils out of sys.modules
)  # fmt: skip


def modules_loaded_by(*args: str) -> list[str]:
    code = (
        "import json, sys\n"
        f"sys.argv = ['scrape', *{list(args)!r}]\n"
        "from scrape.cli.main import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return list(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "args",
    [("--help",), ("crawl", "--help"), ("search", "--help"), ("export", "--help"),
     ("ingest-warc", "--help"), ("crawl", "--limit", "0")],
    ids=" ".join,
)  # fmt: skip
def test_help_and_usage_errors_load_no_heavy_library(args: tuple[str, ...]) -> None:
    assert modules_loaded_by(*args) == []


def test_the_console_script_loads_no_command_line_until_it_runs() -> None:
    """The extraction pool's forkserver runs the program's main script, and so loads
    whatever the ``scrape`` script imports, for every worker."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, function = scripts["scrape"].split(":")
    code = (
        "import json, sys\n"
        f"from {module} import {function}\n"
        f"print(json.dumps([m for m in {(*HEAVY, 'click', 'rich')!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout) == []


def test_help_shows_the_defaults_of_the_modules_it_does_not_import() -> None:
    assert corpus_cli.EXPORT_FORMATS == export.FORMATS
    search_help = CliRunner().invoke(main, ["search", "--help"]).output
    assert f"[default: ({search.DEFAULT_TIMEOUT:g} s);" in " ".join(search_help.split())


def test_the_command_leaves_out_what_libraries_import_only_because_it_is_installed() -> None:
    """httpx's own command line, with rich's syntax highlighting and pygments."""
    code = (
        "import json, sys\n"
        "sys.argv = ['scrape', '--help']\n"
        "from scrape.cli import run\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "import httpx\n"
        "from scrape.fetch.fetcher import build_client\n"
        "print(json.dumps([m for m in ('rich.syntax', 'rich.progress', 'pygments')"
        " if m in sys.modules] + [callable(httpx.main)]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [True]

"""No import cycle inside src/scrape, and no function-level import to hide one.

Read from the source with `ast`, not by importing: a cycle is a fault of the layout
whether or not today's import order happens to survive it. Every import statement
counts, at module level or inside a function; only those under `if TYPE_CHECKING:`
are left out, since they never run."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

import scrape

# Function-level imports of scrape's own modules that are allowed, each because the
# module it loads pulls in a heavy library the importing command does not always need.
# Anything else imported inside a function is either a hidden cycle or belongs at the top.
# (Function-level imports are edges of the graph all the same: none can hide a cycle.)
LAZY_IMPORTS = {
    # The console script's entry point: the extraction workers run the script as their
    # main module, and need no command line.
    ("scrape.cli", "scrape.cli.main"),
    # `scrape browse` alone needs Datasette.
    ("scrape.cli.corpus", "scrape.corpus.browse"),
    # `scrape reextract` alone needs the extraction stack (trafilatura, lxml, selectolax).
    ("scrape.cli.corpus", "scrape.corpus.reextract"),
    # Each command loads only its own stack, so that `scrape --help` and the readers start
    # without pydantic, httpx, sqlite-utils or the extraction libraries (branch `perf`).
    *(
        ("scrape.cli.corpus", f"scrape.{name}")
        for name in ("corpus.export", "corpus.reader", "corpus.search", "store.database")
    ),
    ("scrape.cli.errors", "scrape.store.connection"),
    ("scrape.cli.options", "scrape.config"),
    *(
        ("scrape.cli.main", f"scrape.{name}")
        for name in (
            "config",
            "crawl.pipeline",
            "ops.health",
            "ops.lock",
            "ops.report",
            "ops.schedule",
            "store.database",
        )
    ),
    # `scrape extract` needs the fetcher only for a URL, a gzip reader only for gzip, and
    # the crawl's extraction (its pool, the records it takes) once it has a page.
    *(
        ("scrape.cli.extract", f"scrape.{name}")
        for name in ("crawl.workers", "fetch.decompress", "fetch.fetcher", "models")
    ),
    *(
        ("scrape.cli.warc", f"scrape.{name}")
        for name in ("config", "store.database", "warc.ingest", "warc.records")
    ),
    # The extraction workers read the configuration (pydantic, yaml) only when asked to.
    ("scrape.crawl.workers", "scrape.config"),
    # The crawler process extracts only a crawl too small for the pool of workers, which
    # have the extraction stack preloaded: the crawler does without it.
    ("scrape.crawl.workers", "scrape.extraction.extractor"),
}


# Known cycles on main, with the function-level imports their modules use to hide them.
# Delete each when the branch that removes it is merged: test_each_known_cycle_is_still_there
# fails to say so.
def is_type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", None)) == (
        "TYPE_CHECKING"
    )


def import_statements(
    node: ast.AST, in_function: bool = False
) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Each import statement under `node`, and whether it sits inside a function."""
    for child in ast.iter_child_nodes(node):
        if is_type_checking_block(child):
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, in_function
        else:
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            yield from import_statements(child, inside)


class ImportGraph:
    """Edges importer -> imported among the modules of one package's source tree."""

    def __init__(self, package_dir: Path) -> None:
        self.modules = {
            self.module_name(path, package_dir): path for path in sorted(package_dir.rglob("*.py"))
        }
        self.graph = nx.DiGraph()
        self.graph.add_nodes_from(self.modules)
        self.function_level: set[tuple[str, str]] = set()
        for importer, path in self.modules.items():
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for statement, in_function in import_statements(tree):
                for imported in self.imported_modules(importer, statement) - {importer}:
                    self.graph.add_edge(importer, imported)
                    if in_function:
                        self.function_level.add((importer, imported))

    @staticmethod
    def module_name(path: Path, package_dir: Path) -> str:
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    def imported_modules(self, importer: str, statement: ast.Import | ast.ImportFrom) -> set[str]:
        """The package's modules a statement loads (`from .pkg import mod` loads pkg.mod)."""
        if isinstance(statement, ast.Import):
            targets = {alias.name for alias in statement.names}
        else:
            base = statement.module or ""
            if statement.level:
                package = importer.split(".")
                if self.modules[importer].name != "__init__.py":
                    package = package[:-1]
                package = package[: len(package) - statement.level + 1]
                base = ".".join([*package, *([base] if base else [])])
            submodules = {f"{base}.{alias.name}" for alias in statement.names}
            targets = submodules & self.modules.keys()
            if targets != submodules:
                targets.add(base)
        return targets & self.modules.keys()

    def cycles(self) -> list[frozenset[str]]:
        return [
            frozenset(component)
            for component in nx.strongly_connected_components(self.graph)
            if len(component) > 1
        ]


SCRAPE = ImportGraph(Path(scrape.__file__).parent)


def test_no_import_cycle() -> None:
    assert [sorted(cycle) for cycle in SCRAPE.cycles()] == []


def test_function_level_imports_are_only_listed_lazy_ones() -> None:
    assert SCRAPE.function_level - LAZY_IMPORTS == set()


def test_the_graph_sees_scrape_s_imports() -> None:
    """A parser that found no edges would pass every check above."""
    assert SCRAPE.graph.has_edge("scrape.crawl.pipeline", "scrape.models")
    assert ("scrape.cli.corpus", "scrape.corpus.browse") in SCRAPE.function_level


def test_a_cycle_hidden_in_a_function_and_relative_imports_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from typing import TYPE_CHECKING\n")
    (package / "top.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .sub import leaf\n"  # never runs: no edge
        "def late():\n    from .sub.inner import name\n"
    )
    (package / "sub" / "__init__.py").write_text("from . import leaf\n")
    (package / "sub" / "leaf.py").write_text("import os\n")
    (package / "sub" / "inner.py").write_text("from .. import top\nfrom ..sub import leaf\n")

    found = ImportGraph(package)

    assert set(found.graph.edges) == {
        ("pkg.top", "pkg.sub.inner"),
        ("pkg.sub", "pkg.sub.leaf"),
        ("pkg.sub.inner", "pkg.top"),
        ("pkg.sub.inner", "pkg.sub.leaf"),
    }
    assert found.function_level == {("pkg.top", "pkg.sub.inner")}
    assert found.cycles() == [frozenset({"pkg.top", "pkg.sub.inner"})]

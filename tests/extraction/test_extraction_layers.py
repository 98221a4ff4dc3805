"""The extraction package's modules import one another only downwards: no cycle, and no
import of a sibling inside a function to hide one."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import scrape.extraction

PACKAGE = Path(scrape.extraction.__file__).parent


def _imports() -> tuple[dict[str, set[str]], list[str]]:
    """(module -> the modules of the package it imports at the top, imports of the package's
    modules found in functions). Modules of a subpackage are named with it ("dates.grammar"),
    and importing one imports the subpackage's ``__init__`` ("dates") first. Another package
    may be imported where it is first needed (to keep it out of processes that never need
    it); that can hide no cycle of this package."""
    modules = {_module(path) for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    nested: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        graph[module] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.level == 0:
                continue
            if id(node) not in top:
                nested.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            # The package the import is relative to, as its names ([] is this one).
            folders = path.relative_to(PACKAGE).parent.parts
            base = list(folders[: len(folders) - node.level + 1])
            names = [node.module] if node.module else [a.name for a in node.names]
            for name in names:
                parts = [*base, *name.split(".")]
                # From outside "dates", "dates.grammar" runs "dates" (its __init__) first.
                imported = {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
                inside = {".".join(base[:n]) for n in range(len(base) + 1)}
                graph[module] |= imported & modules - inside - {module}
    return graph, nested


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_module_imports_inside_a_function() -> None:
    _graph, nested = _imports()
    assert nested == []


def test_the_modules_form_layers_without_a_cycle() -> None:
    graph, _nested = _imports()
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise AssertionError(f"import cycle: {exc.args[1]}") from exc
    assert order.index("dom") < order.index("title.headline") < order.index("extractor")
    assert order.index("dates.grammar") < order.index("dates.published")
    # The date grammar imports nothing but itself, and the package's face nothing at all:
    # the modules below the date search (names, blocks) read the grammar.
    grammar = {"dates.months", "dates.calendars", "dates.grammar", "dates.clock"}
    assert all(graph[module] <= grammar for module in grammar)
    assert graph["dates"] == set()

"""The extraction package's modules import one another only downwards: no cycle, and no
import of a sibling inside a function to hide one."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import scrape.extraction

PACKAGE = Path(scrape.extraction.__file__).parent


def _imports() -> tuple[dict[str, set[str]], list[str]]:
    """(module -> the sibling modules it imports at the top, sibling imports found in
    functions). Another package may be imported where it is first needed (to keep it out of
    processes that never need it); that can hide no cycle of this package."""
    siblings = {path.stem for path in PACKAGE.glob("*.py")}
    graph: dict[str, set[str]] = {}
    nested: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        graph[path.stem] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            sibling = isinstance(node, ast.ImportFrom) and node.level > 0
            if id(node) not in top and sibling:
                nested.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names = [node.module] if node.module else [a.name for a in node.names]
                graph[path.stem] |= {name for name in names if name in siblings}
    return graph, nested


def test_no_module_imports_inside_a_function() -> None:
    _graph, nested = _imports()
    assert nested == []


def test_the_modules_form_layers_without_a_cycle() -> None:
    graph, _nested = _imports()
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise AssertionError(f"import cycle: {exc.args[1]}") from exc
    assert order.index("dom") < order.index("headline") < order.index("extractor")
    assert order.index("dategrammar") < order.index("dates")
    assert "dates" not in graph["dategrammar"] and "dates" not in graph["dom"]

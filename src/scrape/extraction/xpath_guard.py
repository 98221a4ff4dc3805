"""trafilatura's XPath filters, with each regex test skipped where the attribute is absent.

trafilatura picks and prunes page sections with XPath expressions such as
``.//div[re:test(@class, 'sidebar|banner') or ...]``. lxml answers each ``re:test`` by a call
back into Python, for every element the expression visits, also when the element has no
such attribute: the test then searches the empty string. On a pruned page most elements
carry no id or class, and those calls are most of what the expressions cost.

Where a pattern cannot match the empty string, ``re:test(@id|@class, P)`` is true only on
an element that has one of those attributes, so ``((@id or @class) and re:test(...))`` selects
the same elements, and XPath's ``and`` makes the call only when one is there. :func:`gated`
switches the guarded expressions on for the calls made inside it (only ours: anyone else's
trafilatura in the process runs the expressions as they ship).

The guarded forms also hand the regex tests plain strings: by default lxml gives each
attribute value it passes to a Python function a link back to its element, and builds that
element's Python object for the purpose, on every call.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import trafilatura.xpaths
from lxml.etree import XPath, XPathError, _Element

log = logging.getLogger(__name__)

_ENABLED: ContextVar[bool] = ContextVar("xpath_guard", default=False)

# The namespace lxml binds to the EXSLT regular-expression functions.
REGEXP_NS = "http://exslt.org/regular-expressions"

# re:test(@a|@b, 'pattern'[, 'flags']): the calls whose first argument is attributes only.
_REGEX_TEST = re.compile(
    r"re:test\(\s*(?P<attrs>@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,"
    r"\s*'(?P<pattern>[^']*)'\s*(?:,\s*'(?P<flags>[^']*)'\s*)?\)"
)


def _guard_test(call: re.Match[str]) -> str:
    flags = re.IGNORECASE if "i" in (call["flags"] or "") else 0
    try:
        matches_empty = re.search(call["pattern"], "", flags) is not None
    except re.error:
        return call[0]
    if matches_empty:
        # True on elements without the attribute too: the guard would change the answer.
        return call[0]
    present = " or ".join(attr.strip() for attr in call["attrs"].split("|"))
    return f"(({present}) and {call[0]})"


def guarded_path(path: str) -> str:
    """``path`` with each regex test on attributes behind a test that one of them is there."""
    return _REGEX_TEST.sub(_guard_test, path)


def compile_guarded(path: str) -> tuple[XPath, XPath]:
    """``path`` compiled without smart strings, and with them."""
    namespaces = {"re": REGEXP_NS}
    return XPath(path, namespaces=namespaces, smart_strings=False), XPath(
        path, namespaces=namespaces
    )


class GuardedXPath:
    """An XPath of trafilatura's that evaluates its guarded form inside :func:`gated`."""

    def __init__(self, plain: XPath, guarded: XPath, guarded_smart: XPath | None = None) -> None:
        self.plain = plain
        # Without smart strings: the same elements, and plain strings for any text selected.
        self.guarded = guarded
        # With them, for an expression that selects text: its caller may ask a string for
        # its element.
        self.guarded_smart = guarded_smart or guarded
        self.path = plain.path

    def __call__(self, tree: Any, **variables: Any) -> Any:
        if not _ENABLED.get():
            return self.plain(tree, **variables)
        found = self.guarded(tree, **variables)
        if isinstance(found, list) and all(isinstance(item, _Element) for item in found):
            return found
        return self.guarded_smart(tree, **variables)

    def __str__(self) -> str:
        return self.path


def install() -> int:
    """Put a :class:`GuardedXPath` in place of each of trafilatura's expressions whose regex
    tests can be guarded (once); returns how many are in place."""
    installed = 0
    for name, value in vars(trafilatura.xpaths).items():
        if not (name.isupper() and isinstance(value, list)):
            continue
        for index, expression in enumerate(value):
            if isinstance(expression, GuardedXPath):
                installed += 1
            elif isinstance(expression, XPath):
                path = guarded_path(expression.path)
                if path == expression.path:
                    continue
                try:
                    guarded = compile_guarded(path)
                except XPathError:  # other namespaces than the regex one: left as it is
                    continue
                value[index] = GuardedXPath(expression, *guarded)
                installed += 1
    if not installed:
        log.info("no regex test to guard in this trafilatura's XPath expressions")
    return installed


@contextmanager
def gated() -> Iterator[None]:
    """Evaluate trafilatura's guarded expressions, inside this block."""
    token = _ENABLED.set(True)
    try:
        yield
    finally:
        _ENABLED.reset(token)


install()

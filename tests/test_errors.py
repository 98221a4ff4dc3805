"""The exception tree drawn in ``scrape.errors``' docstring is the one its classes make."""

from __future__ import annotations

import inspect
import re

from scrape import errors

# "│   ├── TooLargeError    the body ..." -> the name, and its depth from the indent.
BRANCH = re.compile(r"^(?P<indent>(?:│   |    )*)[├└]── (?P<name>\w+)")


def drawn_parents() -> dict[str, str | None]:
    drawing = errors.__doc__ or ""
    assert "\nScrapeError\n" in drawing, "the drawing starts at the root"
    parents: dict[str, str | None] = {"ScrapeError": None}
    path = ["ScrapeError"]
    for found in filter(None, map(BRANCH.match, drawing.splitlines())):
        del path[len(found["indent"]) // 4 + 1 :]
        parents[found["name"]] = path[-1]
        path.append(found["name"])
    return parents


def test_every_exception_class_is_drawn_under_its_parent_and_nothing_else_is() -> None:
    defined = {
        name: (None if cls is errors.ScrapeError else cls.__bases__[0].__name__)
        for name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.ScrapeError) and cls.__module__ == errors.__name__
    }
    assert drawn_parents() == defined

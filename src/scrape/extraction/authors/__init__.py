"""Who wrote the page. What counts as a person's name is ``names``'s business; this package
finds where the page names its writers.

:func:`choose_authors` (``core``) weighs the places a page names its writers in, a module each:

- ``declared``: what the page declares for machines (JSON-LD, <meta>, link previews'
  labelled data, scholarly papers' "citation_author");
- ``bylines``: the byline element nearest the headline and its co-authors, read by
  ``element_names``; without one, ``plain_bylines``: the byline written as text ("By |
  Jane Doe", "Autor: Jan Koch", a name beside the date);
- ``boxes``: the author box wherever it stands, a "Written by" line, a writer's label, a
  name heading over a bio, and (``portraits``) a portrait beside its name;
- ``sign_offs``: the writer signing the text's end, a wire agency's credit;
- ``personal_site``: the owner of a site named after a person, when nobody else is named;

over what they share: ``page`` (:class:`Page`, the parts of the page read once),
``elements`` (what marks an author element), ``places`` (where it stands: furniture, other
posts, comments, the text), ``labels`` (the words that announce a writer) and ``common``.
A name without a leading underscore is shared between the package's modules; outside it,
only :func:`choose_authors` is the author search's.
"""

from __future__ import annotations

from .core import choose_authors

__all__ = ["choose_authors"]

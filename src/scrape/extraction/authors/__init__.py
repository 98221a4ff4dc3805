"""Who wrote the page: the declared authors, the byline near the headline, the author box,
the sign-off, the owner of a personal site; :func:`choose_authors` (``core``) weighs them."""

from __future__ import annotations

from .core import choose_authors

__all__ = ["choose_authors"]

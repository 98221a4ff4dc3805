"""Dates: reading the dates a page writes, and choosing which one is its publication date.

- ``grammar``: reading one date as pages write it, in any language and calendar, into a
  datetime;
- ``published``: the date search: which of the page's dates is its first publication, by
  the evidence.

The grammar stands below the rest of the extraction (the name rules read its month names),
the search above it (it reads the page's metadata and tree), so this face imports neither:
each user imports from the module that holds the name.
"""

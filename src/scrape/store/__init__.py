"""The store: the one writer of the SQLite corpus (schema, frontier, fetch log, articles)."""

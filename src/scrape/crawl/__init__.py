"""The crawl: sources -> discovery -> fetch -> extract -> store, and its extraction pool."""

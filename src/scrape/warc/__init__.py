"""WARC input: read web archives (Common Crawl) into the store, in parallel if asked."""

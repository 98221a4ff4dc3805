"""The command line: ``scrape crawl | extract | status | report | search | export | ...``."""

"""Internals of the extraction stage; the public entry point is :func:`scrape.extract.extract`."""

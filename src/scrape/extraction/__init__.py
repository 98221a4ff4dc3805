"""Internals of the extraction stage; the entry point is :func:`scrape.extract`."""

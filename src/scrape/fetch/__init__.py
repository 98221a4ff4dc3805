"""Fetch stage: a URL in, a :class:`~scrape.models.FetchedPage` out, politely and safely."""

"""``python -m scrape.cli``: the same as the ``scrape`` command."""

from .main import main

main()

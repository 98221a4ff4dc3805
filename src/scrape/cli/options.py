"""The options most commands share, and what they resolve to: the sources file, its settings,
the database, a day."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import ScrapeError
from .errors import CommandError

# The configuration is imported when an option is resolved, not when a command is declared:
# `scrape --help` should not pay for pydantic.
if TYPE_CHECKING:
    from ..config import Config, Settings

DEFAULT_CONFIG = "config/sources.yaml"

db_option = click.option(
    "--db", "db_path", default=None, help="Database file [default: settings.database]."
)
config_option = click.option(
    "--config", "config_path", default=DEFAULT_CONFIG, show_default=True, help="Sources file."
)


def day_option(name: str, help: str) -> Any:
    """``--since``/``--until``: a day, given as YYYY-MM-DD (read back with :func:`day`)."""
    return click.option(
        name, type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD", default=None, help=help
    )


def day(value: datetime | None) -> date | None:
    return value.date() if value else None


def load(config_path: str) -> Config:
    """The sources file, or a one-line error naming what is wrong with it."""
    from ..config import load_config

    try:
        return load_config(config_path)
    except ScrapeError as exc:
        raise CommandError(str(exc)) from None


def settings_of(config_path: str) -> Settings:
    """The settings of the sources file; the defaults when there is no such file."""
    from ..config import Settings

    return load(config_path).settings if Path(config_path).exists() else Settings()


def database_path(db_path: str | None, config_path: str) -> str:
    """``--db``, else the sources file's ``settings.database`` (or the default)."""
    return db_path or settings_of(config_path).database

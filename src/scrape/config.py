"""The sources file: declarative records of where each site's articles are found.

``load_config(path)`` reads and validates ``config/sources.yaml`` before any request is
made. Every problem is reported as a :class:`~scrape.errors.ConfigError` naming the file,
the line, the source and the field, e.g.::

    config/sources.yaml:14: source 'example': feeds[0]: not an http(s) URL: 'ftp://x'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .errors import ConfigError
from .hosts import ConnectTo

DEFAULT_USER_AGENT = "scrape/0.1 (news research crawler; +https://github.com/scrape-news/scrape)"
# Seconds: a shorter interval re-reads every feed and sitemap of a site as often as cron
# starts a crawl, which no publisher's content warrants and a polite crawler never does.
MIN_INTERVAL = 60.0


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return value


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {value!r} ({exc})") from None
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]
Pattern = Annotated[str, AfterValidator(_regex)]
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def parse_interval(value: str | float | int) -> float:
    """A re-crawl interval: a duration of at least :data:`MIN_INTERVAL`."""
    seconds = parse_duration(value)
    if seconds < MIN_INTERVAL:
        raise ValueError(
            f"{value!r} is too short: at least {MIN_INTERVAL:g}s between crawls of a source"
        )
    return seconds


def parse_duration(value: str | float | int) -> float:
    """``"15m"`` -> 900.0; plain numbers are seconds."""
    if isinstance(value, int | float):
        return float(value)
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"not a duration like '30s', '15m', '2h': {value!r}")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Settings(_Record):
    """Crawl-wide defaults; politeness fields may be overridden per source."""

    user_agent: str = DEFAULT_USER_AGENT
    database: str = "data/articles.db"
    concurrency: int = Field(8, ge=1, le=256)
    per_host_concurrency: int = Field(2, ge=1, le=64)
    delay: float = Field(1.0, ge=0, description="minimum seconds between requests to one host")
    timeout: float = Field(20.0, gt=0, description="connect/read timeout per request, seconds")
    deadline: float = Field(60.0, gt=0, description="whole-fetch deadline, seconds")
    max_bytes: int = Field(10_000_000, ge=1024, description="largest body accepted, bytes")
    max_redirects: int = Field(10, ge=0, le=50)
    retry_attempts: int = Field(3, ge=1, le=10, description="tries per URL, the first included")
    retry_statuses: tuple[int, ...] = (408, 429, 500, 502, 503, 504)
    retry_backoff: float = Field(1.0, ge=0, description="first retry wait, doubling; seconds")
    retry_backoff_max: float = Field(60.0, ge=0, description="longest backoff wait, seconds")
    retry_after_cap: float = Field(
        120.0, ge=0, description="longest Retry-After honoured; beyond it the URL is given up"
    )
    extract_workers: int | None = Field(
        None, ge=0, le=64, description="extraction processes (default: one per core; 0: none)"
    )
    extract_timeout: float = Field(
        60.0, gt=0, description="seconds one page's extraction may take; then it fails"
    )
    extract_memory: int = Field(
        1_000_000_000,
        ge=50_000_000,
        description="bytes one page's extraction may add to a worker; then it fails",
    )
    max_pages_per_source: int | None = Field(
        100,
        ge=1,
        description="article fetches per source per run, newest listed first; the rest "
        "waits for the next run (null: no limit)",
    )
    max_sitemap_depth: int = Field(
        3, ge=0, le=10, description="levels of nested sitemaps read below a listed one"
    )
    max_sitemaps_per_source: int = Field(
        100, ge=1, le=10_000, description="sitemaps (indexes included) read per source and crawl"
    )
    respect_robots: bool = True
    allow_private_hosts: tuple[str, ...] = Field(
        (), description="hosts allowed although they resolve to private/loopback addresses"
    )
    connect_to: tuple[str, ...] = Field(
        (),
        description="HOST1:PORT1:HOST2:PORT2 rules, as curl's --connect-to: connections for "
        "HOST1:PORT1 go to HOST2:PORT2 (a staging server, a replay); URLs, TLS names and the "
        "address check stay those of HOST1",
    )
    interval: float = Field(
        900.0, description="default re-crawl interval (e.g. '15m'; at least 1 minute)"
    )
    near_duplicates: bool = Field(True, description="link near-duplicate articles in clusters")
    near_duplicate_jaccard: float = Field(
        0.5, ge=0.4, le=1, description="word 4-gram Jaccard at which two bodies are one story"
    )
    near_duplicate_containment: float = Field(
        0.8, ge=0.5, le=1, description="share of the shorter body found in the longer one"
    )
    keep_raw_html: bool = Field(False, description="archive every fetched page, compressed")
    template_min_pages: int = Field(
        3, ge=2, description="a text block on this many of a site's articles is its template"
    )
    ca_bundle: str | None = Field(
        None,
        description="PEM file of the certificate authorities to trust instead of the system's "
        "(a company's TLS-inspecting proxy, a test server)",
    )

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, value: Any) -> float:
        return parse_interval(value)

    @field_validator("connect_to")
    @classmethod
    def _connect_to(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            ConnectTo.parse(entry)  # its ValueError names the entry
        return value

    @field_validator("ca_bundle")
    @classmethod
    def _ca_bundle(cls, value: str | None) -> str | None:
        if value is not None and not Path(value).is_file():
            raise ValueError(f"no such file: {value}")
        return value


class Source(_Record):
    """One news site and the places its articles are listed."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    home: HttpUrl
    feeds: tuple[HttpUrl, ...] = ()
    sitemaps: tuple[HttpUrl, ...] = ()
    sections: tuple[HttpUrl, ...] = ()
    include: tuple[Pattern, ...] = ()
    exclude: tuple[Pattern, ...] = ()
    drop_selectors: tuple[str, ...] = ()
    drop_phrases: tuple[str, ...] = ()
    enabled: bool = True
    delay: float | None = Field(None, ge=0)
    per_host_concurrency: int | None = Field(None, ge=1, le=64)
    interval: float | None = None

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, value: Any) -> float | None:
        return None if value is None else parse_interval(value)

    @model_validator(mode="after")
    def _has_entry_points(self) -> Source:
        if not (self.feeds or self.sitemaps or self.sections):
            raise ValueError("needs at least one of feeds, sitemaps or sections")
        return self

    @property
    def entry_points(self) -> tuple[str, ...]:
        return self.feeds + self.sitemaps + self.sections

    def wants(self, url: str) -> bool:
        """Whether the include/exclude patterns admit ``url``."""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)


class Config(_Record):
    settings: Settings = Settings()
    sources: tuple[Source, ...]

    @field_validator("sources")
    @classmethod
    def _some_sources(cls, sources: tuple[Source, ...]) -> tuple[Source, ...]:
        if not sources:
            raise ValueError("empty: list at least one source")
        return sources

    @model_validator(mode="after")
    def _unique_names(self) -> Config:
        seen: set[str] = set()
        for source in self.sources:
            if source.name in seen:
                raise ValueError(f"source name {source.name!r} is used twice")
            seen.add(source.name)
        return self

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources)
        raise ConfigError(f"no source named {name!r} (known: {known})")

    def delay_for(self, source: Source) -> float:
        return self.settings.delay if source.delay is None else source.delay

    def interval_for(self, source: Source) -> float:
        return self.settings.interval if source.interval is None else source.interval


def load_config(path: str | Path) -> Config:
    """Read and validate a sources file; raise :class:`ConfigError` on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the sources file: {exc}") from None
    return parse_config(text, origin=str(path))


def parse_config(text: str, origin: str = "<config>") -> Config:
    # One parse gives both the values and the node tree that knows their lines.
    loader = yaml.SafeLoader(text)
    try:
        document = loader.get_single_node()
        data = loader.construct_document(document) if document is not None else None
    except yaml.YAMLError as exc:  # bad syntax, or a tag safe loading refuses
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark else origin
        raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping with 'settings' and 'sources'")
    duplicates = _duplicate_names(data, document, origin)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(
            "\n".join([*_describe(exc, data, document, origin), *duplicates])
        ) from None
    return config


def _duplicate_names(data: dict[str, Any], document: Any, origin: str) -> list[str]:
    """A line for each source whose name an earlier source already has, at its line
    (the model's own check only knows the name, not where it is)."""
    sources = data.get("sources")
    lines: list[str] = []
    if not isinstance(sources, list):
        return lines
    first: dict[str, int] = {}
    for index, source in enumerate(sources):
        name = source.get("name") if isinstance(source, dict) else None
        if not isinstance(name, str):
            continue
        line = _line_of(document, ("sources", index, "name"))
        if name in first:
            lines.append(
                f"{origin}:{line}: source {name!r}: name: used twice (first on line {first[name]})"
            )
        else:
            first[name] = line or 0
    return lines


def _describe(exc: ValidationError, data: dict[str, Any], document: Any, origin: str) -> list[str]:
    lines = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        if not loc and "used twice" in error["msg"]:
            continue  # reported with its line by _duplicate_names
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        line = _line_of(document, loc)
        where = f"{origin}:{line}" if line else origin
        lines.append(f"{where}: {_path_text(loc, data)}: {message}")
    return lines


def _path_text(loc: Sequence[Any], data: dict[str, Any]) -> str:
    """``('sources', 2, 'feeds', 0)`` -> ``source 'name': feeds[0]``."""
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        try:
            name = data["sources"][loc[1]].get("name") or f"#{loc[1] + 1}"
        except (AttributeError, IndexError, KeyError, TypeError):
            name = f"#{loc[1] + 1}"
        rest = _join(loc[2:])
        return f"source {name!r}" + (f": {rest}" if rest else "")
    return _join(loc) or "(top level)"


def _join(loc: Sequence[Any]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _line_of(node: Any, loc: Sequence[Any]) -> int | None:
    """1-based line of the YAML node at ``loc``, or of its nearest existing parent."""
    best = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
            if child is None:  # a missing or unknown key: point at the mapping or the key
                key = next((k for k, _ in node.value if k.value == part), None)
                return key.start_mark.line + 1 if key is not None else best
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if part < len(node.value) else None
        if child is None:
            return best
        node = child
        best = node.start_mark.line + 1
    return best

"""Full-text search over article titles and bodies (SQLite FTS5, ranked by BM25).

The ``articles_fts`` index is kept in sync with ``articles`` by triggers (migration 0004).
Searches run on a read-only connection with a time limit, so a search can never change the
corpus nor hang a terminal or a web page. The limit is checked between SQLite's steps, and
BM25 and snippets are single steps whose cost grows with the number of terms: hence at
most ``MAX_TERMS`` words a query, which keeps every step short.

User text is never spliced into SQL, and by default never read as FTS syntax either:
``climate NOT "paris`` searches for the three words ``climate``, ``not`` and ``paris``.
Double-quoted text is searched as a phrase and a trailing ``*`` makes a prefix, the two
things people expect from a search box. ``raw=True`` hands the query to FTS5 unchanged
(``AND``/``OR``/``NOT``, ``NEAR``, column filters) and reports its syntax errors cleanly.

Ranking is the expensive part: BM25 has to be computed for every matching row, and a
common word matches most of the corpus. So ranking is bounded to the ``rank_window``
newest matching articles (FTS5 walks its index in rowid order and stops there); within
that window the order is by relevance. News search wants recent results anyway. Snippets
are made for the final hits only (the CROSS JOINs keep SQLite from re-running the match
over the whole index to make them). Filters are checked on a narrow covering index
(``articles_search_filters``), never on the wide article rows.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import ScrapeError, SearchError
from ..store import connection as store

RANK_WINDOW = 2000
DEFAULT_TIMEOUT = 5.0
MAX_TERMS = 32  # words of a query (FTS5 operators of a raw query not counted)
# Title matches weigh more than body matches (bm25 column weights: title, body).
_WEIGHTS = "10.0, 1.0"
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORDLIKE = re.compile(r"\w")
_WORD = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})  # FTS5's, not counted as words


@dataclass(frozen=True)
class Hit:
    id: int
    title: str | None
    source: str
    url: str
    day: str | None
    duplicate_of: int | None
    snippet: str
    score: float  # BM25: lower is better; comparable only within one query


def fts_query(text: str) -> str:
    """Turn search-box text into an FTS5 query that matches its words literally.

    Every word and every double-quoted phrase becomes a quoted FTS5 string (all must
    match); a trailing ``*`` keeps its prefix meaning. Stray quotes and operators are
    plain text. Raises :class:`SearchError` when nothing searchable is left.
    """
    terms = []
    for match in _TERM.finditer(text):
        phrase, word = match.groups()
        term = (phrase if phrase is not None else word).replace('"', "")
        prefix = phrase is None and term.endswith("*")
        term = term.rstrip("*") if prefix else term
        if _WORDLIKE.search(term):
            terms.append('"' + term + '"' + ("*" if prefix else ""))
    if not terms:
        raise SearchError(f"nothing to search for in {text!r}: it has no words")
    return " ".join(terms)


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write to the corpus at ``path``."""
    try:
        return store.connect_read_only(path)
    except ScrapeError as exc:
        raise SearchError(str(exc)) from None


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    unique: bool = False,
    limit: int = 20,
    raw: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    rank_window: int = RANK_WINDOW,
    marks: tuple[str, str] = ("[", "]"),
) -> list[Hit]:
    """The best ``limit`` articles for ``query``, best first, with highlighted snippets.

    ``since``/``until`` bound the article's day (inclusive); ``unique`` leaves out copies
    of other articles. Raises :class:`SearchError` for a bad query or past ``timeout``.
    """
    if limit < 1 or rank_window < 1:
        raise SearchError("limit and rank window must be positive")
    # SQLite ends a string at NUL: one would cut the query short, so it is a space here.
    query = query.replace("\x00", " ")
    words = sum(1 for word in _WORD.findall(query) if not (raw and word in _OPERATORS))
    if words > MAX_TERMS:
        raise SearchError(
            f"the query has {words} words; at most {MAX_TERMS} are searched: shorten it"
        )
    filters = " ".join(
        condition
        for condition, given in (
            ("and a.source = :source", source is not None),
            ("and a.day >= :since", since is not None),
            ("and a.day <= :until", until is not None),
            ("and a.duplicate_of is null", unique),
        )
        if given
    )
    params = {
        "match": query if raw else fts_query(query),
        "source": source,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "window": rank_window,
        "limit": limit,
        "open": marks[0],
        "close": marks[1],
    }
    sql = f"""
        with window as (
            select f.rowid as id, bm25(articles_fts, {_WEIGHTS}) as score
            from articles_fts f
            join articles a indexed by articles_search_filters on a.id = f.rowid
            where articles_fts match :match {filters}
            order by f.rowid desc limit :window
        ), top as (select id, score from window order by score limit :limit)
        select a.id, a.title, a.source, a.url, a.day, a.duplicate_of, top.score,
            snippet(articles_fts, -1, :open, :close, '…', 24) as snippet
        from top
        cross join articles_fts on articles_fts.rowid = top.id
        cross join articles a on a.id = top.id
        where articles_fts match :match
        order by top.score, a.id desc
    """
    deadline = time.monotonic() + timeout
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 1000)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        raise _explain(exc, query, raw, timeout) from None
    finally:
        conn.set_progress_handler(None, 0)
    return [
        Hit(article_id, title, source, url, day, duplicate_of, snippet, round(score, 4))
        for article_id, title, source, url, day, duplicate_of, score, snippet in rows
    ]


def _explain(exc: sqlite3.OperationalError, query: str, raw: bool, timeout: float) -> SearchError:
    message = str(exc)
    if "interrupted" in message:
        return SearchError(
            f"search for {query!r} took longer than {timeout:g} s and was stopped; "
            "narrow it with a source, a date range or a rarer word"
        )
    if "no such table" in message or "no such column" in message:
        return SearchError(
            f"this database has no search index yet ({message}); upgrade it with 'scrape migrate'"
        )
    if raw and ("fts5" in message or "syntax error" in message or "unterminated" in message):
        return SearchError(
            f"not a valid full-text query {query!r}: {message}. "
            "Without --raw, words are searched literally."
        )
    return SearchError(f"search for {query!r} failed: {message}")

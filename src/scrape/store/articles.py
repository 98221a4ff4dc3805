"""Articles (``articles``), their earlier versions (``article_versions``) and their duplicate links.

Every article is written in one transaction together with the frontier row that led to
it, so a crash never leaves half an article or an article whose URL is still "new".

Deduplication keeps one row per canonical URL and drops nothing else: a copy of an
earlier article (the same body elsewhere, a syndicated or lightly edited version) gets
its own row, with ``duplicate_of`` naming the earlier article it copies and ``cluster_id``
naming the first article of the story. ``where duplicate_of is null`` is the set of
distinct stories; the copies keep their own source, URL and dates for provenance.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from ..errors import StoreError
from ..models import Article, FetchedPage, TextDigest, article_day
from ..urls import normalize_url, url_key
from . import dedup
from .archive import RawArchive
from .connection import insert, iso, now_iso, table
from .dedup import content_hash as content_hash  # where callers have long imported it from
from .frontier import Frontier

log = logging.getLogger(__name__)


def _extractor_version() -> str:
    """Which code extracted a row: this package's release and trafilatura's."""
    parts = []
    for package in ("scrape", "trafilatura"):
        try:
            parts.append(f"{package}-{version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package}-unknown")
    return "+".join(parts)


EXTRACTOR_VERSION = _extractor_version()
# What an article version keeps of the text it replaced; a change in any is a new version.
VERSIONED_FIELDS = ("title", "published", "modified", "authors", "description", "body")


@dataclass(frozen=True)
class Saved:
    """What :meth:`Store.save_article` did with an article."""

    article_id: int  # the row that holds this page's article
    is_new: bool  # a row was inserted (False: its canonical URL was stored before)
    duplicate_of: int | None = None  # the earlier article this one copies, if any
    updated: bool = False  # its page was re-fetched and had changed; the old text is kept

    @property
    def is_duplicate(self) -> bool:
        return not self.is_new or self.duplicate_of is not None


@dataclass(frozen=True)
class Origin:
    """The fetch an article's text came from: what its row keeps of the page."""

    url: str  # as requested: the frontier row it settles
    final_url: str  # after redirects: the article's ``url``
    status: int
    fetched_at: datetime

    @classmethod
    def of(cls, page: FetchedPage) -> Origin:
        return cls(page.url, page.final_url, page.status, page.fetched_at)


class Articles(Frontier, RawArchive):
    @functools.cached_property
    def thresholds(self) -> dedup.Thresholds | None:
        """When two bodies count as near-duplicates; ``None``: only exact copies are linked."""
        if not self.settings.near_duplicates:
            return None
        return dedup.Thresholds(
            self.settings.near_duplicate_jaccard, self.settings.near_duplicate_containment
        )

    def save_article(
        self,
        article: Article,
        page: FetchedPage,
        source_name: str,
        band_keys: Sequence[int] | None = None,
        digest: TextDigest | None = None,
    ) -> Saved:
        """Store ``article`` unless its canonical URL is already stored.

        ``band_keys``, the body's :func:`dedup.signature`, and ``digest``, its
        :func:`dedup.text_digest`, may be computed beforehand (the crawl does it in its
        extraction workers); they are computed here otherwise.

        A new row that copies an earlier article, exactly or nearly, is stored and linked to
        it (see the module docstring). Either way the frontier row of ``page.url`` is marked
        extracted and linked to the article, in the same transaction.
        """
        return self._save(article, Origin.of(page), source_name, band_keys, page, digest)

    def _save(
        self,
        article: Article,
        origin: Origin,
        source_name: str,
        band_keys: Sequence[int] | None,
        page: FetchedPage | None,
        digest: TextDigest | None = None,
    ) -> Saved:
        """:meth:`save_article`, from where the text came; ``page`` is archived if kept."""
        canonical = _canonical(article, origin.final_url)
        key = url_key(canonical)
        with self.transaction():
            existing = self.db.execute(
                "select id from articles where url_key = ?", [key]
            ).fetchone()
            if existing:
                updated = self._update_if_changed(existing[0], article, origin)
                saved = Saved(existing[0], is_new=False, updated=updated)
            else:
                record = {
                    "source": source_name,
                    "url": origin.final_url,
                    "canonical_url": canonical,
                    "url_key": key,
                    **_content_fields(article, origin.fetched_at, digest),
                    "http_status": origin.status,
                    "page_id": self._archive(page, source_name) if page else None,
                }
                article_id = insert(self.db, "articles", record)
                match = dedup.link_duplicate(
                    self.db,
                    article_id,
                    article.body,
                    record["content_hash"],
                    self.thresholds,
                    band_keys,
                )
                saved = Saved(article_id, True, match.article_id if match else None)
            self._mark_url(origin.url, "extracted", article_id=saved.article_id)
        return saved

    def _update_if_changed(self, article_id: int, article: Article, origin: Origin) -> bool:
        """Replace a stored article by its re-fetched text, keeping the old one as a version.

        Only a page that led to this very article before counts as its new version: another
        page declaring the same canonical URL (an AMP copy, say) changes nothing.
        """
        if self._article_of(origin.url) != article_id:
            return False
        articles = table(self.db, "articles")
        old = articles.get(article_id)
        new = _content_fields(article, origin.fetched_at)
        changed = [name for name in VERSIONED_FIELDS if new[name] != old[name]]
        if not changed:
            return False
        table(self.db, "article_versions").insert(
            {
                "article_id": article_id,
                "content_hash": old["content_hash"],
                "fetched_at": old["fetched_at"],
                "replaced_at": now_iso(),
                "changed": json.dumps(changed),
                **{name: old[name] for name in VERSIONED_FIELDS},
            }
        )
        articles.update(article_id, {**new, "http_status": origin.status})
        log.info("article %d changed (%s); earlier version kept", article_id, ", ".join(changed))
        return True

    def replace_content(self, article_id: int, article: Article) -> None:
        """Put a re-extracted ``article`` into row ``article_id``, keeping its provenance.

        The duplicate links of the row are worked out again against earlier rows, as if it
        had just been stored; the full-text index follows through its triggers.
        """
        with self.transaction():
            row = self.db.execute(
                "select body, fetched_at from articles where id = ?", [article_id]
            ).fetchone()
            if row is None:
                raise StoreError(f"no article with id {article_id}")
            old_keys = dedup.band_keys(dedup.shingles(row[0]))
            if old_keys:
                self.db.execute(
                    f"delete from minhash_bands where article_id = ? and band_key in "
                    f"({','.join('?' * len(old_keys))})",
                    [article_id, *old_keys],
                )
            fields = _content_fields(article, datetime.fromisoformat(row[1]))
            del fields["fetched_at"]  # provenance: when the page was fetched stays as it was
            table(self.db, "articles").update(article_id, fields)
            dedup.link_duplicate(
                self.db, article_id, article.body, fields["content_hash"], self.thresholds
            )

    def article_count(self, source_name: str | None = None) -> int:
        if source_name is None:
            return table(self.db, "articles").count
        return table(self.db, "articles").count_where("source = ?", [source_name])

    def stats(self) -> list[dict[str, Any]]:
        """Articles per source and publication day, newest first."""
        sql = (
            "select source, day, count(*) as articles from articles group by source, day "
            "order by day desc, source"
        )
        return [dict(row) for row in self.db.query(sql)]

    def keep_signature(self, article_id: int, band_keys: Sequence[int]) -> None:
        """Record an article's near-duplicate signature without linking it (WARC shards:
        the workers compute signatures, the store links copies on merge)."""
        with self.transaction():
            self.db.conn.executemany(
                "insert or ignore into minhash_bands (band_key, article_id) values (?, ?)",
                [(key, article_id) for key in band_keys],
            )

    def merge_articles(self, shard: Articles) -> tuple[int, int]:
        """Save every article of ``shard`` (another store) here; return the counts of
        new rows and of rows already stored.

        Each goes through the rules of :meth:`save_article`, so one set of dedup rules holds
        whichever process extracted it. Rows stream in id order, so memory stays flat; a
        power cut during the merge loses at most the last commits, and the shard's unit is
        then not recorded done and is merged again.
        """
        new = already_stored = 0
        with self.bulk_writes():
            for article, origin, source, band_keys in shard._stored_articles():
                if self._save(article, origin, source, band_keys, page=None).is_new:
                    new += 1
                else:
                    already_stored += 1
        return new, already_stored

    def _stored_articles(
        self,
    ) -> Iterator[tuple[Article, Origin, str, tuple[int, ...] | None]]:
        """Every stored article read back, in id order: its text, origin, source and band
        keys (``None`` when none were kept)."""
        for row in self.db.query("select * from articles order by id"):
            keys = self.db.execute(
                "select band_key from minhash_bands where article_id = ?", [row["id"]]
            ).fetchall()
            yield (
                _stored_article(row),
                _stored_origin(row),
                row["source"],
                (tuple(key for (key,) in keys) or None),
            )


def _content_fields(
    article: Article, fetched_at: datetime, digest: TextDigest | None = None
) -> dict[str, Any]:
    """The columns that come from extraction (and change when a page is re-extracted),
    with the fetch time and the day the article belongs to; ``digest``, the body's, when
    it was worked out already."""
    digest = digest or dedup.text_digest(article.body)
    return {
        "title": article.title,
        "published": iso(article.published),
        "modified": iso(article.modified),
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "body": article.body,
        "language": article.language,
        "description": article.description,
        "site_name": article.site_name,
        "image": article.image,
        "tags": json.dumps(list(article.tags), ensure_ascii=False),
        "word_count": digest.word_count,
        "content_hash": digest.content_hash,
        "extractor_version": EXTRACTOR_VERSION,
        "extracted_at": now_iso(),
        "fetched_at": fetched_at.isoformat(timespec="seconds"),
        "day": article_day(article.published, fetched_at).isoformat(),
    }


def _canonical(article: Article, final_url: str) -> str:
    """The page's declared canonical URL when it is a sane absolute URL, else the final URL."""
    declared = normalize_url(article.canonical_url, final_url) if article.canonical_url else None
    return declared or normalize_url(final_url) or final_url


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _stored_article(row: dict[str, Any]) -> Article:
    """An article row read back as the extraction gave it."""
    return Article(
        url=row["url"],
        canonical_url=row["canonical_url"],
        title=row["title"],
        published=_when(row["published"]),
        modified=_when(row["modified"]),
        authors=tuple(json.loads(row["authors"] or "[]")),
        body=row["body"],
        language=row["language"],
        description=row["description"],
        site_name=row["site_name"],
        image=row["image"],
        tags=tuple(json.loads(row["tags"] or "[]")),
    )


def _stored_origin(row: dict[str, Any]) -> Origin:
    fetched_at = _when(row["fetched_at"])
    if fetched_at is None:
        raise StoreError(f"article {row['id']} has no fetch time")
    return Origin(row["url"], row["url"], row["http_status"] or 200, fetched_at)

"""Near-duplicate detection: MinHash LSH candidates, verified on exact shingle overlap.

A body becomes a set of word 4-grams ("shingles"), and that set a MinHash signature, cut
into ``BANDS`` bands of ``ROWS`` values; two bodies sharing any band are *candidates*.
The band keys live in the ``minhash_bands`` table, so the index is persistent,
transactional with the article rows and never rebuilt in memory.

Candidates are then checked on their real shingle sets, so the configurable thresholds
apply to exact figures, not estimates, and changing them never invalidates the index:

- Jaccard similarity ``|A ∩ B| / |A ∪ B|`` catches edited copies and different boilerplate;
- containment ``|A ∩ B| / min(|A|, |B|)`` catches truncated copies (a wire story cut short).

Texts under ``MIN_SHINGLES`` shingles (about 30 words) are only ever exact duplicates:
two one-line briefs about different arrests share most of their words.

The band layout (96 permutations, 32 bands of 3) makes pairs at Jaccard 0.5 candidates
with probability 0.99, at 0.4 with 0.88 and at 0.1 with 0.03, so the verification
thresholds should stay at or above about 0.4.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import TextDigest

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import sqlite_utils

NUM_PERM = 96
BANDS = 32
ROWS = 3
SHINGLE_WORDS = 4
MIN_SHINGLES = 30
# Candidates are verified best-first (most shared bands); a huge wire cluster needs no more.
MAX_CANDIDATES = 20

_WORD = re.compile(r"\w+")
# Fixed seed: band keys must be identical in every process and every version.
_SEED = 1


@dataclass(frozen=True)
class Thresholds:
    """When two bodies count as the same story."""

    jaccard: float = 0.5
    containment: float = 0.8

    def __post_init__(self) -> None:
        for name in ("jaccard", "containment"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name} threshold must be in (0, 1], got {value}")


@dataclass(frozen=True)
class Match:
    article_id: int
    similarity: float  # the larger of Jaccard and (eligible) containment


def content_hash(body: str, words: list[str] | None = None) -> str:
    """Hash of the body with case and whitespace folded: the exact-duplicate key.

    ``words``, ``body.split()`` when the caller has it: splitting a long body costs more
    than hashing it, and the store splits each body for its word count as well."""
    folded = " ".join(body.split() if words is None else words).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def text_digest(body: str) -> TextDigest:
    """The body's exact-duplicate hash and word count, from one split of it. The crawler
    works it out in its extraction workers, with the signature."""
    words = body.split()
    return TextDigest(content_hash(body, words), len(words))


def shingles(text: str) -> frozenset[str]:
    """Word 4-grams of ``text``, case-folded, punctuation ignored."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(
        " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


# The MinHash is datasketch's (2.x, its default "affine32" scheme) to the bit, since its
# band keys are stored in every corpus: a shingle's hash is the first 4 bytes of its SHA-1
# read little-endian, mixed by MurmurHash3's 32-bit finalizer; permutation k maps it to
# a_k * h + b_k modulo 2^32, with a_k odd; (a, b) are drawn as datasketch draws them from
# numpy's RandomState(_SEED). Written here because datasketch imports scipy, which every
# extraction worker would then carry.
_WORD_BITS = 32
_WORD_MASK = (1 << _WORD_BITS) - 1
_FMIX_SHIFTS = (16, 13, 16)
_FMIX_MULTIPLIERS = (0x85EBCA6B, 0xC2B2AE35)
# MT19937's state size and its init_genrand multiplier (Matsumoto and Nishimura).
_MT_STATE_WORDS = 624
_MT_SEED_MULTIPLIER = 1812433253


def _numpy_legacy_generator(seed: int) -> random.Random:
    """A standard-library generator that draws what ``numpy.random.RandomState(seed)``
    draws: both are MT19937, and numpy fills the state from an integer seed with
    init_genrand, which this repeats. numpy.random itself costs every extraction worker
    megabytes, for 192 numbers."""
    state = [seed & _WORD_MASK]
    for position in range(1, _MT_STATE_WORDS):
        previous = state[-1]
        state.append((_MT_SEED_MULTIPLIER * (previous ^ (previous >> 30)) + position) & _WORD_MASK)
    generator = random.Random()
    # Version 3 of random's state: the 624 words, then the position of the next one to
    # use; at the end, so that the first draw regenerates the block, as numpy's does.
    generator.setstate((3, (*state, _MT_STATE_WORDS), None))
    return generator


@functools.cache
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """The ``NUM_PERM`` permutations' (a, b), drawn once as ``RandomState(_SEED)`` draws
    ``randint(0, 2**31, NUM_PERM)`` then ``randint(0, 2**32, NUM_PERM)`` (uint32): one
    32-bit draw per value, the first range masked to its 31 bits.

    numpy is imported here, not at the top: the store is imported by every command, and
    most never hash a body."""
    import numpy as np

    generator = _numpy_legacy_generator(_SEED)
    half_mask = _WORD_MASK >> 1
    a = [(generator.getrandbits(_WORD_BITS) & half_mask) * 2 + 1 for _ in range(NUM_PERM)]
    b = [generator.getrandbits(_WORD_BITS) for _ in range(NUM_PERM)]
    return np.array(a, dtype=np.uint32), np.array(b, dtype=np.uint32)


def _minhash(shingle_set: frozenset[str]) -> bytes:
    """The MinHash signature of a non-empty shingle set: ``NUM_PERM`` little-endian uint32."""
    import numpy as np

    a, b = _permutations()
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little")
            for s in shingle_set
        ),
        dtype=np.uint32,
        count=len(shingle_set),
    )
    first, second, third = (np.uint32(shift) for shift in _FMIX_SHIFTS)
    hashes ^= hashes >> first
    hashes *= np.uint32(_FMIX_MULTIPLIERS[0])
    hashes ^= hashes >> second
    hashes *= np.uint32(_FMIX_MULTIPLIERS[1])
    hashes ^= hashes >> third
    permuted = hashes.reshape(-1, 1) * a + b  # uint32 arithmetic: modulo 2^32
    return permuted.min(axis=0).astype("<u4").tobytes()


def band_keys(shingle_set: frozenset[str]) -> list[int]:
    """The LSH band keys of a shingle set, as signed 64-bit integers (SQLite INTEGER)."""
    if not shingle_set:
        return []
    values = _minhash(shingle_set)
    width = ROWS * 4
    keys = []
    for band in range(BANDS):
        chunk = values[band * width : (band + 1) * width]
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(16, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys


def signature(body: str) -> tuple[int, ...]:
    """The band keys of a body, or ``()`` when it is too short to match anything nearly.

    This is the costly part of near-duplicate detection (hashing every shingle
    ``NUM_PERM`` times), so the crawler computes it in its extraction workers."""
    body_shingles = shingles(body)
    return tuple(band_keys(body_shingles)) if len(body_shingles) >= MIN_SHINGLES else ()


def similarity(a: frozenset[str], b: frozenset[str], thresholds: Thresholds) -> float | None:
    """The overlap of two shingle sets if it makes them near-duplicates, else ``None``."""
    smaller = min(len(a), len(b))
    if smaller < MIN_SHINGLES:
        return None
    common = len(a & b)
    jaccard = common / (len(a) + len(b) - common)
    containment = common / smaller
    if jaccard >= thresholds.jaccard or containment >= thresholds.containment:
        return round(max(jaccard, containment), 4)
    return None


def best_match(
    body_shingles: frozenset[str],
    candidates: Iterable[tuple[int, str]],
    thresholds: Thresholds,
) -> Match | None:
    """The most similar of ``(article_id, body)`` candidates that passes the thresholds."""
    best: Match | None = None
    for article_id, body in candidates:
        score = similarity(body_shingles, shingles(body), thresholds)
        if score is not None and (best is None or score > best.similarity):
            best = Match(article_id, score)
    return best


def link_duplicate(
    db: sqlite_utils.Database,
    article_id: int,
    body: str,
    digest: str | None,
    thresholds: Thresholds | None,
    keys: Sequence[int] | None = None,
) -> Match | None:
    """Find the earlier article ``article_id`` copies, record the link, index its bands.

    Exact copies (same content hash) are found first; near-duplicates (``thresholds``
    given) through the MinHash bands (``keys``: the body's :func:`signature`, computed
    here unless given). The row joins the cluster of the article it copies.
    """
    match = _exact_copy(db, article_id, digest)
    if thresholds is None:
        keys = ()
    else:
        keys = signature(body) if keys is None else keys
        if match is None and keys:
            match = _near_copy(db, article_id, body, keys, thresholds)
    if keys:
        db.execute(
            "insert or ignore into minhash_bands (band_key, article_id) values "
            + ",".join("(?, ?)" for _ in keys),
            [value for key in keys for value in (key, article_id)],
        )
    if match is None:
        db.execute(
            "update articles set cluster_id = id, duplicate_of = null, similarity = null "
            "where id = ?",
            [article_id],
        )
    else:
        db.execute(
            "update articles set duplicate_of = ?, similarity = ?, cluster_id = "
            "(select coalesce(cluster_id, id) from articles where id = ?) where id = ?",
            [match.article_id, match.similarity, match.article_id, article_id],
        )
    return match


def _exact_copy(db: sqlite_utils.Database, article_id: int, digest: str | None) -> Match | None:
    """The first earlier article with the same content hash."""
    if digest is None:
        return None
    row = db.execute(
        "select id from articles where content_hash = ? and id < ? order by id limit 1",
        [digest, article_id],
    ).fetchone()
    return Match(row[0], 1.0) if row else None


def _near_copy(
    db: sqlite_utils.Database,
    article_id: int,
    body: str,
    keys: Sequence[int],
    thresholds: Thresholds,
) -> Match | None:
    """The earlier article most like ``body`` among those sharing the most MinHash bands."""
    marks = ",".join("?" * len(keys))
    candidates = db.execute(
        "select a.id, a.body from articles a join ("
        "  select article_id, count(*) as shared from minhash_bands "
        f"  where band_key in ({marks}) and article_id < ? "
        "  group by article_id order by shared desc, article_id limit ?"
        ") c on c.article_id = a.id",
        [*keys, article_id, MAX_CANDIDATES],
    ).fetchall()
    return best_match(shingles(body), candidates, thresholds) if candidates else None

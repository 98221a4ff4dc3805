"""Near-duplicate clustering measured on a generated corpus with known stories.

The generator writes news-like articles: Zipf-distributed words, stock newsroom phrases,
and per-topic names, terms and a quote that every article on the topic repeats. For each
story it makes the copies a real corpus has (edited sentences, another site's boilerplate,
truncation, wire copies with a local intro), and for each topic several *distinct* stories
from the same day. Pairwise precision and recall are measured against the true stories.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrape.config import Settings
from scrape.models import Article, FetchedPage
from scrape.store import dedup
from scrape.store.database import Store

SYLLABLES = [a + b for a in "bdklmnrstv" for b in "aeio"]
STOCK = [
    "said in a statement on",
    "according to a spokesperson for the",
    "officials said on condition of anonymity",
    "did not immediately respond to a request for comment",
    "the government said it would",
    "it was not immediately clear whether",
]


@dataclass(frozen=True)
class Doc:
    story: int  # the true cluster
    source: str
    url: str
    title: str
    body: str


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = [self._word() for _ in range(3000)]
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(1, 4)))

    def sentence(self, topic_terms: list[str]) -> str:
        words = self.rng.choices(self.words, self.weights, k=self.rng.randint(10, 24))
        for _ in range(self.rng.randint(1, 3)):  # names and terms of the topic, everywhere
            words.insert(self.rng.randrange(len(words)), self.rng.choice(topic_terms))
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(STOCK))
        return " ".join(words).capitalize() + "."

    def story(self, topic_terms: list[str], quote: str, release: str) -> list[str]:
        """6-12 paragraphs of 2-4 sentences, with the topic's quote and often its press release."""
        paragraphs = [
            " ".join(self.sentence(topic_terms) for _ in range(self.rng.randint(2, 4)))
            for _ in range(self.rng.randint(6, 12))
        ]
        paragraphs.insert(self.rng.randint(1, 3), f'"{quote}," {topic_terms[0]} said.')
        if self.rng.random() < 0.5:
            paragraphs.insert(self.rng.randint(2, len(paragraphs)), release)
        return paragraphs

    # -- the ways a story gets copied ------------------------------------------------------
    def edited(self, paragraphs: list[str], terms: list[str]) -> list[str]:
        out = list(paragraphs)
        for _ in range(self.rng.randint(1, 3)):
            i = self.rng.randrange(len(out))
            sentences = out[i].split(". ")
            sentences[self.rng.randrange(len(sentences))] = self.sentence(terms).rstrip(".")
            out[i] = ". ".join(sentences)
        return out

    def boilerplate(self, paragraphs: list[str], site: str) -> list[str]:
        return [
            f"Advertisement. Subscribe to {site} for unlimited access.",
            *paragraphs,
            f"Copyright {site} 2024. All rights reserved. Follow {site} on social media.",
            "Sign up for our morning newsletter and never miss a story.",
        ]

    def truncated(self, paragraphs: list[str], _terms: list[str]) -> list[str]:
        keep = max(3, round(len(paragraphs) * self.rng.uniform(0.45, 0.8)))
        return [*paragraphs[:keep], "Read the full story on our partner site."]

    def wire(self, paragraphs: list[str], terms: list[str]) -> list[str]:
        intro = f"LOCAL DESK - {self.sentence(terms)}"
        first = f"(Wire) - {paragraphs[0]}"
        return [intro, first, *paragraphs[1:-1]]


def generate(seed: int, topics: int = 12, stories_per_topic: int = 4) -> list[Doc]:
    """``topics`` x ``stories_per_topic`` distinct stories, each with 0-4 copies."""
    gen = Generator(seed)
    rng = gen.rng
    docs: list[Doc] = []
    copiers: list[Callable[[list[str], list[str]], list[str]]] = [
        gen.edited,
        gen.truncated,
        gen.wire,
        lambda p, t: gen.boilerplate(p, f"site{rng.randint(1, 9)}"),
        lambda p, t: gen.boilerplate(gen.edited(p, t), "wirewatch"),
    ]
    story_id = 0
    for topic in range(topics):
        terms = [f"{gen._word().title()} {gen._word().title()}" for _ in range(4)]
        terms += [gen._word() for _ in range(6)]
        quote = " ".join(rng.choices(gen.words[:500], k=18))
        release = " ".join(gen.sentence(terms) for _ in range(3))
        for _ in range(stories_per_topic):
            paragraphs = gen.story(terms, quote, release)
            title = f"{terms[0]} {rng.choice(gen.words)} {rng.choice(gen.words)}"
            url = f"https://origin.test/{story_id}"
            docs.append(Doc(story_id, "origin", url, title, "\n\n".join(paragraphs)))
            for copy in range(rng.randint(0, 4)):
                body = rng.choice(copiers)(paragraphs, terms)
                source = f"outlet{copy}"
                url = f"https://{source}.test/t{topic}/{story_id}-{copy}"
                docs.append(Doc(story_id, source, url, title, "\n\n".join(body)))
            story_id += 1
    rng.shuffle(docs)  # copies are often crawled before their original
    return docs


def _article(title: str, body: str, url: str) -> Article:
    return Article(
        url=url,
        canonical_url=url,
        title=title,
        published=datetime(2024, 5, 1, 9, tzinfo=UTC),
        modified=None,
        authors=(),
        body=body,
        language="en",
        description=None,
        site_name=None,
        image=None,
        tags=(),
    )


def save_all(store: Store, docs: list[Doc]) -> dict[int, int]:
    """Save ``docs``; return each stored row's true story."""
    story_of_row = {}
    for doc in docs:
        page = FetchedPage(url=doc.url, final_url=doc.url, status=200, content=b"")
        saved = store.save_article(_article(doc.title, doc.body, doc.url), page, doc.source)
        assert saved.is_new
        story_of_row[saved.article_id] = doc.story
    return story_of_row


def pairwise_scores(truth: dict[int, int], predicted: dict[int, int]) -> tuple[float, float]:
    """Precision and recall over article pairs put in one cluster."""
    true_pairs = {(a, b) for a, b in combinations(sorted(truth), 2) if truth[a] == truth[b]}
    found = {(a, b) for a, b in combinations(sorted(predicted), 2) if predicted[a] == predicted[b]}
    hits = len(true_pairs & found)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    return precision, recall


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_clusters_on_generated_corpus(seed: int) -> None:
    docs = generate(seed)
    with Store(memory=True) as store:
        truth = save_all(store, docs)
        rows = store.db.execute("select id, cluster_id, duplicate_of from articles").fetchall()
    predicted = {row[0]: row[1] for row in rows}
    precision, recall = pairwise_scores(truth, predicted)
    copies = sum(1 for row in rows if row[2] is not None)
    stories = len(set(truth.values()))
    print(f"seed {seed}: {len(docs)} articles, {stories} stories, {copies} linked as copies;")
    print(f"  pairwise precision {precision:.3f} recall {recall:.3f}")
    # Distinct stories of one topic and day are never merged...
    merged = {
        (truth[a], truth[b])
        for a, b in combinations(predicted, 2)
        if predicted[a] == predicted[b] and truth[a] != truth[b]
    }
    assert not merged
    # ...and almost every copy is found (LSH is probabilistic; verification is exact).
    assert recall >= 0.95
    # Every row of a cluster points at a row of the same cluster; roots point nowhere.
    for row_id, cluster_id, duplicate_of in rows:
        if duplicate_of is None:
            assert cluster_id == row_id
        else:
            assert predicted[duplicate_of] == cluster_id


def test_thresholds_are_configurable() -> None:
    """A strict threshold links fewer copies than the default on the same corpus."""
    docs = generate(7, topics=4)
    links = []
    for jaccard, containment in ((0.5, 0.8), (0.95, 1.0)):
        settings_ = Settings(near_duplicate_jaccard=jaccard, near_duplicate_containment=containment)
        with Store(memory=True, settings=settings_) as store:
            save_all(store, docs)
            links.append(store.db.execute("select count(duplicate_of) from articles").fetchone()[0])
    assert links[1] < links[0]


def test_near_duplicates_can_be_switched_off() -> None:
    docs = generate(8, topics=3)
    with Store(memory=True, settings=Settings(near_duplicates=False)) as store:
        save_all(store, docs)
        similarities = store.db.execute(
            "select distinct similarity from articles where duplicate_of is not null"
        ).fetchall()
    assert {row[0] for row in similarities} <= {1.0}  # only exact copies are linked


def test_short_texts_are_never_near_duplicates() -> None:
    brief = dedup.shingles("Police said a man was arrested on Tuesday evening near the station.")
    other = dedup.shingles("Police said a man was arrested on Tuesday evening near the harbour.")
    assert dedup.similarity(brief, other, dedup.Thresholds()) is None


GREEK = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
words = st.lists(st.sampled_from(GREEK), min_size=40, max_size=120)


@given(words, words)
@settings(max_examples=30, deadline=None)
def test_similarity_is_symmetric_and_bounded(a: list[str], b: list[str]) -> None:
    left, right = dedup.shingles(" ".join(a)), dedup.shingles(" ".join(b))
    loose = dedup.Thresholds(jaccard=0.01, containment=0.01)
    score = dedup.similarity(left, right, loose)
    assert score == dedup.similarity(right, left, loose)
    if score is not None:
        assert 0 < score <= 1
    if len(left) >= dedup.MIN_SHINGLES:
        assert dedup.similarity(left, left, dedup.Thresholds()) == 1.0


def test_band_keys_are_stable_and_shared_by_identical_text() -> None:
    text = dedup.shingles(" ".join(f"w{i}" for i in range(200)))
    keys = dedup.band_keys(text)
    assert len(keys) == dedup.BANDS
    assert keys == dedup.band_keys(frozenset(sorted(text)))
    assert all(-(2**63) <= key < 2**63 for key in keys)


# The band keys of this text as datasketch 2.0 computed them: every corpus stores keys like
# these, so a new corpus must get the same ones for the same text.
COUNCIL = (
    "The city council voted on Tuesday to approve a new budget for the coming year, "
    "including funds for road repairs, libraries and two new parks in the northern "
    "districts of the town."
)
COUNCIL_KEYS = [
    2782192776768589385, 4414679095904757237, -3649001408865886238, 8567655946596128957,
    -8727818012343791744, -4322310235777986874, -1052446324993216581, -3770101841566657016,
    1325940266259681251, -4074439658682902936, 1846834280870026402, -604777622000120376,
    8629091342788408260, 7294569736932448195, -9113827319862488244, 2024822847690549168,
    -2954850011248130233, 3480093528254396985, -6054016313529739514, -1819272202751820303,
    -5543198442076897128, -5378734621120326175, -2800043458529237291, 96508021633461647,
    -7799206454790386660, -5656095523883620059, -8646143822722303106, -7074275058797859114,
    7429510619308031027, -4800504453718927155, 7712192370793791958, 8096990328580959054,
]  # fmt: skip


def test_band_keys_are_those_stored_in_existing_corpora() -> None:
    assert dedup.band_keys(dedup.shingles(COUNCIL)) == COUNCIL_KEYS


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8"), min_size=1), min_size=1, max_size=300))
def test_minhash_is_datasketchs_bit_for_bit(items: list[str]) -> None:
    datasketch = pytest.importorskip("datasketch")
    reference = datasketch.MinHash(num_perm=dedup.NUM_PERM, seed=dedup._SEED)
    reference.update_batch([item.encode("utf-8") for item in set(items)])
    assert dedup._minhash(frozenset(items)) == reference.hashvalues.astype("<u4").tobytes()


def test_the_permutations_are_numpys_random_draws_drawn_without_numpy_random() -> None:
    import numpy as np

    reference = np.random.RandomState(dedup._SEED)
    a = reference.randint(0, 1 << 31, dedup.NUM_PERM, dtype=np.uint32) * np.uint32(2) + 1
    b = reference.randint(0, 1 << 32, dedup.NUM_PERM, dtype=np.uint32)
    ours_a, ours_b = dedup._permutations()
    assert ours_a.dtype == ours_b.dtype == np.uint32
    assert ours_a.tolist() == a.tolist() and ours_b.tolist() == b.tolist()


@pytest.mark.parametrize("seed", [0, 1, 42, 2**32 - 1])
def test_the_stdlib_generator_draws_what_numpys_legacy_one_draws(seed: int) -> None:
    import numpy as np

    reference = np.random.RandomState(seed).randint(0, 1 << 32, 1000, dtype=np.uint32)
    ours = dedup._numpy_legacy_generator(seed)
    assert [ours.getrandbits(32) for _ in range(1000)] == reference.tolist()


def test_thresholds_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="jaccard"):
        dedup.Thresholds(jaccard=0)


def test_a_signature_computed_beforehand_links_exactly_as_one_computed_on_save() -> None:
    """The crawl computes signatures in its extraction workers: same clusters either way."""
    docs = generate(5, topics=4)
    clusters = []
    for precompute in (False, True):
        with Store(memory=True) as store:
            for doc in docs:
                page = FetchedPage(url=doc.url, final_url=doc.url, status=200, content=b"")
                keys = dedup.signature(doc.body) if precompute else None
                article = _article(doc.title, doc.body, doc.url)
                store.save_article(article, page, doc.source, band_keys=keys)
            query = "select id, cluster_id, duplicate_of from articles order by id"
            clusters.append(store.db.execute(query).fetchall())
    assert clusters[0] == clusters[1]
    assert any(row[2] is not None for row in clusters[0])  # the corpus does have copies


def test_a_shard_merged_with_its_signatures_links_copies_as_a_direct_save_does() -> None:
    """WARC workers keep signatures in their shards; the merge links copies with them."""
    docs = generate(6, topics=4)
    with Store(memory=True) as direct:
        save_all(direct, docs)
        expected = direct.db.execute("select cluster_id, duplicate_of from articles").fetchall()
    with (
        Store(memory=True, settings=Settings(near_duplicates=False)) as shard,
        Store(memory=True) as merged,
    ):
        for doc in docs:
            page = FetchedPage(url=doc.url, final_url=doc.url, status=200, content=b"")
            saved = shard.save_article(_article(doc.title, doc.body, doc.url), page, doc.source)
            shard.keep_signature(saved.article_id, dedup.signature(doc.body))
        assert shard.db.execute("select count(*) from minhash_bands").fetchone()[0] > 0
        merged.merge_articles(shard)
        got = merged.db.execute("select cluster_id, duplicate_of from articles").fetchall()
    assert got == expected
    assert any(duplicate_of is not None for _, duplicate_of in got)

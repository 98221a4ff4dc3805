"""Which template a source's pages are extracted with, and which pages wait for it.

A site's template is the set of text blocks it repeats across its articles ("Must read",
comment prompts, sidebars). It is learned from the articles themselves
(:class:`~scrape.extraction.blocks.TemplateLearner`) and stored for the next crawl. It is
what the site repeats now: a learned block that the last pages no longer show leaves it, so
a crawl of any length holds a template of the size of the site's current one, and a stored
block no page has shown for a month is forgotten (:mod:`scrape.store.templates`).
Until it is known, a new source's first articles are held back, then extracted again with
it, so that no article is stored with template text the generic rules missed.

:class:`TemplatePolicy` makes these decisions and does no I/O; the pipeline extracts
each page with :meth:`~TemplatePolicy.template`, reports the result to
:meth:`~TemplatePolicy.observe`, parks the pages it holds, and stores what
:meth:`~TemplatePolicy.release` hands back.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from ..extraction.blocks import TemplateLearner
from ..models import Extracted, FetchedPage
from ..urls import url_key

# Most pages between a block reaching the learned template and extraction applying it.
TEMPLATE_STEP_PAGES = 25


@dataclass(frozen=True)
class Template:
    """The blocks one extraction applies."""

    blocks: frozenset[str]
    # Handed out while the site's template was still being learned: it may have grown
    # while the page was extracted (see TemplatePolicy.outdated).
    provisional: bool


class TemplatePolicy:
    """One source's template during one crawl: the ``stored`` one (learned by earlier
    crawls) and what this crawl learns, a block counting once it is on ``min_pages``
    distinct articles, and until none of the learner's last ``window`` articles shows it."""

    def __init__(self, stored: frozenset[str], min_pages: int) -> None:
        self.stored = stored
        self.learner = TemplateLearner(min_pages=min_pages)
        # The URL keys of the articles the learner saw last, the oldest first: a copy of one
        # of them (AMP, print) is not counted again. Only the learner's window needs them:
        # a copy further apart counts as another page would.
        self._counted: OrderedDict[str, None] = OrderedDict()
        self._held: list[FetchedPage] = []
        # The stored blocks this crawl's articles showed again (bounded by the stored set).
        self._stored_shown: set[str] = set()
        # The blocks extraction applies, and the learner's changes and pages they were made at.
        self._applied = stored
        self._applied_changes = self._applied_at = 0

    @property
    def learning(self) -> bool:
        """Whether the site's template is still unknown (a new source's first articles)."""
        return not self.stored and self.learner.pages < 2 * self.learner.min_pages

    def template(self) -> Template:
        """The template to extract the next page with: the stored one and what this crawl
        learned.

        While the template is being learned it is always current. After that, blocks that
        reach or leave the template (on a long crawl thousands: every teaser byline and date
        a site repeats for a while) change it in steps, a tenth of its size or
        TEMPLATE_STEP_PAGES pages apart: each change is sent to every extraction worker,
        which rebuilds its copy.
        """
        learning = self.learning
        learner = self.learner
        changed = learner.changes - self._applied_changes
        if changed and (
            learning
            or changed > len(self._applied) // 10
            or learner.pages - self._applied_at >= TEMPLATE_STEP_PAGES
        ):
            learned = learner.template()
            self._applied = self.stored | learned if self.stored else learned
            self._applied_changes, self._applied_at = learner.changes, learner.pages
        return Template(self._applied, provisional=learning)

    def observe(self, page: FetchedPage, extracted: Extracted) -> bool:
        """Learn from ``page``'s extraction; return whether the page is held until the
        template is known (the caller keeps it safe meanwhile: it is stored only after
        :meth:`release` hands it back).

        Only articles teach: copies of one article (AMP, print) are counted once, since
        what they share is the article, not the template."""
        article = extracted.article
        if not article.is_article or not article.body.strip():
            return False
        key = url_key(article.canonical_url or article.url or "")
        if key in self._counted:
            return False
        self._counted[key] = None
        if len(self._counted) > self.learner.window:
            self._counted.popitem(last=False)
        self.learner.observe_blocks(extracted.blocks)  # normalised by the worker (text_blocks)
        self._stored_shown.update(self.stored.intersection(extracted.blocks))
        if not self.learning:
            return False
        self._held.append(page)
        return True

    def outdated(self, template: Template, extracted: Extracted) -> bool:
        """Whether a page extracted with ``template`` must be extracted again with the
        current one: begun while the site's template was unknown and finished once it was
        learned (other pages finished meanwhile), it is treated as the held pages are.
        Blocks that join the template later apply to later pages only."""
        return template.provisional and bool(
            (self.template().blocks - template.blocks) & extracted.blocks
        )

    def release(self, *, crawl_over: bool = False) -> list[FetchedPage]:
        """The held pages, to be extracted again with :meth:`template` and stored: all of
        them once the template is learned, or when the crawl is over (a source with fewer
        articles than learning takes); none before."""
        if self.learning and not crawl_over:
            return []
        held, self._held = self._held, []
        return held

    def shown(self) -> frozenset[str]:
        """The template blocks the site shows now: those this crawl learned that its last
        articles still show, and the stored ones its articles showed again. Stored for the
        next crawl; stored blocks no crawl shows any more are forgotten in time."""
        return self.learner.template() | self._stored_shown

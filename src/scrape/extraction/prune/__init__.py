"""The pruner: remove the page's furniture and teasers from the tree, in place, keeping the
headline and the elements that hold the main text, before the body extraction runs.

:func:`prune` (``core``) runs the rules in turn, one concern per module:

- ``hidden``: hidden parts that are the article's (streamed segments, declared paywalled
  parts, collapsed panels, the hidden rest of a text), unhidden;
- ``boxes``: boxes asking the reader to act (calls to action, sign-up and subscription
  boxes, offers, teasers ending in a "more" link); :func:`sign_up_lines`;
- ``comments``: readers' comment threads;
- ``teasers``: lists, grids and cut-off cards of other posts;
- ``read_also``: "read also" boxes;
- ``badges``: headings over badges linking out;
- ``captions``: the captions of pictures;
- ``anchors``: the main text's anchors and the page's frame around the article;
  :func:`cut_frame`;
- ``core``: the furniture told by class names, tags and hidden styles;

with what they share in ``common`` (marks, tree helpers) and ``links`` (the page's address,
its links within the site). A name without a leading underscore is shared between the
package's modules; outside it, only the three below are the pruner's.
"""

from __future__ import annotations

from .anchors import cut_frame
from .boxes import sign_up_lines
from .core import prune

__all__ = ["cut_frame", "prune", "sign_up_lines"]

"""Imported by the extraction pool's forkserver after everything its workers need
(``workers._WORKER_PRELOAD``), and nowhere else: it moves every object loaded so far into
the garbage collector's permanent generation.

The workers are forked from the forkserver and share its memory pages until they write to
them. A collection in a worker would write to every object it inherited (the collector
keeps its bookkeeping in each object's header), so each worker would soon hold a private
copy of the whole extraction stack; frozen, those objects are never collected, and their
pages stay shared. They are modules, functions and constants, which live as long as the
worker anyway.
"""

from __future__ import annotations

import gc

gc.freeze()

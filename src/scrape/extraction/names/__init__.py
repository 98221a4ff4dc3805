"""What a person's name looks like in a byline; where on the page the byline is, is
``authors``'s business.

- ``words``: the words bylines are written with (by-words and writer's labels of many
  languages, picture credits, wire agencies, desks, papers, professions, roles);
- ``shape``: a person's name told from a month's, a label's or a sentence's words;
- ``dated``: dates written in a byline beside the name;
- ``cjk``: Chinese, Japanese and Korean bylines;
- ``cleaning``: :func:`clean_name`, what a byline prints turned into the writers' names.

A name without a leading underscore is shared between the package's modules; the ones
below are the author search's too.
"""

from __future__ import annotations

from .cjk import OPENING_BYLINE, cjk_byline
from .cleaning import (
    agencies_credit,
    clean_name,
    dedupe,
    drop_role,
    place_name,
    wire_agencies,
    with_agencies,
    without_paper,
)
from .dated import DATE_CHUNK, date_only, dated_by
from .shape import (
    LOGIN,
    NOT_NAME_WORD,
    PARTICLES,
    caseless,
    common_words,
    lower_initial,
    name_part,
    person_like,
    spelled_as_name,
)
from .words import (
    AGENCY,
    AND_PICTURES,
    ARABIC_WROTE,
    BY,
    CJK_LABELS,
    DESK,
    GENRE,
    INDEFINITE,
    ONLY_DATELINE,
    OTHER_AND,
    OTHER_BY,
    PICTURES,
    PROFESSION,
    PUBLICATION,
    REPORTED_BY,
    REPORTER_TITLE,
    WRITER_LABELS,
    WRITER_WORDS,
    is_role,
)

__all__ = [
    "AGENCY",
    "AND_PICTURES",
    "ARABIC_WROTE",
    "BY",
    "CJK_LABELS",
    "DATE_CHUNK",
    "DESK",
    "GENRE",
    "INDEFINITE",
    "LOGIN",
    "NOT_NAME_WORD",
    "ONLY_DATELINE",
    "OPENING_BYLINE",
    "OTHER_AND",
    "OTHER_BY",
    "PARTICLES",
    "PICTURES",
    "PROFESSION",
    "PUBLICATION",
    "REPORTED_BY",
    "REPORTER_TITLE",
    "WRITER_LABELS",
    "WRITER_WORDS",
    "agencies_credit",
    "caseless",
    "cjk_byline",
    "clean_name",
    "common_words",
    "date_only",
    "dated_by",
    "dedupe",
    "drop_role",
    "is_role",
    "lower_initial",
    "name_part",
    "person_like",
    "place_name",
    "spelled_as_name",
    "wire_agencies",
    "with_agencies",
    "without_paper",
]

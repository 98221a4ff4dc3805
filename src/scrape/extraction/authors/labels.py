"""The words that announce a writer, which the byline, the author box and the sign-off
read alike: the by-words ("By", "Von", "Par"), the writer's field labels ("Autor:",
"Text:"), the credits of other roles and the verbs a bio goes on with."""

from __future__ import annotations

import re

from ..names import (
    AND_PICTURES,
    BY,
    CJK_LABELS,
    GENRE,
    OTHER_AND,
    REPORTED_BY,
    WRITER_LABELS,
    WRITER_WORDS,
)

AND = rf"and|und|et|y|{OTHER_AND}"

# With Italian and Portuguese "da" and the Romance "de", which also open names ("Da Silva",
# "De Vries"): as a by-word only where a name is known to follow.
BY_WORDS = rf"(?:{BY}|da|de)"


# A chunk that only announces the name in the next one ("By", "Written by", "Contributors:").
LABEL_CHUNK = re.compile(
    r"^(?:(?:written|posted|published|reported|words|story|text|article)\s+)?by\s*:?$"
    r"|^(?:(?:ein\s+)?artikel\s+|(?:gespeichert|veröffentlicht|geschrieben|erstellt|"
    rf"verfasst|publié|écrit|publicado|escrito|pubblicato|scritto|{GENRE})\s+)?"
    rf"(?:{BY}|da)\s*:?$"
    rf"|^(?:{WRITER_WORDS}|contributors?|writers?|byline|{WRITER_LABELS})\s*[:：]$",
    re.IGNORECASE,
)


# "By Jane Doe", and as other languages say it ("Von", "Par", "Por", "Di", "Door", "Av").
BY_CHUNK = re.compile(
    r"^(?:(?:written|posted|reporting|reported|story|words|text|article|analysis|opinion|"
    r"commentary|review|column|essay|interview|recipe|feature|"
    r"geschrieben|erstellt|verfasst|veröffentlicht|eingestellt|zusammengestellt|"
    rf"publié|écrit|publicado|escrito|pubblicato|scritto|{GENRE})\s+)?"
    rf"(?:{BY})\s*:?\s+(?=[^\W\d_])"
    rf"|^(?:{REPORTED_BY})(?=[^\W\d_])",
    re.IGNORECASE,
)


# A field label for the writer ("Autor: Jan Koch", "<b>Text:</b> Eva Lind"), in any language
# the byline lead-ins cover; the colon makes it a label rather than a word of a sentence.
WRITER_LABEL = re.compile(
    rf"^(?:{WRITER_WORDS}|{WRITER_LABELS}|{CJK_LABELS})"
    # The writer who took the pictures too: "Text & Fotos:", "Texto y fotos:", "Tekst i
    # zdjęcia:", "Teks dan foto:".
    rf"(?:{AND_PICTURES})?\s*[:：]\s*",
    re.IGNORECASE,
)


# Who put the questions of an interview, as German papers credit it over the text or
# after it ("Interview: Jan Koch", "Protokoll: Eva Lind", "Das Gespräch führte Jan Koch.",
# "Die Fragen stellte Eva Lind."): the interview's writer.
INTERVIEWER = re.compile(
    r"^(?:(?:das\s+)?(?:interview|gespräch)\s+führten?|die\s+fragen\s+stellten?|"
    r"(?:interview|protokoll|gespräch)\s*:"
    # ... and as Polish and Russian papers do ("Z Anną Nowak rozmawia Jan Kowalski",
    # "Rozmawiała: Anna Nowak", "Беседовал Иван Петров").
    r"|(?:z\s+[^:]{3,60}?\s+)?rozmawia(?:ł|ła|li|ły)?\s*:?"
    r"|(?:с\s+[^:]{3,60}?\s+)?беседовал(?:а|и)?\s*:?)"
    r"\s*(?=[^\W\d_])",
    re.IGNORECASE,
)


# Searched in the text with a newline put before it: a pattern that starts with a fixed
# character is searched for that character first, where "(?:^|\n)" is tried at every one.
# The labels of languages the by-words do not cover (names.WRITER_LABELS) are read in
# bylines only: every alternative is tried at every line of the page's text.
_WRITER_LABEL_ANYWHERE = re.compile(
    rf"\n[^\S\n]*(?:{WRITER_WORDS}|{CJK_LABELS})\s*[:：]", re.IGNORECASE
)


def has_writer_label(text: str) -> bool:
    """Whether a line of ``text`` starts with a writer's field label."""
    return _WRITER_LABEL_ANYWHERE.search("\n" + text) is not None


# Credits beside the writers' that name someone else's part: a translator, an editor, a
# reviewer, a photographer ("Übersetzt von", "Traduit par", "Edited by").
OTHER_ROLE = re.compile(
    r"translat|übersetz|tradu(?:it|cid|zid|ction|cción|zione)|vertaald|"
    r"\b(?:edited|reviewed)\b|fact[\s_-]?check|\bphoto|\bfoto|illustrat|"
    # ... the pictures in Finnish ("Teksti A Kuvat B": "text A, pictures B").
    r"\bkuv(?:a|at|aaja|aajat)\b|"
    # "Translator" in Japanese, Chinese and Korean ("翻訳者", "翻译", "번역").
    r"翻訳|翻译|翻譯|번역",
    re.IGNORECASE,
)


# "is", "was", "has" as a bio goes on after the name, in the languages of the by-words.
BIO_VERB = re.compile(
    r"\s+(?:is|was|has|ist|war|hat|est|était|es|era|è|é|foi|heeft|jest|był|była|är|var|er|"
    r"je|byl|byla|on|oli|adalah|merupakan|là)\b"
)

"""A prompt set on a line of its own between a story's paragraphs ("Follow us on Facebook",
"Download our app", a legal notice) goes; the same words as a sub-heading, a sentence, a
list's point or a quotation stay."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks, prompts

STORY = [
    "The city council voted on Tuesday to extend the harbour ferry service through the "
    "winter, adding two late crossings on weekdays and an early boat on Saturdays.",
    "Council members said the decision followed months of complaints from commuters who "
    "rely on the ferry to reach jobs on the mainland.",
    "The operator will hire six more crew members and expects the new timetable to begin "
    "on the first of December, subject to a final safety review.",
]


def _between(line: str) -> list[str]:
    return [*STORY[:2], line, *STORY[2:]]


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter and Facebook.",
        "Subscribe to our YouTube channel",
        "Download our app",
        "👉 Download our app for the latest news",
        "Get the latest news delivered to your inbox.",
        "Copyright 2024 Harbour Post. All rights reserved.",
        "Have a tip? Contact us at tips@example.com.",
        "Click here to read more.",
        "Abonnieren Sie jetzt unseren Kanal auf WhatsApp",
        "Suivez-nous sur Instagram et Facebook",
        "Laden Sie jetzt unsere App herunter",
        "Téléchargez notre application",
        "Descarga nuestra app",
        "Mehr zum Thema",
    ],
)
def test_a_prompt_between_paragraphs_is_dropped(line: str) -> None:
    assert clean_blocks(_between(line), title=None) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Copyright and the ferry's timetable",
        "Instead, we'd like to share this schedule with the neighbouring towns.",
        "- Crossings in your inbox within an hour of any change",
        '"Follow us to the harbour and see for yourself," the mayor said.',
        "My newsletter has:",
    ],
)
def test_the_same_words_in_the_storys_own_lines_stay(line: str) -> None:
    assert clean_blocks(_between(line), title=None) == _between(line)


def test_the_call_pattern_is_written_in_lower_case() -> None:
    # It is matched against the lower-cased line: a capital in it would never match.
    assert not any(char.isupper() for char in prompts._CALL.pattern)

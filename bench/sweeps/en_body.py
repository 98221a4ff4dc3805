import warnings

from scrape.extraction.body import clean_blocks

warnings.simplefilter("ignore")

STORY = [
    "The city council voted on Tuesday to extend the harbour ferry service through the winter, adding two late crossings on weekdays and an early boat on Saturdays.",
    "Council members said the decision followed months of complaints from commuters who rely on the ferry to reach jobs on the mainland.",
    "The operator will hire six more crew members and expects the new timetable to begin on the first of December, subject to a final safety review.",
]
lines = [
    "(Reporting by Jane Doe in London; Editing by John Smith)",
    "Reporting by Jane Doe; editing by John Smith",
    "This article originally appeared on The Conversation.",
    "This story was originally published by ProPublica.",
    "Read more: Ferry operator posts record profit",
    "RELATED: Council approves new budget",
    "ADVERTISEMENT",
    "Advertisement",
    "Sign up for our daily newsletter to get the latest news.",
    "Follow us on Twitter and Facebook.",
    "Have a tip? Contact us at tips@example.com.",
    "Copyright 2024 Harbour Post. All rights reserved.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "© 2024 The Associated Press. All rights reserved.",
    "Get the latest news delivered to your inbox.",
    "Click here to read more.",
    "Share this article",
    "Image: Getty Images",
    "Photo: Jane Doe/Harbour Post",
    "Listen to this article",
    "Story continues below",
    "Comments",
    "Recommended",
    "Most Read",
    "Updated at 10:15 a.m. ET",
    "Subscribe to our YouTube channel",
    "Download our app",
    "The views expressed are the author's own.",
    "Additional reporting by Max Weber.",
    "— With assistance from Max Weber.",
]
for line in lines:
    for where in ("mid", "end"):
        blocks = [*STORY[:2], line, *STORY[2:]] if where == "mid" else [*STORY, line]
        out = clean_blocks(blocks, title="Ferry service extended through winter")
        if line in out:
            print(f"{where:4} KEPT  {line}")

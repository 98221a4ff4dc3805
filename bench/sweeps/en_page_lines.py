import warnings

from scrape import extract

warnings.simplefilter("ignore")
S = [
    "The city council voted on Tuesday to extend the harbour ferry service through the winter, adding two late crossings on weekdays and an early boat on Saturdays.",
    "Council members said the decision followed months of complaints from commuters who rely on the ferry to reach jobs on the mainland.",
    "The operator will hire six more crew members and expects the new timetable to begin on the first of December, subject to a final safety review.",
    "Commuter groups welcomed the move, saying it would take cars off the bridge during the busiest hours of the week.",
]
lines = [
    "RELATED: Bridge repairs to start next spring",
    "READ MORE: Ferry fares to rise in January",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below",
    "Sign up for our daily newsletter",
    "Get our free newsletter",
    "Watch: Ferry crosses in a storm",
    "Photo: Jane Doe/Harbour Post",
    "(Photo by John Smith/Getty Images)",
    "Image source, Getty Images",
    "Image caption, The ferry at dawn",
    "Share this article",
    "Copy link",
    "Reporting by Jane Doe; Editing by John Smith",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "This article was originally published on The Conversation.",
    "Sponsored content",
    "Loading...",
    "Click to expand",
    "Toggle caption",
    "hide caption",
    "Comments",
    "Most Read",
    "Topics",
    "Enjoy unlimited access to all of our journalism.",
    "Already a subscriber? Log in",
    "The ferry leaves at 6 a.m., the operator said.",
]
for where in ("mid", "end"):
    for line in lines:
        blocks = [*S[:2], line, *S[2:]] if where == "mid" else [*S, line]
        body = "".join(f"<p>{b}</p>" for b in blocks)
        html = f"<html lang='en'><head><title>Ferry | Harbour Post</title></head><body><main><article><h1>Ferry service extended</h1>{body}</article></main></body></html>"
        out = extract(html, "https://www.harbourpost.example/local/ferry-123").body
        kept = line in out
        want_kept = line.startswith(("The ferry leaves", "This article was originally"))
        if kept != want_kept:
            print(where, "KEPT " if kept else "LOST ", line)

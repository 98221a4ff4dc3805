"""Authors only, fast: the author scores of ``bench_extract.py`` in seconds, page by page.

Usage::

    python bench/bench_authors.py [--sets newsdev,wcxb] [--half dev|held|both]
                                  [--dump run.json] [--compare before.json] [-v]

Runs the extractor's steps up to the author choice (decoding, parsing, metadata, site
names, headline, ``choose_authors``) and skips the body, which is most of an extraction's
time; the scores are those of ``bench_extract.py`` (newsdev author sets, WCXB first author)
as long as ``extract`` feeds ``choose_authors`` the same way. Prints the share right per
label source and how the misses split (no answer, a name sharing a word with the label,
another name). ``--dump`` writes every page's answer; ``--compare`` lists the pages whose
answer changed against an earlier dump, gained or lost. Develop on ``--half dev``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from scrape.extraction import guard
from scrape.extraction.authors import choose_authors
from scrape.extraction.evaluate import (
    author_match,
    author_set_match,
    held_back,
    iter_newsdev,
    iter_pages,
    select_ids,
)
from scrape.extraction.headline import find_headline
from scrape.extraction.metadata import read_metadata
from scrape.extraction.title import is_site_name, meta_titles, shown_site_names, site_names

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def authors_of(html: str | bytes, url: str | None) -> tuple[str, ...]:
    text = guard.decode(html)[: guard.MAX_CHARS]
    tree = LexborHTMLParser(text)
    if tree.body is None:
        return ()
    md = read_metadata(tree)
    shown = shown_site_names(tree, url)
    headline = find_headline(tree, meta_titles(md), lambda t: is_site_name(t, md, url, shown))
    return choose_authors(md, tree, headline, site_names(md, url)).names


def _pages(
    sets: list[str], half: str
) -> Iterator[tuple[str, str, str, str | None, bytes | str, list[str] | str]]:
    """(page id, half, label source, url, html, label) of every labelled page."""
    if "newsdev" in sets:
        for page in iter_newsdev(EVAL / "newsdev"):
            side = "held" if held_back(page.site) else "dev"
            if page.authors and half in (side, "both"):
                yield page.id, side, page.source, page.url, page.html, list(page.authors)
    if "wcxb" in sets:
        root = EVAL / "wcxb"
        for item in iter_pages(root, select_ids(root)):
            side = "held" if held_back(item.site) else "dev"
            if item.author and half in (side, "both"):
                yield f"wcxb-{item.file_id}", side, "wcxb", item.url, item.html, item.author


@dataclass(frozen=True)
class Answer:
    half: str
    source: str
    right: bool
    got: list[str]
    label: list[str] | str


def _words(value: list[str] | str) -> set[str]:
    return set(" ".join([value] if isinstance(value, str) else value).casefold().split())


def _miss_kind(answer: Answer) -> str:
    if not answer.got:
        return "no answer"
    return "shares a word" if _words(answer.label) & _words(answer.got) else "another name"


def _score(page: tuple[str, str, str, str | None, bytes | str, list[str] | str]) -> Answer:
    _, half, source, url, html, label = page
    got = list(authors_of(html, url))
    right = author_match(got, label) if isinstance(label, str) else author_set_match(got, label)
    return Answer(half, source, right, got, label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="newsdev,wcxb")
    parser.add_argument("--half", choices=("dev", "held", "both"), default="dev")
    parser.add_argument("--dump", type=Path, help="write every page's answer to this file")
    parser.add_argument("--compare", type=Path, help="list the changes against a --dump")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    answers = {page[0]: _score(page) for page in _pages(args.sets.split(","), args.half)}
    tallies: dict[tuple[str, str], list[bool]] = defaultdict(list)
    misses: Counter[tuple[str, str]] = Counter()
    for page_id, answer in answers.items():
        whole_set = "wcxb" if answer.source == "wcxb" else "newsdev"
        for name in {whole_set, answer.source}:
            tallies[(answer.half, name)].append(answer.right)
        if not answer.right:
            misses[(answer.half, _miss_kind(answer))] += 1
            if args.verbose:
                print(f"miss {page_id} {answer.half} {answer.got} / {answer.label}")
    for (half, name), rights in sorted(tallies.items()):
        share = sum(rights) / len(rights)
        print(f"{half:5} {name:22} {sum(rights):4}/{len(rights):<4} {share:.3f}")
    for (half, kind), count in sorted(misses.items()):
        print(f"{half:5} misses, {kind}: {count}")
    if args.dump:
        dump = {page_id: asdict(answer) for page_id, answer in answers.items()}
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        for page_id, answer in sorted(answers.items()):
            old = before.get(page_id)
            if old is None or old["got"] == answer.got:
                continue
            change = "changed"
            if answer.right != old["right"]:
                change = "gained" if answer.right else "lost"
            print(f"{change:7} {page_id} {old['got']} -> {answer.got} / {answer.label}")


if __name__ == "__main__":
    main()

"""Which sites a change to the title rules fixes and breaks, from two ``extract_diff`` dumps.

Usage::

    python bench/extract_diff.py dump BEFORE.jsonl      # at the base
    python bench/extract_diff.py dump AFTER.jsonl       # with the change
    python bench/title_sites.py BEFORE.jsonl AFTER.jsonl

(``bench/title_dump.py`` writes such dumps with the titles alone, in seconds.)

Prints the title score of both dumps on the dev half (newsdev; WCXB articles, which the
bench scores; WCXB's other pages, whose titles are labelled but not scored), then every dev
page whose title changed, grouped by site, with its label and both titles, and a count of
the sites fixed and broken. A rule is worth keeping when it fixes several sites and breaks
none: a gain from one or two sites is a fit to those pages. Held-back pages are counted
and named by id only; their labels and titles are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from scrape.extraction.evaluate import (
    exact_title_match,
    held_back,
    host_of,
    load_metadata,
    title_match,
)

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


class Label:
    """A dev page's set, site and title label."""

    def __init__(self, group: str, site: str, title: str | None) -> None:
        self.group, self.site, self.title = group, site, title

    def scores(self, predicted: str | None) -> bool | None:
        if not self.title:
            return None
        match: Callable[[str | None, str], bool] = (
            exact_title_match if self.group == "newsdev" else title_match
        )
        return match(predicted, self.title)


def labels(root: Path) -> tuple[dict[str, Label], set[str]]:
    """Dev pages' labels by dump id, and the ids of held-back pages (nothing else of them)."""
    dev: dict[str, Label] = {}
    held: set[str] = set()
    with (root / "newsdev" / "labels.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            key, site = f"newsdev/{row['id']}", host_of(row.get("url")) or row["id"]
            if held_back(site):
                held.add(key)
            else:
                dev[key] = Label("newsdev", site, row.get("title"))
    for file_id, info in load_metadata(root / "wcxb").items():
        key = f"wcxb/{file_id}"
        if info.get("split") != "dev":
            continue
        site = str(info.get("domain") or "")
        if held_back(site):
            held.add(key)
            continue
        truth = root / "wcxb" / "dev" / "ground-truth" / f"{file_id}.json"
        if not truth.exists():
            continue
        record = json.loads(truth.read_text(encoding="utf-8"))
        group = "wcxb" if info.get("page_type") == "article" else "wcxb-other"
        dev[key] = Label(group, site, (record.get("ground_truth") or {}).get("title"))
    return dev, held


def titles(path: Path) -> dict[str, str | None]:
    with path.open(encoding="utf-8") as lines:
        return {row["id"]: row.get("title") for row in map(json.loads, lines)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--eval", type=Path, default=EVAL)
    args = parser.parse_args(argv)
    dev, held = labels(args.eval)
    old, new = titles(args.before), titles(args.after)
    common = [key for key in old if key in new]
    for group in ("newsdev", "wcxb", "wcxb-other"):
        keys = [k for k in common if k in dev and dev[k].group == group and dev[k].title]
        for name, found in (("before", old), ("after", new)):
            right = sum(bool(dev[k].scores(found[k])) for k in keys)
            print(f"{group:10} {name:6} {right}/{len(keys)} = {right / max(1, len(keys)):.4f}")
    by_site: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in common:
        if key in dev and old[key] != new[key]:
            by_site[(dev[key].group, dev[key].site)].append(key)
    fixed = broken = other = 0
    for (group, site), keys in sorted(by_site.items()):
        verdicts = []
        for key in keys:
            label = dev[key]
            was, now = label.scores(old[key]), label.scores(new[key])
            verdict = "unlabelled" if was is None else "fixed" if now and not was else ""
            verdict = verdict or ("broken" if was and not now else "wrong both")
            verdicts.append(verdict)
            print(f"  {verdict:10} {group}/{site} {key}")
            print(f"      label  {label.title!r}")
            print(f"      before {old[key]!r}\n      after  {new[key]!r}")
        if "broken" in verdicts:
            broken += 1
        elif "fixed" in verdicts:
            fixed += 1
        else:
            other += 1
    print(
        f"dev sites whose titles changed: {len(by_site)}: {fixed} fixed, {broken} broken,", end=""
    )
    print(f" {other} unlabelled or wrong both")
    changed_held = sorted(k for k in common if k in held and old[k] != new[k])
    print(f"held-back pages whose titles changed: {len(changed_held)} ({', '.join(changed_held)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

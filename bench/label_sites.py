"""Which sites a change to the title, author or date rules fixes and breaks, from two dumps.

Usage::

    python bench/extract_diff.py dump BEFORE.jsonl      # at the base
    python bench/extract_diff.py dump AFTER.jsonl       # with the change
    python bench/label_sites.py title BEFORE.jsonl AFTER.jsonl
    python bench/label_sites.py authors BEFORE.jsonl AFTER.jsonl
    python bench/label_sites.py published BEFORE.jsonl AFTER.jsonl
    python bench/label_sites.py authors AFTER.jsonl AFTER.jsonl --answers   # precision audit

(``bench/title_dump.py`` writes a titles-only dump in seconds.) Prints the field's score
of both dumps on the dev half (newsdev; WCXB articles, which the bench scores; WCXB's
other pages, labelled but not scored), then every dev page whose answer changed, grouped
by site, with its label and both answers, and a count of the sites fixed and broken. A
rule is worth keeping when it fixes several sites and breaks none: a gain from one or two
sites is a fit to those pages. The score cannot see junk on pages without a label
("Wellness" from a byline's category), so changes on unlabelled pages are listed too, and
``--answers`` lists every answer the second dump gives on unlabelled dev pages. Held-back
pages are counted and named by id only; their labels and answers are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrape.extraction.evaluate import (
    author_match,
    author_set_match,
    date_match,
    day_match,
    exact_title_match,
    held_back,
    host_of,
    load_metadata,
    title_match,
)

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
Match = Callable[[Any, Any], bool]


@dataclass(frozen=True)
class Field:
    """Where a field's label is in each set, and how each set scores it."""

    newsdev_key: str
    wcxb_key: str
    newsdev_match: Match
    wcxb_match: Match


FIELDS = {
    "title": Field("title", "title", exact_title_match, title_match),
    "authors": Field("authors", "author", author_set_match, author_match),
    "published": Field(
        "published",
        "publish_date",
        day_match,
        lambda found, label: date_match((found or "")[:10], label),
    ),
}


@dataclass(frozen=True)
class Label:
    """A dev page's set, site and label (None: not labelled)."""

    group: str
    site: str
    value: Any

    def scores(self, field: Field, found: Any) -> bool | None:
        if not self.value:
            return None
        match = field.newsdev_match if self.group == "newsdev" else field.wcxb_match
        return match(found, self.value)


def labels(root: Path, field: Field) -> tuple[dict[str, Label], set[str]]:
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
                dev[key] = Label("newsdev", site, row.get(field.newsdev_key))
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
        dev[key] = Label(group, site, (record.get("ground_truth") or {}).get(field.wcxb_key))
    return dev, held


def answers(path: Path, name: str) -> dict[str, Any]:
    with path.open(encoding="utf-8") as lines:
        return {row["id"]: row.get(name) for row in map(json.loads, lines)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("field", choices=sorted(FIELDS))
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--eval", type=Path, default=EVAL)
    parser.add_argument(
        "--answers", action="store_true", help="list AFTER's answers on unlabelled dev pages"
    )
    args = parser.parse_args(argv)
    field = FIELDS[args.field]
    dev, held = labels(args.eval, field)
    old, new = answers(args.before, args.field), answers(args.after, args.field)
    common = [key for key in old if key in new]
    for group in ("newsdev", "wcxb", "wcxb-other"):
        keys = [k for k in common if k in dev and dev[k].group == group and dev[k].value]
        for name, found in (("before", old), ("after", new)):
            right = sum(bool(dev[k].scores(field, found[k])) for k in keys)
            print(f"{group:10} {name:6} {right}/{len(keys)} = {right / max(1, len(keys)):.4f}")
    if args.answers:
        unlabelled = [k for k in common if k in dev and not dev[k].value and new[k]]
        print(f"answers on unlabelled dev pages: {len(unlabelled)}")
        for key in unlabelled:
            print(f"  {dev[key].site:35} {key}: {new[key]!r}")
    by_site: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in common:
        if key in dev and old[key] != new[key]:
            by_site[(dev[key].group, dev[key].site)].append(key)
    fixed = broken = other = 0
    for (group, site), keys in sorted(by_site.items()):
        verdicts = []
        for key in keys:
            label = dev[key]
            was, now = label.scores(field, old[key]), label.scores(field, new[key])
            verdict = "unlabelled" if was is None else "fixed" if now and not was else ""
            verdict = verdict or ("broken" if was and not now else "wrong both")
            verdicts.append(verdict)
            print(f"  {verdict:10} {group}/{site} {key}")
            print(f"      label  {label.value!r}")
            print(f"      before {old[key]!r}\n      after  {new[key]!r}")
        if "broken" in verdicts:
            broken += 1
        elif "fixed" in verdicts:
            fixed += 1
        else:
            other += 1
    print(
        f"dev sites whose {args.field} changed: {len(by_site)}: {fixed} fixed, {broken} broken,"
        f" {other} unlabelled or wrong both"
    )
    changed_held = sorted(k for k in common if k in held and old[k] != new[k])
    print(
        f"held-back pages whose {args.field} changed: {len(changed_held)}"
        f" ({', '.join(changed_held)})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

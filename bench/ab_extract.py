"""Speed of the extraction in two checkouts, page by page: an A/B run for a speed change.

Usage::

    python bench/ab_extract.py A_CHECKOUT B_CHECKOUT [--sets wcxb|newsdev] [--half dev|held]
                               [--rounds N] [--sample N] [--no-trafilatura]

Each checkout's ``src`` is loaded in a process of its own; both read the same pages and
take turns on each page (which one goes first alternates), so the load of a shared machine
falls on both alike. Each page is extracted by ``scrape.extract`` and, unless told not to,
by trafilatura in the same process, as ``bench_extract.py`` does. Times are CPU
milliseconds of the extracting process.

Printed: per checkout the median scrape and trafilatura times and their ratio, and the
median over pages of B's time over A's on the same page (the figure least moved by load).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"

# Runs in each checkout's process: loads the pages, then answers "index" lines with the
# page's times.
_WORKER = r"""
import json, logging, sys, time, warnings
from pathlib import Path
logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")
from scrape.extraction.evaluate import held_back, iter_newsdev, iter_pages, select_ids
from scrape.extraction.extractor import extract
args = json.loads(sys.argv[1])
root = Path(args["root"])
if args["set"] == "wcxb":
    pages = [(p.html, p.url, p.site) for p in iter_pages(root, select_ids(root))]
else:
    pages = [(p.html, p.url, p.site) for p in iter_newsdev(root)]
want_held = args["half"] == "held"
pages = [(h, u) for h, u, site in pages if held_back(site) == want_held]
if args["sample"]:
    step = max(1, len(pages) // args["sample"])
    pages = pages[::step][: args["sample"]]
import trafilatura
for html, url in pages[:10]:
    extract(html, url)
    if args["trafilatura"]:
        trafilatura.bare_extraction(html, url=url, with_metadata=True)
print(len(pages), flush=True)
for line in sys.stdin:
    html, url = pages[int(line)]
    start = time.process_time()
    extract(html, url)
    middle = time.process_time()
    if args["trafilatura"]:
        trafilatura.bare_extraction(html, url=url, with_metadata=True)
    end = time.process_time()
    print(f"{(middle - start) * 1000:.4f} {(end - middle) * 1000:.4f}", flush=True)
"""


def _worker(checkout: Path, settings: dict[str, object]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(checkout / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, json.dumps(settings)],
        cwd=checkout,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _ask(worker: subprocess.Popen[str], index: int) -> tuple[float, float]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(f"{index}\n")
    worker.stdin.flush()
    ours, theirs = worker.stdout.readline().split()
    return float(ours), float(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", type=Path, help="checkout A (the baseline)")
    parser.add_argument("b", type=Path, help="checkout B (the change)")
    parser.add_argument("--sets", default="wcxb", choices=["wcxb", "newsdev"])
    parser.add_argument("--half", default="dev", choices=["dev", "held"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--sample", type=int, default=0, help="evenly spread N pages")
    parser.add_argument("--no-trafilatura", action="store_true")
    args = parser.parse_args()
    settings = {
        "root": str(EVAL / args.sets),
        "set": args.sets,
        "half": args.half,
        "sample": args.sample,
        "trafilatura": not args.no_trafilatura,
    }
    workers = [_worker(args.a.resolve(), settings), _worker(args.b.resolve(), settings)]
    counts = []
    for worker in workers:
        assert worker.stdout is not None
        counts.append(int(worker.stdout.readline()))
    if counts[0] != counts[1]:
        print(f"the checkouts read different pages: {counts}", file=sys.stderr)
        return 1
    times: list[list[tuple[float, float]]] = [[], []]
    for round_ in range(args.rounds):
        for index in range(counts[0]):
            order = (0, 1) if (index + round_) % 2 == 0 else (1, 0)
            for side in order:
                times[side].append(_ask(workers[side], index))
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    print(f"{counts[0]} pages x {args.rounds} rounds, {args.sets} {args.half}")
    for name, side in zip("AB", times, strict=True):
        ours = statistics.median(t[0] for t in side)
        line = f"{name}: scrape median {ours:.2f} ms"
        if not args.no_trafilatura:
            theirs = statistics.median(t[1] for t in side)
            line += f", trafilatura {theirs:.2f} ms, ratio {ours / theirs:.3f}"
        print(line)
    paired = [b[0] / a[0] for a, b in zip(times[0], times[1], strict=True) if a[0] > 0]
    print(f"B/A, median over pages: {statistics.median(paired):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

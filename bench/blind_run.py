"""Blind pages: how the extraction fares on pages written by someone who never read its code.

Usage::

    python bench/blind_run.py [--systems scrape,trafilatura] [-v]

``bench/blind/pages.jsonl.gz`` holds 4642 article pages, each written from memory of a real
publisher's template (class names, meta tags, JSON-LD shapes, bylines, boilerplate) by a
helper that saw neither this project's code nor its labelled sets, with the labels a
careful reader gives: ``title`` (the headline, without kicker or site name) and
``title_alt`` (other spellings a reader accepts, "Kicker: Headline"), ``published`` (the
local day of first publication), ``authors`` (and ``authors_alt``, one list or several,
where a reader could say otherwise), ``must`` and ``must_not`` (body snippets).
``batch`` says which helper wrote it, ``shape`` what the page holds, ``round`` when:

- round 1 (100 pages: German national papers; German regional papers, broadcasters,
  Austria and Switzerland; English; 22 other languages);
- round 2 (100 pages: German regional papers and tabloids; German tech, business,
  sport, public radio, Austria and Switzerland; English; 27 other languages), written
  after the rules round 1 led to, so blind to them as well;
- round 3 (130 pages: German papers, broadcasters, trade and press-release sites not yet
  covered; the hard shapes of German-language pages in Germany, Austria, Switzerland,
  Luxembourg and South Tyrol, interviews, guest pieces, agency copy, paywalls, text only
  in JSON; English publishers not yet covered; French, Spanish, Italian, Portuguese,
  Dutch, Polish and Catalan; 29 other languages), written after both rounds' rules;
- round 4 (132 pages: more German papers, magazines and portals; the everyday pages of
  small German-language publishers across their CMS families; English publishers on four
  continents not yet covered; Romance, Dutch, Polish and Nordic papers; 30 other
  languages), written after round 3's rules;
- round 5 (128 pages: German regional papers and broadcasters not yet covered; German
  tech, gaming, science, left-wing and Swiss and Austrian weeklies; English papers and
  magazines in the UK, the US and Asia; Romance, Dutch, Polish and Nordic papers; 21
  other languages), written after round 4's rules;
- round 6 (124 pages: German regional and local papers, local radio and portals; German
  magazines, special-interest, opinion, association and government sites; US and UK
  magazines, opinion and sports sites; English-language local and regional papers on five
  continents; regional papers in 16 other languages), written while round 5's rules were
  being written, blind to them as to all others;
- round 7 (76 pages: German, English and 14 other languages, one publisher a page, the
  everyday shapes in a reader's proportions, the publishers picked freely), written after
  round 6's rules, blind to them;
- round 8 (124 pages: German regional and local papers, portals and broadcasters; Austrian,
  Swiss, Luxembourg, Liechtenstein and South Tyrol papers and German magazines; English
  publishers outside and inside the United States; 14 other languages, Nordic, Baltic,
  Czech, Romanian, Hebrew, Hindi, Bengali, Urdu, Indonesian, Malay, Vietnamese and Brazilian
  Portuguese among them), written after round 7's rules, blind to them;
- round 9 (100 pages: German-language papers, broadcasters and portals of the big German,
  Austrian and Swiss houses and independents; English publishers on four continents; 14
  other languages, two pages each), written after round 8's rules, blind to them;
- round 10 (72 pages: German, English and 12 other languages, publishers picked freely),
  written after round 9's rules, blind to them;
- round 11 (88 pages: German papers, broadcasters and portals not yet covered; German
  magazines, special-interest, Austrian, Swiss, press-release and trade sites; English
  publishers on five continents; 11 other languages, two pages each), written after round
  10's rules, blind to them;
- round 12 (72 pages: German regional and local papers, city portals and local radio;
  German national portals, trade press and agency copy; English regional papers, TV
  stations and trade press; 9 other languages, two pages each), written after round 11's
  rules, blind to them;
- round 13 (72 pages: the most-read sites, reused publishers allowed: German national,
  regional, Austrian and Swiss papers, broadcasters and portals; US, UK and Commonwealth
  papers, broadcasters and wires; 10 other languages), written after round 12's rules,
  blind to them;
- round 14 (72 pages: German regional and local papers from every state and abroad,
  magazines and special-interest sites; English magazines, culture, sport, science and
  local nonprofit newsrooms, Caribbean, African and Asia-Pacific papers; 9 other languages,
  two pages each), written after round 13's rules, blind to them;
- round 15 (24 pages: German-language and English publishers not yet covered, in the
  page types readers meet most), written after round 14's rules, blind to them;
- round 16 (72 pages: the most-read sites again, reused publishers allowed, in their
  sections beyond politics: sport, business, culture reviews, science, travel, motoring,
  local pages, obituaries, fact checks, explainers, service pieces; German, Austrian and
  Swiss, English and 12 other languages), written after round 15's rules, blind to them;
- round 17 (72 pages: publishers not yet covered: German city portals, regional TV and
  radio, trade, church and union press, regional dailies and advertiser papers; English
  local and regional papers on five continents; 9 other languages, two pages each),
  written while round 16's rules were being written, blind to them as to all others;
- round 18 (72 pages: publishers not yet covered: German service and section pages, German,
  Austrian and Swiss live blogs, commentaries, interviews, podcast and video pages, picture
  galleries, fact checks and press reviews; English opinion, analysis, live blogs,
  explainers, obituaries, reviews and investigations; 14 other languages), written after
  rounds 16 and 17's rules, blind to them;
- round 19 (72 pages: publishers not yet covered: German everyday reports from regional,
  local and online-only papers; Austrian, Swiss, Luxembourg, Liechtenstein, South Tyrol
  and East Belgian papers; US and UK everyday reports; 9 other languages, two pages each),
  written after round 18's rules, blind to them;
- round 20 (72 pages: publishers not yet covered, any kind, in the page types' everyday
  proportions: German, Austrian and Swiss; English on five continents; 18 other
  languages), written after round 19's rules, blind to them;
- round 21 (72 pages, as round 20), written after round 20's rules: no rule was written
  from it, so it still measures the code blind;
- round 22 (72 pages, as round 20), written after round 20's rules too; three author
  rules came from it;
- round 23 (36 pages, as round 20: German, Austrian and Swiss; English; 12 other
  languages), written after round 22's rules: no rule was written from it;
- round 24 (72 pages, as round 20), written after round 22's rules; rules for dates,
  agency credits, paywalled text, players and calls came from it;
- round 25 (72 pages, as round 20), written after round 24's rules; rules for
  photographers, writers' labels, layout tables and calls came from it;
- round 26 (72 pages: the most-read German-language and English-language sites, reused
  publishers allowed; German-language and 18 other languages' publishers not yet
  covered), written after round 25's rules; rules for text set in blocks around a
  paywall's offer, kickers, update labels and calls came from it;
- round 27 (48 pages, as round 20), written after round 26's rules: no rule was written
  from it;
- round 28 (72 pages, as round 20), written after round 26's rules too; rules for
  Japanese and English bylines and calls came from it;
- round 29 (48 pages, as round 20), written after round 28's rules: no rule was written
  from it;
- round 30 (72 pages, as round 20: German-language publishers A to L and M to Z, English,
  18 other languages), written after round 28's rules; rules for paywall meters, print
  sales, closing pointers and Japanese desks came from it;
- round 31 (72 pages, as round 30, 18 other languages again), written after round 30's
  rules; rules for bylines in scripts without capitals and section links came from it;
- round 32 (72 pages: the most-read sites again, reused publishers allowed: German
  national and regional, Austrian and Swiss, English on four continents, 18 other
  languages), written after round 31's rules; rules for blocks named by their test names,
  names filed family name first, paywall offers, guest bios and calls came from it;
- round 33 (48 pages, as round 30), written after round 32's rules: no rule was written
  from it;
- round 34 (72 pages, as round 30, 18 other languages again), written with round 33;
  rules for agencies declared by letters and name, broadcast credits and calls came from
  it;
- round 35 (48 pages, as round 30), written after round 34's rules; meant to measure them
  blind (48/48/41/48/45), its misses were read and rules for agencies, opening and
  Japanese sign-offs, broadcast credits and offers came from it;
- round 36 (48 pages, as round 30), written after round 35's rules: one rule was written
  from it (a writer's office after the name, an academic title after a lead-in), which
  moved none of its answers;
- round 37 (48 pages, as round 30), written after round 36's rule: no rule was written
  from it then; its one author miss (wire copy's bracketed sign-off) was read in the next
  session;
- round 38 (48 pages, as round 30), written with round 37's measurement: no rule was
  written from it then; its author miss (a credit line after the text) was read in the
  next session;
- rounds 39, 41, 42 and 43 (48 pages each: German of Germany, English of the UK, Ireland
  and the US, 12 other languages; the most-read sites in the page types other than the
  plain report; trade, city and local German, English local and digital natives; German
  local sites, English of Ireland, Oceania, Africa and Asia), each read for rules after
  its measurement;
- rounds 40 and 44 (48 pages each, written at the session's start: Austria, Switzerland,
  English of the Commonwealth, 12 other languages; Germany, Austria and Switzerland,
  English of five countries, 12 other languages), measured on the session's rules but
  its last (7d55b4f) only: no rule was written from them;
- round 45 (48 pages: German of Germany A to M, English of the US, 12 other languages),
  read for one rule (a translator's credit);
- round 46 (48 pages: German of Germany N to Z, English of the UK and Ireland, 12 other
  languages), measured on that session's last code only; its two author misses (a
  service's name after the writer's comma, an agency's dateline with a full stop) were
  read in the next session, as were round 44's;
- rounds 47, 48, 49, 51 and 53 (48 pages each: German of Austria and Switzerland and of
  Germany's local press; German magazines and online outlets, US local TV and trade press;
  German regional papers and broadcasters, English of the UK, Ireland and the US; the big
  German news sites' everyday pages and their sister sites, national English sites; German
  of the three countries, English from anywhere; 12 other languages each), each read for
  rules after its measurement;
- rounds 50, 52, 54 and 56 (48 pages each: German of the three countries, English from
  anywhere, 12 other languages), measured only, on the session's rules as they stood;
- round 55 (48 pages, as round 53), read for rules after its measurement;
- rounds 57, 59, 61 and 63 (48 pages each: German of the three countries by initial letter
  and Austria and Switzerland, English from anywhere, 12 other languages each), each read
  for rules after its measurement;
- rounds 58, 60, 62 and 64 (48 pages each: German of Austria and Switzerland, of Germany's
  local press, magazines and trade press; English of local, trade and national press; 12
  other languages each), measured only, on the session's rules as they stood;
- round 65 (48 pages, as round 63), measured only, on that session's last code, and read
  for rules in the next;
- rounds 66 to 69, 71, 72 and 74 (48 pages each: German of the three countries by initial
  letter, of Austria and Switzerland, of Germany's trade and association press; English
  from anywhere, of Africa, Asia, Oceania and the Caribbean; 12 other languages each), each
  read for rules after its measurement;
- rounds 70, 73 and 75 (48 pages each: as round 66; German everyday pages of the dailies and
  of Austria, Switzerland, Luxembourg and South Tyrol, US and Canadian local press,
  Romance-language regional papers; German magazines, associations and companies, UK and
  Oceania's local and trade press), measured only, on the session's rules as they stood.

Every round was blind when written (rounds 1 and 2 on 2026-12-06, rounds 3 to 75 in later
sessions); rules were written after reading scrape's misses on rounds 1 to 20, 22, 24 to 26,
28, 30 to 32, 34, 35, 37 to 39, 41 to 49, 51, 53, 55, 57, 59, 61, 63, 65 to 69, 71, 72 and
74, so they measure those rules no more.
Kept as a regression set of real-web shapes beside the probes (``probe_run.py``).

Prints each system's right answers per field and round; a measurement, so the exit status
is 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import warnings
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from bench_extract import FETCHED, Output, run_scrape, run_trafilatura
from probe_run import _text

PAGES = Path(__file__).resolve().parent / "blind" / "pages.jsonl.gz"
FIELDS = ("title", "published", "authors", "must", "must_not")


def wrong_fields(page: dict[str, Any], out: Output) -> dict[str, object]:
    """The fields ``out`` gets wrong, with what it gave."""
    wrong: dict[str, object] = {}
    titles = {_text(t) for t in [page["title"], *page.get("title_alt", [])]}
    if _text(out.title) not in titles:
        wrong["title"] = out.title
    day = out.date.date().isoformat() if isinstance(out.date, datetime) else out.date
    if day != page["published"]:
        wrong["published"] = day
    got = {_text(name).casefold() for name in out.authors}
    # ``authors_alt``: one other list, or several.
    alt = page.get("authors_alt") or []
    accepted = [
        page["authors"],
        *(alt if alt and isinstance(alt[0], list) else [alt] if alt else []),
    ]
    if all(got != {_text(name).casefold() for name in names} for names in accepted):
        wrong["authors"] = out.authors
    body = _text(out.body)
    missing = [s for s in page["must"] if _text(s) not in body]
    if missing:
        wrong["must"] = missing
    kept = [s for s in page["must_not"] if _text(s) in body]
    if kept:
        wrong["must_not"] = kept
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default="scrape")
    parser.add_argument("-v", "--verbose", action="store_true", help="list scrape's misses")
    parser.add_argument("--pages", type=Path, default=PAGES, help="other pages in this format")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    systems = args.systems.split(",")
    right: Counter[tuple[str, int, str]] = Counter()
    pages: Counter[int] = Counter()
    with gzip.open(args.pages, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            page = json.loads(line)
            round_ = page.get("round", 1)
            pages[round_] += 1
            fetched = datetime.fromisoformat(page["fetched"]) if page.get("fetched") else FETCHED
            for system in systems:
                if system == "scrape":
                    out = run_scrape(page["html"], page.get("url"), fetched)
                else:
                    out = run_trafilatura(page["html"], page.get("url"))
                wrong = wrong_fields(page, out)
                right.update((system, round_, field) for field in FIELDS if field not in wrong)
                if wrong and system == "scrape" and args.verbose:
                    print(f"MISS line {number} {page['shape'][:80]}", file=sys.stderr)
                    for field, value in wrong.items():
                        print(f"    {field}: {value!r}", file=sys.stderr)
    print(f"{'system':<14}{'round':>6}{'pages':>6}" + "".join(f"{field:>10}" for field in FIELDS))
    for system in systems:
        for round_ in sorted(pages):
            cells = "".join(f"{right[system, round_, field]:>10}" for field in FIELDS)
            print(f"{system:<14}{round_:>6}{pages[round_]:>6}{cells}")


if __name__ == "__main__":
    main()

"""``scrape report``: one self-contained HTML page to see the crawl's health at a glance.

Flagged sources come first. Each source gets two small charts drawn as inline SVG here
in Python: new articles per day, and per run the yield (share of fetched pages that gave
an article) over the failures. The page loads nothing (a Content-Security-Policy forbids
it), runs no script, and reads the same offline, mailed or archived.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from ..output import output_file
from ..store.database import Store
from .health import SourceHealth, source_health

DAYS = 30
RUNS = 60
WIDTH, HEIGHT = 360, 110
PAD_LEFT, PAD_BOTTOM, PAD_TOP = 34, 18, 8
CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
.muted { color: #666; }
table { border-collapse: collapse; margin: 16px 0 24px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.flag { display: inline-block; background: #b3261e; color: #fff; border-radius: 3px;
        padding: 0 6px; margin: 1px 4px 1px 0; font-size: 12px; }
.ok { color: #1b7f3b; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 12px; width: 760px; }
.card.flagged { border-color: #b3261e; box-shadow: 0 0 0 1px #b3261e; }
.card h2 { font-size: 16px; margin: 0 0 6px; }
.card p { margin: 2px 0 8px; }
.charts { display: flex; gap: 16px; }
svg text { font: 10px system-ui, sans-serif; fill: #555; }
"""


def write_report(store: Store, out: str | Path, now: datetime | None = None) -> Path:
    """Write the report to ``out`` (see :func:`scrape.output.output_file`)."""
    page = render_report(store, now).encode("utf-8")
    with output_file(out) as stream:
        stream.write(page)
    return Path(out)


def render_report(store: Store, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    health = source_health(store, now=now)
    flagged = sum(h.flagged for h in health)
    summary = (
        f"{len(health)} sources, {flagged} flagged"
        if health
        else "no crawl recorded yet: run 'scrape crawl' first"
    )
    cards = "\n".join(_card(store, h, now) for h in health)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>scrape report {now:%Y-%m-%d %H:%M} UTC</title>
<style>{CSS}</style></head>
<body>
<h1>Crawl health</h1>
<p class="muted">{escape(summary)} · generated {now:%Y-%m-%d %H:%M} UTC</p>
{_table(health)}
<div class="cards">
{cards}
</div>
</body></html>
"""


def _table(health: list[SourceHealth]) -> str:
    if not health:
        return ""
    rows = []
    for h in health:
        flags = "".join(f'<span class="flag">{escape(f.kind)}</span>' for f in h.flags)
        rows.append(
            f"<tr><td>{escape(h.source)}</td><td>{escape(h.last_status or 'never')}</td>"
            f"<td>{escape(_short(h.last_run))}</td><td>{escape(_short(h.last_success))}</td>"
            f'<td class="n">{h.new_24h}</td><td class="n">{h.consecutive_failures}</td>'
            f'<td class="n">{_percent(h.yield_24h)}</td><td class="n">{_percent(h.usual_yield)}'
            f"</td><td>{flags or '<span class=ok>ok</span>'}</td></tr>"
        )
    head = (
        "<tr><th>source</th><th>last run</th><th>started</th><th>last success</th>"
        "<th>new 24 h</th><th>failures in a row</th><th>yield 24 h</th><th>usual yield</th>"
        "<th>flags</th></tr>"
    )
    return f"<table>{head}{''.join(rows)}</table>"


def _card(store: Store, health: SourceHealth, now: datetime) -> str:
    daily = _new_per_day(store, health.source, now.date())
    runs = _recent_runs(store, health.source)
    details = "".join(f"<p><b>{escape(f.kind)}</b>: {escape(f.detail)}</p>" for f in health.flags)
    per_day = _bars(
        [(day.isoformat(), float(n)) for day, n in daily],
        title=f"new articles per day, last {DAYS} days",
        color="#3b6fb6",
    )
    yields = _runs_chart(runs)
    css = "card flagged" if health.flagged else "card"
    return (
        f'<section class="{css}"><h2>{escape(health.source)}</h2>{details}'
        f'<div class="charts">{per_day}{yields}</div></section>'
    )


def _new_per_day(store: Store, source: str, today: date) -> list[tuple[date, int]]:
    first = today - timedelta(days=DAYS - 1)
    counts = store.new_per_day(source, first.isoformat())
    return [
        (first + timedelta(days=i), counts.get((first + timedelta(days=i)).isoformat(), 0))
        for i in range(DAYS)
    ]


def _recent_runs(store: Store, source: str) -> list[dict[str, Any]]:
    return list(reversed(store.source_runs(source, limit=RUNS)))


def _bars(values: list[tuple[str, float]], *, title: str, color: str) -> str:
    """A bar chart of (label, value) pairs with a zero baseline and the maximum marked."""
    top = max((v for _, v in values), default=0.0) or 1.0
    inner_w, inner_h = WIDTH - PAD_LEFT - 4, HEIGHT - PAD_TOP - PAD_BOTTOM
    step = inner_w / max(len(values), 1)
    bars = []
    for i, (label, value) in enumerate(values):
        h = inner_h * value / top
        x, y = PAD_LEFT + i * step, PAD_TOP + inner_h - h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}" '
            f'fill="{color}"><title>{escape(label)}: {value:g}</title></rect>'
        )
    first, last = (values[0][0], values[-1][0]) if values else ("", "")
    return _frame(title, top, "".join(bars), first, last)


def _runs_chart(runs: list[dict[str, Any]]) -> str:
    """Per run: failures as red bars (left scale), yield as a line (0-100 %)."""
    inner_w, inner_h = WIDTH - PAD_LEFT - 4, HEIGHT - PAD_TOP - PAD_BOTTOM
    step = inner_w / max(len(runs), 1)
    top = max((r["failed"] + r["entry_points_failed"] for r in runs), default=0) or 1
    parts, points = [], []
    for i, run in enumerate(runs):
        failures = run["failed"] + run["entry_points_failed"]
        h = inner_h * failures / top
        x = PAD_LEFT + i * step
        tip = f"{run['started_at']}: {failures} failures, {run['fetched']} fetched"
        parts.append(
            f'<rect x="{x:.1f}" y="{PAD_TOP + inner_h - h:.1f}" width="{max(step - 1, 1):.1f}" '
            f'height="{h:.1f}" fill="#d9534f" opacity="0.7"><title>{escape(tip)}</title></rect>'
        )
        if run["fetched"]:
            share = (run["new"] + run["duplicate"] + run["updated"]) / run["fetched"]
            cx, cy = x + step / 2, PAD_TOP + inner_h * (1 - share)
            points.append(f"{cx:.1f},{cy:.1f}")
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="2" fill="#1b7f3b"/>')
    if points:
        parts.append(
            f'<polyline points="{" ".join(points)}" fill="none" stroke="#1b7f3b" '
            'stroke-width="1.5"><title>yield: articles per fetched page</title></polyline>'
        )
    first, last = (runs[0]["started_at"][:10], runs[-1]["started_at"][:10]) if runs else ("", "")
    title = f"last {len(runs)} runs: yield (green line, 0-100 %), failures (red)"
    return _frame(title, float(top), "".join(parts), first, last)


def _frame(title: str, top: float, body: str, first: str, last: str) -> str:
    base = HEIGHT - PAD_BOTTOM
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT + 14}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT + 14}" role="img" aria-label="{escape(title)}">'
        f'<text x="0" y="{HEIGHT + 12}">{escape(title)}</text>'
        f'<line x1="{PAD_LEFT}" y1="{base}" x2="{WIDTH - 4}" y2="{base}" stroke="#999"/>'
        f'<text x="{PAD_LEFT - 4}" y="{PAD_TOP + 8}" text-anchor="end">{top:g}</text>'
        f'<text x="{PAD_LEFT - 4}" y="{base}" text-anchor="end">0</text>'
        f'<text x="{PAD_LEFT}" y="{base + 12}">{escape(first)}</text>'
        f'<text x="{WIDTH - 4}" y="{base + 12}" text-anchor="end">{escape(last)}</text>'
        f"{body}</svg>"
    )


def _short(stamp: str | None) -> str:
    return stamp[:16].replace("T", " ") if stamp else "never"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"

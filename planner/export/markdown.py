"""The summary as Markdown, for an email or a wiki: every answer escaped, the year chart as text.

The template receives a copy of the summary whose every piece of text is already escaped, so a
district's template cannot forget to escape an answer; the chart arrives as a fenced text block.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from planner.export.chart import YearChart
from planner.export.rewrite import rewrite_text
from planner.export.summary import Summary
from planner.export.templates import MARKDOWN_TEMPLATE, environment, render

# Characters that would turn a coach's words into markup: emphasis, code, links, raw HTML
# (`<script>` stays text), and table cells (`|`).
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>|])")
# At the start of a line: a heading, or a rule or setext underline that would swallow the line above.
_LINE_MARKUP = re.compile(r"^([ \t]*)(#|=+[ \t]*$|-{3,}[ \t]*$)", re.MULTILINE)

CHART_CELLS = 48
LABEL_WIDTH = 24
_MARKS = {"window": "\N{LIGHT SHADE}", "cycle": "\N{FULL BLOCK}", "blackout": "x"}


def escape_markdown(text: str) -> str:
    """`text` with every character that Markdown would read as markup escaped by a backslash."""
    escaped = _INLINE_MARKUP.sub(r"\\\1", text)
    return _LINE_MARKUP.sub(lambda m: f"{m[1]}\\{m[2]}", escaped)


def table_cell(text: str) -> str:
    """Text fitted in a table cell: its lines joined, since a newline would end the table."""
    return " ".join(str(text).split())


def _cell(chart: YearChart, day: date) -> int:
    return min(CHART_CELLS - 1, int(chart.timeline.fraction(day) * CHART_CELLS))


def _lane(chart: YearChart, spans: list[tuple[date, date]], mark: str) -> str:
    cells = [" "] * CHART_CELLS
    for start, end in spans:
        for index in range(_cell(chart, start), _cell(chart, end) + 1):
            cells[index] = mark
    return "".join(cells).rstrip()


def _label(text: str) -> str:
    fitted = text if len(text) < LABEL_WIDTH else text[: LABEL_WIDTH - 2].rstrip() + "\N{HORIZONTAL ELLIPSIS}"
    return fitted.ljust(LABEL_WIDTH)


def text_chart(chart: YearChart) -> str:
    """The year chart in monospace text: a column per week or so, month names above."""
    rows = chart.timeline.rows
    header = [" "] * (CHART_CELLS + 3)
    for month in chart.timeline.months:
        at = _cell(chart, max(month, chart.timeline.start))
        if all(c == " " for c in header[max(0, at - 1) : at + 3]):
            header[at : at + 3] = f"{month:%b}"
    lines = [" " * LABEL_WIDTH + "".join(header).rstrip()]
    windows = [(r.start, r.end) for r in rows if r.kind == "window"]
    if windows:
        lines.append(_label("Coaching windows") + _lane(chart, windows, _MARKS["window"]))
    lines += [
        _label(r.label) + _lane(chart, [(r.start, r.end)], _MARKS["cycle"]) for r in rows if r.kind == "cycle"
    ]
    avoid = [(r.start, r.end) for r in rows if r.kind == "blackout"]
    if avoid:
        lines.append(_label("Dates to avoid") + _lane(chart, avoid, _MARKS["blackout"]))
    legend = "   ".join(
        f"{mark} {name}"
        for kind, mark, name in (
            ("cycle", _MARKS["cycle"], "coaching cycle"),
            ("window", _MARKS["window"], "coaching window"),
            ("blackout", _MARKS["blackout"], "dates to avoid"),
        )
        if any(r.kind == kind for r in rows)
    )
    lines += ["", f"{' ' * LABEL_WIDTH}{legend}"]
    return _fenced("\n".join(lines))


def _fenced(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def render_markdown(summary: Summary, templates_dir: Path | None = None) -> str:
    """The summary as a Markdown document."""
    env = environment(templates_dir, autoescape=False, filters={"cell": table_cell})
    chart = text_chart(summary.chart) if summary.chart else None
    text = render(
        env, MARKDOWN_TEMPLATE, summary=rewrite_text(summary, escape_markdown, skip=(YearChart,)), chart=chart
    )
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

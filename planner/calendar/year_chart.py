"""The year at a glance as text: one character a week across, the plan's rows down, month labels above.

Built on `dates.timeline` (the same rows as the export's chart): coaching windows, each cycle,
dates to avoid, then the count of cycles in each week against the coach's capacity. Marks are
characters, not colours, so the chart reads the same in a terminal, a pipe or an email.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from planner.calendar.dates import RowKind, mondays, timeline, weekly_load
from planner.model import Plan

CYCLE, CYCLE_IN_BLACKOUT, WINDOW, BLACKOUT, EMPTY = "█", "▓", "━", "▒", "·"
OVER = "!"
LEGEND = (
    f"{CYCLE} cycle  {CYCLE_IN_BLACKOUT} in dates to avoid  {WINDOW} window  {BLACKOUT} avoid  {OVER} over"
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# The label column never gets narrower than this, however many weeks the year has.
_NARROWEST_LABEL = 8


@dataclass(frozen=True)
class ChartRow:
    """One line of the chart: what it shows, the record it comes from, its label and one cell a week."""

    kind: RowKind | Literal["load"]
    record_id: str
    label: str
    cells: str


@dataclass(frozen=True)
class YearChart:
    """The chart's weeks (their Mondays), its rows, and the capacity the load row is measured against."""

    school_year: str
    weeks: tuple[date, ...]
    rows: tuple[ChartRow, ...]
    capacity: int | None

    def month_line(self) -> str:
        """The month labels, each above the week holding the month's first day."""
        line = ""
        for column, monday in enumerate(self.weeks):
            days = [monday + timedelta(days=n) for n in range(7)]
            first = next((day for day in days if day.day == 1), monday if column == 0 else None)
            fits = column + len(_MONTHS[0]) <= len(self.weeks)
            if first is not None and fits and (not line or len(line) < column):
                line = line.ljust(column) + _MONTHS[first.month - 1]
        return line


def year_chart(plan: Plan) -> YearChart | None:
    """The year chart of `plan` (None when nothing in it is dated)."""
    bars = timeline(plan)
    if bars is None:
        return None
    weeks = tuple(mondays(bars.start, bars.end))
    column = {monday: n for n, monday in enumerate(weeks)}
    avoided = [r for r in bars.rows if r.kind == "blackout"]
    avoided_weeks = {m for r in avoided for m in mondays(r.start, r.end)}

    def cells(start: date, end: date, mark: str) -> str:
        row = [EMPTY] * len(weeks)
        for monday in mondays(start, end):
            if monday in column:
                in_blackout = mark == CYCLE and monday in avoided_weeks
                row[column[monday]] = CYCLE_IN_BLACKOUT if in_blackout else mark
        return "".join(row)

    def merged(kind: RowKind, mark: str, label: str) -> ChartRow | None:
        spans = [r for r in bars.rows if r.kind == kind]
        if not spans:
            return None
        row = [EMPTY] * len(weeks)
        for span in spans:
            for n, cell in enumerate(cells(span.start, span.end, mark)):
                if cell != EMPTY:
                    row[n] = cell
        return ChartRow(kind, "", label, "".join(row))

    rows = [merged("window", WINDOW, "Coaching windows")]
    rows += [
        ChartRow("cycle", r.record_id, r.label, cells(r.start, r.end, CYCLE))
        for r in bars.rows
        if r.kind == "cycle"
    ]
    rows.append(merged("blackout", BLACKOUT, "Dates to avoid"))
    capacity = plan.schedule.max_concurrent_cycles
    counts = {w.monday: len(w.cycles) for w in weekly_load(plan)}
    load = []
    for monday in weeks:
        count = counts.get(monday, 0)
        if capacity is not None and count > capacity:
            load.append(OVER)
        else:
            # One character a week: ten cycles or more at once (with no capacity set) show as "+".
            load.append(EMPTY if not count else str(count) if count < 10 else "+")
    of = f" (of {capacity})" if capacity is not None else ""
    rows.append(ChartRow("load", "", f"Cycles a week{of}", "".join(load)))
    return YearChart(plan.school_year, weeks, tuple(r for r in rows if r is not None), capacity)


def _fit(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def chart_lines(chart: YearChart, width: int = 80) -> list[tuple[ChartRow | None, str]]:
    """The chart as lines of at most `width` characters, each with the row it shows (None for the
    month labels and the legend)."""
    label_width = max(_NARROWEST_LABEL, width - len(chart.weeks) - 1)
    lines: list[tuple[ChartRow | None, str]] = [
        (None, f"{_fit(chart.school_year, label_width):<{label_width}} {chart.month_line()}")
    ]
    lines += [(row, f"{_fit(row.label, label_width):<{label_width}} {row.cells}") for row in chart.rows]
    lines.append((None, _fit(LEGEND, width)))
    return [(row, text[:width].rstrip()) for row, text in lines]


def render_chart(chart: YearChart, width: int = 80) -> str:
    """The chart as text, one line per row, at most `width` characters a line."""
    return "\n".join(text for _, text in chart_lines(chart, width)) + "\n"

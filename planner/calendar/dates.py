"""The coaching year in dates: when each cycle runs, how many run at once, and rows for a year chart.

Pure functions over the plan: no clock is read, so callers (and tests) pass any date they need.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from planner.model import Cycle, Plan

_SCHOOL_YEAR = re.compile(r"(\d{4})-\d{2}")
# A school year is read as August 1 to June 30 when the plan gives nothing more precise.
_YEAR_START = (8, 1)
_YEAR_END = (6, 30)


def school_year_span(school_year: str) -> tuple[date, date] | None:
    """August 1 to June 30 of a school year written like "2025-26" (None when it is not)."""
    match = _SCHOOL_YEAR.fullmatch(school_year)
    if not match:
        return None
    first = int(match[1])
    return date(first, *_YEAR_START), date(first + 1, *_YEAR_END)


def span_end(start: date, weeks: int) -> date:
    """The last day of a span of `weeks` weeks from `start` (start plus its weeks, less a day)."""
    return start + timedelta(weeks=weeks, days=-1)


def cycle_end(cycle: Cycle) -> date | None:
    """The last day of a cycle (see span_end), or None when it is not scheduled."""
    if cycle.start is None or not cycle.weeks:
        return None
    return span_end(cycle.start, cycle.weeks)


def overlaps(first: tuple[date, date], second: tuple[date, date]) -> bool:
    """Whether two inclusive date ranges share at least one day."""
    return first[0] <= second[1] and second[0] <= first[1]


def week_of(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def mondays(start: date, end: date) -> Iterator[date]:
    """The Monday of every week holding a day from `start` to `end` (inclusive)."""
    monday = week_of(start)
    while monday <= end:
        yield monday
        monday += timedelta(weeks=1)


@dataclass(frozen=True)
class WeekLoad:
    """The cycles running in the week that starts on `monday`."""

    monday: date
    cycles: tuple[Cycle, ...]


def weekly_load(plan: Plan) -> list[WeekLoad]:
    """Every week from the first scheduled cycle to the last, with the cycles running in it."""
    spans = [(c, c.start, cycle_end(c)) for c in plan.cycles]
    scheduled = [(c, s, e) for c, s, e in spans if s is not None and e is not None]
    if not scheduled:
        return []
    first = min(s for _, s, _ in scheduled)
    last = max(e for _, _, e in scheduled)
    by_week: dict[date, list[Cycle]] = {monday: [] for monday in mondays(first, last)}
    for cycle, start, end in scheduled:
        for monday in mondays(start, end):
            by_week[monday].append(cycle)
    return [WeekLoad(monday, tuple(cycles)) for monday, cycles in by_week.items()]


RowKind = Literal["cycle", "window", "blackout"]


@dataclass(frozen=True)
class TimelineRow:
    """One bar of the year chart: a cycle, a coaching window or dates to avoid."""

    kind: RowKind
    record_id: str
    label: str
    start: date
    end: date


@dataclass(frozen=True)
class Timeline:
    """The year chart: its first and last day, the first day of each month, and its bars."""

    start: date
    end: date
    months: tuple[date, ...]
    rows: tuple[TimelineRow, ...]

    def fraction(self, day: date) -> float:
        """Where `day` falls between the chart's start (0.0) and end (1.0)."""
        total = (self.end - self.start).days or 1
        return min(1.0, max(0.0, (day - self.start).days / total))


def timeline(plan: Plan) -> Timeline | None:
    """The year at a glance: windows, cycles in start order, then blackouts (None if nothing is dated).

    Cycles are labelled by title (or kind), never by teacher, so the chart can be shared.
    """
    rows: list[TimelineRow] = [
        TimelineRow("window", w.id, w.name or "Coaching window", w.start, w.end)
        for w in plan.windows
        if w.start and w.end
    ]
    dated = sorted(
        ((c, c.start, cycle_end(c)) for c in plan.cycles if cycle_end(c) is not None),
        key=lambda item: (item[1], item[0].id),
    )
    rows += [
        TimelineRow("cycle", c.id, c.title or (c.kind.label if c.kind else "Cycle"), s, e)  # type: ignore[arg-type]
        for c, s, e in dated
    ]
    rows += [
        TimelineRow("blackout", b.id, b.name or "Dates to avoid", b.start, b.end or b.start)
        for b in plan.blackouts
        if b.start
    ]
    if not rows:
        return None
    span = school_year_span(plan.school_year)
    start = min([r.start for r in rows] + ([span[0]] if span else []))
    end = max([r.end for r in rows] + ([span[1]] if span else []))
    months = []
    month = date(start.year, start.month, 1)
    while month <= end:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return Timeline(start, end, tuple(months), tuple(rows))


def read_date(text: str, school_year: str = "") -> date | None:
    """The date a coach typed: ISO (2025-09-15) or a friendly form ("Sept 15", "9/15/2025").

    A date without a year falls in the plan's school year: August to December in its first
    year, January to July in its second. None when the text is not a whole date (a month and a
    day at least).
    """
    from dateutil import parser  # about 15 ms; only needed once a coach types a date

    text = text.strip()
    if not text:
        return None
    try:
        first = parser.parse(text, default=datetime(2000, 1, 1))
        second = parser.parse(text, default=datetime(2004, 2, 2))
    except (ValueError, OverflowError):
        return None
    if (first.month, first.day) != (second.month, second.day):
        return None
    if first.year == second.year:
        return first.date()
    span = school_year_span(school_year)
    first_year = span[0].year if span else date.today().year
    year = first_year if first.month >= _YEAR_START[0] else first_year + 1
    try:
        return first.date().replace(year=year)
    except ValueError:
        return None

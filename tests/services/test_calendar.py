"""The calendar service: cycle end dates, weekly load and the year chart's rows."""

from __future__ import annotations

from datetime import date

import pytest

from planner.calendar import (
    cycle_end,
    read_date,
    school_year_span,
    timeline,
    week_of,
    weekly_load,
)
from planner.model import Blackout, Cycle, CycleKind, Plan, Window


def test_school_year_runs_august_to_june() -> None:
    assert school_year_span("2025-26") == (date(2025, 8, 1), date(2026, 6, 30))
    assert school_year_span("next year") is None


def test_cycle_ends_the_day_before_its_last_week_is_over() -> None:
    assert cycle_end(Cycle(id="c", start=date(2025, 9, 15), weeks=6)) == date(2025, 10, 26)
    assert cycle_end(Cycle(id="c", start=date(2025, 9, 15))) is None
    assert cycle_end(Cycle(id="c", weeks=4)) is None


def test_weekly_load_counts_cycles_running_each_week() -> None:
    plan = Plan(
        cycles=[
            Cycle(id="a", start=date(2025, 9, 15), weeks=2),
            Cycle(id="b", start=date(2025, 9, 24), weeks=2),
            Cycle(id="unscheduled"),
        ]
    )
    loads = [(w.monday, [c.id for c in w.cycles]) for w in weekly_load(plan)]
    assert loads == [
        (date(2025, 9, 15), ["a"]),
        (date(2025, 9, 22), ["a", "b"]),
        (date(2025, 9, 29), ["b"]),
        (date(2025, 10, 6), ["b"]),
    ]
    assert weekly_load(Plan()) == []


def test_week_of_is_the_monday() -> None:
    assert week_of(date(2025, 9, 18)) == date(2025, 9, 15)


def test_timeline_orders_windows_cycles_then_blackouts_and_spans_the_school_year() -> None:
    plan = Plan(
        school_year="2025-26",
        windows=[Window(id="w", name="Fall", start=date(2025, 9, 8), end=date(2025, 12, 19))],
        cycles=[
            Cycle(id="late", title="Ratios", start=date(2025, 11, 3), weeks=4),
            Cycle(id="early", kind=CycleKind.MINI, start=date(2025, 9, 15), weeks=2),
        ],
        blackouts=[Blackout(id="b", name="Testing", start=date(2026, 4, 13))],
    )
    chart = timeline(plan)
    assert chart is not None
    assert [(r.kind, r.label) for r in chart.rows] == [
        ("window", "Fall"),
        ("cycle", "Mini cycle"),
        ("cycle", "Ratios"),
        ("blackout", "Testing"),
    ]
    assert chart.rows[-1].end == date(2026, 4, 13)
    assert (chart.start, chart.end) == (date(2025, 8, 1), date(2026, 6, 30))
    assert chart.months[0] == date(2025, 8, 1) and chart.months[-1] == date(2026, 6, 1)
    assert len(chart.months) == 11
    assert chart.fraction(chart.start) == 0.0 and chart.fraction(chart.end) == 1.0


def test_timeline_of_an_undated_plan_is_none() -> None:
    assert timeline(Plan(cycles=[Cycle(id="c")])) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-09-15", date(2025, 9, 15)),
        ("Sept 15", date(2025, 9, 15)),
        ("9/15/2025", date(2025, 9, 15)),
        ("15 Sept 2025", date(2025, 9, 15)),
        ("3/2", date(2026, 3, 2)),
        ("Aug 1", date(2025, 8, 1)),
        ("July 31", date(2026, 7, 31)),
        ("Feb 29", None),
    ],
)
def test_read_date_places_a_yearless_date_in_the_school_year(typed: str, expected: date | None) -> None:
    assert read_date(typed, "2025-26") == expected


def test_read_date_knows_leap_years() -> None:
    assert read_date("Feb 29", "2027-28") == date(2028, 2, 29)
    assert read_date("Feb 29", "2025-26") is None


@pytest.mark.parametrize("typed", ["", "next week", "15", "Sept", "13/45/2025"])
def test_read_date_refuses_what_is_not_a_whole_date(typed: str) -> None:
    assert read_date(typed, "2025-26") is None

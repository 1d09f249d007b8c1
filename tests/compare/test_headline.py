"""The headline that leads a comparison, dates folded when they moved one school year, order-only changes."""

from __future__ import annotations

import copy
from datetime import date

from planner.compare import compare_plans
from planner.compare.headline import headline
from planner.compare.render import SAME_MESSAGE, render_text
from planner.model import Blackout, Plan, Window


def _years(old_dates: list[tuple[date, date]], new_dates: list[tuple[date, date]]) -> tuple[Plan, Plan]:
    def plan(year: str, spans: list[tuple[date, date]]) -> Plan:
        return Plan(
            school_year=year,
            windows=[
                Window(id=f"w-{n}", name=f"Window {n}", start=s, end=e) for n, (s, e) in enumerate(spans)
            ],
            blackouts=[Blackout(id="b-break", name="Winter break", start=spans[0][0])],
        )

    return plan("2024-25", old_dates), plan("2025-26", new_dates)


def test_dates_moved_one_school_year_fold_into_one_line():
    old, new = _years(
        [(date(2024, 9, 9), date(2024, 12, 20)), (date(2025, 1, 6), date(2025, 3, 21))],
        # 52 weeks later (same weekday), the same day a year later, and one moved by more.
        [(date(2025, 9, 8), date(2025, 12, 20)), (date(2026, 1, 5), date(2026, 4, 3))],
    )
    comparison = compare_plans(old, new)
    assert headline(comparison) == "1 coaching window changed; 4 dates moved one school year"
    text = render_text(comparison)
    assert '~ Moved one school year later (3 dates): "Window 0", "Window 1"\n' in text
    assert '~ coaching window "Window 1" (w-1)\n  ~ Ends: 2025-03-21 -> 2026-04-03\n' in text
    assert 'Window 0" (w-0)' not in text
    assert '~ Moved one school year later (1 date): "Winter break"\n' in text


def test_within_one_school_year_a_moved_date_is_shown_as_is():
    old, _ = _years([(date(2024, 9, 9), date(2024, 12, 20))], [(date(2025, 9, 8), date(2025, 12, 19))])
    new = copy.deepcopy(old)
    new.windows[0].start = date(2025, 9, 8)
    assert headline(compare_plans(old, new)) == "1 coaching window changed"
    assert "~ Starts: 2024-09-09 -> 2025-09-08" in render_text(compare_plans(old, new))


def test_an_order_only_change_is_named_but_is_no_change_in_meaning(small_plan: Plan):
    reordered = copy.deepcopy(small_plan)
    reordered.cycles.reverse()
    comparison = compare_plans(small_plan, reordered)
    assert comparison.same
    assert comparison.reordered == ("cycles",)
    assert render_text(comparison) == f"cycles reordered\n{SAME_MESSAGE}\n"

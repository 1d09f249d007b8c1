"""Properties of `fit_plan` on small generated plans: the rules always hold, and it finds a fit
whenever a plain exhaustive search over every weekday of the windows finds one."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.calendar.fit import fit_plan
from planner.model import Blackout, Cycle, Plan, Schedule, Window

# A Monday in September: every generated day is an offset from it.
ORIGIN = date(2025, 9, 1)


def _day(offset: int) -> date:
    return ORIGIN + timedelta(days=offset)


@st.composite
def small_plans(draw: st.DrawFn) -> Plan:
    """Up to two windows and two blackouts in five weeks, up to three cycles of one to three weeks
    (one of them sometimes already dated), and a capacity of one or two (or none)."""
    windows = []
    for number in range(draw(st.integers(1, 2))):
        first = draw(st.integers(0, 20))
        windows.append(Window(id=f"w{number}", start=_day(first), end=_day(first + draw(st.integers(0, 20)))))
    blackouts = []
    for number in range(draw(st.integers(0, 2))):
        first = draw(st.integers(0, 34))
        blackouts.append(
            Blackout(
                id=f"b{number}",
                name=f"B{number}",
                start=_day(first),
                end=_day(first + draw(st.integers(0, 4))),
            )
        )
    cycles = [Cycle(id=f"c{n}", weeks=draw(st.integers(1, 3))) for n in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        cycles[0].start = _day(draw(st.integers(0, 34)))
    capacity = draw(st.sampled_from([None, 1, 2]))
    return Plan(
        school_year="2025-26",
        windows=windows,
        blackouts=blackouts,
        cycles=cycles,
        schedule=Schedule(max_concurrent_cycles=capacity),
    )


def _avoided(plan: Plan) -> set[date]:
    days = set()
    for b in plan.blackouts:
        assert b.start and b.end
        days |= {b.start + timedelta(days=n) for n in range((b.end - b.start).days + 1)}
    return days


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks_of(start: date, weeks: int) -> set[date]:
    end = start + timedelta(days=7 * weeks - 1)
    return {_monday(start) + timedelta(weeks=n) for n in range((_monday(end) - _monday(start)).days // 7 + 1)}


def start_is_allowed(plan: Plan, start: date, weeks: int) -> bool:
    """The window and weekday rules, written out afresh: a weekday outside the blackouts, inside
    a window, with no earlier such day in its week, and the cycle's last week inside the window."""
    avoided = _avoided(plan)
    for window in plan.windows:
        assert window.start and window.end
        if not window.start <= start <= window.end:
            continue
        earlier = [start - timedelta(days=n) for n in range(1, start.weekday() + 1)]
        first = all(d in avoided or d < window.start for d in earlier)
        last_week_inside = _monday(start + timedelta(days=7 * weeks - 1)) <= _monday(window.end)
        if start.weekday() < 5 and start not in avoided and first and last_week_inside:
            return True
    return False


def within_capacity(plan: Plan, starts: dict[str, date]) -> bool:
    """Whether no week holds more cycles than the plan's capacity, with these starts."""
    if plan.schedule.max_concurrent_cycles is None:
        return True
    load: dict[date, int] = {}
    for cycle in plan.cycles:
        start = starts.get(cycle.id, cycle.start)
        if start is None or not cycle.weeks:
            continue
        for monday in _weeks_of(start, cycle.weeks):
            load[monday] = load.get(monday, 0) + 1
    return all(count <= plan.schedule.max_concurrent_cycles for count in load.values())


def window_days(plan: Plan) -> list[date]:
    """Every day inside a window of the plan, in order."""
    days = set()
    for w in plan.windows:
        assert w.start and w.end
        days |= {w.start + timedelta(days=n) for n in range((w.end - w.start).days + 1)}
    return sorted(days)


def exhaustive_fit_exists(plan: Plan) -> bool:
    """Every combination of window weekdays for the undated cycles, tried one by one."""
    undated = [c for c in plan.cycles if c.start is None]
    choices = [[d for d in window_days(plan) if start_is_allowed(plan, d, c.weeks or 0)] for c in undated]
    return any(
        within_capacity(plan, {c.id: d for c, d in zip(undated, combination, strict=True)})
        for combination in itertools.product(*choices)
    )


@settings(max_examples=300, deadline=None)
@given(small_plans())
def test_every_proposal_keeps_the_window_weekday_and_capacity_rules(plan: Plan) -> None:
    """Each proposed start obeys the window and weekday rules, and all of them together the capacity."""
    fit = fit_plan(plan)
    for proposal in fit.proposals:
        assert start_is_allowed(plan, proposal.start, proposal.weeks), proposal
    assert within_capacity(plan, {p.cycle_id: p.start for p in fit.proposals})
    assert {p.cycle_id for p in fit.proposals} | {u.cycle_id for u in fit.unplaced} == {
        c.id for c in plan.cycles if c.start is None
    }


@settings(max_examples=300, deadline=None)
@given(small_plans())
def test_a_fit_is_found_whenever_an_exhaustive_search_finds_one(plan: Plan) -> None:
    """No cycle is left out when some combination of starts places them all."""
    fit = fit_plan(plan)
    assert (not fit.unplaced) == exhaustive_fit_exists(plan), fit.unplaced


@settings(max_examples=200, deadline=None)
@given(small_plans())
def test_blackouts_are_crossed_only_when_no_clean_fit_exists(plan: Plan) -> None:
    """When every undated cycle can be placed clear of the blackouts, none crosses one."""
    fit = fit_plan(plan)
    if fit.unplaced or not any(p.crosses for p in fit.proposals):
        return
    avoided = _avoided(plan)
    undated = [c for c in plan.cycles if c.start is None]

    def clear(start: date, weeks: int) -> bool:
        end = start + timedelta(days=7 * weeks - 1)
        return not any(start <= d <= end for d in avoided)

    choices = [
        [d for d in window_days(plan) if start_is_allowed(plan, d, c.weeks or 0) and clear(d, c.weeks or 0)]
        for c in undated
    ]
    assert not any(
        within_capacity(plan, {c.id: d for c, d in zip(undated, combination, strict=True)})
        for combination in itertools.product(*choices)
    )


def test_re_planning_moves_every_cycle_and_keeps_the_rules(example_plan: Plan) -> None:
    """With replan_all, the example's eight cycles all get starts that obey the rules."""
    fit = fit_plan(example_plan, replan_all=True)
    assert not fit.unplaced
    assert len(fit.proposals) == len(example_plan.cycles)
    for proposal in fit.proposals:
        assert start_is_allowed(example_plan, proposal.start, proposal.weeks)
    assert within_capacity(example_plan, {p.cycle_id: p.start for p in fit.proposals})

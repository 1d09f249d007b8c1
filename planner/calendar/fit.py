"""Fitting cycles into the year: start dates that respect the windows, the weekdays and the capacity.

A proposal starts each cycle on the first teaching day (a weekday outside every blackout) of a
week inside a coaching window, with every week of the cycle inside that window, and never puts
more cycles in a week than `schedule.max_concurrent_cycles`. Blackouts are avoided where every
cycle can still be placed; otherwise the proposal names the ones a cycle crosses.

Pure: the plan goes in, a `Fit` comes out; applying it is `apply_fit`, saving is the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from planner.calendar.dates import cycle_end, mondays, overlaps, span_end, week_of
from planner.model import Blackout, Cycle, Plan, Window

# Search steps before giving up on a perfect fit and placing cycles one by one: a handful of
# cycles over a year takes a few hundred steps; the bound keeps an impossible plan quick to refuse.
_SEARCH_BUDGET = 200_000


@dataclass(frozen=True)
class Proposal:
    """A start date proposed for one cycle, what it had before, and the blackouts it crosses."""

    cycle_id: str
    label: str
    start: date
    weeks: int
    previous: date | None
    crosses: tuple[Blackout, ...] = ()

    @property
    def end(self) -> date:
        """The cycle's last day with this start."""
        return span_end(self.start, self.weeks)


@dataclass(frozen=True)
class Unplaced:
    """A cycle the fit could not place, and why, in words for the coach."""

    cycle_id: str
    label: str
    reason: str


@dataclass(frozen=True)
class Fit:
    """A proposal for the plan: cycles placed (in plan order), cycles left out, the capacity used."""

    proposals: tuple[Proposal, ...]
    unplaced: tuple[Unplaced, ...]
    capacity: int | None


@dataclass(frozen=True)
class _Candidate:
    start: date
    weeks: tuple[date, ...]
    crosses: tuple[Blackout, ...]


def cycle_label(cycle: Cycle) -> str:
    """A cycle's name for the coach: its title, else its kind, else its id (never a teacher)."""
    return cycle.title or (cycle.kind.label if cycle.kind else cycle.id)


def blackout_days(plan: Plan) -> set[date]:
    """Every day inside a blackout of the plan."""
    days: set[date] = set()
    for blackout in plan.blackouts:
        if blackout.start is None:
            continue
        day, last = blackout.start, blackout.end or blackout.start
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    return days


def first_teaching_day(monday: date, window: Window, avoided: set[date]) -> date | None:
    """The first weekday of the week from `monday` inside `window` and outside every blackout."""
    assert window.start and window.end
    for offset in range(5):
        day = monday + timedelta(days=offset)
        if window.start <= day <= window.end and day not in avoided:
            return day
    return None


def _crossed(plan: Plan, start: date, end: date) -> tuple[Blackout, ...]:
    return tuple(b for b in plan.blackouts if b.start and overlaps((start, end), (b.start, b.end or b.start)))


def candidates(plan: Plan, weeks: int) -> list[_Candidate]:
    """Every start a cycle of `weeks` weeks may take, blackout-free ones first, then by date."""
    avoided = blackout_days(plan)
    found: dict[date, _Candidate] = {}
    for window in plan.windows:
        if not (window.start and window.end):
            continue
        last_week = week_of(window.end)
        for monday in mondays(window.start, window.end):
            start = first_teaching_day(monday, window, avoided)
            if start is None:
                continue
            end = span_end(start, weeks)
            if week_of(end) > last_week:
                break
            found[start] = _Candidate(start, tuple(mondays(start, end)), _crossed(plan, start, end))
    return sorted(found.values(), key=lambda c: (len(c.crosses), c.start))


def _fixed_load(plan: Plan, moving: set[str]) -> dict[date, int]:
    load: dict[date, int] = {}
    for cycle in plan.cycles:
        end = cycle_end(cycle)
        if cycle.id in moving or cycle.start is None or end is None:
            continue
        for monday in mondays(cycle.start, end):
            load[monday] = load.get(monday, 0) + 1
    return load


class _OutOfBudget(Exception):
    pass


def _search(
    options: list[list[_Candidate]], load: dict[date, int], capacity: int | None
) -> list[_Candidate] | None:
    """One candidate per cycle with no week over capacity (depth first), or None if none exists."""
    steps = 0
    chosen: list[_Candidate] = []

    def room(candidate: _Candidate) -> bool:
        return capacity is None or all(load.get(m, 0) < capacity for m in candidate.weeks)

    def place(index: int) -> bool:
        nonlocal steps
        if index == len(options):
            return True
        for candidate in options[index]:
            steps += 1
            if steps > _SEARCH_BUDGET:
                raise _OutOfBudget
            if not room(candidate):
                continue
            for monday in candidate.weeks:
                load[monday] = load.get(monday, 0) + 1
            chosen.append(candidate)
            if place(index + 1):
                return True
            chosen.pop()
            for monday in candidate.weeks:
                load[monday] -= 1
        return False

    return chosen if place(0) else None


def _one_by_one(
    options: list[list[_Candidate]], load: dict[date, int], capacity: int | None
) -> list[_Candidate | None]:
    """Each cycle in turn at its first candidate with room (None when there is none)."""
    placed: list[_Candidate | None] = []
    for cycle_options in options:
        found = next(
            (c for c in cycle_options if capacity is None or all(load.get(m, 0) < capacity for m in c.weeks)),
            None,
        )
        for monday in found.weeks if found else ():
            load[monday] = load.get(monday, 0) + 1
        placed.append(found)
    return placed


def _why_not(plan: Plan, cycle: Cycle, options: list[_Candidate], capacity: int | None) -> str:
    if not cycle.weeks:
        return "has no length in weeks: give it one in the cycles step"
    if not any(w.start and w.end for w in plan.windows):
        return "the plan has no coaching window with a start and an end"
    if not options:
        return f"no coaching window has {cycle.weeks} teaching weeks in a row for it"
    return f"every week it could start in already holds as many cycles as the capacity allows ({capacity})"


def fit_plan(plan: Plan, *, replan_all: bool = False) -> Fit:
    """Start dates for the cycles that have none (with `replan_all`, for every cycle)."""
    capacity = plan.schedule.max_concurrent_cycles
    moving = [c for c in plan.cycles if replan_all or c.start is None]
    load = _fixed_load(plan, {c.id for c in moving})
    sized = [c for c in moving if c.weeks]
    options = {c.id: candidates(plan, c.weeks) for c in sized}  # type: ignore[arg-type]
    # Longest first, the hardest to place; ties in plan order.
    order = sorted(sized, key=lambda c: -(c.weeks or 0))
    placed: dict[str, _Candidate | None]
    try:
        clean = [[o for o in options[c.id] if not o.crosses] for c in order]
        found = _search(clean, dict(load), capacity) or _search(
            [options[c.id] for c in order], dict(load), capacity
        )
    except _OutOfBudget:
        found = None
    if found is not None:
        placed = dict(zip((c.id for c in order), found, strict=True))
    else:
        placed = dict(
            zip(
                (c.id for c in order),
                _one_by_one([options[c.id] for c in order], load, capacity),
                strict=True,
            )
        )
    proposals, unplaced = [], []
    for cycle in moving:
        candidate = placed.get(cycle.id)
        if candidate is None:
            reason = _why_not(plan, cycle, options.get(cycle.id, []), capacity)
            unplaced.append(Unplaced(cycle.id, cycle_label(cycle), reason))
        else:
            proposals.append(
                Proposal(
                    cycle.id,
                    cycle_label(cycle),
                    candidate.start,
                    cycle.weeks or 0,
                    cycle.start,
                    candidate.crosses,
                )
            )
    return Fit(tuple(proposals), tuple(unplaced), capacity)


def apply_fit(plan: Plan, proposals: Iterable[Proposal]) -> list[Cycle]:
    """Give each proposal's cycle its proposed start, its work sorts' dates moved by as many days
    (they keep their place in the cycle); returns the cycles whose start changed."""
    starts = {p.cycle_id: p.start for p in proposals}
    changed = []
    for cycle in plan.cycles:
        if cycle.id in starts and cycle.start != starts[cycle.id]:
            dated = [c for c in cycle.checkpoints if c.date is not None]
            # A cycle without a start keeps its first work sort on its new first day.
            base = cycle.start or min((c.date for c in dated), default=None)  # type: ignore[type-var]
            for checkpoint in dated:
                checkpoint.date += starts[cycle.id] - base  # type: ignore[operator]
            cycle.start = starts[cycle.id]
            changed.append(cycle)
    return changed


def _span_words(blackout: Blackout) -> str:
    assert blackout.start
    last = blackout.end or blackout.start
    return blackout.start.isoformat() if last == blackout.start else f"{blackout.start} to {last}"


def proposal_words(proposal: Proposal) -> str:
    """What a proposal does, in a line: the start, the weeks, the old start, the blackouts crossed."""
    was = f" (was {proposal.previous})" if proposal.previous else " (had no start)"
    if proposal.previous == proposal.start:
        was = " (unchanged)"
    weeks = f"{proposal.weeks} week{'s' if proposal.weeks != 1 else ''}"
    words = f"{proposal.start:%a} {proposal.start}, {weeks} to {proposal.end}{was}"
    crossed = "; ".join(f"{b.name or 'dates to avoid'} ({_span_words(b)})" for b in proposal.crosses)
    return f"{words}; crosses {crossed}" if crossed else words

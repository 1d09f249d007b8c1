"""How full a coach's year is: the planned share of coaching time in cycles against the share the
coach stated, and the weeks of cycles against what the coach said they can carry.

The rules:

- The **coaching year** is the weeks of the plan's coaching windows (each window's days, rounded
  up to whole weeks), or `SCHOOL_WEEKS` when the plan names no dated window.
- A cycle's **hours** are its weeks times its weekly hours (the planning meeting and the visits,
  as `planner check` counts them: `planner.checks.weekly_hours`).
- The **planned share** is the cycles' hours out of the coaching hours of the year (hours a week
  times the coaching year's weeks); the **stated share** is the plan's `cycle_time_percent`.
- **How full** the year is: the weeks of cycles out of the most cycles at once the coach can carry
  (`max_concurrent_cycles`) times the coaching year's weeks.
- Added up over several plans, each figure counts only the plans that give what it needs, and is
  a share of their sums (not an average of shares).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from planner.checks import weekly_hours
from planner.figures import weeks_of_cycles
from planner.model import Plan
from planner.report.shape import Load

# A school year of about 180 days.
SCHOOL_WEEKS = 36


def coaching_weeks(plan: Plan) -> int:
    """The weeks of the plan's coaching year (see the module's rules)."""
    days = sum((w.end - w.start).days + 1 for w in plan.windows if w.start and w.end and w.end >= w.start)
    return math.ceil(days / 7) if days else SCHOOL_WEEKS


@dataclass(frozen=True)
class _Sums:
    weeks: int
    cycle_hours: float
    coaching_hours: float | None
    stated_hours: float | None
    capacity: int | None
    capacity_weeks: int | None


def _sums(plan: Plan) -> _Sums:
    year = coaching_weeks(plan)
    hours, share, limit = (
        plan.about.hours_per_week,
        plan.schedule.cycle_time_percent,
        plan.schedule.max_concurrent_cycles,
    )
    coaching = hours * year if hours else None
    return _Sums(
        weeks=weeks_of_cycles(plan),
        cycle_hours=sum((c.weeks or 0) * weekly_hours(c) for c in plan.cycles),
        coaching_hours=coaching,
        stated_hours=coaching * share / 100 if coaching and share is not None else None,
        capacity=limit or None,
        capacity_weeks=limit * year if limit else None,
    )


def _percent(part: float, whole: float) -> int | None:
    return round(100 * part / whole) if whole else None


def load_of(plans: Iterable[Plan]) -> Load:
    """How full these plans' years are, added up (one plan: that coach's)."""
    sums = [_sums(plan) for plan in plans]
    timed = [s for s in sums if s.coaching_hours]
    stated = [s for s in timed if s.stated_hours is not None]
    carried = [s for s in sums if s.capacity_weeks]
    return Load(
        stated_share=_percent(
            sum(s.stated_hours or 0 for s in stated), sum(s.coaching_hours or 0 for s in stated)
        ),
        planned_share=_percent(sum(s.cycle_hours for s in timed), sum(s.coaching_hours or 0 for s in timed)),
        capacity=sum(s.capacity or 0 for s in carried) or None,
        full_percent=_percent(sum(s.weeks for s in carried), sum(s.capacity_weeks or 0 for s in carried)),
    )

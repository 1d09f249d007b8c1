"""Warnings about a plan that is valid but may not work out: capacity, dates, people left out.

Unlike the plan file's problems, warnings never stop a save: the review step lists them and the
coach decides, and `planner check` prints them for CI. Each names the field it is about and the
template step that asks for it. A warning is something likely to go wrong (a cycle through winter
break); a note is something not done yet or unusual (a cycle with no teachers yet).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from planner.model import CheckpointStage, Cycle, CycleKind, Plan, checkpoint_at, start_percent

if TYPE_CHECKING:
    from planner.questions import Template

# Estimating a cycle's weekly hours: its planning meeting plus each classroom visit, counted as a
# lesson of about this many minutes.
VISIT_MINUTES = 45
_LONGEST_MINI_CYCLE_WEEKS = 3
# A started cycle's start work sort is due by its second week: the pre-task is given in the first.
_START_SORT_DUE = timedelta(weeks=1)


Level = Literal["warning", "note"]
# A finding: its message, its field, and (for a note) its level.
_Found = tuple[str, str] | tuple[str, str, Level]


@dataclass(frozen=True)
class PlanWarning:
    """Something in the plan worth a second look, the field it is about and the step that asks it."""

    message: str
    field: str
    step_id: str | None = None
    level: Level = "warning"


def _short(day: date) -> str:
    return f"{day:%b} {day.day}"


def _span_words(span: tuple[date, date]) -> str:
    start, end = span
    return _short(start) if start == end else f"{_short(start)} to {_short(end)}"


def _cycle_name(cycle: Cycle) -> str:
    return f'"{cycle.title}"' if cycle.title else f"cycle {cycle.id}"


def weekly_hours(cycle: Cycle) -> float:
    """About how many hours a week a cycle takes of the coach (see VISIT_MINUTES)."""
    minutes = (cycle.planning_minutes or 0) + (cycle.visits_per_week or 0) * VISIT_MINUTES
    return minutes / 60


def _capacity(plan: Plan) -> Iterator[_Found]:
    # The calendar, the figures and the template only where warnings are computed: `planner
    # validate` imports this module for the duplicate teachers alone, and its start-up is what CI
    # waits for.
    from planner.calendar import weekly_load
    from planner.figures import most_at_once

    limit = plan.schedule.max_concurrent_cycles
    weeks = weekly_load(plan)
    if limit:
        busiest = most_at_once(plan)
        crowded = [w for w in weeks if len(w.cycles) > limit]
        if crowded:
            yield (
                f"{busiest} cycles run at once (weeks of {_short(crowded[0].monday)} to "
                f"{_short(crowded[-1].monday)}), more than the {limit} you said you can carry",
                "schedule.max_concurrent_cycles",
            )
    hours, share = plan.about.hours_per_week, plan.schedule.cycle_time_percent
    if hours and share and weeks:
        budget = hours * share / 100
        peak = max(weeks, key=lambda w: sum(weekly_hours(c) for c in w.cycles))
        needed = sum(weekly_hours(c) for c in peak.cycles)
        if needed > budget:
            yield (
                f"the week of {_short(peak.monday)} needs about {needed:.1f} hours of cycle work "
                f"(planning meetings, and visits of about {VISIT_MINUTES} minutes), more than the "
                f"{budget:.1f} hours ({share}% of {hours:g}) set aside for cycles",
                "schedule.cycle_time_percent",
            )


def _dates(plan: Plan) -> Iterator[_Found]:
    from planner.calendar import cycle_end, overlaps, school_year_span

    year = school_year_span(plan.school_year)
    windows = [(w.start, w.end) for w in plan.windows if w.start and w.end]
    for number, cycle in enumerate(plan.cycles, 1):
        where = f"cycles[{number}]"
        end = cycle_end(cycle)
        if cycle.start is None or end is None:
            yield f"{_cycle_name(cycle)} has no start date or length yet", f"{where}.start", "note"
            continue
        span = (cycle.start, end)
        if year and not overlaps(span, year):
            yield (
                f"{_cycle_name(cycle)} starts {cycle.start}, outside the {plan.school_year} school year",
                f"{where}.start",
            )
        elif windows and not any(s <= cycle.start <= e for s, e in windows):
            yield f"{_cycle_name(cycle)} starts outside every coaching window", f"{where}.start"
        for blackout in plan.blackouts:
            if blackout.start is None:
                continue
            avoided = (blackout.start, blackout.end or blackout.start)
            if overlaps(span, avoided):
                yield (
                    f"{_cycle_name(cycle)} ({_span_words(span)}) runs through "
                    f"{blackout.name or 'dates to avoid'} ({_span_words(avoided)})",
                    f"{where}.start",
                )


def _cycles(plan: Plan) -> Iterator[_Found]:
    for number, cycle in enumerate(plan.cycles, 1):
        where = f"cycles[{number}]"
        if not cycle.teachers:
            yield f"{_cycle_name(cycle)} has no teachers yet", f"{where}.teachers", "note"
        baseline, target = start_percent(cycle), cycle.target_percent
        if baseline is not None and target is not None and target <= baseline:
            yield (
                f"{_cycle_name(cycle)} aims for {target}% of students meeting the goal, "
                f"not above the {baseline}% who meet it at the start",
                f"{where}.target_percent",
            )
        if cycle.kind == CycleKind.MINI and (cycle.weeks or 0) > _LONGEST_MINI_CYCLE_WEEKS:
            yield (
                f"{_cycle_name(cycle)} is a mini cycle of {cycle.weeks} weeks: mini cycles are "
                f"usually {_LONGEST_MINI_CYCLE_WEEKS} weeks or fewer",
                f"{where}.weeks",
                "note",
            )


def _concepts(plan: Plan, template: Template) -> Iterator[_Found]:
    from planner.questions import unlisted_concepts

    if not template.concepts:
        return
    for number, cycle in enumerate(plan.cycles, 1):
        if not cycle.concepts:
            yield (
                f"{_cycle_name(cycle)} names no concept: name the district concepts it serves, so "
                "its results count under them",
                f"cycles[{number}].concepts",
            )
    for problem in unlisted_concepts(plan, template.concepts):
        yield problem.message, problem.field, "note"


def _start_sorts(plan: Plan, today: date | None) -> Iterator[_Found]:
    if today is None:
        return
    for number, cycle in enumerate(plan.cycles, 1):
        if cycle.start is None or today < cycle.start + _START_SORT_DUE:
            continue
        if checkpoint_at(cycle, CheckpointStage.START) is None:
            yield (
                f"{_cycle_name(cycle)} started {_short(cycle.start)} with no start work sort: sort "
                "the pre-task by its second week, so the end has something to be compared with",
                f"cycles[{number}].checkpoints",
            )


def _people(plan: Plan) -> Iterator[_Found]:
    from planner.figures import teachers_reached

    reached = set(teachers_reached(plan))
    for number, teacher in enumerate(plan.teachers, 1):
        if teacher.id not in reached:
            yield (
                f"{teacher.name or teacher.id} is on the roster but in no coaching cycle",
                f"teachers[{number}]",
            )


def _same_person(name: str) -> str:
    """A name as it would be typed by someone else: case, spacing and full stops aside."""
    return " ".join(name.replace(".", " ").casefold().split())


def _duplicates(plan: Plan) -> Iterator[_Found]:
    first_of: dict[str, tuple[int, str]] = {}
    for number, teacher in enumerate(plan.teachers, 1):
        key = _same_person(teacher.name)
        if not key:
            continue
        if key in first_of:
            earlier, earlier_id = first_of[key]
            yield (
                f'"{teacher.name}" is on the roster twice, as {earlier_id} (teachers[{earlier}]) and '
                f"{teacher.id}: likely one teacher added twice (in a merge, say): keep one id and use "
                "it in every cycle",
                f"teachers[{number}].name",
            )
        else:
            first_of[key] = (number, teacher.id)


def duplicate_teachers(plan: Plan) -> list[PlanWarning]:
    """A warning for each teacher whose name is already on the roster under another id."""
    return [PlanWarning(message, field) for message, field, *_ in _duplicates(plan)]


def plan_warnings(
    plan: Plan, template: Template | None = None, today: date | None = None
) -> list[PlanWarning]:
    """Every warning and note about `plan`, each tied to the step of `template` (default template)
    that asks for it. With `today`, a cycle started over a week before it with no start work sort
    is warned about (the caller reads the clock; these rules never do)."""
    from planner.questions import load_template

    template = template or load_template()
    found = [
        *_capacity(plan),
        *_dates(plan),
        *_cycles(plan),
        *_concepts(plan, template),
        *_start_sorts(plan, today),
        *_people(plan),
        *_duplicates(plan),
    ]
    return [
        PlanWarning(message, field, template.step_for_field(field), *level)
        for message, field, *level in found
    ]

"""What changed since last year's plan, in a few lines a principal reads at a glance.

Built on the comparison service: the size of the program then and now, whether the focus is the
one planned a year ago, how the cycles' focus areas moved, and which parts of the plan were
revised. Like the rest of the summary, it names no teacher.
"""

from __future__ import annotations

from planner.compare import compare_plans
from planner.export.formatting import plural
from planner.figures import Figures, cycles_by_focus, plan_figures
from planner.model import FocusArea, Plan

# Answers that change every year by nature, so not worth a line.
_EVERY_YEAR = {"school_year", "last_year"}
# Beyond this many revised parts, a count says more than a list.
_MOST_PARTS_NAMED = 4


def _size(last_year: Figures, this_year: Figures) -> str:
    return (
        f"{plural(this_year.cycles, 'coaching cycle')} this year, {last_year.cycles} last year; "
        f"{plural(this_year.teachers_reached, 'teacher')} in cycles, {last_year.teachers_reached} last year."
    )


def _focus_areas(last_year: Plan, plan: Plan) -> str:
    before = {t.key: t.count for t in cycles_by_focus(last_year)}
    after = {t.key: t.count for t in cycles_by_focus(plan)}
    moved = [
        f"{area.label} {before.get(area.value, 0)} to {after.get(area.value, 0)}"
        for area in FocusArea
        if before.get(area.value, 0) != after.get(area.value, 0)
    ]
    return f"Cycles by focus area, last year to this: {', '.join(moved)}." if moved else ""


def changes_since(last_year: Plan, plan: Plan) -> list[str]:
    """A few lines on what changed from `last_year` to `plan`."""
    comparison = compare_plans(last_year, plan)
    lines = [_size(plan_figures(last_year), plan_figures(plan))]
    shift = comparison.focus_shift
    if shift and shift.planned.strip():
        lines.append(
            "This year's focus is the one planned last year for year 2."
            if shift.kept
            else f"Last year's plan for year 2 was: {' '.join(shift.planned.split())}"
        )
    lines.append(_focus_areas(last_year, plan))
    revised = [
        step.title
        for step in comparison.steps
        if step.step_id and any(change.field not in _EVERY_YEAR for change in step.changes)
    ]
    if comparison.same:
        lines.append("No answer changed since last year's plan.")
    elif len(revised) > _MOST_PARTS_NAMED:
        steps = len(comparison.guide.step_order()) if comparison.guide else len(revised)
        lines.append(f"Revised for this year: {len(revised)} of the plan's {steps} parts.")
    elif revised:
        lines.append(f"Parts of the plan revised: {', '.join(revised)}.")
    return [line for line in lines if line]

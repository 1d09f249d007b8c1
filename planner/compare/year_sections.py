"""The sections a comparison across school years leads with, and the one it ends with: last
year's results (by cycle and by concept), the shift of focus, both years' figures, and what was
not carried over from last year's plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from planner.compare.changes import Change, StepChanges
from planner.compare.lines import Line, Section, Span, elided, line, one_line, plural
from planner.compare.results import CycleOutcome, FocusShift, YearResults
from planner.figures import Breakdown, plan_figures
from planner.model import GoalMet, Plan
from planner.outcomes import FEWER_THAN_WORDS, GroupOutcomes

_OUTCOME_WORDS: tuple[tuple[GoalMet | None, str], ...] = (
    (GoalMet.MET, "met"),
    (GoalMet.PARTLY, "partly met"),
    (GoalMet.NOT_MET, "not met"),
    (None, "not recorded"),
)


def _percent(value: int | None) -> str:
    return "(blank)" if value is None else f"{value}%"


def _share_line(outcome: CycleOutcome) -> str:
    """ "8 of 23 -> 18 of 23 (35% -> 78%; +43 points; target 75%)", counts when both ends hold them."""
    shares = f"{_percent(outcome.baseline_percent)} -> {_percent(outcome.end_percent)}"
    details = []
    if outcome.change_points is not None:
        details.append(f"{outcome.change_points:+d} points")
    if outcome.target_percent is not None:
        details.append(f"target {outcome.target_percent}%")
    if outcome.start_count and outcome.end_count:
        return f"{outcome.start_count} -> {outcome.end_count} ({'; '.join([shares, *details])})"
    return f"{shares} ({'; '.join(details)})" if details else shares


def _concept_line(group: GroupOutcomes) -> Line:
    """One concept's results: its cycles, start -> end share, goals met; or no figure at all for
    fewer than 3 teachers."""
    outcomes = group.outcomes
    if outcomes.too_few:
        return line(f"{group.label}:", Span(FEWER_THAN_WORDS, "muted"), depth=1)
    parts = [plural(outcomes.cycles, "cycle")]
    if outcomes.measured:
        basis = (
            f"{outcomes.students} students sorted"
            if outcomes.weighted
            else f"averaged over {plural(outcomes.measured, 'cycle')}"
        )
        parts.append(f"{_percent(outcomes.start_percent)} -> {_percent(outcomes.end_percent)} ({basis})")
    parts.append(f"{outcomes.met} met")
    return line(f"{group.label}: {'; '.join(parts)}", depth=1)


def results_section(results: YearResults) -> Section:
    """Last year's results: counts, each cycle start -> end, by concept, and what to carry forward."""
    lines = [
        line(f"Cycles: {results.cycles_planned} planned, {results.cycles_run} with results"),
        line("Goals: " + ", ".join(f"{results.goals(met)} {words}" for met, words in _OUTCOME_WORDS)),
    ]
    for outcome in results.outcomes:
        who = f" ({', '.join(outcome.teachers)})" if outcome.teachers else ""
        lines.append(line(f"{outcome.title}{who}"))
        if not outcome.has_result:
            lines.append(line(Span("no result recorded", "muted"), depth=1))
            continue
        met = outcome.goal_met.label if outcome.goal_met else "not recorded"
        lines.append(line(f"Students meeting the goal: {_share_line(outcome)}; {met}", depth=1))
        if outcome.teacher_took_on:
            lines.append(line(f"Teacher took on: {one_line(outcome.teacher_took_on)}", depth=1))
    if results.by_concept:
        lines.append(line("By concept:"))
        lines.extend(_concept_line(group) for group in results.by_concept)
    if results.carry_forward:
        lines.append(line("To carry forward:"))
        lines.extend(line(item, depth=1, mark="+") for item in results.carry_forward)
    beside = (
        f"This year ({results.this_year or 'new plan'}): {plural(results.this_year_cycles, 'cycle')} planned"
    )
    if results.coached_again:
        beside += f"; coached again: {', '.join(results.coached_again)}"
    lines.append(line(beside))
    if results.this_year_focus.strip():
        lines.append(line(f"Focus: {one_line(results.this_year_focus)}", depth=1))
    return Section(f"Last year's results ({results.school_year or 'old plan'})", tuple(lines))


def focus_section(shift: FocusShift, old_year: str, new_year: str) -> Section:
    """Last year's plan for year 2 beside this year's focus."""
    lines = [
        line(
            f"Planned for year 2 in {old_year or 'the old plan'}:",
            Span(one_line(shift.planned) or "(blank)", "old"),
        ),
        line(
            f"This year's focus in {new_year or 'the new plan'}:",
            Span(one_line(shift.actual) or "(blank)", "new"),
        ),
    ]
    if shift.kept:
        lines.append(line(Span("kept as planned", "muted")))
    elif shift.planned.strip() and shift.actual.strip():
        lines.append(line("Words:", *elided(shift.words), mark="~"))
    return Section("Focus: last year's year 2 and this year", tuple(lines))


def _figure_line(label: str, old: str, new: str) -> Line:
    if old == new:
        return line(f"{label}:", Span(new, "muted"))
    return line(f"{label}:", Span(old, "old"), "->", Span(new, "new"), mark="~")


def _breakdown_line(old: Breakdown, new: Breakdown) -> Line:
    """A breakdown of both plans on one line: "Mini cycle 1 -> 2, Other 1" (0 where a plan has none)."""
    before = {t.key: t.count for t in old.tallies}
    after = {t.key: t.count for t in new.tallies}
    names = {t.key: t.label for t in (*new.tallies, *old.tallies)}
    parts = [
        f"{name} {after.get(key, 0)}"
        if before.get(key, 0) == after.get(key, 0)
        else f"{name} {before.get(key, 0)} -> {after.get(key, 0)}"
        for key, name in names.items()
    ]
    note = [Span(f"({new.note})", "muted")] if new.note else []
    return line(f"{new.title}:", ", ".join(parts) or "(none)", *note, mark="~" if before != after else "")


def figures_section(old_plan: Plan, new_plan: Plan) -> Section | None:
    """Both plans' figures (as the review and the export show them), or None when none moved."""
    old, new = plan_figures(old_plan), plan_figures(new_plan)
    if old == new:
        return None
    lines = [
        _figure_line("Coaching cycles", str(old.cycles), str(new.cycles)),
        _figure_line(
            "Teachers in cycles",
            f"{old.teachers_reached} of {old.teachers_on_roster}",
            f"{new.teachers_reached} of {new.teachers_on_roster}",
        ),
        _figure_line("Weeks of cycles", str(old.weeks_of_cycles), str(new.weeks_of_cycles)),
        _figure_line("Most cycles at once", str(old.most_at_once), str(new.most_at_once)),
        _figure_line("Professional learning items", str(old.learning_items), str(new.learning_items)),
    ]
    lines += [_breakdown_line(*pair) for pair in zip(old.breakdowns(), new.breakdowns(), strict=True)]
    return Section("In numbers", tuple(lines))


def not_carried_title(old_year: str) -> str:
    """The heading of what last year's plan held and this year's does not."""
    return f"Not carried over from {old_year or 'the old plan'}"


def not_carried_lines(steps: Sequence[StepChanges], header: Callable[[Change], Line]) -> list[Line]:
    """Each thing not carried over listed once, by step: a record by its header line, an answer
    by its label (a list also by its count), never its whole content again."""
    lines: list[Line] = []
    for step in steps:
        lines.append(line(f"{step.title}:"))
        for change in step.changes:
            if change.is_whole_record:
                held = header(change)
                lines.append(Line(held.spans, depth=1, mark="-"))
            elif change.item_id or not isinstance(change.old, list):
                record = f' ("{change.record.label}")' if change.record else ""
                lines.append(line(f"{change.label}{record}", depth=1, mark="-"))
            else:
                lines.append(line(f"{change.label} ({plural(len(change.old), 'item')})", depth=1, mark="-"))
    return lines

"""The summary for administrators as data: what every export format shows, computed from a plan.

Coaching is not evaluation, so the summary is built to name no teacher: cycles carry a count of
teachers and their grade bands, and names only when the coach asks (`include_names`). Teachers'
notes are never part of it. Templates receive this summary, never the plan itself, so a
district's own template cannot reveal more than this module lets through.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from planner.calendar import cycle_end, timeline
from planner.export.chart import YearChart
from planner.export.formatting import day, plural, span
from planner.export.rewrite import name_remover, rewrite_text
from planner.export.since_last_year import changes_since
from planner.figures import (
    Breakdown,
    Tally,
    bands_of,
    breakdowns_of,
    choice_tally,
    learning_for_all,
    learning_for_some,
    plan_figures,
    teachers_in,
)
from planner.model import (
    About,
    Accountability,
    Blackout,
    Cycle,
    Focus,
    GoalMet,
    LearningForAll,
    LearningForSome,
    Plan,
    Schedule,
    Vision,
    Window,
    end_percent,
    goal_outcome,
    start_percent,
)

Dated = TypeVar("Dated", Window, Blackout)

_NAMED_NOTE = "This copy names teachers, as the coach chose. Coaching is not evaluation: share it with care."
_UNNAMED_NOTE = "Coaching is not evaluation: this summary names no teacher; it counts them by grade band."


@dataclass(frozen=True)
class CycleRow:
    """One coaching cycle as a principal sees it: what, when, for which grades, toward which goal."""

    title: str
    kind: str
    focus: str
    focus_key: str
    moves: tuple[str, ...]
    grade_bands: tuple[str, ...]
    teacher_count: int
    teacher_names: tuple[str, ...]
    start: date | None
    end: date | None
    weeks: int | None
    goal: str
    baseline_percent: int | None
    target_percent: int | None

    @property
    def teachers_text(self) -> str:
        """The teachers' names when the summary names them, else how many there are."""
        return ", ".join(self.teacher_names) or str(self.teacher_count)


@dataclass(frozen=True)
class Numbers:
    """The coaching program in numbers."""

    cycles: int
    teachers_served: int
    teachers_on_roster: int
    weeks_of_cycles: int
    most_at_once: int
    hours_per_week: float | None
    cycle_time_percent: int | None
    by_focus: tuple[Tally, ...]
    by_move: tuple[Tally, ...]
    by_grade_band: tuple[Tally, ...]
    by_kind: tuple[Tally, ...]
    by_support: tuple[Tally, ...]

    @property
    def breakdowns(self) -> tuple[Breakdown, ...]:
        """The non-empty tallies, each with the words that say what is counted."""
        return tuple(breakdown for breakdown in breakdowns_of(self) if breakdown.tallies)


@dataclass(frozen=True)
class Results:
    """How a year's cycles turned out, from its year in review (no teacher named)."""

    school_year: str
    cycles: int
    cycles_with_results: int
    by_goal_met: tuple[Tally, ...]
    average_baseline: int | None
    average_end: int | None
    carry_forward: tuple[str, ...]

    @property
    def goal_words(self) -> str:
        """How the cycles ended: "4 goal met, 1 partly met"."""
        return ", ".join(f"{t.count} {t.label.lower()}" for t in self.by_goal_met) or "no goal marked yet"


@dataclass(frozen=True)
class Summary:
    """Everything an export shows, and nothing it must not."""

    title: str
    school_year: str
    about: About
    vision: Vision
    focus: Focus
    learning_for_all: tuple[LearningForAll, ...]
    learning_for_some: tuple[LearningForSome, ...]
    numbers: Numbers
    cycles: tuple[CycleRow, ...]
    chart: YearChart | None
    windows: tuple[Window, ...]
    schedule: Schedule
    blackouts: tuple[Blackout, ...]
    accountability: Accountability
    results: Results | None
    include_names: bool
    custom: tuple[tuple[str, str], ...] = ()
    changes: tuple[str, ...] = ()
    last_year: Results | None = None

    @property
    def byline(self) -> str:
        """Who wrote the plan and where: coach and role, schools, district."""
        who = ", ".join(part for part in (self.about.coach, self.about.role) if part)
        schools = ", ".join(school for school in self.about.schools if school)
        return " \N{MIDDLE DOT} ".join(part for part in (who, schools, self.about.district) if part)

    @property
    def capacity_words(self) -> str:
        """The coach's capacity in a sentence (empty when the plan does not say)."""
        limit, share = self.schedule.max_concurrent_cycles, self.schedule.cycle_time_percent
        parts = [f"at most {plural(limit, 'cycle')} at once"] if limit else []
        parts += [f"{share}% of coaching time in cycles"] if share else []
        return "; ".join(parts).capitalize() + "." if parts else ""

    @property
    def reflection_words(self) -> str:
        """When and how the coach reflects, with the reflection dates."""
        dates = ", ".join(day(d) for d in self.accountability.reflection_dates)
        text = self.accountability.reflection.strip()
        if not dates:
            return text
        if text and not text.endswith((".", "!", "?")):
            text += "."
        return f"{text} Dates: {dates}.".strip()

    @property
    def schedule_answers(self) -> tuple[tuple[str, str], ...]:
        """How the schedule is protected, as (label, answer) pairs; empty answers left out."""
        schedule = self.schedule
        return _answered(
            ("Protected time", schedule.protected_time),
            ("Meetings", schedule.meeting_cadence),
            ("Capacity", self.capacity_words),
            ("Keeping the system's integrity", schedule.integrity),
            ("When a session is cancelled", schedule.cancellations),
            ("Coaching windows", _dated_words(self.windows, "Window")),
            ("Dates to avoid", _dated_words(self.blackouts, "Dates to avoid")),
        )

    @property
    def accountability_answers(self) -> tuple[tuple[str, str], ...]:
        """Accountability and support, as (label, answer) pairs; empty answers left out."""
        accountability = self.accountability
        return _answered(
            ("Student evidence", accountability.student_evidence),
            ("Teacher practice", accountability.teacher_practice),
            ("Reflection", self.reflection_words),
            ("Support the coach asks for", accountability.support_needed),
        )

    @property
    def names_note(self) -> str:
        """What the reader should know about names in this summary."""
        return _NAMED_NOTE if self.include_names else _UNNAMED_NOTE


def _answered(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((label, text) for label, text in pairs if text.strip())


def _dated_words(records: Iterable[Window | Blackout], fallback: str) -> str:
    """Named stretches of dates in a sentence: "Fall (Sep 8 - Dec 19); Winter (Jan 12 - Mar 27)."."""
    parts = [f"{r.name or fallback} ({span(r.start, r.end)})" for r in records]
    return "; ".join(parts) + "." if parts else ""


def _teacher_name(plan: Plan, teacher_id: str) -> str:
    teacher = plan.teacher(teacher_id)
    return teacher.name if teacher and teacher.name else teacher_id


def _cycle_row(plan: Plan, cycle: Cycle, include_names: bool) -> CycleRow:
    kind = cycle.kind.label if cycle.kind else ""
    return CycleRow(
        title=cycle.title or kind or "Coaching cycle",
        kind=kind,
        focus=cycle.focus_area.label if cycle.focus_area else "",
        focus_key=cycle.focus_area.value if cycle.focus_area else "",
        moves=tuple(move.label for move in cycle.moves),
        grade_bands=tuple(bands_of(plan, cycle.teachers)),
        teacher_count=len(teachers_in(plan, cycle)),
        teacher_names=tuple(_teacher_name(plan, t) for t in cycle.teachers) if include_names else (),
        start=cycle.start,
        end=cycle_end(cycle),
        weeks=cycle.weeks,
        goal=cycle.goal,
        baseline_percent=start_percent(cycle),
        target_percent=cycle.target_percent,
    )


def _numbers(plan: Plan) -> Numbers:
    figures = plan_figures(plan)
    return Numbers(
        cycles=figures.cycles,
        teachers_served=figures.teachers_reached,
        teachers_on_roster=figures.teachers_on_roster,
        weeks_of_cycles=figures.weeks_of_cycles,
        most_at_once=figures.most_at_once,
        hours_per_week=plan.about.hours_per_week,
        cycle_time_percent=plan.schedule.cycle_time_percent,
        by_focus=figures.by_focus,
        by_move=figures.by_move,
        by_grade_band=figures.by_grade_band,
        by_kind=figures.by_kind,
        by_support=figures.by_support,
    )


def _average(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def results_of(plan: Plan) -> Results | None:
    """The year's results, or None while no cycle has one and the year in review is empty."""
    finished = [c for c in plan.cycles if goal_outcome(c) is not None or end_percent(c) is not None]
    carry = tuple(item for item in plan.year_in_review.carry_forward if item.strip())
    if not finished and not carry:
        return None
    measured = [c for c in finished if start_percent(c) is not None and end_percent(c) is not None]
    return Results(
        school_year=plan.school_year,
        cycles=len(plan.cycles),
        cycles_with_results=len(finished),
        by_goal_met=choice_tally((goal_outcome(c) for c in finished), GoalMet),
        average_baseline=_average([start_percent(c) for c in measured]),  # type: ignore[misc]
        average_end=_average([end_percent(c) for c in measured]),  # type: ignore[misc]
        carry_forward=carry,
    )


def _by_start(records: Iterable[Dated]) -> tuple[Dated, ...]:
    return tuple(sorted(records, key=lambda r: r.start or date.max))


def _chart(plan: Plan) -> YearChart | None:
    dated = timeline(plan)
    if dated is None:
        return None
    return YearChart(dated, {c.id: c.focus_area.value for c in plan.cycles if c.focus_area})


def _custom_label(key: str) -> str:
    return key.replace("_", " ").replace("-", " ").capitalize()


def build_summary(
    plan: Plan,
    *,
    include_names: bool = False,
    last_year: Plan | None = None,
) -> Summary:
    """The summary of `plan`; teachers are named only when `include_names` is true.

    Without names, a teacher's name typed into any answer (a group, a cycle title...) is
    replaced by "a teacher".

    With `last_year`'s plan, it also says in a few lines what changed since, and gives last
    year's results when its year in review is filled.
    """
    school_year = plan.school_year
    summary = Summary(
        title=f"Math coaching plan {school_year}".strip(),
        school_year=school_year,
        about=plan.about,
        vision=plan.vision,
        focus=plan.focus,
        learning_for_all=tuple(learning_for_all(plan)),
        learning_for_some=tuple(learning_for_some(plan)),
        numbers=_numbers(plan),
        cycles=tuple(_cycle_row(plan, c, include_names) for c in plan.cycles),
        chart=_chart(plan),
        windows=_by_start(w for w in plan.windows if w.start or w.name),
        schedule=plan.schedule,
        blackouts=_by_start(b for b in plan.blackouts if b.start or b.name),
        accountability=plan.accountability,
        results=results_of(plan),
        include_names=include_names,
        custom=tuple((_custom_label(k), v) for k, v in plan.custom.items() if v.strip()),
        changes=tuple(changes_since(last_year, plan)) if last_year else (),
        last_year=results_of(last_year) if last_year else None,
    )
    if include_names:
        return summary
    names = [t.name for t in plan.teachers] + ([t.name for t in last_year.teachers] if last_year else [])
    return rewrite_text(summary, name_remover(names))

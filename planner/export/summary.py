"""The summary for administrators as data: what every export format shows, computed from a plan.

Coaching is not evaluation, so the summary is built to name no teacher: cycles carry a count of
teachers and their grade bands, and names only when the coach asks (`include_names`). Teachers'
notes are never part of it. Templates receive this summary, never the plan itself, so a
district's own template cannot reveal more than this module lets through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from planner.calendar import cycle_end, timeline, weekly_load
from planner.export.chart import YearChart
from planner.export.formatting import day, plural, span
from planner.export.grade_bands import BAND_ORDER, grade_bands
from planner.export.rewrite import name_remover, rewrite_text
from planner.export.since_last_year import changes_since
from planner.model import (
    About,
    Accountability,
    Blackout,
    Cycle,
    CycleKind,
    Focus,
    FocusArea,
    GoalMet,
    LearningForAll,
    LearningForSome,
    Move,
    Plan,
    Schedule,
    SupportTier,
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
class Tally:
    """How many of something: "Tier 1 pedagogy: 3"."""

    label: str
    count: int
    key: str = ""


@dataclass(frozen=True)
class Breakdown:
    """One way of counting the program: what is counted, and the counts."""

    title: str
    tallies: tuple[Tally, ...]


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
        every = (
            Breakdown("Cycles by focus area", self.by_focus),
            Breakdown("Cycles by coaching move", self.by_move),
            Breakdown("Cycles by kind", self.by_kind),
            Breakdown("Teachers in cycles by grade band", self.by_grade_band),
            Breakdown("Roster by support tier", self.by_support),
        )
        return tuple(breakdown for breakdown in every if breakdown.tallies)


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


def _tallies(values: Iterable[str], order: Iterable[str], labels: dict[str, str]) -> tuple[Tally, ...]:
    counts = Counter(values)
    return tuple(Tally(labels.get(key, key), counts[key], key) for key in order if counts[key])


def _choice_tallies(values: Iterable[object], choices: type) -> tuple[Tally, ...]:
    return _tallies(
        (str(v) for v in values if v is not None),
        [c.value for c in choices],
        {c.value: c.label for c in choices},
    )


def _bands_of(plan: Plan, teacher_ids: Iterable[str]) -> list[str]:
    found: set[str] = set()
    for teacher_id in teacher_ids:
        teacher = plan.teacher(teacher_id)
        if teacher is not None and teacher.grade:
            found.update(grade_bands(teacher.grade))
    return [band for band in BAND_ORDER if band in found]


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
        grade_bands=tuple(_bands_of(plan, cycle.teachers)),
        teacher_count=len(set(cycle.teachers)),
        teacher_names=tuple(_teacher_name(plan, t) for t in cycle.teachers) if include_names else (),
        start=cycle.start,
        end=cycle_end(cycle),
        weeks=cycle.weeks,
        goal=cycle.goal,
        baseline_percent=start_percent(cycle),
        target_percent=cycle.target_percent,
    )


def _served(plan: Plan) -> list[str]:
    return list(dict.fromkeys(t for cycle in plan.cycles for t in cycle.teachers))


def _numbers(plan: Plan) -> Numbers:
    served = _served(plan)
    bands = [band for teacher_id in served for band in _bands_of(plan, [teacher_id])]
    return Numbers(
        cycles=len(plan.cycles),
        teachers_served=len(served),
        teachers_on_roster=len(plan.teachers),
        weeks_of_cycles=sum(c.weeks or 0 for c in plan.cycles),
        most_at_once=max((len(w.cycles) for w in weekly_load(plan)), default=0),
        hours_per_week=plan.about.hours_per_week,
        cycle_time_percent=plan.schedule.cycle_time_percent,
        by_focus=_choice_tallies((c.focus_area for c in plan.cycles), FocusArea),
        by_move=_choice_tallies((m for c in plan.cycles for m in c.moves), Move),
        by_grade_band=_tallies(bands, BAND_ORDER, {}),
        by_kind=_choice_tallies((c.kind for c in plan.cycles), CycleKind),
        by_support=_choice_tallies((t.support for t in plan.teachers), SupportTier),
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
        by_goal_met=_choice_tallies((goal_outcome(c) for c in finished), GoalMet),
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
        learning_for_all=tuple(
            item for item in plan.learning_for_all if item.topic or item.format or item.timing
        ),
        learning_for_some=tuple(item for item in plan.learning_for_some if item.group or item.topic),
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

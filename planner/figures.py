"""The plan in figures: every count a screen or a document shows, each computed here and only here.

The review step, the export summary, the comparison and the checks all read their numbers from this
module, so that one plan shows one set of figures wherever it is read. The rules:

- A teacher **reached** is a teacher on the roster who is in at least one coaching cycle, counted
  once however many cycles they are in.
- **Weeks of cycles** add up every cycle's length, whether or not the cycle has a start date yet: an
  undated cycle still takes its weeks of the coach's year. A cycle with no length adds nothing (the
  checks note it).
- **Grade bands** are read from the grade a coach types for a teacher ("K-5", "Algebra 1"). A teacher
  is counted once in each band they teach, so a K-5 interventionist counts in K-2 and in 3-5: the
  counts by band may add up to more than the teachers reached, and are never summed into a total. A
  teacher whose grade is blank is in no band; one whose grade names none is counted in "Other".
- **Professional learning items** are the sessions with something written in them (a blank row
  added and left is not a session).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from planner.calendar import weekly_load
from planner.model import (
    Choice,
    Cycle,
    CycleKind,
    FocusArea,
    LearningForAll,
    LearningForSome,
    Move,
    Plan,
    SupportTier,
)

BANDS: tuple[tuple[str, int, int], ...] = (("K-2", 0, 2), ("3-5", 3, 5), ("6-8", 6, 8), ("9-12", 9, 12))
OTHER_BAND = "Other"
BAND_ORDER: tuple[str, ...] = (*(name for name, _, _ in BANDS), OTHER_BAND)

_GRADE = r"(pre-?k|tk|k|kindergarten|\d{1,2})(?:st|nd|rd|th)?"
_RANGE = re.compile(rf"\b{_GRADE}\s*(?:-|\u2013|to|through)\s*{_GRADE}\b", re.IGNORECASE)
_SINGLE = re.compile(rf"\b{_GRADE}\b", re.IGNORECASE)
# Words that name a level rather than a grade; course names come first because their number is
# not a grade ("Algebra 1", "Math 2").
_LEVELS: tuple[tuple[re.Pattern[str], range], ...] = (
    (
        re.compile(
            r"algebra|geometry|calculus|statistics|trigonometry|high school|\bhs\b|\bmath [1-3]\b",
            re.IGNORECASE,
        ),
        range(9, 13),
    ),
    (re.compile(r"middle school|\bms\b", re.IGNORECASE), range(6, 9)),
    (re.compile(r"elementary", re.IGNORECASE), range(6)),
)


# What each breakdown of the figures is called wherever it is shown, in the order it is shown.
BREAKDOWN_TITLES: dict[str, str] = {
    "by_focus": "Cycles by focus area",
    "by_move": "Cycles by coaching move",
    "by_kind": "Cycles by kind",
    "by_grade_band": "Teachers in cycles by grade band",
    "by_support": "Roster by support tier",
}
# What a reader must be told to read a breakdown right, shown with it.
BREAKDOWN_NOTES: dict[str, str] = {"by_grade_band": "a teacher of two bands counts in each"}


@dataclass(frozen=True)
class Tally:
    """How many of something: "Tier 1 pedagogy: 3"; `key` is the choice's value in the plan file."""

    label: str
    count: int
    key: str = ""


@dataclass(frozen=True)
class Breakdown:
    """One way of counting: what is counted, the counts, and what to know to read them."""

    title: str
    tallies: tuple[Tally, ...]
    note: str = ""


def breakdowns_of(counts: object) -> tuple[Breakdown, ...]:
    """The breakdowns of anything holding the figures' tallies by name (`by_focus`, `by_kind`...),
    titled and noted, in the order they are shown; empty ones included."""
    return tuple(
        Breakdown(title, getattr(counts, name), BREAKDOWN_NOTES.get(name, ""))
        for name, title in BREAKDOWN_TITLES.items()
    )


@dataclass(frozen=True)
class Figures:
    """A plan's figures, as every screen and document shows them."""

    cycles: int
    teachers_reached: int
    teachers_on_roster: int
    weeks_of_cycles: int
    most_at_once: int
    learning_items: int
    by_kind: tuple[Tally, ...]
    by_focus: tuple[Tally, ...]
    by_move: tuple[Tally, ...]
    by_grade_band: tuple[Tally, ...]
    by_support: tuple[Tally, ...]

    def breakdowns(self) -> tuple[Breakdown, ...]:
        """Every breakdown, titled and noted, empty ones included."""
        return breakdowns_of(self)


def _grade_number(word: str) -> int:
    return int(word) if word.isdigit() else 0


def _grades(text: str) -> set[int]:
    for pattern, level in _LEVELS:
        if pattern.search(text):
            return set(level)
    grades: set[int] = set()
    for low, high in _RANGE.findall(text):
        grades.update(range(_grade_number(low), _grade_number(high) + 1))
    remaining = _RANGE.sub(" ", text)
    grades.update(_grade_number(word) for word in _SINGLE.findall(remaining))
    return {g for g in grades if g <= 12}


def grade_bands(text: str) -> list[str]:
    """The bands a grade such as "K", "3", "grades 6-8" or "Algebra 1" falls in (["Other"] if none)."""
    grades = _grades(text)
    found = [name for name, low, high in BANDS if any(low <= g <= high for g in grades)]
    return found or [OTHER_BAND]


def bands_of(plan: Plan, teacher_ids: Iterable[str]) -> list[str]:
    """The grade bands these teachers teach, each band once, in band order (blank grades add none)."""
    found: set[str] = set()
    for teacher_id in teacher_ids:
        teacher = plan.teacher(teacher_id)
        if teacher is not None and teacher.grade:
            found.update(grade_bands(teacher.grade))
    return [band for band in BAND_ORDER if band in found]


def grades_of(plan: Plan, teacher_ids: Iterable[str]) -> set[str]:
    """The grades these teachers teach, as a template writes them ("K", "1"... "12")."""
    found: set[int] = set()
    for teacher_id in teacher_ids:
        teacher = plan.teacher(teacher_id)
        if teacher is not None and teacher.grade:
            found.update(_grades(teacher.grade))
    return {"K" if grade == 0 else str(grade) for grade in found}


def teachers_in(plan: Plan, cycle: Cycle) -> list[str]:
    """The ids of the roster teachers in one cycle, each once, in the cycle's order."""
    roster = {t.id for t in plan.teachers}
    return [t for t in dict.fromkeys(cycle.teachers) if t in roster]


def teachers_reached(plan: Plan) -> list[str]:
    """The ids of the roster teachers in at least one cycle, in roster order."""
    in_cycles = {t for cycle in plan.cycles for t in cycle.teachers}
    return [t.id for t in plan.teachers if t.id in in_cycles]


def weeks_of_cycles(plan: Plan) -> int:
    """Every cycle's length in weeks added up, dated or not (see the module's rules)."""
    return sum(cycle.weeks or 0 for cycle in plan.cycles)


def most_at_once(plan: Plan) -> int:
    """The most cycles running in any one week of the school year (0 when none is scheduled)."""
    return max((len(week.cycles) for week in weekly_load(plan)), default=0)


def learning_for_all(plan: Plan) -> list[LearningForAll]:
    """The sessions for every teacher that have something written in them."""
    return [item for item in plan.learning_for_all if item.topic or item.format or item.timing]


def learning_for_some(plan: Plan) -> list[LearningForSome]:
    """The sessions for groups of teachers that name a group or a topic."""
    return [item for item in plan.learning_for_some if item.group or item.topic]


def _tally(
    values: Iterable[str], order: Iterable[str], labels: dict[str, str] | None = None
) -> tuple[Tally, ...]:
    """How many times each value occurs, in `order`, leaving out those that never do."""
    counts = Counter(values)
    labels = labels or {}
    return tuple(Tally(labels.get(key, key), counts[key], key) for key in order if counts[key])


def choice_tally(values: Iterable[Choice | None], choices: type[Choice]) -> tuple[Tally, ...]:
    """How many times each choice of a vocabulary occurs (blanks left out), in the vocabulary's order."""
    return _tally(
        (str(v) for v in values if v is not None),
        [c.value for c in choices],
        {c.value: c.label for c in choices},
    )


def cycles_by_focus(plan: Plan) -> tuple[Tally, ...]:
    """Cycles counted by focus area (a cycle with none is left out)."""
    return choice_tally((c.focus_area for c in plan.cycles), FocusArea)


def teachers_by_grade_band(plan: Plan) -> tuple[Tally, ...]:
    """Teachers reached counted once in each band they teach (never add these up: see the rules)."""
    return _tally((band for t in teachers_reached(plan) for band in bands_of(plan, [t])), BAND_ORDER)


def plan_figures(plan: Plan) -> Figures:
    """Every figure of `plan`."""
    return Figures(
        cycles=len(plan.cycles),
        teachers_reached=len(teachers_reached(plan)),
        teachers_on_roster=len(plan.teachers),
        weeks_of_cycles=weeks_of_cycles(plan),
        most_at_once=most_at_once(plan),
        learning_items=len(learning_for_all(plan)) + len(learning_for_some(plan)),
        by_kind=choice_tally((c.kind for c in plan.cycles), CycleKind),
        by_focus=cycles_by_focus(plan),
        by_move=choice_tally((m for c in plan.cycles for m in c.moves), Move),
        by_grade_band=teachers_by_grade_band(plan),
        by_support=choice_tally((t.support for t in plan.teachers), SupportTier),
    )

"""The coaching plan as plain data: one dataclass per section of the question flow.

Field order is the order of the question flow and of the plan file. Text fields default to "" and
optional numbers and dates to None (left out of the file); records carry a stable `id`.

Unlike the other modules, this one does not postpone its annotations (no `from __future__ import
annotations`): the file format reads them with `typing.get_type_hints`, quicker on real types
than on strings to evaluate, and every plan that opens pays for it.
"""

import datetime
from dataclasses import dataclass, field
from datetime import date

from planner.model.choices import (
    CheckpointStage,
    CycleKind,
    FocusArea,
    GoalMet,
    Interest,
    Move,
    Priority,
    SortedWork,
    SupportTier,
)
from planner.model.marks import PERCENT, ROSTER_IDS, SCHOOL_YEAR, shaped


@dataclass(kw_only=True)
class About:
    """Whose plan this is, for which schools, and how much of the week is for coaching."""

    coach: str = ""
    role: str = ""
    schools: list[str] = field(default_factory=list)
    district: str = ""
    hours_per_week: float | None = None


@dataclass(kw_only=True)
class Vision:
    """Where the district is heading in math, and how coaching connects to it."""

    district_vision: str = ""
    connection_to_goals: str = ""


@dataclass(kw_only=True)
class Focus:
    """What coaching centres on this year, in year two and after."""

    this_year: str = ""
    year_two: str = ""
    beyond: str = ""


@dataclass(kw_only=True)
class LearningForAll:
    """Professional learning every teacher takes part in."""

    id: str
    topic: str = ""
    format: str = ""
    timing: str = ""
    follow_up: str = ""


@dataclass(kw_only=True)
class LearningForSome:
    """Professional learning for one group of teachers, and why they need it."""

    id: str
    group: str = ""
    need: str = ""
    topic: str = ""
    format: str = ""
    timing: str = ""


@dataclass(kw_only=True)
class Selection:
    """How and when teachers are chosen for coaching cycles."""

    criteria: str = ""
    timing: str = ""


@dataclass(kw_only=True)
class Window:
    """A stretch of the school year in which coaching cycles run."""

    id: str
    name: str = ""
    start: date | None = None
    end: date | None = None


@dataclass(kw_only=True)
class Teacher:
    """A teacher on the coach's roster (notes are for planning support, never for evaluation)."""

    id: str
    name: str = ""
    grade: str = ""
    interest: Interest | None = None
    priority: Priority | None = None
    support: SupportTier | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Checkpoint:
    """One work sort of a cycle: the same kind of student work, sorted at its start, along the way
    or at its end, counting the students meeting the goal (`met` of the `of` sorted), or the share
    alone when only that is known."""

    id: str
    stage: CheckpointStage = CheckpointStage.DURING
    # Typed through the module: inside this class `date` names the field.
    date: datetime.date | None = None
    sorted: SortedWork | None = None
    met: int | None = None
    of: int | None = None
    share: float | None = None


@dataclass(kw_only=True)
class CycleResult:
    """How a cycle turned out, in the coach's words: filled in during and after the year.

    `goal_met` is the coach's own call; left empty, it is derived from the end checkpoint and
    the target (`planner.model.goal_outcome`).
    """

    goal_met: GoalMet | None = None
    teacher_took_on: str = ""


@dataclass(kw_only=True)
class Cycle:
    """A few weeks of coaching with one teacher or a small team, toward one goal for students.

    `concepts` names the district's high-leverage concepts it serves, by their ids in the
    template's list (an id not on the list is kept as written). `practice_focus` is the
    teacher's side: what the teacher is working on, beside the goal for students.
    """

    id: str
    title: str = ""
    kind: CycleKind | None = None
    teachers: list[str] = field(default_factory=list, metadata=ROSTER_IDS)
    concepts: list[str] = field(default_factory=list)
    goal: str = ""
    targets: list[str] = field(default_factory=list)
    practice_focus: str = ""
    focus_area: FocusArea | None = None
    moves: list[Move] = field(default_factory=list)
    evidence_before: list[str] = field(default_factory=list)
    evidence_during: list[str] = field(default_factory=list)
    evidence_after: list[str] = field(default_factory=list)
    target_percent: int | None = field(default=None, metadata=PERCENT)
    start: date | None = None
    weeks: int | None = None
    planning_minutes: int | None = None
    visits_per_week: int | None = None
    checkpoints: list[Checkpoint] = field(default_factory=list)
    result: CycleResult = field(default_factory=CycleResult)


@dataclass(kw_only=True)
class Schedule:
    """How coaching time is protected and how meetings and cycles are paced."""

    protected_time: str = ""
    meeting_cadence: str = ""
    max_concurrent_cycles: int | None = None
    cycle_time_percent: int | None = field(default=None, metadata=PERCENT)
    integrity: str = ""
    cancellations: str = ""


@dataclass(kw_only=True)
class Blackout:
    """School calendar dates when no cycle should meet (testing, holidays...).

    `source_uid` is set on a blackout imported from a school calendar (the event's UID there), so
    that importing the calendar again updates it; a blackout the coach wrote has none.
    """

    id: str
    name: str = ""
    start: date | None = None
    end: date | None = None
    source_uid: str | None = None


@dataclass(kw_only=True)
class Accountability:
    """How the coach will show that coaching made a difference, and the support they need."""

    student_evidence: str = ""
    teacher_practice: str = ""
    reflection: str = ""
    reflection_dates: list[date] = field(default_factory=list)
    support_needed: str = ""


@dataclass(kw_only=True)
class YearInReview:
    """The coach's look back at the year, and what to carry into the next."""

    mid_year: str = ""
    end_of_year: str = ""
    carry_forward: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Plan:
    """One coach's plan for one school year."""

    school_year: str = field(default="", metadata=shaped(SCHOOL_YEAR))
    last_year: str = ""
    template: str = ""
    about: About = field(default_factory=About)
    vision: Vision = field(default_factory=Vision)
    focus: Focus = field(default_factory=Focus)
    learning_for_all: list[LearningForAll] = field(default_factory=list)
    learning_for_some: list[LearningForSome] = field(default_factory=list)
    selection: Selection = field(default_factory=Selection)
    windows: list[Window] = field(default_factory=list)
    teachers: list[Teacher] = field(default_factory=list)
    cycles: list[Cycle] = field(default_factory=list)
    schedule: Schedule = field(default_factory=Schedule)
    blackouts: list[Blackout] = field(default_factory=list)
    accountability: Accountability = field(default_factory=Accountability)
    year_in_review: YearInReview = field(default_factory=YearInReview)
    custom: dict[str, str] = field(default_factory=dict)

    def teacher(self, teacher_id: str) -> Teacher | None:
        """The roster entry with this id, if any."""
        return next((t for t in self.teachers if t.id == teacher_id), None)

    def drop_departed_teachers(self) -> list[Cycle]:
        """Remove from each cycle the teachers no longer on the roster; returns the cycles changed."""
        roster = {t.id for t in self.teachers}
        changed = []
        for cycle in self.cycles:
            kept = [t for t in cycle.teachers if t in roster]
            if kept != cycle.teachers:
                cycle.teachers = kept
                changed.append(cycle)
        return changed

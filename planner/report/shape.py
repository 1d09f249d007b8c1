"""What a district report holds, as plain data: every format (Markdown, HTML, PDF, CSV, JSON) is
written from one `Report`, and the JSON shape is this module's dataclasses (docs/report.md).

A figure about teachers is a `Shown`: a count, or the words "fewer than 3" where the group it
describes holds fewer than 3 teachers (`planner.outcomes`): the small-group rule is applied once,
when the report is built, so that no format can show what another hides.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.outcomes import FEWEST_TEACHERS, Outcomes, too_few

REPORT_FORMAT = 1
FEWER = f"fewer than {FEWEST_TEACHERS}"
# A count, or FEWER.
Shown = int | str

PRIVACY_RULE = (
    "This report names no teacher and holds no teacher's notes. Any group of fewer than "
    f"{FEWEST_TEACHERS} teachers (a coach's roster, a school, a grade band, the cycles of a concept, "
    f'a focus area, a kind or a move) is shown as "{FEWER}" instead of a count or a result. '
    "Coaching is not evaluation."
)


def shown(count: int, teachers: int) -> Shown:
    """`count`, unless the group it is about holds fewer than 3 teachers."""
    return FEWER if too_few(teachers) else count


@dataclass(frozen=True)
class Results:
    """How a group's cycles turned out: goals met, partly met and not met, and the share of
    students meeting the goal at the start and at the end of the measured cycles (weighted by
    students sorted when `weighted`)."""

    cycles_with_results: Shown
    met: Shown
    partly: Shown
    not_met: Shown
    start_percent: Shown | None
    end_percent: Shown | None
    weighted: bool
    students: Shown

    @classmethod
    def of(cls, outcomes: Outcomes) -> Results:
        """The results as they may be shown (see the module's rule)."""
        if outcomes.too_few:
            return cls(FEWER, FEWER, FEWER, FEWER, FEWER, FEWER, False, FEWER)
        return cls(
            outcomes.with_results,
            outcomes.met,
            outcomes.partly,
            outcomes.not_met,
            outcomes.start_percent,
            outcomes.end_percent,
            outcomes.weighted,
            outcomes.students,
        )


@dataclass(frozen=True)
class Group:
    """One part of a mix (a focus area, a kind, a move, a grade band, a concept): its cycles and
    the teachers they reach, and for concepts and focus areas their results."""

    key: str
    label: str
    cycles: Shown
    teachers: Shown
    results: Results | None = None


@dataclass(frozen=True)
class Load:
    """How full a coach's year is (or the district's, added up): see planner.report.load. It is
    about the coach's time, and shown whatever the number of teachers."""

    stated_share: int | None
    planned_share: int | None
    capacity: int | None
    full_percent: int | None


@dataclass(frozen=True)
class Totals:
    """The figures of a set of plans: one coach's, or the district's."""

    plans: int
    cycles: Shown
    weeks_of_cycles: Shown
    teachers_reached: Shown
    roster: Shown
    load: Load
    results: Results
    by_focus: tuple[Group, ...]
    by_kind: tuple[Group, ...]
    by_move: tuple[Group, ...]
    by_grade_band: tuple[Group, ...]
    by_concept: tuple[Group, ...]
    concepts_without_cycles: tuple[str, ...]


@dataclass(frozen=True)
class CoachRow:
    """One coach's plan for the year, in figures."""

    coach: str
    file: str
    schools: tuple[str, ...]
    steps_unanswered: int
    cycles: Shown
    weeks_of_cycles: Shown
    teachers_reached: Shown
    roster: Shown
    load: Load
    results: Results


@dataclass(frozen=True)
class SchoolRow:
    """The plans naming one school (a coach of two schools counts in each)."""

    school: str
    coaches: int
    cycles: Shown
    weeks_of_cycles: Shown
    teachers_reached: Shown
    roster: Shown


@dataclass(frozen=True)
class Theme:
    """One thing carried forward from last year, and how many coaches named it."""

    text: str
    coaches: int


@dataclass(frozen=True)
class PlanState:
    """A plan that needs the district's attention: missing (the file is last year's), invalid
    (`problem` is its first), or unfinished (`steps_unanswered` of `steps`)."""

    coach: str
    file: str
    problem: str = ""
    steps_unanswered: int = 0
    steps: int = 0


@dataclass(frozen=True)
class Comparison:
    """The district this year against the year before, each from its own plans."""

    previous_year: str
    before: Totals
    after: Totals


@dataclass(frozen=True)
class Report:
    """A district's coaching for one school year, naming no teacher."""

    report_format: int
    school_year: str
    coaches_named: bool
    files_read: int
    other_toml_skipped: int
    district: Totals
    coaches: tuple[CoachRow, ...]
    schools: tuple[SchoolRow, ...]
    carry_forward: tuple[Theme, ...]
    missing: tuple[PlanState, ...]
    invalid: tuple[PlanState, ...]
    unfinished: tuple[PlanState, ...]
    comparison: Comparison | None
    privacy: str = PRIVACY_RULE

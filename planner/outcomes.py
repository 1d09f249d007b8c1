"""Results over many cycles: goals met, and the share of students meeting the goal from start to end,
for a plan, a group of its cycles (a concept, a focus area, a grade band) or a whole district.

Every roll-up of results that a screen, a summary or a report shows is computed here, with the
small-group rule applied in one place. The rules:

- A cycle **has a result** when its goal outcome is known (the coach's call, or derived from its end
  work sort and its target) or its end share is.
- A cycle is **measured** when both its start and its end share are known; only measured cycles
  enter the start -> end shares, so both ends describe the same cycles.
- The shares are **weighted by students sorted** when every measured work sort holds its counts
  (`met` of `of`): 9 of 24 and 20 of 26 are 29 of 50. When any of them holds a share alone, the
  shares are averaged instead, one cycle one vote, and `weighted` says which was done.
- **Fewer than 3 teachers**: a group whose cycles reach fewer than `FEWEST_TEACHERS` teachers shows
  no figure at all (`too_few`), since a result about one or two teachers is a result about people
  a reader can name. Coaching is not evaluation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from planner.figures import BAND_ORDER, bands_of, teachers_in
from planner.model import (
    Checkpoint,
    CheckpointStage,
    Cycle,
    FocusArea,
    GoalMet,
    Plan,
    checkpoint_at,
    end_share,
    goal_outcome,
    share_of,
    whole_percent,
)

FEWEST_TEACHERS = 3
FEWER_THAN_WORDS = f"fewer than {FEWEST_TEACHERS} teachers"


def too_few(teachers: int) -> bool:
    """Whether a figure about this many teachers would single someone out (see the rules)."""
    return teachers < FEWEST_TEACHERS


@dataclass(frozen=True)
class Counted:
    """One cycle as the roll-ups count it: the cycle, who is in it and their grade bands.

    `teachers` are keys that tell teachers apart across every plan rolled up together (a
    district's plans may each hold a `t-ortiz`)."""

    cycle: Cycle
    teachers: frozenset[str]
    bands: tuple[str, ...]


def counted(plan: Plan, teacher_prefix: str = "") -> list[Counted]:
    """Every cycle of `plan` ready to roll up; `teacher_prefix` keeps its teachers apart from
    another plan's (use the plan's path when rolling up several plans)."""
    return [
        Counted(
            cycle,
            frozenset(f"{teacher_prefix}{t}" for t in teachers_in(plan, cycle)),
            tuple(bands_of(plan, teachers_in(plan, cycle))),
        )
        for cycle in plan.cycles
    ]


@dataclass(frozen=True)
class Outcomes:
    """The results of a group of cycles (see the module's rules)."""

    cycles: int
    with_results: int
    met: int
    partly: int
    not_met: int
    teachers: int
    measured: int
    start_share: float | None
    end_share: float | None
    weighted: bool
    students: int

    @property
    def too_few(self) -> bool:
        """Whether this group's results must not be shown (fewer than 3 teachers)."""
        return too_few(self.teachers)

    @property
    def start_percent(self) -> int | None:
        """The start share as the whole percent shown for it."""
        return whole_percent(self.start_share)

    @property
    def end_percent(self) -> int | None:
        """The end share as the whole percent shown for it."""
        return whole_percent(self.end_share)

    def goals(self, outcome: GoalMet) -> int:
        """How many cycles of the group had this outcome."""
        return {GoalMet.MET: self.met, GoalMet.PARTLY: self.partly, GoalMet.NOT_MET: self.not_met}[outcome]


def _both_ends(cycle: Cycle) -> tuple[Checkpoint, Checkpoint] | None:
    start, end = checkpoint_at(cycle, CheckpointStage.START), checkpoint_at(cycle, CheckpointStage.END)
    if start is None or end is None or share_of(start) is None or share_of(end) is None:
        return None
    return start, end


def _has_counts(checkpoint: Checkpoint) -> bool:
    return checkpoint.met is not None and bool(checkpoint.of)


def _shares(pairs: list[tuple[Checkpoint, Checkpoint]]) -> tuple[float | None, float | None, bool, int]:
    """The start and end shares of measured cycles, whether they are weighted, and the students
    sorted at their ends (when weighted)."""
    if not pairs:
        return None, None, False, 0
    if all(_has_counts(start) and _has_counts(end) for start, end in pairs):
        start_of = sum(start.of or 0 for start, _ in pairs)
        end_of = sum(end.of or 0 for _, end in pairs)
        start_met = sum(start.met or 0 for start, _ in pairs)
        end_met = sum(end.met or 0 for _, end in pairs)
        return 100 * start_met / start_of, 100 * end_met / end_of, True, end_of
    starts = [share_of(start) or 0.0 for start, _ in pairs]
    ends = [share_of(end) or 0.0 for _, end in pairs]
    return sum(starts) / len(pairs), sum(ends) / len(pairs), False, 0


def roll_up(items: Iterable[Counted]) -> Outcomes:
    """The results of these cycles together."""
    items = list(items)
    outcomes = [goal_outcome(item.cycle) for item in items]
    with_results = sum(
        o is not None or end_share(item.cycle) is not None for o, item in zip(outcomes, items, strict=True)
    )
    pairs = [ends for item in items if (ends := _both_ends(item.cycle)) is not None]
    start, end, weighted, students = _shares(pairs)
    return Outcomes(
        cycles=len(items),
        with_results=with_results,
        met=outcomes.count(GoalMet.MET),
        partly=outcomes.count(GoalMet.PARTLY),
        not_met=outcomes.count(GoalMet.NOT_MET),
        teachers=len(frozenset().union(*(item.teachers for item in items))),
        measured=len(pairs),
        start_share=start,
        end_share=end,
        weighted=weighted,
        students=students,
    )


def plan_outcomes(plan: Plan) -> Outcomes:
    """The results of every cycle of one plan."""
    return roll_up(counted(plan))


@dataclass(frozen=True)
class GroupOutcomes:
    """The results of the cycles sharing one concept, focus area or grade band."""

    key: str
    label: str
    outcomes: Outcomes


def outcomes_by(
    items: Iterable[Counted],
    keys: Callable[[Counted], Iterable[str]],
    labels: Mapping[str, str] | None = None,
    order: Iterable[str] = (),
) -> tuple[GroupOutcomes, ...]:
    """The results of each group of cycles, a cycle belonging to every group `keys` gives it (so
    the groups' figures are never added up). Groups come in `order`, then the others as first
    met; a key's label is looked up in `labels`, else the key itself."""
    groups: dict[str, list[Counted]] = {key: [] for key in order}
    for item in items:
        for key in dict.fromkeys(keys(item)):
            groups.setdefault(key, []).append(item)
    labels = labels or {}
    return tuple(
        GroupOutcomes(key, labels.get(key, key), roll_up(members))
        for key, members in groups.items()
        if members
    )


def by_concept(
    items: Iterable[Counted], labels: Mapping[str, str] | None = None
) -> tuple[GroupOutcomes, ...]:
    """Results by the concept a cycle serves (labels: the template's concept labels by id)."""
    return outcomes_by(items, lambda item: item.cycle.concepts, labels, order=labels or ())


def by_focus(items: Iterable[Counted]) -> tuple[GroupOutcomes, ...]:
    """Results by the cycle's focus area, in the vocabulary's order."""
    return outcomes_by(
        items,
        lambda item: [item.cycle.focus_area.value] if item.cycle.focus_area else [],
        {area.value: area.label for area in FocusArea},
        order=[area.value for area in FocusArea],
    )


def by_grade_band(items: Iterable[Counted]) -> tuple[GroupOutcomes, ...]:
    """Results by the grade bands of a cycle's teachers (a cycle spanning bands is in each)."""
    return outcomes_by(items, lambda item: item.bands, order=BAND_ORDER)

"""The figures of a set of plans (one coach's, a school's, the district's): cycles, reach, load,
results, and the mix of focus areas, kinds, moves, grade bands and concepts.

Teachers are told apart across plans by their plan's file (two plans may each hold a `t-ortiz`);
every group's count of teachers decides whether its figures may be shown (planner.report.shape).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from planner.figures import weeks_of_cycles
from planner.model import CycleKind, Move, Plan
from planner.outcomes import (
    Counted,
    GroupOutcomes,
    by_concept,
    by_focus,
    by_grade_band,
    counted,
    outcomes_by,
    roll_up,
)
from planner.questions import Concept
from planner.report.load import load_of
from planner.report.shape import Group, Results, Shown, Totals, shown


@dataclass(frozen=True)
class PlanItems:
    """A plan and its cycles ready to roll up, teachers keyed by the plan's file."""

    plan: Plan
    items: tuple[Counted, ...]
    roster: frozenset[str]

    @classmethod
    def of(cls, plan: Plan, source: str) -> PlanItems:
        """The plan read from `source`, counted."""
        prefix = f"{source}\0"
        return cls(plan, tuple(counted(plan, prefix)), frozenset(f"{prefix}{t.id}" for t in plan.teachers))


@dataclass(frozen=True)
class Reach:
    """What these plans' cycles add up to, as it may be shown: cycles, weeks of cycles, the
    teachers they reach (whose number decides what is shown) and the rosters' teachers."""

    cycles: Shown
    weeks_of_cycles: Shown
    teachers_reached: Shown
    roster: Shown


def reach_of(plans: Sequence[PlanItems]) -> Reach:
    """The cycles, weeks and teachers of these plans together."""
    roster = len(frozenset().union(*(p.roster for p in plans)))
    reached = len(frozenset().union(*(item.teachers for p in plans for item in p.items)))
    return Reach(
        cycles=shown(sum(len(p.items) for p in plans), reached),
        weeks_of_cycles=shown(sum(weeks_of_cycles(p.plan) for p in plans), reached),
        teachers_reached=shown(reached, reached),
        roster=shown(roster, roster),
    )


def _groups(found: Iterable[GroupOutcomes], with_results: bool = False) -> tuple[Group, ...]:
    return tuple(
        Group(
            g.key,
            g.label,
            shown(g.outcomes.cycles, g.outcomes.teachers),
            shown(g.outcomes.teachers, g.outcomes.teachers),
            Results.of(g.outcomes) if with_results else None,
        )
        for g in found
    )


def _kinds(item: Counted) -> list[str]:
    return [str(item.cycle.kind)] if item.cycle.kind else []


def _moves(item: Counted) -> list[str]:
    return [str(move) for move in item.cycle.moves]


def _choice_groups(
    items: list[Counted], choices: type[CycleKind] | type[Move], keys: Callable[[Counted], list[str]]
) -> tuple[Group, ...]:
    labels = {c.value: c.label for c in choices}
    return _groups(outcomes_by(items, keys, labels, order=labels))


def totals_of(plans: Sequence[PlanItems], concepts: Sequence[Concept]) -> Totals:
    """Every figure of these plans together; `concepts` is the district's list (the templates')."""
    items = [item for p in plans for item in p.items]
    reach = reach_of(plans)
    concept_groups = _groups(by_concept(items, {c.id: c.label for c in concepts}), with_results=True)
    served = {g.key for g in concept_groups}
    return Totals(
        plans=len(plans),
        cycles=reach.cycles,
        weeks_of_cycles=reach.weeks_of_cycles,
        teachers_reached=reach.teachers_reached,
        roster=reach.roster,
        load=load_of(p.plan for p in plans),
        results=Results.of(roll_up(items)),
        by_focus=_groups(by_focus(items), with_results=True),
        by_kind=_choice_groups(items, CycleKind, _kinds),
        by_move=_choice_groups(items, Move, _moves),
        by_grade_band=_groups(by_grade_band(items)),
        by_concept=concept_groups,
        concepts_without_cycles=tuple(c.label for c in concepts if c.id not in served),
    )

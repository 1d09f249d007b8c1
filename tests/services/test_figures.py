"""The plan's figures: each rule the review, the export, the comparison and the checks share."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings

from planner.checks import plan_warnings
from planner.export import build_summary
from planner.figures import grade_bands, plan_figures, teachers_reached
from planner.model import Cycle, CycleKind, FocusArea, LearningForAll, LearningForSome, Plan, Teacher
from tests.plan_file.plan_strategies import plans


def _plan() -> Plan:
    return Plan(
        school_year="2025-26",
        teachers=[
            Teacher(id="t-k5", name="Kim", grade="K-5"),
            Teacher(id="t-3", name="Lee", grade="3"),
            Teacher(id="t-none", name="Noor"),
            Teacher(id="t-out", name="Omar", grade="7"),
        ],
        cycles=[
            Cycle(
                id="c-1",
                kind=CycleKind.FULL,
                focus_area=FocusArea.TIER_1,
                teachers=["t-k5", "t-3"],
                weeks=6,
                start=date(2025, 9, 15),
            ),
            Cycle(
                id="c-2",
                kind=CycleKind.MINI,
                focus_area=FocusArea.TIER_1,
                teachers=["t-k5", "t-none"],
                weeks=2,
            ),
            Cycle(id="c-3", kind=CycleKind.FULL, teachers=[]),
        ],
        learning_for_all=[LearningForAll(id="a-1", topic="Number talks"), LearningForAll(id="a-2")],
        learning_for_some=[LearningForSome(id="s-1")],
    )


def _counts(tallies) -> dict[str, int]:
    return {t.label: t.count for t in tallies}


def test_a_teacher_in_two_cycles_is_reached_once() -> None:
    figures = plan_figures(_plan())
    assert (figures.teachers_reached, figures.teachers_on_roster) == (3, 4)
    assert teachers_reached(_plan()) == ["t-k5", "t-3", "t-none"]


def test_weeks_of_cycles_count_a_cycle_not_dated_yet() -> None:
    assert plan_figures(_plan()).weeks_of_cycles == 6 + 2


def test_a_teacher_of_two_bands_counts_once_in_each_and_a_blank_grade_in_none() -> None:
    figures = plan_figures(_plan())
    assert grade_bands("K-5") == ["K-2", "3-5"]
    # Kim (K-5) is in two cycles and two bands: once in K-2, once in 3-5; Noor has no grade.
    assert _counts(figures.by_grade_band) == {"K-2": 1, "3-5": 2}


def test_cycles_by_kind_and_focus_and_learning_items_written() -> None:
    figures = plan_figures(_plan())
    assert _counts(figures.by_kind) == {"Full coaching cycle": 2, "Mini cycle": 1}
    assert _counts(figures.by_focus) == {"Tier 1 pedagogy": 2}
    assert figures.learning_items == 1


def test_the_checks_name_only_the_teachers_not_reached() -> None:
    left_out = [w.message for w in plan_warnings(_plan()) if "in no coaching cycle" in w.message]
    assert left_out == ["Omar is on the roster but in no coaching cycle"]


@settings(max_examples=60, deadline=None)
@given(plans())
def test_the_summary_shows_the_figures_of_any_plan(plan: Plan) -> None:
    figures = plan_figures(plan)
    numbers = build_summary(plan).numbers
    assert (numbers.cycles, numbers.teachers_served, numbers.teachers_on_roster) == (
        figures.cycles,
        figures.teachers_reached,
        figures.teachers_on_roster,
    )
    assert (numbers.weeks_of_cycles, numbers.most_at_once) == (figures.weeks_of_cycles, figures.most_at_once)
    assert figures.teachers_reached <= figures.teachers_on_roster
    assert all(t.count <= figures.teachers_reached for t in figures.by_grade_band)
    assert sum(t.count for t in figures.by_kind) <= figures.cycles

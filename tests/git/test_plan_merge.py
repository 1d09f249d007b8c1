"""Three-way merge of plans, answer by answer and record by record (no git needed)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from planner.git.merge import merge_lists, merge_plans
from planner.model import Cycle, Plan, Teacher
from tests.git.git_helpers import base_plan


def _sides(ours_edit: Callable[[Plan], None], theirs_edit: Callable[[Plan], None]) -> tuple[Plan, Plan, Plan]:
    base = base_plan()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours_edit(ours)
    theirs_edit(theirs)
    return base, ours, theirs


def test_different_answers_of_one_cycle_merge_cleanly():
    def ours(plan: Plan) -> None:
        plan.cycles[0].goal = "Students will order fractions."

    def theirs(plan: Plan) -> None:
        plan.cycles[0].title = "Fractions on a number line"
        plan.cycles[0].weeks = 5

    result = merge_plans(*_sides(ours, theirs))
    assert result.conflicts == ()
    cycle = result.plan.cycles[0]
    assert (cycle.goal, cycle.title, cycle.weeks) == (
        "Students will order fractions.",
        "Fractions on a number line",
        5,
    )


def test_the_same_answer_changed_both_ways_is_a_conflict_resolved_to_the_preferred_side():
    def ours(plan: Plan) -> None:
        plan.about.coach = "Maria Ortiz"

    def theirs(plan: Plan) -> None:
        plan.about.coach = "M. Ortiz"

    sides = _sides(ours, theirs)
    result = merge_plans(*sides)
    assert [str(c) for c in result.conflicts] == ["about.coach: both sides changed it"]
    assert result.plan.about.coach == "Maria Ortiz"
    assert merge_plans(*sides, prefer="theirs").plan.about.coach == "M. Ortiz"


def test_the_same_change_on_both_sides_is_no_conflict():
    def edit(plan: Plan) -> None:
        plan.cycles[1].goal = "Students will use tape diagrams."

    result = merge_plans(*_sides(edit, edit))
    assert result.conflicts == ()
    assert result.plan.cycles[1].goal == "Students will use tape diagrams."


def test_respacing_prose_on_one_side_gives_way_to_new_words_on_the_other():
    def ours(plan: Plan) -> None:
        plan.cycles[0].goal = "Students will\ncompare fractions."

    def theirs(plan: Plan) -> None:
        plan.cycles[0].goal = "Students will compare and order fractions."

    result = merge_plans(*_sides(ours, theirs))
    assert result.conflicts == ()
    assert result.plan.cycles[0].goal == "Students will compare and order fractions."


def test_records_added_on_both_sides_are_all_kept_ours_first():
    def ours(plan: Plan) -> None:
        plan.cycles.append(Cycle(id="c-dec", title="Decimals"))

    def theirs(plan: Plan) -> None:
        plan.cycles.insert(0, Cycle(id="c-place", title="Place value"))
        plan.cycles.append(Cycle(id="c-area", title="Area"))

    result = merge_plans(*_sides(ours, theirs))
    assert [c.id for c in result.plan.cycles] == ["c-place", "c-frac", "c-ratio", "c-dec", "c-area"]


def test_a_record_removed_on_one_side_goes_unless_the_other_changed_it():
    def ours(plan: Plan) -> None:
        del plan.cycles[0]

    def theirs_untouched(plan: Plan) -> None:
        plan.cycles[1].weeks = 4

    result = merge_plans(*_sides(ours, theirs_untouched))
    assert ([c.id for c in result.plan.cycles], result.conflicts) == (["c-ratio"], ())

    def theirs_changed(plan: Plan) -> None:
        plan.cycles[0].weeks = 4

    sides = _sides(ours, theirs_changed)
    result = merge_plans(*sides)
    assert [str(c) for c in result.conflicts] == ["cycles[c-frac]: removed on our side, changed on theirs"]
    assert [c.id for c in result.plan.cycles] == ["c-ratio"]
    assert [c.id for c in merge_plans(*sides, prefer="theirs").plan.cycles] == ["c-frac", "c-ratio"]


def test_the_same_id_added_twice_merges_its_answers():
    def ours(plan: Plan) -> None:
        plan.teachers.append(Teacher(id="t-cara", name="Cara Ng", grade="4"))

    def theirs(plan: Plan) -> None:
        plan.teachers.append(Teacher(id="t-cara", name="Cara Ng", notes="asked in June"))

    result = merge_plans(*_sides(ours, theirs))
    assert result.conflicts == ()
    assert result.plan.teachers[-1] == Teacher(id="t-cara", name="Cara Ng", grade="4", notes="asked in June")


def test_lists_merge_as_sets_without_conflicts():
    assert merge_lists(["a", "b", "c"], ["a", "c", "d"], ["b", "c", "e"]) == ["c", "d", "e"]
    assert merge_lists([], ["x"], ["x"]) == ["x"]

    def ours(plan: Plan) -> None:
        plan.cycles[0].teachers.append("t-ben")

    def theirs(plan: Plan) -> None:
        plan.cycles[0].teachers = []

    result = merge_plans(*_sides(ours, theirs))
    assert (result.plan.cycles[0].teachers, result.conflicts) == (["t-ben"], ())


def test_custom_answers_merge_one_by_one():
    def ours(plan: Plan) -> None:
        plan.custom["equity"] = "Grade-level work for every student."

    def theirs(plan: Plan) -> None:
        plan.custom["family"] = "A math night each term."

    result = merge_plans(*_sides(ours, theirs))
    assert result.plan.custom == {
        "equity": "Grade-level work for every student.",
        "family": "A math night each term.",
    }

"""The comparison on crafted pairs: what counts as a change, how records pair up, where changes belong."""

from __future__ import annotations

import copy

from planner.compare import ChangeKind, WordRun, compare_plans
from planner.model import Cycle, CycleResult, GoalMet, LearningForAll, Plan, Teacher, Window
from planner.plan_file import parse_plan


def _edited(plan: Plan) -> Plan:
    return copy.deepcopy(plan)


def test_the_same_plan_has_no_changes(small_plan):
    comparison = compare_plans(small_plan, _edited(small_plan))
    assert comparison.same
    assert comparison.changes == ()
    assert comparison.steps == ()


def test_formatting_alone_is_not_a_difference():
    tidy = """planner_format = 3
school_year = "2025-26"

[focus]
this_year = "Students explain their reasoning in every lesson."

[[teachers]]
id = "t-ana"
name = "Ana Lopez"

[[cycles]]
id = "c-1"
title = "Fractions"
teachers = ["t-ana"]
targets = ["I can compare", "I can order"]
"""
    messy = """planner_format=3
cycles = [{id="c-1", title="Fractions", teachers=['t-ana'], targets=["I can order",
  "I can compare"], result = {}}]
school_year='2025-26'
teachers = [ { id = "t-ana", name = "Ana Lopez", notes = "" } ]
[focus]
this_year = '''
Students explain   their reasoning
in every lesson.'''
year_two = ""
"""
    old, _ = parse_plan(tidy)
    new, _ = parse_plan(messy)
    assert compare_plans(old, new).same


def test_empty_and_missing_answers_are_the_same():
    missing, _ = parse_plan('planner_format = 3\n[[teachers]]\nid = "t-a"\n')
    empty, _ = parse_plan(
        'planner_format = 3\nlast_year = ""\n[about]\nschools = []\ncoach = ""\n'
        '[custom]\n[[teachers]]\nid = "t-a"\nnotes = ""\ngrade = ""\n'
    )
    assert compare_plans(missing, empty).same
    blank_custom = Plan(custom={"equity": ""})
    assert compare_plans(Plan(), blank_custom).same


def test_reordered_records_and_list_items_are_not_changes(small_plan):
    new = _edited(small_plan)
    new.teachers.reverse()
    new.cycles.reverse()
    new.cycles[1].targets.reverse()
    assert compare_plans(small_plan, new).same


def test_a_renamed_id_is_a_changed_id_not_a_removal_and_an_addition(small_plan):
    new = _edited(small_plan)
    new.teachers[0].id = "t-ana-lopez"
    new.cycles[0].teachers = ["t-ana-lopez"]
    new.cycles[1].id = "c-ratios"
    comparison = compare_plans(small_plan, new)
    assert [(c.kind, c.field, c.old, c.new) for c in comparison.changes] == [
        (ChangeKind.CHANGED, "teachers.id", "t-ana", "t-ana-lopez"),
        (ChangeKind.CHANGED, "cycles.id", "c-ratio", "c-ratios"),
    ]
    teacher_change = comparison.changes[0]
    assert teacher_change.record is not None
    assert teacher_change.record.renamed
    assert (teacher_change.record.old_id, teacher_change.record.id) == ("t-ana", "t-ana-lopez")


def test_names_are_matched_ignoring_case_and_spacing(small_plan):
    new = _edited(small_plan)
    new.teachers[1] = Teacher(id="t-2", name="  ben   ODE ")
    comparison = compare_plans(small_plan, new)
    assert {c.field for c in comparison.changes} == {"teachers.id", "teachers.name", "cycles.teachers"}
    assert not any(
        c.kind in (ChangeKind.ADDED, ChangeKind.REMOVED) and c.is_whole_record for c in comparison.changes
    )


def test_a_new_id_and_a_new_name_make_a_different_record(small_plan):
    new = _edited(small_plan)
    new.teachers[1] = Teacher(id="t-cara", name="Cara Ng")
    new.cycles[1].teachers = ["t-cara"]
    comparison = compare_plans(small_plan, new)
    whole = [(c.kind, c.record.id) for c in comparison.changes if c.is_whole_record]
    assert whole == [(ChangeKind.REMOVED, "t-ben"), (ChangeKind.ADDED, "t-cara")]


def test_a_name_shared_by_two_unpaired_records_pairs_nothing():
    old = Plan(windows=[Window(id="w-1", name="Fall"), Window(id="w-2", name="Fall")])
    new = Plan(windows=[Window(id="w-3", name="Fall"), Window(id="w-4", name="Fall")])
    kinds = [c.kind for c in compare_plans(old, new).changes]
    assert kinds == [ChangeKind.REMOVED, ChangeKind.REMOVED, ChangeKind.ADDED, ChangeKind.ADDED]


def test_one_word_changed_in_prose_is_shown_word_by_word(small_plan):
    new = _edited(small_plan)
    new.cycles[0].goal = new.cycles[0].goal.replace("compare", "order")
    (change,) = compare_plans(small_plan, new).changes
    assert (change.kind, change.field, change.path, change.label) == (
        ChangeKind.CHANGED,
        "cycles.goal",
        "cycles[1].goal",
        "Student-learning goal",
    )
    assert change.words[:3] == (
        WordRun("same", "Students will"),
        WordRun("removed", "compare"),
        WordRun("inserted", "order"),
    )
    assert change.record is not None
    assert (change.record.id, change.record.label, change.record.noun) == (
        "c-frac",
        "Fractions on a number line",
        "cycle",
    )


def test_answers_added_and_removed_are_told_apart(small_plan):
    new = _edited(small_plan)
    new.about.coach = "Maria Ortiz"
    new.cycles[0].weeks = None
    kinds = {c.field: c.kind for c in compare_plans(small_plan, new).changes}
    assert kinds == {"about.coach": ChangeKind.ADDED, "cycles.weeks": ChangeKind.REMOVED}


def test_records_added_and_removed_carry_the_record_and_its_place(small_plan):
    new = _edited(small_plan)
    removed = new.cycles.pop(0)
    new.learning_for_all.append(LearningForAll(id="l-1", topic="Work sorts"))
    comparison = compare_plans(small_plan, new)
    by_field = {c.field: c for c in comparison.changes}
    assert by_field["cycles"].kind == ChangeKind.REMOVED
    assert by_field["cycles"].old == removed
    assert by_field["cycles"].path == "cycles[1]"
    assert by_field["learning_for_all"].new.topic == "Work sorts"
    assert by_field["learning_for_all"].step_id == "learning-for-all"


def test_list_items_added_and_removed(small_plan):
    new = _edited(small_plan)
    new.cycles[0].targets = ["I can compare two fractions", "I can explain my reasoning"]
    (change,) = compare_plans(small_plan, new).changes
    assert change.items_added == ("I can explain my reasoning",)
    assert change.items_removed == ("I can place a fraction on a number line",)


def test_teachers_in_a_cycle_are_compared_as_people(small_plan):
    new = _edited(small_plan)
    new.cycles[0].teachers = ["t-ana", "t-ben"]
    (change,) = compare_plans(small_plan, new).changes
    assert (change.field, change.items_added) == ("cycles.teachers", ("t-ben",))
    assert compare_plans(small_plan, new).teacher_name("t-ben") == "Ben Ode"


def test_each_change_names_the_step_that_asks_it(small_plan):
    new = _edited(small_plan)
    new.cycles[0].result = CycleResult(goal_met=GoalMet.MET)
    new.cycles[0].goal = "Students will order fractions."
    new.custom["equity"] = "Every student gets grade-level work."
    comparison = compare_plans(small_plan, new)
    steps = {c.field: c.step_id for c in comparison.changes}
    assert steps == {
        "cycles.goal": "cycles",
        "cycles.result.goal_met": "year-in-review",
        "custom.equity": None,
    }
    assert [s.title for s in comparison.steps] == ["Coaching cycles", "Year in review", "Other"]
    assert [c.field for c in comparison.for_step("year-in-review")] == ["cycles.result.goal_met"]
    assert comparison.for_step("vision") == ()


def test_a_record_with_several_changed_answers_counts_once(small_plan):
    new = _edited(small_plan)
    new.cycles[0].weeks = 6
    new.cycles[0].title = "Fractions"
    new.cycles.append(Cycle(id="c-new", title="Decimals"))
    (step,) = compare_plans(small_plan, new).steps
    assert step.counts() == {ChangeKind.CHANGED: 1, ChangeKind.ADDED: 1}


def test_across_years_the_results_lead_beside_this_years_plan(small_plan, last_year_plan):
    last_year = last_year_plan
    last_year.focus.year_two = "Students explain their reasoning in every lesson."
    last_year.year_in_review.carry_forward = ["weekly data talks"]
    small_plan.focus.this_year = "Students explain their reasoning in most lessons."
    small_plan.teachers[0].id = "t-ana-2"
    small_plan.cycles[0].teachers = ["t-ana-2"]
    comparison = compare_plans(last_year, small_plan)
    assert comparison.across_years
    results = comparison.results
    assert results is not None
    assert (results.cycles_planned, results.cycles_run) == (3, 2)
    assert (results.goals(GoalMet.MET), results.goals(GoalMet.NOT_MET), results.goals(None)) == (1, 0, 1)
    assert [o.change_points for o in results.outcomes] == [37, -2, None]
    assert results.carry_forward == ("weekly data talks",)
    assert results.coached_again == ("Ana Lopez",)
    assert (results.this_year, results.this_year_cycles) == ("2025-26", 2)
    shift = comparison.focus_shift
    assert shift is not None
    assert not shift.kept
    assert WordRun("inserted", "most lessons.") in shift.words


def test_no_results_or_focus_shift_between_versions_of_one_year(last_year_plan):
    last_version = last_year_plan
    this_version = _edited(last_version)
    this_version.cycles[0].title = "Place value to 1,000"
    comparison = compare_plans(last_version, this_version)
    assert comparison.results is None
    assert comparison.focus_shift is None


def test_no_results_when_last_year_has_none(small_plan):
    last_year = Plan(school_year="2024-25", cycles=[Cycle(id="c-1", title="Fractions")])
    comparison = compare_plans(last_year, small_plan)
    assert comparison.results is None
    assert comparison.focus_shift is None


def test_big_generated_plans_pair_every_record(plan_factory):
    old, new = plan_factory.make_pair(cycles=200, teachers=100)
    comparison = compare_plans(old, new)
    whole = [c for c in comparison.changes if c.is_whole_record]
    assert sum(c.kind == ChangeKind.REMOVED for c in whole) == 4
    assert sum(c.kind == ChangeKind.ADDED for c in whole) == 4
    renamed = [c for c in comparison.changes if c.field == "teachers.id"]
    assert len(renamed) == 4
    assert not [
        c for c in comparison.changes if c.field == "cycles.teachers" and not c.record.id.startswith("n-")
    ]
    assert {c.field for c in comparison.changes} == {"teachers.id", "cycles", "cycles.goal"}
    assert all(c.record.list_name == "cycles" for c in comparison.changes if c.field == "cycles.goal")

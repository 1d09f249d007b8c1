"""The roll-up of results (planner/outcomes.py): shares weighted by students sorted, the same
cycles at both ends, groups by concept, focus and grade band, and the rule of fewer than 3 teachers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.model import Checkpoint, CheckpointStage, Cycle, FocusArea, GoalMet, Plan, Teacher
from planner.outcomes import by_concept, by_focus, by_grade_band, counted, plan_outcomes, roll_up, too_few

START, END = CheckpointStage.START, CheckpointStage.END


def _sort(stage: CheckpointStage, met: int | None = None, of: int | None = None, share: float | None = None):
    return Checkpoint(id=f"k-{stage.value}", stage=stage, met=met, of=of, share=share)


def _plan(*cycles: Cycle, teachers: int = 6) -> Plan:
    roster = [Teacher(id=f"t-{n}", name=f"Teacher {n}", grade="3" if n % 2 else "K") for n in range(teachers)]
    return Plan(school_year="2025-26", teachers=roster, cycles=list(cycles))


def _cycle(name: str, teachers: list[int], *checkpoints: Checkpoint, **fields) -> Cycle:
    return Cycle(
        id=f"c-{name}",
        title=name,
        teachers=[f"t-{n}" for n in teachers],
        checkpoints=list(checkpoints),
        **fields,
    )


def test_shares_are_weighted_by_students_sorted_when_every_work_sort_is_counted():
    plan = _plan(
        _cycle("a", [0], _sort(START, 9, 24), _sort(END, 18, 24)),
        _cycle("b", [1], _sort(START, 5, 26), _sort(END, 20, 26)),
    )
    outcomes = plan_outcomes(plan)
    assert outcomes.weighted
    assert outcomes.start_share == 100 * 14 / 50
    assert outcomes.end_share == 100 * 38 / 50
    assert (outcomes.start_percent, outcomes.end_percent, outcomes.students) == (28, 76, 50)


def test_a_share_alone_makes_the_average_one_cycle_one_vote():
    plan = _plan(
        _cycle("a", [0], _sort(START, share=30.0), _sort(END, 18, 24)),
        _cycle("b", [1], _sort(START, 5, 25), _sort(END, share=60.0)),
    )
    outcomes = plan_outcomes(plan)
    assert not outcomes.weighted
    assert outcomes.start_share == (30 + 20) / 2
    assert outcomes.end_share == (75 + 60) / 2


def test_only_cycles_measured_at_both_ends_enter_the_shares():
    plan = _plan(
        _cycle("both", [0], _sort(START, 6, 20), _sort(END, 15, 20), target_percent=70),
        _cycle("end only", [1], _sort(END, 2, 20), target_percent=70),
        _cycle("none", [2]),
    )
    outcomes = plan_outcomes(plan)
    assert (outcomes.cycles, outcomes.with_results, outcomes.measured) == (3, 2, 1)
    assert (outcomes.start_percent, outcomes.end_percent) == (30, 75)
    assert (outcomes.met, outcomes.partly, outcomes.not_met) == (1, 0, 1)
    assert outcomes.goals(GoalMet.NOT_MET) == 1


def test_groups_of_fewer_than_three_teachers_are_marked_too_few():
    plan = _plan(
        _cycle("pair", [0, 1], concepts=["fractions"], focus_area=FocusArea.TIER_1),
        _cycle("trio", [2, 3, 4], concepts=["fractions", "place-value"], focus_area=FocusArea.USING_DATA),
    )
    items = counted(plan)
    concepts = {group.key: group.outcomes for group in by_concept(items, {"fractions": "Fractions"})}
    assert concepts["fractions"].teachers == 5 and not concepts["fractions"].too_few
    assert concepts["place-value"].teachers == 3 and not concepts["place-value"].too_few
    focus = {group.label: group.outcomes for group in by_focus(items)}
    assert focus["Tier 1 pedagogy"].too_few and not focus["Using student data"].too_few
    assert [group.label for group in by_concept(items, {"fractions": "Fractions"})] == [
        "Fractions",
        "place-value",
    ]


def test_a_cycle_is_in_every_band_its_teachers_teach():
    plan = _plan(_cycle("mixed", [0, 1]), _cycle("k only", [2]))
    bands = {group.key: group.outcomes.cycles for group in by_grade_band(counted(plan))}
    assert bands == {"K-2": 2, "3-5": 1}


def test_teachers_of_two_plans_are_kept_apart_by_prefix():
    one, two = _plan(_cycle("a", [0, 1])), _plan(_cycle("a", [0, 1]))
    assert roll_up([*counted(one, "one/"), *counted(two, "two/")]).teachers == 4
    assert roll_up([*counted(one), *counted(two)]).teachers == 2


@given(
    st.lists(st.tuples(st.integers(1, 30), st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=8)
)
def test_weighted_shares_stay_between_the_lowest_and_highest_cycle(sorts):
    cycles = [
        _cycle(str(n), [n % 6], _sort(START, min(a, of), of), _sort(END, min(b, of), of))
        for n, (of, a, b) in enumerate(sorts)
    ]
    outcomes = plan_outcomes(_plan(*cycles))
    ends = [100 * min(b, of) / of for of, _, b in sorts]
    assert outcomes.weighted and min(ends) - 1e-9 <= outcomes.end_share <= max(ends) + 1e-9


def test_the_rule_is_three_teachers():
    assert too_few(2) and not too_few(3)

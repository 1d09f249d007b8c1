"""The plan's own rules: what follows from the roster."""

from __future__ import annotations

from planner.model import Cycle, Plan, Teacher


def test_teachers_off_the_roster_leave_their_cycles_and_only_those_cycles_are_returned() -> None:
    plan = Plan(
        teachers=[Teacher(id="t1"), Teacher(id="t3")],
        cycles=[
            Cycle(id="c1", teachers=["t1", "t2", "t3"]),
            Cycle(id="c2", teachers=["t3"]),
            Cycle(id="c3", teachers=["t2"]),
        ],
    )

    changed = plan.drop_departed_teachers()

    assert [cycle.id for cycle in changed] == ["c1", "c3"]
    assert [cycle.teachers for cycle in plan.cycles] == [["t1", "t3"], ["t3"], []]
    assert plan.drop_departed_teachers() == []

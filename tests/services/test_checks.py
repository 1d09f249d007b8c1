"""The review warnings: capacity, time, dates, cycles and people, each tied to its step."""

from __future__ import annotations

from datetime import date

import pytest

from planner.checks import plan_warnings
from planner.model import (
    About,
    Blackout,
    Checkpoint,
    CheckpointStage,
    Cycle,
    CycleKind,
    Plan,
    Schedule,
    Teacher,
    Window,
)


def _plan(**changes: object) -> Plan:
    """A small plan with nothing to warn about, changed as asked."""
    plan = Plan(
        school_year="2025-26",
        teachers=[Teacher(id="t-a", name="Ana"), Teacher(id="t-b", name="Ben")],
        cycles=[
            Cycle(
                id="c-1",
                title="Fractions",
                teachers=["t-a"],
                concepts=["fraction-equivalence"],
                start=date(2025, 9, 15),
                weeks=4,
                checkpoints=[Checkpoint(id="start", stage=CheckpointStage.START, met=10, of=25)],
                target_percent=75,
                planning_minutes=45,
                visits_per_week=2,
            ),
            Cycle(
                id="c-2",
                title="Ratios",
                teachers=["t-b"],
                concepts=["fraction-equivalence"],
                start=date(2025, 10, 20),
                weeks=4,
            ),
        ],
        schedule=Schedule(max_concurrent_cycles=2, cycle_time_percent=60),
        about=About(hours_per_week=30),
    )
    for name, value in changes.items():
        setattr(plan, name, value)
    return plan


def messages(plan: Plan) -> list[str]:
    return [w.message for w in plan_warnings(plan)]


def test_a_sound_plan_has_no_warnings() -> None:
    assert plan_warnings(_plan()) == []


def test_more_cycles_at_once_than_the_coach_can_carry() -> None:
    plan = _plan(schedule=Schedule(max_concurrent_cycles=1))
    plan.cycles[1].start = date(2025, 9, 22)
    (warning,) = plan_warnings(plan)
    assert warning.message.startswith("2 cycles run at once (weeks of Sep 22 to Oct 6)")
    assert (warning.field, warning.step_id) == ("schedule.max_concurrent_cycles", "schedule")


def test_more_weekly_hours_than_set_aside_for_cycles() -> None:
    plan = _plan(about=About(hours_per_week=5), schedule=Schedule(cycle_time_percent=20))
    (warning,) = plan_warnings(plan)
    assert "needs about 2.2 hours of cycle work" in warning.message
    assert "more than the 1.0 hours (20% of 5)" in warning.message


def test_a_cycle_through_a_blackout() -> None:
    plan = _plan(
        blackouts=[Blackout(id="b", name="Fall conferences", start=date(2025, 10, 2), end=date(2025, 10, 3))]
    )
    (warning,) = plan_warnings(plan)
    assert warning.message == (
        '"Fractions" (Sep 15 to Oct 12) runs through Fall conferences (Oct 2 to Oct 3)'
    )
    assert (warning.field, warning.step_id) == ("cycles[1].start", "cycles")


def test_a_cycle_outside_the_year_or_every_window() -> None:
    plan = _plan(windows=[Window(id="w", start=date(2025, 9, 1), end=date(2025, 9, 30))])
    assert messages(plan) == ['"Ratios" starts outside every coaching window']
    plan.cycles[1].start = date(2027, 1, 4)
    assert messages(plan) == ['"Ratios" starts 2027-01-04, outside the 2025-26 school year']


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"teachers": []}, '"Fractions" has no teachers yet'),
        ({"start": None}, '"Fractions" has no start date or length yet'),
        (
            {"target_percent": 30},
            '"Fractions" aims for 30% of students meeting the goal, '
            "not above the 40% who meet it at the start",
        ),
        (
            {"kind": CycleKind.MINI, "weeks": 4},
            '"Fractions" is a mini cycle of 4 weeks: mini cycles are usually 3 weeks or fewer',
        ),
    ],
)
def test_cycle_warnings(change: dict[str, object], expected: str) -> None:
    plan = _plan()
    for name, value in change.items():
        setattr(plan.cycles[0], name, value)
    assert expected in messages(plan)


def test_a_teacher_in_no_cycle_points_to_the_roster_step() -> None:
    plan = _plan()
    plan.teachers.append(Teacher(id="t-c", name="Cora"))
    (warning,) = plan_warnings(plan)
    assert warning.message == "Cora is on the roster but in no coaching cycle"
    assert (warning.field, warning.step_id) == ("teachers[3]", "who")


def test_a_cycle_naming_no_concept_is_warned_about_when_the_template_has_a_list() -> None:
    plan = _plan()
    plan.cycles[1].concepts = []
    (warning,) = plan_warnings(plan)
    assert warning.message == (
        '"Ratios" names no concept: name the district concepts it serves, so its results count under them'
    )
    assert (warning.field, warning.step_id, warning.level) == ("cycles[2].concepts", "cycles", "warning")


def test_no_concept_is_asked_for_when_the_template_has_no_list() -> None:
    from planner.questions import load_template

    plan = _plan()
    plan.cycles[1].concepts = []
    template = load_template()
    template.concepts = []
    assert plan_warnings(plan, template) == []


def test_a_concept_not_on_the_list_is_a_note_kept_as_written() -> None:
    plan = _plan()
    plan.cycles[0].concepts = ["fraction-equivalence", "number-talks"]
    (warning,) = plan_warnings(plan)
    assert warning.message.startswith(
        '"number-talks" is not on the template\'s concept list: kept as written'
    )
    assert (warning.field, warning.level) == ("cycles[1].concepts[2]", "note")


@pytest.mark.parametrize(
    ("today", "warned"),
    [
        (date(2025, 10, 20), False),  # "Ratios" starts today
        (date(2025, 10, 26), False),  # its first week
        (date(2025, 10, 27), True),  # its second week, and no start work sort
        (date(2026, 3, 2), True),
    ],
)
def test_a_started_cycle_with_no_start_work_sort_by_its_second_week(today: date, warned: bool) -> None:
    found = [w for w in plan_warnings(_plan(), today=today) if w.field == "cycles[2].checkpoints"]
    assert bool(found) == warned
    if warned:
        assert found[0].message.startswith('"Ratios" started Oct 20 with no start work sort')


def test_a_start_work_sort_or_no_today_means_no_warning() -> None:
    plan = _plan()
    plan.cycles[1].checkpoints = [Checkpoint(id="start", stage=CheckpointStage.START, share=40)]
    assert plan_warnings(plan, today=date(2026, 3, 2)) == []
    assert [w.field for w in plan_warnings(_plan())] == []

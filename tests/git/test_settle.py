"""Settling a conflicted plan below the app: answers in plan terms, the sides kept, and refusals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.git.markers import conflict_text
from planner.git.settle import UnsettledError, read_conflicts, settle
from planner.model import Checkpoint, CheckpointStage, Cycle, Teacher
from planner.plan_file import parse_plan, plan_to_text
from tests.git.git_helpers import base_plan


def _conflicted(edit_ours, edit_theirs) -> str:
    ours, theirs = base_plan(), base_plan()
    edit_ours(ours)
    edit_theirs(theirs)
    return conflict_text(plan_to_text(ours), plan_to_text(theirs), labels=("main", "feature"))


def test_a_cycle_added_on_each_side_can_keep_both() -> None:
    """Each side's new cycle is one answer; keeping ours of one and theirs of the other keeps both."""
    text = _conflicted(
        lambda plan: plan.cycles.append(Cycle(id="c-area", title="Area", teachers=["t-ana"], weeks=4)),
        lambda plan: plan.cycles.append(Cycle(id="c-time", title="Telling time")),
    )
    conflicted = read_conflicts(text)
    assert conflicted is not None
    assert [(a.key, a.ours, a.theirs) for a in conflicted.answers] == [
        (
            "cycles[c-area]",
            "Title: Area; Teachers: Ana Lopez; Length in weeks: 4",
            "(not in this side's plan)",
        ),
        ("cycles[c-time]", "(not in this side's plan)", "Title: Telling time"),
    ]
    settled = settle(conflicted, {"cycles[c-area]": "ours", "cycles[c-time]": "theirs"})
    assert [c.id for c in parse_plan(settled)[0].cycles] == ["c-frac", "c-ratio", "c-area", "c-time"]


def test_dates_are_spelled_out_and_teachers_named() -> None:
    def ours(plan):
        plan.cycles[0].start = date(2025, 9, 15)
        plan.cycles[0].teachers = ["t-ben"]

    def theirs(plan):
        plan.cycles[0].start = date(2025, 10, 6)

    conflicted = read_conflicts(_conflicted(ours, theirs))
    assert conflicted is not None
    shown = {a.key: (a.ours, a.theirs) for a in conflicted.answers}
    assert shown["cycles[c-frac].start"] == ("Monday, September 15, 2025", "Monday, October 6, 2025")
    assert shown["cycles[c-frac].teachers"] == ("Ben Ode", "Ana Lopez")


def test_every_answer_needs_a_side_and_both_only_for_prose() -> None:
    def ours(plan):
        plan.cycles[1].weeks = 4

    def theirs(plan):
        plan.cycles[1].weeks = 6

    conflicted = read_conflicts(_conflicted(ours, theirs))
    assert conflicted is not None
    with pytest.raises(UnsettledError, match=r"not settled yet: cycles\[c-ratio\]\.weeks"):
        settle(conflicted, {})
    with pytest.raises(UnsettledError, match="only one side"):
        settle(conflicted, {"cycles[c-ratio].weeks": "both"})
    assert parse_plan(settle(conflicted, {"cycles[c-ratio].weeks": "theirs"}))[0].cycles[1].weeks == 6


def test_a_text_without_markers_or_with_a_broken_side_has_nothing_to_settle() -> None:
    plain = plan_to_text(base_plan())
    assert read_conflicts(plain) is None
    broken = plain.replace("[[cycles]]\n", "<<<<<<< a\n[[cycles]]\n=======\n[[cycles\n>>>>>>> b\n", 1)
    assert read_conflicts(broken) is None


_PROSE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80)


@settings(max_examples=40, deadline=None)
@given(_PROSE, _PROSE, st.sampled_from(["ours", "theirs"]))
def test_keeping_one_side_gives_that_sides_plan(ours_goal: str, theirs_goal: str, keep: str) -> None:
    """Whatever the two goals, keeping a side of every answer gives exactly that side's plan."""
    ours, theirs = base_plan(), base_plan()
    ours.cycles[1].goal, theirs.cycles[1].goal = ours_goal, theirs_goal
    ours.about.coach, theirs.about.coach = "Ana", "Ben"
    ours_text, theirs_text = plan_to_text(ours), plan_to_text(theirs)
    conflicted = read_conflicts(conflict_text(ours_text, theirs_text))
    assert conflicted is not None
    settled = settle(conflicted, {answer.key: keep for answer in conflicted.answers})
    assert parse_plan(settled)[0] == parse_plan(ours_text if keep == "ours" else theirs_text)[0]


def test_git_s_diff3_style_is_read_too() -> None:
    """With merge.conflictStyle diff3 git also writes the common ancestor's lines: they are no side."""
    text = _conflicted(
        lambda plan: setattr(plan.about, "coach", "Ana"), lambda plan: setattr(plan.about, "coach", "Ben")
    )
    text = text.replace("=======\n", '||||||| base\ncoach = "Cy"\n=======\n', 1)
    conflicted = read_conflicts(text)
    assert conflicted is not None
    assert [(a.key, a.ours, a.theirs) for a in conflicted.answers] == [("about.coach", "Ana", "Ben")]


def test_choices_that_break_a_rule_of_the_plan_are_refused() -> None:
    """Their cycle's new teacher kept without their roster entry: the plan would name no one."""

    def theirs(plan):
        plan.teachers.append(Teacher(id="t-cy", name="Cy Park"))
        plan.cycles[0].teachers = ["t-cy"]

    conflicted = read_conflicts(
        _conflicted(lambda plan: setattr(plan.cycles[0], "teachers", ["t-ben"]), theirs)
    )
    assert conflicted is not None
    keys = [answer.key for answer in conflicted.answers]
    assert keys == ["teachers[t-cy]", "cycles[c-frac].teachers"]
    with pytest.raises(UnsettledError, match='no teacher with id "t-cy"'):
        settle(conflicted, {"teachers[t-cy]": "ours", "cycles[c-frac].teachers": "theirs"})
    settled = parse_plan(settle(conflicted, dict.fromkeys(keys, "theirs")))[0]
    assert settled.cycles[0].teachers == ["t-cy"]


def test_a_side_named_by_its_commit_shows_the_short_hash() -> None:
    """`git pull` names their side by a full commit hash; the screen needs only git's short one."""
    ours, theirs = base_plan(), base_plan()
    theirs.about.coach = "Ben"
    commit = "245730fc9d06ab06792a9556c05eaca7e84281db"
    text = conflict_text(plan_to_text(ours), plan_to_text(theirs), labels=("HEAD", commit))
    conflicted = read_conflicts(text)
    assert conflicted is not None
    assert (conflicted.ours_name, conflicted.theirs_name) == ("HEAD", "245730f")


def test_a_cycles_work_sorts_are_settled_as_one_answer() -> None:
    """Work sorts live inside a cycle: when the sides differ there, the cycle's whole list is one
    answer, named by its cycle, each sort by label, and keeping a side keeps that side's list."""
    ours, theirs = base_plan(), base_plan()
    ours.cycles[0].checkpoints = [Checkpoint(id="start", stage=CheckpointStage.START, met=8, of=23)]
    theirs.cycles[0].checkpoints = [Checkpoint(id="start", stage=CheckpointStage.START, met=9, of=23)]
    conflicted = read_conflicts(conflict_text(plan_to_text(ours), plan_to_text(theirs)))
    assert conflicted is not None
    [answer] = conflicted.answers
    assert (answer.key, answer.where) == ("cycles[c-frac].checkpoints", 'cycle "Fractions"')
    assert "Met: 8; Of: 23" in answer.ours
    assert "Met: 9; Of: 23" in answer.theirs
    settled = parse_plan(settle(conflicted, {answer.key: "theirs"}))[0]
    assert settled.cycles[0].checkpoints == theirs.cycles[0].checkpoints

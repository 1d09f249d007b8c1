"""Conflict markers around whole statements, and files the merge driver cannot read as plans."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.git.markers import conflict_text, statements
from planner.git.merge_files import merge_plan_files
from planner.plan_file import parse_plan, plan_to_text
from tests.git.git_helpers import base_plan

_HUNK = re.compile(r"<<<<<<< ours\n(.*?)=======\n(.*?)>>>>>>> theirs\n", re.DOTALL)


def _resolved(text: str, side: int) -> str:
    return _HUNK.sub(lambda match: match[side], text)


def test_statements_keep_multi_line_values_whole():
    text = (
        'a = "x # not a comment [ ]"\n'
        'goal = """\nline one\nb = "not a key"\n[not a table]\n\\"\\"\\" still inside"""\n'
        "vision = '''\nit's [\n\"quoted\" \\ # kept'''\n"
        "targets = [\n"
        '    "one ] two",\n'
        "]\n"
        "\n"
        "[[cycles]]\n"
        'id = "c-1" # a comment ["\n'
    )
    assert statements(text) == [
        'a = "x # not a comment [ ]"\n',
        'goal = """\nline one\nb = "not a key"\n[not a table]\n\\"\\"\\" still inside"""\n',
        "vision = '''\nit's [\n\"quoted\" \\ # kept'''\n",
        'targets = [\n    "one ] two",\n]\n',
        "\n",
        "[[cycles]]\n",
        'id = "c-1" # a comment ["\n',
    ]


def _both_sides(ours_goal: str, theirs_goal: str) -> tuple[str, str]:
    ours, theirs = base_plan(), base_plan()
    ours.cycles[1].goal, theirs.cycles[1].goal = ours_goal, theirs_goal
    return plan_to_text(ours), plan_to_text(theirs)


def test_markers_surround_the_differing_answer_only():
    ours, theirs = _both_sides(
        "Students reason. They use ratio tables.", "Students reason. They use tape diagrams."
    )
    text = conflict_text(ours, theirs)
    assert (
        "<<<<<<< ours\n"
        "goal = '''\nStudents reason.\nThey use ratio tables.'''\n"
        "=======\n"
        "goal = '''\nStudents reason.\nThey use tape diagrams.'''\n"
        ">>>>>>> theirs\n"
    ) in text
    assert text.count("<<<<<<<") == 1


def test_a_record_on_one_side_only_is_marked_whole():
    ours = base_plan()
    theirs = copy.deepcopy(ours)
    del theirs.cycles[0]
    text = conflict_text(plan_to_text(ours), plan_to_text(theirs), marker_size=9)
    hunk = text[text.index("<<<<<<<<< ours\n") : text.index(">>>>>>>>> theirs\n")]
    assert hunk.startswith('<<<<<<<<< ours\n[[cycles]]\nid = "c-frac"\n')
    assert hunk.endswith("=========\n")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_keeping_either_side_gives_that_sides_plan(ours_goal: str, theirs_goal: str):
    ours, theirs = _both_sides(ours_goal, theirs_goal)
    text = conflict_text(ours, theirs)
    assert _resolved(text, 1) == ours
    assert _resolved(text, 2) == theirs


def test_files_that_are_not_plans_are_merged_line_by_line(tmp_path: Path, home: Path):
    base, ours, theirs = (tmp_path / name for name in ("base.toml", "ours.toml", "theirs.toml"))
    base.write_text("not = [a plan\nkeep = 1\n")
    ours.write_text("not = [a plan\nkeep = 1\nmine = 2\n")
    theirs.write_text("not = [a plan\n")
    outcome = merge_plan_files(base, ours, theirs, name="plans/x.toml")
    assert not outcome.clean
    assert outcome.messages[0].startswith("plans/x.toml: not a plan on every side (")
    assert outcome.messages[0].endswith("); merged line by line instead")
    assert "<<<<<<< ours" in ours.read_text()


def test_an_empty_ancestor_is_an_empty_plan(tmp_path: Path):
    base, ours, theirs = (tmp_path / name for name in ("base", "ours", "theirs"))
    base.write_text("")
    plan = base_plan()
    ours.write_text(plan_to_text(plan))
    plan.cycles[0].weeks = 4
    theirs.write_text(plan_to_text(plan))
    outcome = merge_plan_files(base, ours, theirs)
    assert outcome.clean
    assert parse_plan(ours.read_text())[0].cycles[0].weeks == 4


def test_a_merge_that_breaks_a_rule_is_reported(tmp_path: Path):
    base, ours, theirs = (tmp_path / name for name in ("base", "ours", "theirs"))
    plan = base_plan()
    base.write_text(plan_to_text(plan))
    removed_ben = copy.deepcopy(plan)
    removed_ben.teachers.pop()
    removed_ben.cycles[1].teachers = []
    ours.write_text(plan_to_text(removed_ben))
    plan.cycles[0].teachers.append("t-ben")
    theirs.write_text(plan_to_text(plan))
    outcome = merge_plan_files(base, ours, theirs, name="p.toml")
    assert not outcome.clean
    assert outcome.messages == (
        'p.toml: merged, but cycles[1].teachers: no teacher with id "t-ben" in the roster: '
        "add them to [[teachers]] or remove them from this cycle",
    )

"""Comments in a plan file are found (so the coach can be told that saving drops them), and a "#"
inside any kind of TOML string is not taken for one."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import Plan
from planner.plan_file import comment_lines, lines_named, load_plan, plan_to_text
from tests.plan_file.plan_strategies import plans


@settings(max_examples=25, deadline=None)
@given(plans())
def test_the_planner_writes_no_comments_whatever_the_answers_hold(plan: Plan) -> None:
    assert comment_lines(plan_to_text(plan)) == []


@settings(max_examples=25, deadline=None)
@given(plans(), st.lists(st.text(max_size=20).filter(lambda t: "\n" not in t and "\r" not in t), max_size=3))
def test_comments_added_by_hand_are_found_by_line(plan: Plan, notes: list[str]) -> None:
    text = plan_to_text(plan)
    first, rest = text.split("\n", 1)
    # Comments above the file, one after the format key, and one after the last line.
    commented = "".join(f"# {note}\n" for note in notes) + f"{first}  # format\n{rest}# the end\n"
    ends = len(notes) + text.count("\n") + 1
    assert comment_lines(commented) == [*range(1, len(notes) + 2), ends]


def test_a_hash_inside_each_kind_of_string_is_no_comment() -> None:
    text = (
        'a = "C# and #fractions"\n'
        "b = 'literal # too'\n"
        'c = """\nmulti-line # basic, with "quotes" and ""two""\n"""\n'
        "d = '''\nmulti-line # literal\n'''\n"
        'e = "escaped \\" # still inside"\n'
        'f = """ends in quotes"""""  # a real comment\n'
    )
    tomllib.loads(text)  # valid TOML, every line of it
    assert comment_lines(text) == [10]


def test_a_loaded_plan_names_its_comment_lines(tmp_path) -> None:
    path = tmp_path / "2025-26.toml"
    path.write_text('# drafted with Ana\nplanner_format = 3\nschool_year = "2025-26"  # this year\n')
    loaded = load_plan(path)
    assert loaded.comment_lines == [1, 3]
    assert lines_named(loaded.comment_lines) == "lines 1, 3"
    assert lines_named([7]) == "line 7"
    assert lines_named([]) == ""

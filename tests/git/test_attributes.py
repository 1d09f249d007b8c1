"""Editing attributes text: planner's drivers given to a pattern, or taken away, never twice."""

from __future__ import annotations

from planner.git.attributes import AttributeLine, driver_lines, pattern_problem, with_drivers, without_drivers


def test_a_line_is_appended_once():
    once = with_drivers("*.pdf binary", "plans/*.toml", merge=False)
    assert once == "*.pdf binary\nplans/*.toml diff=planner\n"
    assert with_drivers(once, "plans/*.toml", merge=False) == once


def test_the_merge_driver_completes_the_line_and_replaces_other_settings():
    text = "# plans\nplans/*.toml diff=planner merge=union text\n"
    assert (
        with_drivers(text, "plans/*.toml", merge=True)
        == "# plans\nplans/*.toml text diff=planner merge=planner\n"
    )


def test_taking_drivers_away_leaves_other_attributes():
    text = "plans/*.toml diff=planner merge=planner\n*.toml text diff=planner\n# diff=planner\n"
    assert (
        without_drivers(text, merge_only=True)
        == "plans/*.toml diff=planner\n*.toml text diff=planner\n# diff=planner\n"
    )
    assert without_drivers(text) == "*.toml text\n# diff=planner\n"
    assert without_drivers("plans/*.toml diff=planner\n") == ""


def test_lines_naming_the_drivers_are_found():
    text = (
        "*.pdf binary\nplans/*.toml diff=planner merge=planner\n# x diff=planner\nold/*.toml merge=planner\n"
    )
    assert driver_lines(text) == [
        AttributeLine(2, "plans/*.toml", diff=True, merge=True),
        AttributeLine(4, "old/*.toml", diff=False, merge=True),
    ]


def test_patterns_git_cannot_read_are_refused():
    assert pattern_problem("plans/*.toml") is None
    assert pattern_problem("") is not None
    assert pattern_problem("my plans/*.toml") is not None
    assert pattern_problem("!plans") is not None

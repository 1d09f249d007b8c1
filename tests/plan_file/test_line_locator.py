"""Finding the line of a field path in a plan's text, so every problem points at a line."""

from __future__ import annotations

import pytest

from planner.plan_file import PlanFileError, parse_plan
from planner.plan_file.locate import line_of

TEXT = """\
planner_format = 3
school_year = "2025-26"

[about]
coach = "Ana"
"hours_per_week" = 20

[[cycles]]
id = "c-one"
start = 2025-09-15

[[cycles]]
id = "c-two"
goal = '''
Students will
compare fractions.'''
start = "next week"

[cycles.result]
goal_met = "maybe"

[schedule]
integrity = "x"
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("school_year", 2),
        ("about", 4),
        ("about.coach", 5),
        ("about.hours_per_week", 6),
        ("cycles[1].start", 10),
        ("cycles[2]", 12),
        ("cycles[2].start", 17),
        ("cycles[2].result.goal_met", 20),
        ("cycles[2].weeks", 12),
        ("schedule.integrity", 23),
        ("accountability.reflection", None),
        ("cycles[3].start", None),
    ],
)
def test_line_of_a_field_path(path: str, line: int | None) -> None:
    assert line_of(TEXT, path) == line


def test_every_problem_of_a_parsed_plan_names_its_line() -> None:
    with pytest.raises(PlanFileError) as raised:
        parse_plan(TEXT, "plan.toml")
    assert [str(p) for p in raised.value.problems] == [
        'plan.toml:17: cycles[2].start: expected a date like 2025-09-15, got "next week"',
        'plan.toml:20: cycles[2].result.goal_met: expected one of "met", "partly", "not-met", got "maybe"',
    ]


NESTED = """\
planner_format = 3

[[cycles]]
id = "c-one"

[[cycles.checkpoints]]
id = "start"
met = 3

[[cycles]]
id = "c-two"

[[cycles.checkpoints]]
id = "start"

[[cycles.checkpoints]]
id = "end"
met = 30
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("cycles[1].checkpoints[1].met", 8),
        ("cycles[2].checkpoints[2].met", 18),
        # The first cycle has one checkpoint: the second cycle's are not its own.
        ("cycles[1].checkpoints[2].met", 3),
    ],
)
def test_a_record_inside_a_record_is_found_within_its_own_record(path: str, line: int) -> None:
    assert line_of(NESTED, path) == line

"""`planner check` as a subprocess: the review's warnings, file:line: field: warning; exit 0, 1 or 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planner.checks import plan_warnings
from planner.plan_file import load_plan
from tests.cli.cli_support import VALID_PLAN, Planner

# The valid plan with a concept on each cycle, checked as of a day before any cycle starts.
CHECKED = VALID_PLAN.replace(
    'title = "Fractions"\n', 'title = "Fractions"\nconcepts = ["unit-fractions"]\n'
).replace('title = "Area"\n', 'title = "Area"\nconcepts = ["measurement-units"]\n')
BEFORE_ANY_CYCLE = ("--today", "2025-09-01")

# A cycle through winter break, one outside every window, and a teacher in no cycle.
WARNED = (
    CHECKED.replace(
        '[[cycles]]\nid = "c-frac"', '[[teachers]]\nid = "t-cy"\nname = "Cy Ray"\n\n[[cycles]]\nid = "c-frac"'
    )
    .replace("start = 2025-09-15\nweeks = 5", "start = 2025-12-15\nweeks = 4")
    .replace(
        'title = "Area"\nconcepts = ["measurement-units"]\nstart = 2025-11-03',
        'title = "Area"\nconcepts = ["measurement-units"]\nteachers = ["t-ben"]\n'
        "start = 2026-05-04\nweeks = 3",
    )
    + '\n[[windows]]\nid = "w-fall"\nname = "Fall"\nstart = 2025-09-01\nend = 2026-01-30\n'
    + '\n[[blackouts]]\nid = "b-winter"\nname = "Winter break"\nstart = 2025-12-22\nend = 2026-01-02\n'
)


def test_each_warning_is_one_line_naming_file_line_and_field(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    path = write_plan(WARNED)
    done = planner("check", *BEFORE_ANY_CYCLE, path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f'{path}:20: cycles[1].start: "Fractions" (Dec 15 to Jan 11) runs through Winter break '
        "(Dec 22 to Jan 2)",
        f'{path}:28: cycles[2].start: "Area" starts outside every coaching window',
        f"{path}:11: teachers[2]: Cy Ray is on the roster but in no coaching cycle",
    ]
    assert done.stderr == "planner: 3 warnings, 0 notes in 1 plan\n"


def test_the_lines_are_the_reviews_own_warnings(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan(WARNED)
    review = [w.message for w in plan_warnings(load_plan(path).plan)]
    printed = [
        line.split(": ", 2)[2] for line in planner("check", *BEFORE_ANY_CYCLE, path).stdout.splitlines()
    ]
    assert printed == review


def test_notes_fail_only_when_strict(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan(CHECKED)
    relaxed = planner("check", *BEFORE_ANY_CYCLE, path)
    assert relaxed.returncode == 0
    assert relaxed.stdout == (
        f'{path}:23: cycles[2].start: note: "Area" has no start date or length yet\n'
        f'{path}:19: cycles[2].teachers: note: "Area" has no teachers yet\n'
    )
    assert planner("check", *BEFORE_ANY_CYCLE, "--strict", path).returncode == 1


def test_a_plan_that_cannot_be_checked_is_trouble(planner: Planner, write_plan: Callable[..., Path]) -> None:
    good = write_plan(WARNED, name="good.toml")
    broken = write_plan(CHECKED.replace("weeks = 5", "weeks = 500"), name="broken.toml")
    done = planner("check", *BEFORE_ANY_CYCLE, good, broken, "missing.toml")
    assert done.returncode == 2
    assert len(done.stdout.splitlines()) == 3
    assert f"{broken}:17: cycles[1].weeks: expected a number from 1 to 40, got 500" in done.stderr
    assert "missing.toml: no such file" in done.stderr


def test_concepts_and_a_missing_start_work_sort_as_of_the_day_given(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    path = write_plan(
        CHECKED.replace('concepts = ["unit-fractions"]', 'concepts = ["unit-fractions", "number-talks"]')
    )
    done = planner("check", "--today", "2025-09-22", path)
    assert done.stdout.splitlines() == [
        f'{path}:23: cycles[2].start: note: "Area" has no start date or length yet',
        f'{path}:19: cycles[2].teachers: note: "Area" has no teachers yet',
        f'{path}:14: cycles[1].concepts[2]: note: "number-talks" is not on the template\'s concept list: '
        "kept as written; use an id from the list to count this cycle under a district concept",
        f'{path}:11: cycles[1].checkpoints: "Fractions" started Sep 15 with no start work sort: sort the '
        "pre-task by its second week, so the end has something to be compared with",
    ]
    assert done.returncode == 1
    assert planner("check", "--today", "2025-09-21", path).returncode == 0

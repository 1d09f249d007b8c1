"""`planner validate` as a subprocess: one line per problem, naming file, line and field; exit codes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from tests.cli.cli_support import FIXTURES, VALID_PLAN, Planner


def _problems(planner: Planner, path: Path) -> list[str]:
    """The problem lines `planner validate PATH` prints for an invalid plan (exit 1, nothing on stdout)."""
    done = planner("validate", path)
    assert (done.returncode, done.stdout) == (1, "")
    return done.stderr.splitlines()


def test_a_valid_plan(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan()
    done = planner("validate", path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{path}: valid\n", "")


def test_a_toml_syntax_error_names_line_and_column(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan(VALID_PLAN.replace('coach = "Ana Lopez"', 'coach = "Ana Lopez'))
    (problem,) = _problems(planner, path)
    line_and_column, _, message = problem.removeprefix(f"{path}:").partition(": ")
    assert line_and_column == "5:19"
    assert message.startswith("TOML syntax error: ")


def test_a_schema_problem_names_the_field_path_and_what_was_expected(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    path = write_plan(VALID_PLAN.replace("start = 2025-11-03", 'start = "next week"'))
    assert _problems(planner, path) == [
        f'{path}:21: cycles[2].start: expected a date like 2025-09-15, got "next week"'
    ]


def test_every_problem_is_reported_at_once(planner: Planner, write_plan: Callable[..., Path]) -> None:
    text = (
        VALID_PLAN.replace('school_year = "2025-26"', 'school_year = "2025"')
        .replace("weeks = 5", "weeks = 90")
        .replace('teachers = ["t-ben"]', 'teachers = ["t-ben", "t-zoe"]')
        .replace('id = "c-area"', 'id = "c-frac"')
        .replace('[about]\ncoach = "Ana Lopez"', '[about]\ncoach = "Ana Lopez"\nhours_per_week = "lots"')
    )
    path = write_plan(text)
    assert _problems(planner, path) == [
        f'{path}:2: school_year: expected a school year like "2025-26", got "2025"',
        f'{path}:6: about.hours_per_week: expected a number, got "lots"',
        f'{path}:15: cycles[1].teachers: no teacher with id "t-zoe" in the roster: '
        "add them to [[teachers]] or remove them from this cycle",
        f"{path}:17: cycles[1].weeks: expected a number from 1 to 40, got 90",
        f'{path}:20: cycles[2].id: "c-frac" is used twice: make each id unique',
    ]


def test_unknown_keys_are_reported_not_dropped(planner: Planner, write_plan: Callable[..., Path]) -> None:
    text = (
        VALID_PLAN.replace('coach = "Ana Lopez"', 'coach = "Ana Lopez"\ncoahc = "typo"')
        + "\n[extras]\nx = 1\n"
    )
    path = write_plan(text)
    assert _problems(planner, path) == [
        f"{path}:6: about.coahc: unknown key: check its spelling, or remove it",
        f"{path}:24: extras: unknown key: check its spelling, or remove it",
    ]


def test_merge_conflict_markers_are_named_as_such(planner: Planner, write_plan: Callable[..., Path]) -> None:
    conflicted = VALID_PLAN.replace(
        'coach = "Ana Lopez"\n',
        '<<<<<<< HEAD\ncoach = "Ana Lopez"\n=======\ncoach = "Ana López"\n>>>>>>> theirs\n',
    )
    path = write_plan(conflicted)
    marker = "git merge conflict marker: keep the side you want, then delete the marker lines"
    answer = "about.coach: the two sides differ: keep one, then delete the marker lines"
    assert _problems(planner, path) == [
        f"{path}:5: {marker}",
        f"{path}:5: {answer}",
        f"{path}:7: {marker}",
        f"{path}:9: {marker}",
    ]


def test_each_answer_in_conflict_is_named_with_diff3_markers_too(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    conflicted = VALID_PLAN.replace(
        'title = "Fractions"\nteachers = ["t-ben"]\nstart = 2025-09-15\nweeks = 5\n',
        '<<<<<<< main\ntitle = "Fraction sense"\nteachers = ["t-ben"]\nstart = 2025-09-15\nweeks = 6\n'
        '||||||| base\ntitle = "Fractions"\nteachers = ["t-ben"]\nstart = 2025-09-15\nweeks = 5\n'
        '=======\ntitle = "Fractions"\nteachers = ["t-ben"]\nstart = 2025-09-22\nweeks = 5\n'
        ">>>>>>> feature\n",
    )
    path = write_plan(conflicted)
    answers = [line for line in _problems(planner, path) if "the two sides differ" in line]
    assert [line.removeprefix(f"{path}:").split(": ")[:2] for line in answers] == [
        ["13", "cycles[c-frac].title"],
        ["13", "cycles[c-frac].start"],
        ["13", "cycles[c-frac].weeks"],
    ]


def test_a_file_from_a_newer_planner_is_refused(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan(VALID_PLAN.replace("planner_format = 3", "planner_format = 7"))
    assert _problems(planner, path) == [
        f"{path}:1: planner_format: this file is in format 7, written by a newer planner; "
        "this planner reads formats up to 3: upgrade planner to open it"
    ]


def test_an_older_format_is_valid_and_says_how_to_update_it(planner: Planner, tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURES / "format-1-2023-24.toml", tmp_path))
    before = path.read_bytes()
    done = planner("validate", path)
    assert done.returncode == 0
    assert done.stdout == f"{path}: valid (file format 1; `planner fmt {path}` rewrites it in format 3)\n"
    assert path.read_bytes() == before


def test_a_missing_file(planner: Planner, tmp_path: Path) -> None:
    done = planner("validate", "nowhere.toml")
    assert done.returncode == 2
    assert done.stderr == "nowhere.toml: no such file: check the path, or create it with `planner new`\n"


def test_an_unreadable_file(planner: Planner, write_plan: Callable[..., Path], tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(VALID_PLAN.replace("Ana Lopez", "Ana López").encode("latin-1"))
    done = planner("validate", latin1, tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"{latin1}:5: not UTF-8 text (byte 66): save it as UTF-8",
        f"{tmp_path}: is a folder, not a plan file",
    ]


def test_several_files_report_each_and_exit_with_the_worst(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    good = write_plan(name="good.toml")
    bad = write_plan(VALID_PLAN.replace("weeks = 5", "weeks = 0"), name="bad.toml")
    done = planner("validate", good, bad)
    assert (done.returncode, done.stdout) == (1, f"{good}: valid\n")
    assert done.stderr == f"{bad}:16: cycles[1].weeks: expected a number from 1 to 40, got 0\n"
    assert planner("validate", good, bad, "missing.toml").returncode == 2


def test_quiet_prints_problems_only(planner: Planner, write_plan: Callable[..., Path]) -> None:
    done = planner("validate", "--quiet", write_plan())
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_nothing_to_validate_is_a_usage_error(planner: Planner) -> None:
    done = planner("validate")
    assert (done.returncode, done.stderr) == (2, "planner: validate: name at least one PLAN or --template\n")


def test_a_syntax_error_at_the_very_end_still_names_a_line(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    path = write_plan(VALID_PLAN + 'notes = """never closed')
    assert _problems(planner, path) == [
        f"{path}:22:24: TOML syntax error: Unterminated string at the end of the file"
    ]


def test_a_file_that_is_not_a_plan_says_so(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan("[tool.ruff]\nline-length = 100\n", name="pyproject.toml")
    assert _problems(planner, path) == [
        f"{path}: planner_format: missing or not a whole number: a plan file starts with "
        "planner_format = 3 (is this a plan file?)"
    ]


def test_one_teacher_under_two_ids_is_a_likely_duplicate(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    twice = VALID_PLAN.replace(
        '[[cycles]]\nid = "c-frac"',
        '[[teachers]]\nid = "t-ode"\nname = "ben  ode"\n\n[[cycles]]\nid = "c-frac"',
        1,
    )
    path = write_plan(twice)
    assert _problems(planner, path) == [
        f'{path}:13: teachers[2].name: "ben  ode" is on the roster twice, as t-ben (teachers[1]) and t-ode: '
        "likely one teacher added twice (in a merge, say): keep one id and use it in every cycle"
    ]

"""A malformed plan file gets an answer, never a traceback: one line per problem, as
`file:line: field: what to do`, with any control character in an echoed value escaped.

Each case is a file a coach (or a tool, or a bad merge) could really leave behind. Most run the
CLI in-process (quick); the last tests run the real `planner` as a subprocess, through every
command that reads a plan, and the git drivers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli.main import main
from tests.cli.cli_support import run_planner
from tests.fuzz.cli_in_process import planner

FORMAT_1 = 'version = 1\nyear = "2023-24"\n'
FORMAT_2 = 'planner_format = 3\nschool_year = "2025-26"\n'


def _validate(tmp_path: Path, text: str) -> tuple[int, list[str]]:
    """`planner validate` on a file holding `text`: its exit code and its lines on stderr."""
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    code, _, stderr = planner("validate", path)
    return code, [line.removeprefix(f"{tmp_path}/") for line in stderr.splitlines()]


def test_a_format_1_coach_written_as_text_is_named_at_its_line(tmp_path: Path) -> None:
    assert _validate(tmp_path, FORMAT_1 + 'coach = "x"\n') == (
        1,
        ['plan.toml:3: about: expected a table, got "x"'],
    )


def test_format_1_cycles_written_as_a_number_are_named_at_their_line(tmp_path: Path) -> None:
    assert _validate(tmp_path, FORMAT_1 + "cycles = 3\n") == (
        1,
        ["plan.toml:3: cycles: expected a list of tables ([[cycles]] blocks), got 3"],
    )


def test_a_format_1_cycle_written_as_text_is_named_at_its_line(tmp_path: Path) -> None:
    assert _validate(tmp_path, FORMAT_1 + 'cycles = ["x"]\n') == (
        1,
        ['plan.toml:3: cycles[1]: expected a table (a [[cycles]] block), got "x"'],
    )


def test_format_1_teachers_written_as_numbers_are_each_named(tmp_path: Path) -> None:
    assert _validate(tmp_path, FORMAT_1 + "teachers = [1, 2]\n") == (
        1,
        [
            "plan.toml:3: teachers[1]: expected a table (a [[teachers]] block), got 1",
            "plan.toml:3: teachers[2]: expected a table (a [[teachers]] block), got 2",
        ],
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("vision = [1]", "vision: expected a table, got a list"),
        ("focus = 1", "focus: expected a table, got 1"),
        ('schedule = "mornings"', 'schedule: expected a table, got "mornings"'),
        ("accountability = true", "accountability: expected a table, got true"),
        ("custom = [1]", "custom: expected a table of text answers, got a list"),
        (
            'pd_all = "x"',
            'learning_for_all: expected a list of tables ([[learning_for_all]] blocks), got "x"',
        ),
        (
            "pd_some = [2025-09-15]",
            "learning_for_some[1]: expected a table (a [[learning_for_some]] block), got 2025-09-15",
        ),
        ("blackout_dates = 5", "blackouts[1].start: expected a date like 2025-09-15, got 5"),
        ("blackout_dates = [[1]]", "blackouts[1].start: expected a date like 2025-09-15, got a list"),
        ("last_year_file = {}", "last_year: expected text in quotes, got a table"),
    ],
)
def test_any_format_1_section_of_the_wrong_kind_is_named_at_its_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    assert _validate(tmp_path, f"{FORMAT_1}{line}\n") == (1, [f"plan.toml:3: {problem}"])


def test_a_format_1_value_of_the_wrong_kind_inside_a_table_is_found_at_its_own_line(tmp_path: Path) -> None:
    text = FORMAT_1 + '[coach]\nname = "Ana"\nhours = "lots"\n\n[[cycles]]\nid = "c-1"\ntype = 3\n'
    assert _validate(tmp_path, text) == (
        1,
        [
            'plan.toml:5: about.hours_per_week: expected a number, got "lots"',
            'plan.toml:9: cycles[1].kind: expected one of "full-cycle", "mini-cycle", "co-planning-unit", '
            '"co-planning-lessons", got 3',
        ],
    )


@pytest.mark.parametrize(("opener", "closer"), [("[", "]"), ("{ a = ", " }")], ids=["lists", "inline tables"])
def test_a_plan_nested_600_deep_is_a_syntax_problem_at_its_line(
    tmp_path: Path, opener: str, closer: str
) -> None:
    assert _validate(tmp_path, f"{FORMAT_2}deep = {opener * 600}1{closer * 600}\n") == (
        1,
        [
            "plan.toml:3: TOML syntax error: lists or tables nested hundreds deep ([[[... or {a = {b = ...): "
            "planner files nest three levels at most; remove the extra brackets"
        ],
    )


def test_a_value_holding_a_line_break_is_echoed_on_one_line(tmp_path: Path) -> None:
    # An item of a list keeps its line breaks as typed (answers of several lines are reflowed).
    text = f'{FORMAT_2}[accountability]\nreflection_dates = ["2026\\n01-15"]\n'
    assert _validate(tmp_path, text) == (
        1,
        [
            "plan.toml:4: accountability.reflection_dates[1]: expected a date like 2025-09-15, "
            'got "2026\\n01-15"'
        ],
    )


def test_a_terminal_escape_in_a_value_is_shown_not_obeyed(tmp_path: Path) -> None:
    text = FORMAT_2 + '\n[[teachers]]\nid = "t-\\u001b[2J\\u2028"\nname = "Ben"\n'
    assert _validate(tmp_path, text) == (
        1,
        [
            'plan.toml:5: teachers[1].id: "t-\\u001b[2J\\u2028" is not a usable id: use letters, digits '
            'and dashes, like "c-fractions"'
        ],
    )


def test_a_key_holding_a_line_break_is_echoed_on_one_line_at_its_line(tmp_path: Path) -> None:
    assert _validate(tmp_path, FORMAT_2 + '"notes\\nmore" = 1\n') == (
        1,
        ["plan.toml:3: notes\\nmore: unknown key: check its spelling, or remove it"],
    )


def test_a_very_long_value_is_cut_in_its_message(tmp_path: Path) -> None:
    code, lines = _validate(tmp_path, f'planner_format = 3\nschool_year = "{"x" * 5000}"\n')
    assert code == 1
    assert lines == [f'plan.toml:2: school_year: expected a school year like "2025-26", got "{"x" * 60}..."']


def test_a_number_of_thousands_of_digits_is_a_syntax_problem_at_its_line(tmp_path: Path) -> None:
    assert _validate(tmp_path, FORMAT_2 + f"\n[about]\nhours_per_week = {'9' * 5000}\n") == (
        1,
        ["plan.toml:5: TOML syntax error: a number too long to read (thousands of digits): shorten it"],
    )


def test_hours_too_large_for_any_number_are_out_of_range(tmp_path: Path) -> None:
    # In hexadecimal Python reads it whole, and it is too large to become a float.
    assert _validate(tmp_path, FORMAT_2 + f"\n[about]\nhours_per_week = 0x{'f' * 300}\n") == (
        1,
        [
            "plan.toml:5: about.hours_per_week: expected a number from 0 to 80, "
            "got a whole number of about 361 digits"
        ],
    )


def test_a_format_number_too_long_to_write_out_is_described(tmp_path: Path) -> None:
    assert _validate(tmp_path, f"planner_format = 0x{'f' * 4000}\n") == (
        1,
        [
            "plan.toml:1: planner_format: this file is in format a whole number of about 4816 digits, "
            "written by a newer planner; this planner reads formats up to 3: upgrade planner to open it"
        ],
    )


MALFORMED = FORMAT_1 + 'coach = "x"\n'
ANSWER = 'plan.toml:3: about: expected a table, got "x"'


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["validate", "plan.toml"], 1),
        (["fmt", "plan.toml"], 1),
        (["fmt", "--check", "plan.toml"], 1),
        (["diff", "plan.toml", "plan.toml"], 2),
        (["export", "plan.toml"], 2),
        (["new", "--from", "plan.toml", "-o", "next.toml"], 2),
    ],
    ids=["validate", "fmt", "fmt --check", "diff", "export", "new --from"],
)
def test_every_command_answers_a_malformed_plan_in_one_line(
    tmp_path: Path, args: list[str], code: int
) -> None:
    (tmp_path / "plan.toml").write_text(MALFORMED, encoding="utf-8")
    done = run_planner(*args, cwd=tmp_path)
    assert done.returncode == code, done.stderr
    lines = done.stderr.splitlines()
    assert ANSWER in lines
    assert all(line == ANSWER or line.startswith("planner: ") for line in lines), lines
    assert (tmp_path / "plan.toml").read_text(encoding="utf-8") == MALFORMED
    assert not (tmp_path / "next.toml").exists()


def test_the_real_planner_answers_a_plan_nested_600_deep(tmp_path: Path) -> None:
    (tmp_path / "plan.toml").write_text(f"{FORMAT_2}deep = {'[' * 600}{']' * 600}\n", encoding="utf-8")
    done = run_planner("validate", "plan.toml", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("plan.toml:3: TOML syntax error: lists or tables nested hundreds deep")
    assert len(done.stderr.splitlines()) == 1


def test_the_git_diff_driver_shows_lines_for_a_malformed_side(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    old, new = tmp_path / "old.toml", tmp_path / "new.toml"
    old.write_text(FORMAT_1, encoding="utf-8")
    new.write_text(MALFORMED, encoding="utf-8")
    hexes = ("0" * 40, "1" * 40)
    code = main(
        ["git-diff-driver", "plans/plan.toml", str(old), hexes[0], "100644", str(new), hexes[1], "100644"]
    )
    shown = capsys.readouterr()
    assert code == 0, shown.err
    assert (
        '(b/plans/plan.toml:3: about: expected a table, got "x": showing the lines that changed)' in shown.out
    )
    assert '+coach = "x"' in shown.out


def test_the_git_merge_driver_merges_a_malformed_side_line_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    base, ours, theirs = (tmp_path / f"{side}.toml" for side in ("base", "ours", "theirs"))
    base.write_text(FORMAT_1, encoding="utf-8")
    ours.write_text(MALFORMED, encoding="utf-8")
    theirs.write_text(FORMAT_1 + 'last_year_file = "2022-23.toml"\n', encoding="utf-8")
    code = main(["git-merge-driver", str(base), str(ours), str(theirs), "7", "plans/plan.toml"])
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (
        "planner: plans/plan.toml: not a plan on every side "
        '(plans/plan.toml:3: about: expected a table, got "x"); merged line by line instead'
    )
    assert code in (0, 1)
    assert 'coach = "x"' in ours.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoded", "problem"),
    [
        (
            FORMAT_2.encode("utf-16"),
            "plan.toml:1: not UTF-8 text (byte 0) (it looks like UTF-16): save it as UTF-8",
        ),
        (
            FORMAT_2.replace("2025-26", "café").encode("latin-1"),
            "plan.toml:2: not UTF-8 text (byte 37): save it as UTF-8",
        ),
        (
            FORMAT_2.encode() + b'coach = "\xed\xa0\x80"\n',
            "plan.toml:3: not UTF-8 text (byte 52): save it as UTF-8",
        ),
    ],
    ids=["UTF-16", "Latin-1", "a lone surrogate"],
)
def test_a_plan_saved_in_another_encoding_names_the_line_to_fix(
    tmp_path: Path, encoded: bytes, problem: str
) -> None:
    (tmp_path / "plan.toml").write_bytes(encoded)
    code, _, stderr = planner("validate", tmp_path / "plan.toml")
    assert (code, stderr.removeprefix(f"{tmp_path}/")) == (2, problem + "\n")

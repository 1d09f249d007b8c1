"""`planner fmt`: canonical rewrites, --check for CI, and files left alone when they cannot be read."""

from __future__ import annotations

import argparse
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.cli import fmt_command
from planner.plan_file import load_plan, plan_to_text
from tests.cli.cli_support import FIXTURES, REPO, VALID_PLAN, Planner

# The small plan as a person might type it: keys out of order, inline lists, spacing of their own.
HAND_WRITTEN = """\
school_year="2025-26"
planner_format=3
[[cycles]]
weeks=5
id="c-frac"
teachers=[ "t-ben" ]
title = 'Fractions'
start=2025-09-15
[[cycles]]
  id = "c-area"
  title = "Area"
  start = 2025-11-03
[[teachers]]
name="Ben Ode"
id="t-ben"
[about]
coach = "Ana Lopez"   # the coach
"""


def test_fmt_rewrites_a_hand_written_plan_canonically(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    path = write_plan(HAND_WRITTEN)
    done = planner("fmt", path)
    assert (done.returncode, done.stdout) == (0, f"{path}: reformatted\n")
    assert done.stderr.splitlines() == [
        f"planner: fmt: {path}: its comments (line 17) were dropped: the planner keeps none",
        "planner: 1 reformatted, 0 unchanged",
    ]
    text = path.read_text()
    assert text == plan_to_text(load_plan(path).plan)
    assert text.index("[about]") < text.index("[[teachers]]") < text.index("[[cycles]]")
    assert load_plan(path).plan == load_plan(write_plan(VALID_PLAN, "typed.toml")).plan


def test_fmt_leaves_a_canonical_file_as_it_is(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan(HAND_WRITTEN)
    planner("fmt", path)
    before = path.stat().st_mtime_ns
    done = planner("fmt", path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "planner: 0 reformatted, 1 unchanged\n")
    assert path.stat().st_mtime_ns == before


def test_check_lists_the_files_that_would_change_and_writes_nothing(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    messy = write_plan(HAND_WRITTEN, "messy.toml")
    tidy = write_plan(HAND_WRITTEN, "tidy.toml")
    planner("fmt", tidy)
    done = planner("fmt", "--check", messy, tidy)
    assert done.returncode == 1
    assert done.stdout == f"{messy}: would be reformatted, dropping its comments (line 17)\n"
    assert done.stderr == "planner: 1 would be reformatted, 1 unchanged\n"
    assert messy.read_text() == HAND_WRITTEN
    assert planner("fmt", "--check", tidy).returncode == 0


def test_an_invalid_file_is_reported_and_never_written(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    broken_toml = write_plan(HAND_WRITTEN.replace('id="t-ben"', 'id="t-ben'), "syntax.toml")
    bad_value = write_plan(HAND_WRITTEN.replace("weeks=5", 'weeks="five"'), "value.toml")
    for check in ([], ["--check"]):
        done = planner("fmt", *check, broken_toml, bad_value)
        assert done.returncode == 1
        verb = "would be reformatted" if check else "reformatted"
        assert done.stderr.splitlines() == [
            f"{broken_toml}:15:10: TOML syntax error: Illegal character '\\n'",
            f'{bad_value}:4: cycles[1].weeks: expected a whole number, got "five"',
            f"planner: 0 {verb}, 0 unchanged",
        ]
    assert broken_toml.read_text() == HAND_WRITTEN.replace('id="t-ben"', 'id="t-ben')
    assert bad_value.read_text() == HAND_WRITTEN.replace("weeks=5", 'weeks="five"')


def test_an_unreadable_or_missing_file_exits_2(planner: Planner, write_plan: Callable[..., Path]) -> None:
    good = write_plan(HAND_WRITTEN)
    done = planner("fmt", good, "missing.toml")
    assert done.returncode == 2
    assert "missing.toml: no such file" in done.stderr
    assert good.read_text() == plan_to_text(load_plan(good).plan)


def test_an_older_format_is_saved_in_the_current_one_only_by_fmt(planner: Planner, tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURES / "format-1-2023-24.toml", tmp_path))
    original = path.read_text()
    checked = planner("fmt", "--check", path)
    assert checked.returncode == 1
    assert checked.stdout == f"{path}: would be reformatted (from format 1), dropping its comments (line 1)\n"
    assert path.read_text() == original
    done = planner("fmt", path)
    assert (done.returncode, done.stdout) == (0, f"{path}: reformatted (from format 1)\n")
    assert path.read_text().startswith("planner_format = 3\n")
    assert load_plan(path).migrated_from is None


def test_fmt_keeps_the_file_permissions(planner: Planner, write_plan: Callable[..., Path]) -> None:
    path = write_plan(HAND_WRITTEN)
    path.chmod(0o600)
    assert planner("fmt", path).returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_file_untouched(
    write_plan: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_plan(HAND_WRITTEN)

    def no_space(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    assert fmt_command.run(argparse.Namespace(plans=[path], check=False)) == 2
    assert path.read_text() == HAND_WRITTEN
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert f"planner: fmt: cannot write {path}: no space left on device" in capsys.readouterr().err


def test_the_example_plans_are_valid_and_canonical(planner: Planner) -> None:
    examples = sorted((REPO / "examples" / "plans").glob("*.toml"))
    assert len(examples) >= 2
    checked = planner("fmt", "--check", *examples, cwd=REPO)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    validated = planner("validate", *examples, cwd=REPO)
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout == "".join(f"{path}: valid\n" for path in examples)


def test_windows_line_ends_and_a_byte_order_mark_are_read_and_written_away(
    planner: Planner, write_plan: Callable[..., Path]
) -> None:
    path = write_plan(HAND_WRITTEN)
    path.write_bytes(b"\xef\xbb\xbf" + HAND_WRITTEN.replace("\n", "\r\n").encode())
    assert planner("validate", path).returncode == 0
    assert planner("fmt", path).returncode == 0
    assert path.read_bytes() == plan_to_text(load_plan(path).plan).encode()
    assert b"\r" not in path.read_bytes()

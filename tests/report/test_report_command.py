"""`planner report` as a person runs it: exit codes, one error line per problem naming its file,
a broken plan that never stops the report, no progress bar when piped."""

from __future__ import annotations

import io
import shutil
import time
from pathlib import Path

import pytest

from planner.cli.report_command import ProgressBar
from tests.report.district import BROKEN, COACHES, INVALID, GeneratedDistrict
from tests.report.running import run_report
from tests.repository import EXAMPLES


def test_a_district_of_valid_plans_exits_0(tmp_path: Path) -> None:
    plans = tmp_path / "coaches" / "maya" / "plans"
    plans.mkdir(parents=True)
    for name in ("2024-25.toml", "2025-26.toml"):
        shutil.copy(EXAMPLES / name, plans / name)
    done = run_report(str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Math coaching across the district, 2025-26")
    assert "| Maya Lindqvist |" in done.stdout
    assert done.stderr == ""


def test_broken_plans_are_reported_and_listed_and_exit_1(district: GeneratedDistrict) -> None:
    done = run_report(str(district.root))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == len(INVALID)
    assert all(line.startswith(str(district.root)) for line in lines)
    assert any(str(district.plan_path(BROKEN, "2025-26")) in line for line in lines)
    assert "## The state of the plans" in done.stdout
    assert "TOML syntax error" in done.stdout
    assert "reading plans" not in done.stderr


def test_a_glob_and_a_file_read_once(district: GeneratedDistrict) -> None:
    this_year = str(district.root / "coaches" / "*" / "plans" / "2025-26.toml")
    done = run_report(this_year, str(district.plan_path(1, "2025-26")), "-f", "json")
    assert done.returncode == 1
    assert f'"files_read": {COACHES - 1}' in done.stdout


def test_a_glob_of_folders_is_searched(district: GeneratedDistrict) -> None:
    done = run_report(str(district.root / "coaches" / "coach-0*"), "-f", "json")
    assert done.returncode == 1
    assert '"files_read": 17' in done.stdout  # coaches 1 to 9, coach 3 without this year's plan


def test_nothing_to_report_exits_2(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('theme = "dark"\n', encoding="utf-8")
    done = run_report(str(tmp_path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "no plan found" in done.stderr


def test_a_path_that_gives_nothing_is_named(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "2025-26.toml", tmp_path / "2025-26.toml")
    done = run_report(str(tmp_path), str(tmp_path / "nowhere"))
    assert done.returncode == 1
    nowhere = tmp_path / "nowhere"
    assert done.stderr.splitlines() == [f"{nowhere}: no such file or folder, and no file matches it"]
    assert done.stdout.startswith("# Math coaching")


def test_a_bad_year_or_an_unwritable_output_exits_2(district: GeneratedDistrict, tmp_path: Path) -> None:
    bad_year = run_report(str(district.root), "--year", "2025")
    assert bad_year.returncode == 2
    assert "--year 2025" in bad_year.stderr
    unwritable = run_report(str(district.root), "-o", str(tmp_path / "no" / "such" / "folder" / "r.md"))
    assert unwritable.returncode == 2
    assert "cannot write" in unwritable.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def test_progress_is_a_bar_on_a_terminal_after_a_second_and_nothing_when_piped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter([100.0, 100.5, 101.5, 102.0, 200.0])
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    terminal = _Terminal()
    progress = ProgressBar(terminal)
    progress(1, 4)
    assert terminal.getvalue() == ""
    progress(2, 4)
    progress(4, 4)
    progress.finish()
    assert terminal.getvalue().split("\r")[1:] == [
        f"reading plans [{'#' * 15}{'-' * 15}] 2/4",
        f"reading plans [{'#' * 30}] 4/4\n",
    ]
    pipe = _Pipe()
    piped = ProgressBar(pipe)
    piped(4, 4)
    piped.finish()
    assert pipe.getvalue() == ""

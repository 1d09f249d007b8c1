"""`planner calendar import` and `planner export --format ics` run as subprocesses: what they print,
what they write, and their exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.plan_file import load_plan, plan_to_text
from tests.calendar.calendar_plans import FIXTURES, NAMES, coaching_plan
from tests.cli.cli_support import run_planner


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(coaching_plan()), encoding="utf-8")
    return path


def _import(plan_file: Path, *options: str, calendar: str = "district.ics", answer: str | None = None):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "calendar",
            "import",
            str(FIXTURES / calendar),
            str(plan_file),
            *options,
        ],
        cwd=plan_file.parent,
        input=answer,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_a_dry_run_shows_the_changes_and_writes_nothing(plan_file: Path) -> None:
    before = plan_file.read_bytes()
    done = _import(plan_file, "--dry-run")
    assert done.returncode == 0
    assert "add: Winter Break (2025-12-22 to 2026-01-02)" in done.stdout
    assert "weekly, not a date to avoid: Early Release" in done.stdout
    assert plan_file.read_bytes() == before


def test_no_at_the_question_imports_nothing(plan_file: Path) -> None:
    before = plan_file.read_bytes()
    done = _import(plan_file, answer="n\n")
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "planner: calendar: not imported (give --yes to import without asking)"
    )
    assert plan_file.read_bytes() == before


def test_yes_imports_and_a_second_import_changes_nothing(plan_file: Path) -> None:
    assert _import(plan_file, answer="y\n").returncode == 0
    plan = load_plan(plan_file).plan
    imported = [b for b in plan.blackouts if b.source_uid]
    assert len(imported) == 10 and plan.blackouts[0].source_uid is None
    after_first = plan_file.read_bytes()
    second = _import(plan_file)
    assert second.returncode == 0 and "nothing to change" in second.stdout
    assert plan_file.read_bytes() == after_first


def test_an_updated_calendar_updates_the_plan(plan_file: Path) -> None:
    _import(plan_file, "--yes")
    done = _import(plan_file, "--yes", calendar="district-updated.ics")
    assert done.returncode == 0
    assert (
        "update: Winter Break (2025-12-22 to 2026-01-02) -> Winter Break (2025-12-22 to 2026-01-05)"
        in done.stdout
    )
    winter = [b for b in load_plan(plan_file).plan.blackouts if b.name == "Winter Break"]
    assert [(b.start.isoformat(), b.end.isoformat()) for b in winter] == [("2025-12-22", "2026-01-05")]


def test_trouble_is_one_line_and_exit_2(tmp_path: Path, plan_file: Path) -> None:
    missing = run_planner("calendar", "import", tmp_path / "none.ics", plan_file, cwd=tmp_path)
    garbage = tmp_path / "bad.ics"
    garbage.write_text("this is not a calendar\n")
    unreadable = run_planner("calendar", "import", garbage, plan_file, cwd=tmp_path)
    yearless = tmp_path / "yearless.toml"
    plan = coaching_plan()
    plan.school_year = ""
    yearless.write_text(plan_to_text(plan), encoding="utf-8")
    no_year = run_planner("calendar", "import", FIXTURES / "district.ics", yearless, cwd=tmp_path)
    for done in (missing, unreadable, no_year):
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("planner: calendar: ")


def test_export_ics_writes_a_calendar_without_names(tmp_path: Path, plan_file: Path) -> None:
    done = run_planner("export", plan_file, "-o", "year.ics", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    content = (tmp_path / "year.ics").read_bytes()
    calendar = Calendar.from_ical(content)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert "Cycle: Area" in summaries and "No cycles: Conferences" in summaries
    assert not any(name.encode() in content for name in NAMES)
    again = run_planner("export", plan_file, "--format", "ics", cwd=tmp_path)
    assert again.stdout.encode() == content.replace(b"\r\n", b"\n")
    named = run_planner("export", plan_file, "--format", "ics", "--include-names", cwd=tmp_path)
    assert NAMES[1] in named.stdout


def test_export_ics_refuses_the_summarys_options(tmp_path: Path, plan_file: Path) -> None:
    done = run_planner("export", plan_file, "--format", "ics", "--compare", plan_file, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "planner: export: --compare and --templates are for the summary, not the calendar\n"

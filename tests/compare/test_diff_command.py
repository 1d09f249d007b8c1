"""`planner diff` as a user runs it: every format, --stat, colour, and the exit codes."""

from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli.diff_command import use_color
from planner.model import Plan
from planner.plan_file import plan_to_text


def _diff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", "diff", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


@pytest.fixture
def pair(tmp_path: Path, small_plan: Plan) -> Path:
    """old.toml and new.toml in tmp_path, new with one word of a goal changed and a cycle removed."""
    new = copy.deepcopy(small_plan)
    new.cycles[0].goal = new.cycles[0].goal.replace("compare", "order")
    del new.cycles[1]
    (tmp_path / "old.toml").write_text(plan_to_text(small_plan))
    (tmp_path / "new.toml").write_text(plan_to_text(new))
    return tmp_path


def test_text_exit_1_when_the_plans_differ(pair: Path):
    done = _diff("old.toml", "new.toml", cwd=pair)
    assert done.returncode == 1
    assert done.stderr == ""
    assert done.stdout.startswith(
        "Comparing old.toml (2025-26) with new.toml (2025-26)\n\n"
        "1 cycle changed, 1 removed\n\nCoaching cycles\n"
    )
    assert "Students will [-compare-] {+order+} fractions" in done.stdout
    assert '- cycle "Ratio tables" (c-ratio)' in done.stdout
    assert "\x1b[" not in done.stdout


def test_exit_0_when_only_the_formatting_differs(pair: Path):
    text = (pair / "old.toml").read_text()
    (pair / "reformatted.toml").write_text(
        text.replace('grade = "3"', "grade   =   '3'").replace("\n\n", "\n")
    )
    done = _diff("old.toml", "reformatted.toml", cwd=pair)
    assert (done.returncode, done.stdout.splitlines()[-1]) == (
        0,
        "No differences in meaning (formatting and order aside).",
    )


def test_markdown(pair: Path):
    done = _diff("--format", "markdown", "old.toml", "new.toml", cwd=pair)
    assert done.returncode == 1
    assert done.stdout.startswith(
        "# Comparing old.toml (2025-26) with new.toml (2025-26)\n\n**1 cycle changed, 1 removed**\n\n"
        "## Coaching cycles\n"
    )
    assert "~~compare~~ **order**" in done.stdout


def test_json(pair: Path):
    done = _diff("--format", "json", "old.toml", "new.toml", cwd=pair)
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert (data["version"], data["same"], data["old"]["file"]) == (2, False, "old.toml")
    assert [(c["kind"], c["field"]) for c in data["changes"]] == [
        ("removed", "cycles"),
        ("changed", "cycles.goal"),
    ]
    same = json.loads(_diff("--format", "json", "old.toml", "old.toml", cwd=pair).stdout)
    assert (same["same"], same["changes"]) == (True, [])


def test_stat(pair: Path):
    done = _diff("--stat", "old.toml", "new.toml", cwd=pair)
    assert done.stdout.endswith("Changes by step\n  Coaching cycles: 1 removed, 1 changed\n")
    markdown = _diff("--stat", "--format", "markdown", "old.toml", "new.toml", cwd=pair)
    assert markdown.stdout.endswith("## Changes by step\n\n- Coaching cycles: 1 removed, 1 changed\n")


def test_quiet_tells_by_exit_code_only(pair: Path):
    different = _diff("-q", "old.toml", "new.toml", cwd=pair)
    assert (different.returncode, different.stdout) == (1, "")
    assert _diff("-q", "old.toml", "old.toml", cwd=pair).returncode == 0


def test_colour_when_asked_or_on_a_terminal(pair: Path, monkeypatch: pytest.MonkeyPatch):
    coloured = _diff("--color", "always", "old.toml", "new.toml", cwd=pair).stdout
    assert "\x1b[31mcompare\x1b[0m \x1b[32morder\x1b[0m" in coloured

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color("auto", Terminal())
    assert not use_color("auto", io.StringIO())
    assert not use_color("never", Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color("auto", Terminal())
    assert use_color("always", io.StringIO())


def test_one_plan_is_compared_with_the_last_year_it_names(pair: Path, small_plan: Plan):
    small_plan.school_year, small_plan.last_year = "2026-27", "old.toml"
    (pair / "next.toml").write_text(plan_to_text(small_plan))
    done = _diff("next.toml", cwd=pair)
    assert done.stdout.startswith("Comparing old.toml (2025-26) with next.toml (2026-27)\n")
    assert "~ School year: 2025-26 -> 2026-27" in done.stdout
    assert done.returncode == 1


def test_trouble_is_exit_2_with_one_line_per_problem(pair: Path):
    missing = _diff("old.toml", "nowhere.toml", cwd=pair)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == "nowhere.toml: no such file: check the path, or create it with `planner new`\n"
    (pair / "broken.toml").write_text('planner_format = 3\nschool_year = "2025-26"\n[about\n')
    broken = _diff("old.toml", "broken.toml", cwd=pair)
    assert broken.returncode == 2
    assert broken.stderr.startswith("broken.toml:3:")
    no_last_year = _diff("old.toml", cwd=pair)
    assert no_last_year.returncode == 2
    assert "names no last year's plan" in no_last_year.stderr
    assert _diff("old.toml", "new.toml", "old.toml", cwd=pair).returncode == 2

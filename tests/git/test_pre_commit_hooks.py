"""The hooks this repository offers, run by pre-commit itself (`pre-commit try-repo`) on a plans repo."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from planner.plan_file import plan_to_text
from tests.git.git_helpers import base_plan, git

REPO = Path(__file__).resolve().parents[2]


def test_the_three_hooks_run_under_pre_commit(tmp_path: Path, home: Path):
    plans = tmp_path / "district"
    (plans / "coaches" / "maya" / "plans").mkdir(parents=True)
    git(plans, "init", "-q", "-b", "main")
    plan = base_plan()
    plan.cycles[1].teachers = []
    unformatted = plan_to_text(plan).replace('coach = ""', 'coach =   ""')
    (plans / "coaches" / "maya" / "plans" / "2025-26.toml").write_text(unformatted)
    (plans / "notes.toml").write_text("not = 'a plan'\n")
    git(plans, "add", ".")
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "--all-files", "--color", "never"],
        cwd=plans,
        capture_output=True,
        text=True,
        check=False,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin", "PRE_COMMIT_HOME": str(tmp_path / "cache")},
    )
    report = done.stdout
    assert done.returncode == 1, report + done.stderr
    results = dict(re.findall(r"^(planner \w+) \(.*?\)\.+(Passed|Failed)$", report, re.MULTILINE))
    assert results == {"planner fmt": "Failed", "planner validate": "Passed", "planner check": "Failed"}
    path = "coaches/maya/plans/2025-26.toml"
    assert "- files were modified by this hook" in report
    assert f"{path}: reformatted" in report
    assert f"{path}:31: teachers[2]: Ben Ode is on the roster but in no coaching cycle" in report
    assert '"Ratios" has no teachers yet' in report
    assert "notes.toml" not in report
    assert 'coach = ""' in (plans / "coaches" / "maya" / "plans" / "2025-26.toml").read_text()

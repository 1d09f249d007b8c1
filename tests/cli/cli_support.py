"""What the CLI tests share: running `planner` as a subprocess, and a small valid plan's text."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
VALID_PLAN = """\
planner_format = 3
school_year = "2025-26"

[about]
coach = "Ana Lopez"

[[teachers]]
id = "t-ben"
name = "Ben Ode"

[[cycles]]
id = "c-frac"
title = "Fractions"
teachers = ["t-ben"]
start = 2025-09-15
weeks = 5

[[cycles]]
id = "c-area"
title = "Area"
start = 2025-11-03
"""

Planner = Callable[..., subprocess.CompletedProcess[str]]


def run_planner(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m planner ARGS...` in `cwd`; its output must never hold a traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done

"""Running git and planner in a test's repository, and the plan the git tests start from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.model import Cycle, Plan, Teacher

PLAN = "plans/2025-26.toml"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git in `repo`; fail the test when it fails, unless `check` is off."""
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        pytest.fail(f"git {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def planner(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the planner command, as a user would, in `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "planner", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def base_plan() -> Plan:
    """A plan with two cycles, the common ancestor of the merge tests."""
    return Plan(
        school_year="2025-26",
        teachers=[Teacher(id="t-ana", name="Ana Lopez"), Teacher(id="t-ben", name="Ben Ode")],
        cycles=[
            Cycle(
                id="c-frac", title="Fractions", teachers=["t-ana"], goal="Students will compare fractions."
            ),
            Cycle(id="c-ratio", title="Ratios", teachers=["t-ben"], goal="Students will use ratio tables."),
        ],
    )

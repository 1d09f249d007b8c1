"""Fixtures every test folder may use: the bundled example plans, as data and as copies to change,
and the small plan of tests/plans.py, as data and as a file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import load_plan, save_plan
from tests import plans
from tests.repository import EXAMPLES


@pytest.fixture(scope="session")
def example_plan() -> Plan:
    """This year's bundled example plan (2025-26), as loaded; copy it before changing it."""
    return load_plan(EXAMPLES / "2025-26.toml").plan


@pytest.fixture(scope="session")
def example_last_year_plan() -> Plan:
    """Last year's bundled example plan (2024-25, its year in review filled in), as loaded."""
    return load_plan(EXAMPLES / "2024-25.toml").plan


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A copy of the 2025-26 example plan, safe to change, beside a copy of last year's (2024-25)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("2024-25.toml", "2025-26.toml"):
        shutil.copy(EXAMPLES / name, folder / name)
    return folder / "2025-26.toml"


@pytest.fixture
def small_plan() -> Plan:
    """The small plan of tests/plans.py (two teachers, two cycles), new for each test to edit."""
    return plans.small_plan()


@pytest.fixture
def small_plan_file(tmp_path: Path, small_plan: Plan) -> Path:
    """The small plan saved as tmp_path/2025-26.toml."""
    path = tmp_path / "2025-26.toml"
    save_plan(small_plan, path)
    return path


@pytest.fixture
def state_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The planner's state folder (its drafts, XDG_STATE_HOME) in the test's tmp folder."""
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state

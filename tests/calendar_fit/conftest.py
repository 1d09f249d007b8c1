"""Fixtures for the fit and timeline tests: `planner` run as a subprocess in the test's folder."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.cli.cli_support import Planner, run_planner


@pytest.fixture
def planner(tmp_path: Path) -> Planner:
    """`planner ARGS...` run as a subprocess in tmp_path."""
    return functools.partial(run_planner, cwd=tmp_path)


@pytest.fixture(autouse=True)
def _state_in_tmp(state_in_tmp: Path) -> None:
    """Every test here keeps the app's drafts and remembered steps in its own tmp folder."""

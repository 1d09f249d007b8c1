"""Fixtures of the calendar tests: the planner's state (drafts, last steps) kept in the test's tmp
folder, as the app's tests in this folder open plans."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _state_in_tmp(state_in_tmp: Path) -> None:
    """Every calendar test keeps the planner's state in its own tmp folder."""

"""Fixtures of the TUI tests: the planner's state kept in the test's tmp folder (the helpers that
drive the app are in tests/tui/harness.py, the pseudo-terminal in tests/tui/terminal.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _state_in_tmp(state_in_tmp: Path) -> None:
    """Every TUI test keeps its drafts in its own tmp folder."""

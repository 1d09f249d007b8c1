"""Shared set-up for the fault suite: the 2025-26 example as the planner itself writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.plan_file import load_plan, plan_to_text
from tests.tui.conftest import EXAMPLES


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the 2025-26 example in its canonical layout, the planner's state kept in tmp."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(load_plan(EXAMPLES / "2025-26.toml").plan))
    return path

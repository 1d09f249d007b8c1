"""Shared set-up for the fault suite: the planner's state in tmp, and the 2025-26 example as the
planner itself writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.plan_file import load_plan, plan_to_text
from tests.repository import EXAMPLES


@pytest.fixture(autouse=True)
def _state_in_tmp(state_in_tmp: Path) -> None:
    """Every fault test keeps its drafts in its own tmp folder."""


@pytest.fixture
def canonical_example(tmp_path: Path) -> Path:
    """A copy of the 2025-26 example in its canonical layout (as the planner saves it)."""
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(load_plan(EXAMPLES / "2025-26.toml").plan))
    return path

"""Fixtures for the export tests: the small plan with every section answered, as data and as a file
(the bundled example plans are fixtures of tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import plan_to_text
from tests.export.export_plans import small_plan


@pytest.fixture
def plan() -> Plan:
    return small_plan()


@pytest.fixture
def plan_file(tmp_path: Path, plan: Plan) -> Path:
    """The small plan written to a temporary file."""
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(plan), encoding="utf-8")
    return path

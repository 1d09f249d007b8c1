"""Fixtures for the export tests: the plan with every section answered, as data and as a file
(the bundled example plans are fixtures of tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import plan_to_text
from tests.export.export_plans import answered_plan as build_answered_plan


@pytest.fixture
def answered_plan() -> Plan:
    """The plan with every section answered (tests/export/export_plans.py)."""
    return build_answered_plan()


@pytest.fixture
def answered_plan_file(tmp_path: Path, answered_plan: Plan) -> Path:
    """That plan written to a temporary file."""
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(answered_plan), encoding="utf-8")
    return path

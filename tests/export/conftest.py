"""Fixtures for the export tests: the small plan, as data and as a file, and the example plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_plans import EXAMPLES, small_plan

from planner.model import Plan
from planner.plan_file import load_plan, plan_to_text


@pytest.fixture
def plan() -> Plan:
    return small_plan()


@pytest.fixture
def plan_file(tmp_path: Path, plan: Plan) -> Path:
    """The small plan written to a temporary file."""
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(plan), encoding="utf-8")
    return path


def example_plans() -> list[Path]:
    """The bundled example plans (the tests of this folder run on each)."""
    return sorted(EXAMPLES.glob("*.toml"))


@pytest.fixture
def example(tmp_path: Path) -> Plan:
    """This year's bundled example plan, read from a temporary copy."""
    copy = tmp_path / "2025-26.toml"
    copy.write_text((EXAMPLES / "2025-26.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return load_plan(copy).plan

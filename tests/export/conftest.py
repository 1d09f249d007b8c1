"""Fixtures for the export tests: the small plan, as data and as a file, and the example plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import load_plan, plan_to_text
from tests.export.export_plans import EXAMPLES, small_plan


@pytest.fixture
def plan() -> Plan:
    return small_plan()


@pytest.fixture
def plan_file(tmp_path: Path, plan: Plan) -> Path:
    """The small plan written to a temporary file."""
    path = tmp_path / "2025-26.toml"
    path.write_text(plan_to_text(plan), encoding="utf-8")
    return path


def _example_copy(tmp_path: Path, name: str) -> Path:
    copy = tmp_path / name
    copy.write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    return copy


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    """A temporary copy of this year's bundled example plan."""
    return _example_copy(tmp_path, "2025-26.toml")


@pytest.fixture
def last_year_file(tmp_path: Path) -> Path:
    """A temporary copy of last year's bundled example plan (its year in review filled in)."""
    return _example_copy(tmp_path, "2024-25.toml")


@pytest.fixture
def example(example_file: Path) -> Plan:
    return load_plan(example_file).plan


@pytest.fixture
def last_year(last_year_file: Path) -> Plan:
    return load_plan(last_year_file).plan

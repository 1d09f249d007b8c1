"""Shared pieces for the plan file tests: a small valid plan and its file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.model import About, Cycle, CycleKind, Plan, Teacher
from planner.plan_file import save_plan


@pytest.fixture
def plan() -> Plan:
    """A small valid plan: one teacher in one cycle."""
    return Plan(
        school_year="2025-26",
        about=About(coach="Ana Lopez", schools=["Cedar Hollow Elementary"], hours_per_week=20),
        teachers=[Teacher(id="t-ben", name="Ben Ode", grade="4")],
        cycles=[
            Cycle(
                id="c-frac",
                title="Fractions on a number line",
                kind=CycleKind.FULL,
                teachers=["t-ben"],
                start=date(2025, 9, 15),
                weeks=5,
            )
        ],
    )


@pytest.fixture
def plan_file(tmp_path: Path, plan: Plan) -> Path:
    """The small plan saved as tmp_path/2025-26.toml."""
    path = tmp_path / "2025-26.toml"
    save_plan(plan, path)
    return path

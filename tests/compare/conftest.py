"""Shared pieces for the comparison tests: small plans to edit, and the benchmark's plan factory."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from planner.model import Checkpoint, CheckpointStage, Cycle, CycleKind, CycleResult, GoalMet, Plan, Teacher

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_plan() -> Plan:
    """A plan with two teachers and two cycles, for a test to copy and edit."""
    return Plan(
        school_year="2025-26",
        teachers=[Teacher(id="t-ana", name="Ana Lopez", grade="3"), Teacher(id="t-ben", name="Ben Ode")],
        cycles=[
            Cycle(
                id="c-frac",
                title="Fractions on a number line",
                kind=CycleKind.FULL,
                teachers=["t-ana"],
                goal="Students will compare fractions on a number line and explain which is larger.",
                targets=["I can place a fraction on a number line", "I can compare two fractions"],
                start=date(2025, 9, 15),
                weeks=5,
            ),
            Cycle(
                id="c-ratio", title="Ratio tables", teachers=["t-ben"], goal="Students will use ratio tables."
            ),
        ],
    )


@pytest.fixture(scope="session")
def plan_factory() -> ModuleType:
    """benchmarks/plan_factory.py, which builds big generated plans."""
    spec = importlib.util.spec_from_file_location("plan_factory", REPO / "benchmarks" / "plan_factory.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def last_year_plan() -> Plan:
    """Last year's plan: one cycle that met its goal, one with only an end share, one not run."""
    return Plan(
        school_year="2024-25",
        teachers=[Teacher(id="t-ana", name="Ana Lopez"), Teacher(id="t-old", name="Dev Patel")],
        cycles=[
            Cycle(
                id="c-a",
                title="Place value",
                teachers=["t-ana"],
                target_percent=70,
                checkpoints=[
                    Checkpoint(id="start", stage=CheckpointStage.START, share=35),
                    Checkpoint(id="end", stage=CheckpointStage.END, share=72),
                ],
                result=CycleResult(goal_met=GoalMet.MET, teacher_took_on="number talks"),
            ),
            Cycle(
                id="c-b",
                title="Area",
                teachers=["t-old"],
                checkpoints=[
                    Checkpoint(id="start", stage=CheckpointStage.START, share=40),
                    Checkpoint(id="end", stage=CheckpointStage.END, share=38),
                ],
            ),
            Cycle(id="c-c", title="Not run"),
        ],
    )

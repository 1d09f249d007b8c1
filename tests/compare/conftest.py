"""Shared pieces for the comparison tests: last year's plan, and the benchmark's plan factory (the
small plan to edit is a fixture of tests/conftest.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from planner.model import Checkpoint, CheckpointStage, Cycle, CycleResult, GoalMet, Plan, Teacher

REPO = Path(__file__).resolve().parents[2]


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

"""The small plan the tests build on: two teachers, each in one of two cycles, for a test to copy
and edit (the export tests' plan with every section answered is tests/export/export_plans.py; the
bundled examples are fixtures of tests/conftest.py)."""

from __future__ import annotations

from datetime import date

from planner.model import Cycle, CycleKind, Plan, Teacher


def small_plan() -> Plan:
    """A valid 2025-26 plan: Ana Lopez (grade 3) in a five-week cycle on fractions with a goal and
    two targets, Ben Ode in a cycle on ratio tables with a goal only; nothing else answered."""
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

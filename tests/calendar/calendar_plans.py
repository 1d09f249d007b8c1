"""Plans for the calendar tests, built as data so they follow the plan file's format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.model import About, Accountability, Blackout, Cycle, Plan, Teacher, Window

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = ("Leila Haddad", "Kwame Osei")


def coaching_plan(coach: str = "Ana Lopez") -> Plan:
    """A 2025-26 plan with named teachers (one named in a cycle's title), two scheduled cycles, one
    unscheduled, a window, a blackout on a meeting day and reflection dates."""
    return Plan(
        school_year="2025-26",
        about=About(coach=coach),
        teachers=[
            Teacher(id="t-leila", name=NAMES[0], notes="Prefers Tuesday meetings"),
            Teacher(id="t-kwame", name=NAMES[1]),
        ],
        windows=[Window(id="w-fall", name="Fall window", start=date(2025, 9, 8), end=date(2025, 12, 19))],
        cycles=[
            Cycle(
                id="c-frac",
                title="Fractions with Leila Haddad",
                teachers=["t-leila", "t-kwame"],
                goal="Students will compare fractions, and explain why.",
                start=date(2025, 10, 6),
                weeks=6,
                planning_minutes=45,
            ),
            Cycle(id="c-area", title="Area", teachers=["t-kwame"], start=date(2025, 11, 3), weeks=4),
            Cycle(id="c-later", title="Not scheduled yet"),
        ],
        blackouts=[
            Blackout(id="b-conf", name="Conferences", start=date(2025, 10, 27), end=date(2025, 10, 29)),
        ],
        accountability=Accountability(reflection_dates=[date(2026, 1, 16), date(2025, 12, 12)]),
    )

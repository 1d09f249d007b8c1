"""Fixtures of the widget tests: the questions of the default template, and a plan to answer
them on (the app hosting one widget is in tests/tui_widgets/host.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner.model import Plan, SupportTier, Teacher
from planner.questions import FormField, Question, Template, load_template


@pytest.fixture(scope="session")
def template() -> Template:
    return load_template()


@pytest.fixture
def question(template: Template) -> Callable[[str], Question]:
    """The default template's question on a plan field (the first, for `cycles`)."""

    def find(field: str) -> Question:
        return next(q for s in template.steps for q in s.questions if q.field == field)

    return find


@pytest.fixture
def form_field(question: Callable[[str], Question]) -> Callable[[str, str], FormField]:
    """A field of a record question's form: `form_field("cycles", "start")`."""

    def find(list_field: str, field: str) -> FormField:
        return next(f for f in question(list_field).fields if f.field == field)

    return find


@pytest.fixture
def roster_plan() -> Plan:
    """A 2025-26 plan with two teachers on the roster."""
    return Plan(
        school_year="2025-26",
        teachers=[
            Teacher(id="t-ortiz", name="Ana Ortiz", grade="4", support=SupportTier.WEEKLY),
            Teacher(id="t-kim", name="Sam Kim", grade="2"),
        ],
    )

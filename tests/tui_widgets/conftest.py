"""A tiny app hosting one input or record editor at a time, and the questions of the default
template, for the widget tests (no dependency on the planner's own app)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual import on
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget

from planner.model import Plan, SupportTier, Teacher
from planner.questions import FormField, Question, Template, load_template
from planner.tui.widgets.answers import QuestionInput, RecordsEditor


class Host(App[None]):
    """Shows one widget and keeps every answer it posts, as (field, value) pairs."""

    def __init__(self, build: Callable[[], Widget]) -> None:
        super().__init__()
        self.build = build
        self.answers: list[tuple[str, Any]] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield self.build()

    @on(QuestionInput.AnswerChanged)
    @on(RecordsEditor.AnswerChanged)
    def _answered(self, event: QuestionInput.AnswerChanged | RecordsEditor.AnswerChanged) -> None:
        self.answers.append((event.field, event.value))

    @property
    def last(self) -> Any:
        """The value of the last answer posted."""
        return self.answers[-1][1]


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
def plan() -> Plan:
    """A 2025-26 plan with two teachers on the roster."""
    return Plan(
        school_year="2025-26",
        teachers=[
            Teacher(id="t-ortiz", name="Ana Ortiz", grade="4", support=SupportTier.WEEKLY),
            Teacher(id="t-kim", name="Sam Kim", grade="2"),
        ],
    )

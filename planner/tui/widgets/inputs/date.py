"""A date answer typed as 2025-09-15 or in a friendly form ("Sept 15", "9/15/2025", "15 Sept 2025").

A date without a year falls in the plan's school year (August to December in its first year,
January to July in its second); the input shows the date it read, and the ISO form once left.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Static

from planner.calendar import read_date
from planner.model import Plan
from planner.tui.widgets.inputs.base import QuestionInput, example_date

NOT_A_DATE = "Not a date: try 2025-09-15 or Sept 15"


class DateValidator(Validator):
    """A date as `read_date` reads it within the plan's school year; empty is allowed."""

    def __init__(self, plan: Plan) -> None:
        super().__init__()
        self.plan = plan

    def day(self, value: str) -> date | None:
        """The date typed, or None."""
        return read_date(value, self.plan.school_year)

    def validate(self, value: str) -> ValidationResult:
        if not value.strip() or self.day(value) is not None:
            return self.success()
        return self.failure(NOT_A_DATE)


def spelled_out(day: date) -> str:
    """A date in words, to confirm a friendly form was read right: "Monday 15 September 2025"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


class DateInput(QuestionInput):
    """One date; empty clears the answer (posted as None)."""

    DEFAULT_CSS = """
    DateInput > Input { width: 30; }
    DateInput > .date-reading { color: $text-muted; }
    """

    def compose_control(self) -> ComposeResult:
        self.validator = DateValidator(self.plan)
        yield Input(
            value=self.value.isoformat() if isinstance(self.value, date) else "",
            placeholder=self.placeholder(f"{example_date(self.plan).isoformat()} or Sep 15"),
            validators=[self.validator],
        )
        yield Static("", markup=False, classes="date-reading")

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        day = self.validator.day(event.value)
        reading = self.query_one(".date-reading", Static)
        reading.display = day is not None and event.value != day.isoformat()
        reading.update(f"= {spelled_out(day)}" if day else "")
        if not self.refuses(event.validation_result):
            self.answer(day)

    @on(Input.Submitted)
    @on(Input.Blurred)
    def _normalise(self, event: Input.Submitted | Input.Blurred) -> None:
        event.stop()
        day = self.validator.day(event.value)
        if day is not None:
            event.input.value = day.isoformat()

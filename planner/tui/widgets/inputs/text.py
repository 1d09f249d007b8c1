"""A one-line text answer (a name, a role, the school year)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.validation import ValidationResult, Validator
from textual.widgets import Input

from planner.model import Plan
from planner.plan_file import check_plan
from planner.tui.widgets.inputs.base import QuestionInput


class SchoolYearValidator(Validator):
    """A school year written as the plan file wants it ("2025-26"), or nothing yet."""

    def validate(self, value: str) -> ValidationResult:
        text = value.strip()
        if text and any(p.field == "school_year" for p in check_plan(Plan(school_year=text))):
            return self.failure('Write the school year like "2025-26"')
        return self.success()


class TextInput(QuestionInput):
    """Short text, posted as typed (the school year once it has the right shape)."""

    def compose_control(self) -> ComposeResult:
        validators = [SchoolYearValidator()] if self.field == "school_year" else []
        yield Input(
            value=self.value or "",
            placeholder=self.spec.placeholder,
            validators=validators,
            select_on_focus=False,
        )

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.refuses(event.validation_result):
            self.answer(event.value.strip() if self.field == "school_year" else event.value)

"""A one-line text answer (a name, a role), in the shape the model gives the field when it has
one (the school year, "2025-26")."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.validation import ValidationResult, Validator
from textual.widgets import Input

from planner.model import TextFormat
from planner.tui.widgets.inputs.base import QuestionInput


class FormatValidator(Validator):
    """Text in the shape of `text_format` (spaces around it aside), or nothing yet."""

    def __init__(self, text_format: TextFormat) -> None:
        super().__init__()
        self.text_format = text_format

    def validate(self, value: str) -> ValidationResult:
        text = value.strip()
        if text and not self.text_format.accepts(text):
            return self.failure(f'Write {self.text_format.noun} like "{self.text_format.example}"')
        return self.success()


class TextInput(QuestionInput):
    """Short text, posted as typed; a field with a shape of its own is posted once it has that
    shape, without the spaces around it."""

    def compose_control(self) -> ComposeResult:
        text_format = self.info.text_format
        yield Input(
            value=self.value or "",
            placeholder=self.placeholder(text_format.example if text_format else ""),
            validators=[FormatValidator(text_format)] if text_format else [],
            select_on_focus=False,
        )

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.refuses(event.validation_result):
            self.answer(event.value.strip() if self.info.text_format else event.value)

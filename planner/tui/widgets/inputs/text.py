"""A one-line text answer (a name, a role), in the shape the model gives the field when it has
one (the school year, "2025-26")."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.events import Resize
from textual.validation import ValidationResult, Validator
from textual.widgets import Input, Static

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
    shape, without the spaces around it. An answer longer than the box shows whole under it, so
    that none has to be scrolled sideways to be read."""

    DEFAULT_CSS = """
    TextInput > .text-whole { color: $text-muted; display: none; }
    TextInput.-long > .text-whole { display: block; }
    """

    def compose_control(self) -> ComposeResult:
        text_format = self.info.text_format
        yield Input(
            value=self.value or "",
            placeholder=self.placeholder(text_format.example if text_format else ""),
            validators=[FormatValidator(text_format)] if text_format else [],
            select_on_focus=False,
        )
        yield Static("", markup=False, classes="text-whole")

    def _show_whole(self) -> None:
        text = self.query_one(Input).value
        box = self.query_one(Input).content_region.width
        self.set_class(bool(box) and len(text) >= box, "-long")
        self.query_one(".text-whole", Static).update(text)

    def on_resize(self, event: Resize) -> None:
        self._show_whole()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._show_whole()
        if not self.refuses(event.validation_result):
            self.answer(event.value.strip() if self.info.text_format else event.value)

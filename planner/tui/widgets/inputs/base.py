"""What every question's input shares: its label, an error line, and posting valid answers."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, Static

from planner.model import FieldInfo, Plan
from planner.questions import FormField, Question
from planner.tui.messages import AnswerChanged


class QuestionInput(Vertical):
    """A labelled input for one field. Subclasses yield the control and call `answer`/`reject`."""

    DEFAULT_CSS = """
    QuestionInput { height: auto; margin: 0 0 1 0; }
    QuestionInput > .question-label { text-style: bold; }
    QuestionInput > .question-help { color: $text-muted; }
    QuestionInput > .question-error { color: $text-error; display: none; }
    QuestionInput.-invalid > .question-error { display: block; }
    """

    def __init__(
        self, spec: Question | FormField, value: Any, *, field: str, info: FieldInfo, plan: Plan
    ) -> None:
        super().__init__(classes="question")
        self.spec = spec
        self.field = field
        self.info = info
        self.plan = plan
        self.initial = value
        self.valid = True

    def compose(self) -> ComposeResult:
        yield Label(self.spec.label, classes="question-label")
        if isinstance(self.spec, FormField) and self.spec.help:
            yield Static(self.spec.help, classes="question-help")
        yield from self.compose_control()
        yield Static("", classes="question-error")

    def compose_control(self) -> ComposeResult:
        """The control that edits the value."""
        raise NotImplementedError

    def answer(self, value: Any) -> None:
        """Accept a valid value: clear the error and tell the screen."""
        self.valid = True
        self.remove_class("-invalid")
        self.post_message(AnswerChanged(self.field, value))

    def reject(self, reason: str) -> None:
        """Show why the typed value is not accepted; the plan keeps its last valid value."""
        self.valid = False
        self.query_one(".question-error", Static).update(f"✗ {reason}")
        self.add_class("-invalid")

"""The form that adds or edits one record (a teacher, a cycle...): its fields from the template."""

from __future__ import annotations

import copy
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from planner.model import Plan, get_value, set_value
from planner.questions import Question
from planner.tui.messages import AnswerChanged
from planner.tui.widgets.inputs import QuestionInput, input_for


class RecordForm(ModalScreen[Any]):
    """Edits a copy of `record`; dismisses with the edited copy, or None when cancelled."""

    DEFAULT_CSS = """
    RecordForm { align: center middle; }
    RecordForm > Vertical {
        width: 90; max-width: 100%; height: 100%; max-height: 40;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    RecordForm .form-title { text-style: bold; width: 1fr; }
    RecordForm VerticalScroll { height: 1fr; }
    RecordForm .form-status { color: $text-error; height: auto; }
    RecordForm Horizontal.form-buttons { height: auto; align-horizontal: right; }
    RecordForm Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Keep", id="form.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    def __init__(self, question: Question, record: Any, plan: Plan, title: str) -> None:
        super().__init__()
        self.question = question
        self.record = copy.deepcopy(record)
        self.plan = plan
        self.form_title = title

    def compose(self) -> ComposeResult:
        record_type = type(self.record)
        with Vertical():
            yield Label(self.form_title, classes="form-title")
            with VerticalScroll():
                for form_field in self.question.fields:
                    yield input_for(
                        form_field,
                        get_value(self.record, form_field.field),
                        plan=self.plan,
                        field=form_field.field,
                        record_type=record_type,
                    )
            yield Static("", classes="form-status")
            with Horizontal(classes="form-buttons"):
                yield Button("Keep (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    @on(AnswerChanged)
    def _answered(self, event: AnswerChanged) -> None:
        event.stop()
        set_value(self.record, event.field, event.value)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        wrong = [i.spec.label for i in self.query(QuestionInput) if not i.valid]
        if wrong:
            self.query_one(".form-status", Static).update(f"✗ Fix first: {', '.join(wrong)}")
            return
        self.dismiss(self.record)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

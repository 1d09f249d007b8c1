"""The form that edits one record (a teacher, a cycle...): a modal screen of the question's
fields that returns the edited copy on save, or None on cancel."""

from __future__ import annotations

import copy
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from planner.figures import grades_of
from planner.model import Plan, field_info, get_value, set_value
from planner.questions import FormField, InputKind, Question
from planner.tui.dialogs import confirm
from planner.tui.widgets.inputs import QuestionInput, input_for
from planner.tui.widgets.inputs.concept_pick import ConceptPick
from planner.tui.widgets.records.checkpoints_table import CheckpointsTable
from planner.tui.widgets.records.record_kinds import record_kind, record_name, record_problems


class RecordForm(ModalScreen[object | None]):
    """Edits a copy of `record` with an input per field of `question.fields`.

    Saving (ctrl+s) dismisses with the edited copy only when every field holds a valid value and
    the record holds together as the plan file requires; what is wrong is named under its field.
    Cancelling (escape) dismisses with None, after asking when something was changed.
    """

    DEFAULT_CSS = """
    RecordForm { align: center middle; }
    RecordForm > Vertical {
        width: 100%; max-width: 100; height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    RecordForm .form-title { text-style: bold; width: 100%; margin-bottom: 1; }
    RecordForm VerticalScroll { height: 1fr; padding-right: 1; }
    RecordForm .form-error { color: $text-error; text-style: bold; display: none; }
    RecordForm .form-error.-shown { display: block; }
    RecordForm .form-buttons { height: auto; align-horizontal: right; }
    RecordForm .form-buttons Button { margin-left: 2; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="record_form.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="record_form.cancel"),
    ]
    # The first field takes the focus in on_mount, without the scroll that auto-focus makes
    # before the form's first layout.
    AUTO_FOCUS = ""

    def __init__(self, question: Question, record: Any, plan: Plan, *, new: bool = False) -> None:
        super().__init__()
        self.question = question
        self.original = record
        self.record = copy.deepcopy(record)
        self.plan = plan
        self.new = new

    def title_text(self) -> str:
        """The title: "New teacher", or "Teacher: Ana Ortiz" when editing."""
        noun = record_kind(type(self.record)).noun
        return f"New {noun}" if self.new else f"{noun.capitalize()}: {record_name(self.original)}"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text(), markup=False, classes="form-title")
            with VerticalScroll(can_focus=False):
                for form_field in self.question.fields:
                    yield self._field_input(form_field)
            yield Static("", markup=False, classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def _field_input(self, form_field: FormField) -> QuestionInput:
        """The input of one field: a table for the cycle's checkpoints, else a single value's."""
        value = get_value(self.record, form_field.field)
        if form_field.kind == InputKind.CHECKPOINTS:
            info = field_info(form_field.field, type(self.record))
            assert info is not None  # the template's checks saw to it
            return CheckpointsTable(form_field, value, field=form_field.field, info=info, plan=self.plan)
        field_input = input_for(
            form_field, value, plan=self.plan, field=form_field.field, record=type(self.record)
        )
        if isinstance(field_input, ConceptPick):
            field_input.offer_first(self._grades())
        return field_input

    def _grades(self) -> set[str]:
        """The grades the record's teachers teach (a cycle's concepts of those grades come first)."""
        return grades_of(self.plan, getattr(self.record, "teachers", ()))

    def on_mount(self) -> None:
        first = self.query(QuestionInput).first()
        first.focus_control(scroll_visible=False)

    @on(QuestionInput.AnswerChanged)
    def _changed(self, event: QuestionInput.AnswerChanged) -> None:
        event.stop()
        set_value(self.record, event.field, event.value)
        if event.field == "teachers":
            for pick in self.query(ConceptPick):
                pick.offer_first(self._grades())

    @on(QuestionInput.AnswerRefused)
    def _refused(self, event: QuestionInput.AnswerRefused) -> None:
        # The refusal shows under its field, and saving checks every field: it goes no further.
        event.stop()

    def _show_error(self, text: str) -> None:
        error = self.query_one(".form-error", Static)
        error.update(text)
        error.set_class(bool(text), "-shown")

    def action_save(self) -> None:
        """Dismiss with the edited record, or name what stops it being saved."""
        inputs = list(self.query(QuestionInput))
        for field_input in inputs:
            if field_input.valid:
                field_input.clear_problem()
        wrong = [i for i in inputs if not i.finish()]
        for field_input in inputs:
            set_value(self.record, field_input.field, field_input.value)
        problems = {} if wrong else record_problems(self.question.field, self.record, self.plan)
        for field_input in inputs:
            if field_input.field in problems:
                field_input.show_problem(problems.pop(field_input.field))
                wrong.append(field_input)
        if not wrong and not problems:
            self.dismiss(self.record)
            return
        names = ", ".join(i.spec.label for i in wrong)
        self._show_error("Not saved: " + "; ".join(filter(None, [names, *problems.values()])))
        if wrong:
            wrong[0].focus_control()
            wrong[0].scroll_visible()

    def action_cancel(self) -> None:
        """Leave without saving, asking first when something was changed."""
        if self.record == self.original:
            self.dismiss(None)
            return
        self.app.push_screen(
            confirm(
                "Discard your changes?",
                "The changes made in this form will be lost.",
                yes="Discard",
                no="Keep editing",
            ),
            lambda answer: self.dismiss(None) if answer == "yes" else None,
        )

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

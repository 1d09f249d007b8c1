"""A cycle's work-sort checkpoints in a small table inside the cycle's form: a adds one, enter
edits the one under the cursor, d deletes it once the coach confirms; each is edited in a
CheckpointForm whose fields the template declares (stage, date, what was sorted, and the count
typed as "9 of 24" or "38%").
"""

from __future__ import annotations

import copy
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Label, Static

from planner.model import Checkpoint, CheckpointStage, Cycle, SortCount, count_text, set_value
from planner.questions import FormField, InputKind
from planner.tui.dialogs import confirm
from planner.tui.widgets.inputs import QuestionInput, input_for
from planner.tui.widgets.records.cells import cell_text
from planner.tui.widgets.records.record_kinds import new_record, record_problems

# The fields a count fills: students meeting the goal, students sorted, or the share alone.
_COUNT_FIELDS = ("met", "of", "share")


def checkpoint_cell(checkpoint: Checkpoint, path: str, spec: FormField, plan: Any) -> str:
    """A checkpoint's field in its table: the count as "9 of 24 (38%)", others as any cell."""
    counted = next((f.field for f in spec.fields if f.kind == InputKind.COUNT), None)
    if path == counted:
        return count_text(checkpoint.met, checkpoint.of, checkpoint.share)
    return cell_text(checkpoint, path, plan)


# A work sort as named in a sentence ("the end work sort of 12 May").
_STAGE_WORDS = {
    CheckpointStage.START: "start work sort",
    CheckpointStage.DURING: "work sort along the way",
    CheckpointStage.END: "end work sort",
}


def delete_question(checkpoint: Checkpoint) -> str:
    """What deleting a work sort asks: "Delete the end work sort of 12 May (18 of 24)?"."""
    words = f"the {_STAGE_WORDS[checkpoint.stage]}"
    if checkpoint.date is not None:
        words += f" of {checkpoint.date.day} {checkpoint.date:%B}"
    if checkpoint.met is not None and checkpoint.of:
        words += f" ({checkpoint.met} of {checkpoint.of})"
    elif checkpoint.share is not None:
        words += f" ({count_text(None, None, checkpoint.share)})"
    return f"Delete {words}?"


def checkpoint_problems(checkpoint: Checkpoint, plan: Any) -> dict[str, str]:
    """What the plan file's checks find wrong with one checkpoint on its own (more students
    meeting the goal than were sorted...), by its field; the cycle's form checks its dates
    against the cycle's weeks."""
    probe = Cycle(id="c-probe", checkpoints=[checkpoint])
    prefix = "checkpoints[1]."
    return {
        path.removeprefix(prefix): message
        for path, message in record_problems("cycles", probe, plan).items()
        if path.startswith(prefix)
    }


class CheckpointForm(ModalScreen[Checkpoint | None]):
    """Edits a copy of one checkpoint with an input for each of `spec.fields`; saving (ctrl+s)
    dismisses with the copy once every field is valid, escape with None."""

    DEFAULT_CSS = """
    CheckpointForm { align: center middle; }
    CheckpointForm > Vertical {
        width: 100%; max-width: 80; height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    CheckpointForm .form-title { text-style: bold; margin-bottom: 1; }
    CheckpointForm VerticalScroll { height: 1fr; }
    CheckpointForm .form-buttons { height: auto; align-horizontal: right; }
    CheckpointForm .form-buttons Button { margin-left: 2; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="checkpoint_form.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="checkpoint_form.cancel"),
    ]
    AUTO_FOCUS = ""

    def __init__(self, spec: FormField, checkpoint: Checkpoint, plan: Any, *, new: bool) -> None:
        super().__init__()
        self.spec = spec
        self.checkpoint = copy.deepcopy(checkpoint)
        self.plan = plan
        self.new = new

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("New work sort" if self.new else "Work sort", classes="form-title")
            with VerticalScroll(can_focus=False):
                for form_field in self.spec.fields:
                    yield input_for(
                        form_field,
                        self._value(form_field),
                        plan=self.plan,
                        field=form_field.field,
                        record=Checkpoint,
                    )
            with Horizontal(classes="form-buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def _value(self, form_field: FormField) -> Any:
        if form_field.kind == InputKind.COUNT:
            return SortCount(met=self.checkpoint.met, of=self.checkpoint.of, share=self.checkpoint.share)
        return getattr(self.checkpoint, form_field.field)

    def on_mount(self) -> None:
        self.query(QuestionInput).first().focus_control(scroll_visible=False)

    @on(QuestionInput.AnswerChanged)
    def _changed(self, event: QuestionInput.AnswerChanged) -> None:
        event.stop()
        self._take(event.field, event.value)

    @on(QuestionInput.AnswerRefused)
    def _refused(self, event: QuestionInput.AnswerRefused) -> None:
        event.stop()

    def _take(self, path: str, value: Any) -> None:
        if isinstance(value, SortCount):
            for name in _COUNT_FIELDS:
                setattr(self.checkpoint, name, getattr(value, name))
        else:
            set_value(self.checkpoint, path, value)

    def action_save(self) -> None:
        """Dismiss with the edited checkpoint, or show what stops it being saved."""
        inputs = list(self.query(QuestionInput))
        wrong = [i for i in inputs if not i.finish()]
        if wrong:
            wrong[0].focus_control()
            return
        for field_input in inputs:
            self._take(field_input.field, field_input.value)
        problems = checkpoint_problems(self.checkpoint, self.plan)
        for field_input in inputs:
            counted = field_input.spec.kind == InputKind.COUNT
            paths = _COUNT_FIELDS if counted else (field_input.field,)
            found = [problems[p] for p in paths if p in problems]
            if found:
                field_input.show_problem(found[0])
                wrong.append(field_input)
        if wrong:
            wrong[0].focus_control()
            return
        self.dismiss(self.checkpoint)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()


class CheckpointsTable(QuestionInput):
    """The cycle's checkpoints, one row each in `spec.columns`; the answer is the whole list."""

    DEFAULT_CSS = """
    CheckpointsTable > DataTable { height: auto; max-height: 8; }
    CheckpointsTable > .checkpoints-empty { color: $text-muted; }
    """
    BINDINGS = [
        Binding("a", "add", "Add a work sort", id="checkpoints.add"),
        Binding("e", "edit", "Edit", id="checkpoints.edit"),
        Binding("d,delete", "delete", "Delete", id="checkpoints.delete"),
    ]

    def compose_control(self) -> ComposeResult:
        self.table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True)
        yield self.table
        yield Static("None yet: press a to add a work sort.", markup=False, classes="checkpoints-empty")

    def keys_hint(self) -> str:
        return "a add · enter edit · d delete"

    def on_mount(self) -> None:
        self._show()

    @property
    def checkpoints(self) -> list[Checkpoint]:
        return list(self.value or ())

    def _show(self, row: int | None = None) -> None:
        labels = {f.field: f.label for f in self.spec.fields}
        self.table.clear(columns=True)
        for path in self.spec.columns:
            self.table.add_column(labels.get(path, path.capitalize()))
        for checkpoint in self.checkpoints:
            self.table.add_row(
                *[Text(checkpoint_cell(checkpoint, p, self.spec, self.plan)) for p in self.spec.columns]
            )
        self.query_one(".checkpoints-empty").display = not self.checkpoints
        if row is not None and self.checkpoints:
            self.table.move_cursor(row=min(row, len(self.checkpoints) - 1))

    def _set(self, checkpoints: list[Checkpoint], row: int | None) -> None:
        self.answer(checkpoints)
        self._show(row)
        self.table.focus()

    def action_add(self) -> None:
        """Open a form for a new work sort; it joins the table when saved."""
        checkpoint = new_record(Checkpoint, self.checkpoints)

        def added(result: Checkpoint | None) -> None:
            if result is not None:
                self._set([*self.checkpoints, result], len(self.checkpoints))

        self.app.push_screen(CheckpointForm(self.spec, checkpoint, self.plan, new=True), added)

    def action_edit(self) -> None:
        """Open the form of the work sort under the cursor."""
        if not self.checkpoints:
            return
        row = self.table.cursor_row

        def edited(result: Checkpoint | None) -> None:
            if result is not None:
                checkpoints = self.checkpoints
                checkpoints[row] = result
                self._set(checkpoints, row)

        self.app.push_screen(CheckpointForm(self.spec, self.checkpoints[row], self.plan, new=False), edited)

    def action_delete(self) -> None:
        """Delete the work sort under the cursor, once the coach confirms it by its name."""
        if not self.checkpoints:
            return
        row = self.table.cursor_row
        doomed = self.checkpoints[row]

        def confirmed(answer: str | None) -> None:
            if answer == "yes":
                self._set([c for n, c in enumerate(self.checkpoints) if n != row], row)

        body = "Its count leaves the cycle when you save the cycle's form."
        self.app.push_screen(confirm(delete_question(doomed), body, yes="Delete", no="Keep"), confirmed)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

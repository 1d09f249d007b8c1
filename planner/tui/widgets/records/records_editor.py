"""A table of records (the roster, the cycles, learning items...) with add, edit, delete and sort."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Label, Static

from planner.model import Choice, Plan, field_info, get_value, new_record_id
from planner.questions import Question
from planner.tui.dialogs import ChoiceDialog
from planner.tui.messages import AnswerChanged
from planner.tui.widgets.records.record_form import RecordForm

# The id prefix of new records, by record list.
_ID_PREFIXES = {
    "teachers": "t",
    "cycles": "c",
    "windows": "w",
    "blackouts": "b",
    "learning_for_all": "l",
    "learning_for_some": "l",
}


def _record_name(record: Any) -> str:
    for name in ("name", "title", "topic", "group"):
        value = getattr(record, name, "")
        if value:
            return str(value)
    return record.id


class RecordsEditor(Vertical):
    """Edits one record list of the plan; posts AnswerChanged with the whole new list."""

    DEFAULT_CSS = """
    RecordsEditor { height: auto; margin: 0 0 1 0; }
    RecordsEditor > .question-label { text-style: bold; }
    RecordsEditor > DataTable { height: auto; max-height: 14; }
    RecordsEditor > .records-empty { color: $text-muted; }
    RecordsEditor > Horizontal { height: auto; }
    RecordsEditor Button { margin-right: 1; min-width: 8; }
    """
    BINDINGS = [
        Binding("a", "add", "Add", id="records.add"),
        Binding("e", "edit", "Edit", id="records.edit"),
        Binding("d,delete", "delete", "Delete", id="records.delete"),
        Binding("s", "sort", "Sort by column", id="records.sort"),
    ]

    def __init__(self, question: Question, records: list[Any], *, plan: Plan) -> None:
        super().__init__(classes="question")
        self.question = question
        self.field = question.field
        self.records = list(records)
        self.plan = plan
        info = field_info(question.field)
        self.record_type = info.record if info else None
        self.valid = True
        self._sorted_by: tuple[str, bool] | None = None

    def compose(self) -> ComposeResult:
        yield Label(self.question.label, classes="question-label")
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("None yet.", classes="records-empty")
        with Horizontal():
            if self.question.can_add:
                yield Button("Add (a)", id="add")
            yield Button("Edit (e)", id="edit")
            if self.question.can_add:
                yield Button("Delete (d)", id="delete")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in self.question.columns:
            label = next((f.label for f in self.question.fields if f.field == column), None)
            table.add_column(label or column.split(".")[-1].replace("_", " ").capitalize(), key=column)
        self.show_records()

    def show_records(self, cursor: int | None = None) -> None:
        """Fill the table from the records (after a change, or when the roster changed)."""
        table = self.query_one(DataTable)
        table.clear()
        for record in self.records:
            table.add_row(*(self._cell(record, c) for c in self.question.columns), key=record.id)
        self.query_one(".records-empty").display = not self.records
        table.display = bool(self.records)
        if cursor is not None and self.records:
            table.move_cursor(row=min(cursor, len(self.records) - 1))

    def _cell(self, record: Any, column: str) -> str:
        value = get_value(record, column)
        if isinstance(value, Choice):
            return value.label
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, list):
            if column == "teachers":
                return ", ".join((t.name if (t := self.plan.teacher(i)) else i).split(" ")[-1] for i in value)
            return ", ".join(v.label if isinstance(v, Choice) else str(v) for v in value)
        if value is None:
            return ""
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return text if len(text) <= 40 else text[:39] + "…"

    def _current(self) -> int | None:
        table = self.query_one(DataTable)
        return table.cursor_row if self.records and table.cursor_row >= 0 else None

    def _changed(self, cursor: int | None = None) -> None:
        self.show_records(cursor)
        self.post_message(AnswerChanged(self.field, list(self.records)))

    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        if not self.question.can_add or self.record_type is None:
            return
        taken = {r.id for r in self.records}
        record = self.record_type(id=new_record_id(_ID_PREFIXES.get(self.field, "r"), taken))
        noun = self.question.label.rstrip("s").lower()

        def added(result: Any) -> None:
            if result is not None:
                self.records.append(result)
                self._changed(len(self.records) - 1)

        self.app.push_screen(RecordForm(self.question, record, self.plan, f"New: {noun}"), added)

    @on(DataTable.RowSelected)
    @on(Button.Pressed, "#edit")
    def action_edit(self) -> None:
        row = self._current()
        if row is None:
            return

        def edited(result: Any) -> None:
            if result is not None:
                self.records[row] = result
                self._changed(row)

        title = f"{self.question.label}: {_record_name(self.records[row])}"
        self.app.push_screen(RecordForm(self.question, self.records[row], self.plan, title), edited)

    @on(Button.Pressed, "#delete")
    def action_delete(self) -> None:
        row = self._current()
        if row is None or not self.question.can_add:
            return
        name = _record_name(self.records[row])

        def answered(answer: str | None) -> None:
            if answer == "delete":
                del self.records[row]
                self._changed(row)

        self.app.push_screen(
            ChoiceDialog(
                f"Delete {name}?", "This removes it from the plan.", [("delete", "Delete"), ("keep", "Keep")]
            ),
            answered,
        )

    def action_sort(self) -> None:
        """Sort by the next column in turn (a header click sorts by that column)."""
        columns = self.question.columns
        if not columns:
            return
        current = columns.index(self._sorted_by[0]) if self._sorted_by else -1
        self._sort(columns[(current + 1) % len(columns)])

    @on(DataTable.HeaderSelected)
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self._sort(str(event.column_key.value))

    def _sort(self, column: str) -> None:
        if not self.records:
            return
        descending = self._sorted_by == (column, False)
        self._sorted_by = (column, descending)

        def key(record: Any) -> tuple[bool, Any]:
            value = get_value(record, column)
            if value in (None, "", []):
                return (True, "")
            return (False, self._cell(record, column).lower() if isinstance(value, list | str) else value)

        self.records.sort(key=key, reverse=descending)
        self._changed(0)
        label = self.query_one(DataTable).columns[column].label  # type: ignore[index]
        self.notify(f"Sorted by {label}{', descending' if descending else ''}")

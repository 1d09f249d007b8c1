"""A table of records (the teacher roster, coaching cycles, learning items, windows, dates to
avoid) with keys to add, edit, delete and sort them; each record is edited in a RecordForm."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.message import Message
from textual.widgets import Button, DataTable, Label, Static

from planner.model import Plan, field_info
from planner.questions import Question
from planner.tui.dialogs import confirm
from planner.tui.widgets.inputs.base import reflowed
from planner.tui.widgets.records.cells import (
    LEAST_WIDTH,
    ColumnRoom,
    cell_forms,
    cell_text,
    clipped,
    is_blank,
    lay_out,
    sort_key,
)
from planner.tui.widgets.records.columns import column_rules
from planner.tui.widgets.records.record_form import RecordForm
from planner.tui.widgets.records.record_kinds import new_record, record_kind, record_name

# Cells a table spends on each column beyond its text (padding), and on its scroll bar.
_COLUMN_PADDING = 2
_SCROLLBAR = 2
# The cells of a record's name or title kept whole before other columns give way.
_TELLING_WIDTH = 20


class RecordsEditor(Vertical):
    """The records of `question.field` in a table of `question.columns`.

    Keys: a add (when the question allows adding), enter or e edit, d or delete delete (after a
    confirmation), s sort by the column under the cursor (again: the other way). Each change
    posts RecordsEditor.AnswerChanged with the new list; sorting only changes what is shown.
    """

    class AnswerChanged(Message):
        """A record was added, edited or deleted: the answer is the whole new list.

        The editor never writes the plan itself: the screen that owns the plan sets the list
        and marks the plan unsaved.
        """

        def __init__(self, editor: RecordsEditor, field: str, value: list[Any]) -> None:
            super().__init__()
            self.editor = editor
            """The editor that posted the list."""
            self.field = field
            """The record list's path in the plan (`cycles`)."""
            self.value = value
            """The new list of records, in the plan's order."""

        @property
        def control(self) -> RecordsEditor:
            """The editor that posted the list (what `@on(..., "#id")` matches)."""
            return self.editor

    DEFAULT_CSS = """
    RecordsEditor { height: auto; margin: 0 0 1 0; }
    RecordsEditor > .records-label { text-style: bold; }
    RecordsEditor > .records-help { color: $text-muted; }
    RecordsEditor > DataTable { height: auto; max-height: 14; }
    RecordsEditor > .records-empty { color: $text-muted; }
    RecordsEditor > .records-detail { color: $text-muted; display: none; }
    RecordsEditor.-cut > .records-detail { display: block; }
    RecordsEditor > .records-buttons { height: auto; }
    RecordsEditor > .records-buttons > Button { width: auto; min-width: 0; margin-right: 1; }
    """
    BINDINGS = [
        Binding("a", "add", "Add", id="records.add"),
        Binding("e", "edit", "Edit", id="records.edit"),
        Binding("d,delete", "delete", "Delete", id="records.delete"),
        Binding("s", "sort", "Sort", id="records.sort"),
    ]

    def __init__(self, question: Question, records: list[Any], plan: Plan) -> None:
        super().__init__(classes="question")
        self.question = question
        self.field = question.field
        self.valid = True
        self.records = list(records)
        self.plan = plan
        info = field_info(question.field)
        if info is None or info.record is None:
            raise ValueError(f"{question.field!r} is not a list of records")
        self.record_type: type = info.record
        self.noun = record_kind(self.record_type).noun
        self.sorted_by: str | None = None
        self.descending = False
        # The width the columns were fitted to: the table is filled at mount (fitted to the
        # screen, before the layout gives it a width) and again whenever its width changes.
        self._fitted_width = 0
        # The positions in `question.columns` of the columns the table shows at its width.
        self._shown_columns: list[int] = list(range(len(question.columns)))
        self._whole: list[list[str]] = []
        self._teacher_columns = {c for c in question.columns if self._is_teacher_ids(c)}

    @property
    def can_add(self) -> bool:
        """Whether records may be added and deleted here (a results table only edits)."""
        return self.question.can_add

    def compose(self) -> ComposeResult:
        yield Label(self.question.label, markup=False, classes="records-label")
        if self.question.help:
            yield Static(reflowed(self.question.help), markup=False, classes="records-help")
        self.table: DataTable[Text] = DataTable(cursor_type="cell", zebra_stripes=True)
        yield self.table
        yield Static("", markup=False, classes="records-detail")
        if self.can_add:
            empty = f"None yet: press a to add a {self.noun}."
        else:
            empty = "None yet: they are added in an earlier step."
        yield Static(empty, markup=False, classes="records-empty")
        with Horizontal(classes="records-buttons"):
            if self.can_add:
                yield self._button("Add (a)", "records-add")
            yield self._button("Edit (enter)", "records-edit")
            if self.can_add:
                yield self._button("Delete (d)", "records-delete")
            yield self._button("Sort (s)", "records-sort")

    def on_mount(self) -> None:
        self.show_records()

    @staticmethod
    def _button(label: str, button_id: str) -> Button:
        """A one-line button for mouse users; the table's keys do the same, so it takes no focus."""
        button = Button(label, id=button_id, compact=True)
        button.can_focus = False
        return button

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("add", "delete") and not self.can_add:
            return False
        if action in ("edit", "delete", "sort"):
            return bool(self.records)
        return True

    # What is shown

    def _column_label(self, path: str) -> str:
        label = column_rules(self.record_type, path).header
        label = label or next((f.label for f in self.question.fields if f.field == path), None)
        label = label or path.rsplit(".", 1)[-1].replace("_", " ").capitalize()
        if path == self.sorted_by:
            label += " ▼" if self.descending else " ▲"
        return label

    def _is_teacher_ids(self, path: str) -> bool:
        info = field_info(path, self.record_type)
        return info is not None and info.roster_ids

    def _is_short(self, path: str) -> bool:
        """Whether a column holds numbers, dates or choices, which are never cut short."""
        info = field_info(path, self.record_type)
        return info is not None and (info.kind in ("integer", "decimal", "date") or info.choice is not None)

    def _order(self) -> list[int]:
        """The positions of the records in the order shown: as in the plan, or sorted with the
        records that have no answer in the sorted column last."""
        positions = list(range(len(self.records)))
        path = self.sorted_by
        if path is None:
            return positions
        blank = [i for i in positions if is_blank(self.records[i], path)]
        filled = [i for i in positions if i not in blank]
        teacher_ids = path in self._teacher_columns
        filled.sort(
            key=lambda i: sort_key(
                self.records[i],
                path,
                cell_text(self.records[i], path, self.plan, teacher_ids=teacher_ids),
            ),
            reverse=self.descending,
        )
        return filled + blank

    def show_records(self, focus_record: int | None = None) -> None:
        """Fill the table again (after a change, or when the roster's names changed); the cursor
        stays on its record, or goes to `focus_record` (a position in the records)."""
        if not self.query(".records-empty"):
            return  # not composed yet: on_mount fills the table
        table = self.table
        column = table.cursor_coordinate.column
        if focus_record is None and self.records and table.row_count:
            focus_record = int(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        columns = self.question.columns
        self._fitted_width = self.size.width or self.app.size.width
        order = self._order()
        rules = [column_rules(self.record_type, path) for path in columns]
        forms = [
            [
                cell_forms(self.records[i], path, self.plan, rule, teacher_ids=path in self._teacher_columns)
                for path, rule in zip(columns, rules, strict=True)
            ]
            for i in order
        ]
        labels = [self._column_label(path) for path in columns]
        layout = lay_out(
            [
                ColumnRoom(
                    header=len(label),
                    whole=max([len(label), *(len(row[n][0]) for row in forms)]),
                    short=max([len(label), *(len(row[n][1]) for row in forms)]),
                    cuttable=not self._is_short(path) and rules[n].cut,
                    gives_way=rules[n].gives_way,
                    # The first column names the record: it keeps the most of its text.
                    keeps=_TELLING_WIDTH if n == 0 else LEAST_WIDTH,
                    weight=3.0 if n == 0 else 1.0,
                )
                for n, (label, path) in enumerate(zip(labels, columns, strict=True))
            ],
            available=self._fitted_width - _SCROLLBAR,
            padding=_COLUMN_PADDING,
        )
        self._shown_columns = layout.shown
        form = 1 if layout.short else 0
        # Whole texts by row (in the order shown), for the line under a table that cuts or drops.
        self._whole = [[cell[0] for cell in row] for row in forms]
        self.set_class(
            layout.short
            or len(layout.shown) < len(columns)
            or any(
                len(row[n][0]) > width
                for row in forms
                for n, width in zip(layout.shown, layout.widths, strict=True)
            ),
            "-cut",
        )
        table.clear(columns=True)
        for n, width in zip(layout.shown, layout.widths, strict=True):
            table.add_column(Text(clipped(labels[n], width)), width=width)
        for position, row in zip(order, forms, strict=True):
            table.add_row(
                *[
                    Text(clipped(row[n][form], width))
                    for n, width in zip(layout.shown, layout.widths, strict=True)
                ],
                key=str(position),
            )
        self._show_what_has_records()
        if focus_record is not None and focus_record < len(self.records):
            table.move_cursor(row=order.index(focus_record), column=column)
        self._show_detail()

    def _show_detail(self) -> None:
        """Every field of the record under the cursor in full, under a table that cuts or drops
        some of them."""
        row = self.table.cursor_coordinate.row
        detail = ""
        if self.records and row < len(self._whole):
            labels = [
                column_rules(self.record_type, path).header or self._column_label(path)
                for path in self.question.columns
            ]
            detail = " · ".join(
                f"{label}: {text}" for label, text in zip(labels, self._whole[row], strict=True) if text
            )
        self.query_one(".records-detail", Static).update(detail)

    @on(DataTable.CellHighlighted)
    def _highlighted(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
        self._show_detail()

    def _show_what_has_records(self) -> None:
        """The note for an empty table, or the buttons that act on a record."""
        self.query_one(".records-empty").display = not self.records
        for button_id in ("#records-edit", "#records-delete", "#records-sort"):
            for button in self.query(button_id):
                button.display = bool(self.records)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._fitted_width:
            self.show_records()

    def focus_control(self) -> None:
        """Put the keyboard focus on the table (its keys work even while it is empty)."""
        self.table.focus()

    # What the keys do

    def _cursor_record(self) -> int | None:
        if not self.records:
            return None
        cell_key = self.table.coordinate_to_cell_key(self.table.cursor_coordinate)
        return int(cell_key.row_key.value)

    def _changed(self, records: list[Any], focus_record: int | None) -> None:
        self.records = records
        self.post_message(self.AnswerChanged(self, self.question.field, list(records)))
        self.show_records(focus_record)
        self.table.focus()

    def action_add(self) -> None:
        """Open a form for a new record; it joins the list when saved."""
        if not self.can_add:
            return
        record = new_record(self.record_type, self.records)

        def added(result: object | None) -> None:
            if result is not None:
                self._changed([*self.records, result], len(self.records))

        self.app.push_screen(RecordForm(self.question, record, self.plan, new=True), added)

    def action_edit(self) -> None:
        """Open the form of the record under the cursor."""
        position = self._cursor_record()
        if position is None:
            return

        def edited(result: object | None) -> None:
            if result is not None and result != self.records[position]:
                records = list(self.records)
                records[position] = result
                self._changed(records, position)

        self.app.push_screen(RecordForm(self.question, self.records[position], self.plan), edited)

    def action_delete(self) -> None:
        """Delete the record under the cursor, once the coach confirms."""
        position = self._cursor_record()
        if position is None or not self.can_add:
            return
        name = record_name(self.records[position])

        def confirmed(answer: str | None) -> None:
            if answer == "yes":
                records = [r for n, r in enumerate(self.records) if n != position]
                self._changed(records, min(position, len(records) - 1) if records else None)

        self.app.push_screen(
            confirm(
                f"Delete this {self.noun}?",
                f"“{name}” will be removed from the plan.",
                yes="Delete",
                no="Keep",
            ),
            confirmed,
        )

    def action_sort(self) -> None:
        """Sort by the column under the cursor; again on the same column, the other way round."""
        if not self.records:
            return
        path = self.question.columns[self._shown_columns[self.table.cursor_coordinate.column]]
        self.descending = path == self.sorted_by and not self.descending
        self.sorted_by = path
        self.show_records()

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_edit()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.table.move_cursor(column=event.column_index)
        self.action_sort()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        action = (event.button.id or "").removeprefix("records-")
        getattr(self, f"action_{action}")()

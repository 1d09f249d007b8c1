"""A list answer edited as lines: one item a line; add, edit, remove, and move lines up or down."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static, TextArea

from planner.calendar import read_date
from planner.tui.widgets.inputs.base import QuestionInput


class LinesArea(TextArea):
    """A text area whose lines are list items, with keys to move the current line."""

    BINDINGS = [
        Binding("alt+up", "move_line(-1)", "Move up", id="list.move_up"),
        Binding("alt+down", "move_line(1)", "Move down", id="list.move_down"),
    ]

    def action_move_line(self, offset: int) -> None:
        """Swap the cursor's line with the one above (-1) or below (1)."""
        lines = self.text.split("\n")
        row, column = self.cursor_location
        target = row + offset
        if not 0 <= target < len(lines):
            return
        lines[row], lines[target] = lines[target], lines[row]
        self.text = "\n".join(lines)
        self.cursor_location = (target, column)


class ListInput(QuestionInput):
    """A list of short texts (or of dates, for a date list): one item a line; blank lines are dropped."""

    DEFAULT_CSS = """
    ListInput > LinesArea { height: auto; min-height: 3; max-height: 10; }
    ListInput > .list-keys { color: $text-muted; }
    """

    def compose_control(self) -> ComposeResult:
        items = [i.isoformat() if isinstance(i, date) else str(i) for i in self.initial or ()]
        area = LinesArea(
            "\n".join(items), soft_wrap=True, show_line_numbers=True, tab_behavior="focus", compact=True
        )
        area.placeholder = self.spec.placeholder or "One item a line"
        yield area
        yield Static("One item a line · alt+↑/↓ moves a line", classes="list-keys")

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        event.stop()
        lines = [line.strip() for line in event.text_area.text.split("\n") if line.strip()]
        if self.info.kind != "date_list":
            self.answer(lines)
            return
        days = [read_date(line, self.plan.school_year) for line in lines]
        wrong = [n for n, day in enumerate(days, 1) if day is None]
        if wrong:
            self.reject(f"Item {wrong[0]} is not a date: try 2025-09-15 or Sept 15")
            return
        self.answer(days)

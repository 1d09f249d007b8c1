"""A tiny app hosting one input or record editor at a time, for the widget tests (no dependency on
the planner's own app); its text cursors never blink, so a screen looks the same whenever captured."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events, on
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, TextArea

from planner.tui.widgets.answers import QuestionInput, RecordsEditor


class Host(App[None]):
    """Shows one widget and keeps every answer it posts, as (field, value) pairs."""

    def __init__(self, build: Callable[[], Widget]) -> None:
        super().__init__()
        self.build = build
        self.answers: list[tuple[str, Any]] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield self.build()

    @on(QuestionInput.AnswerChanged)
    @on(RecordsEditor.AnswerChanged)
    def _answered(self, event: QuestionInput.AnswerChanged | RecordsEditor.AnswerChanged) -> None:
        self.answers.append((event.field, event.value))

    @on(events.DescendantFocus)
    def _still_cursor(self, event: events.DescendantFocus) -> None:
        """Blinking off as an input takes focus (only a focused cursor blinks)."""
        if isinstance(event.widget, (Input, TextArea)):
            event.widget.cursor_blink = False

    @property
    def last(self) -> Any:
        """The value of the last answer posted."""
        return self.answers[-1][1]

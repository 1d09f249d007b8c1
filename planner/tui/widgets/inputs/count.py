"""A work sort's result typed as a count or a share ("9 of 24", "9/24", "38%"), and shown back as
"9 of 24 (38%)" once left; the answer is a SortCount (met, of, or the share alone)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input

from planner.model import COUNT_EXAMPLE, SortCount, count_text, parse_count
from planner.tui.widgets.inputs.base import QuestionInput


class CountInput(QuestionInput):
    """Students meeting the goal out of those sorted; empty clears the result (an empty count)."""

    DEFAULT_CSS = """
    CountInput > Input { width: 30; }
    """

    def compose_control(self) -> ComposeResult:
        count = self.value or SortCount()
        yield Input(
            value=count_text(count.met, count.of, count.share),
            placeholder=self.spec.placeholder or COUNT_EXAMPLE,
            select_on_focus=False,
        )

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if not event.value.strip():
            self.answer(SortCount())
            return
        try:
            self.answer(parse_count(event.value))
        except ValueError as refused:
            self.reject(str(refused)[:1].upper() + str(refused)[1:])

    @on(Input.Submitted)
    @on(Input.Blurred)
    def _shown_back(self, event: Input.Submitted | Input.Blurred) -> None:
        event.stop()
        if self.valid and self.value is not None:
            event.input.value = count_text(self.value.met, self.value.of, self.value.share)

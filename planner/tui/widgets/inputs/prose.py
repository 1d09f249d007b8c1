"""A multi-line answer (vision, goals, reflections), edited in a soft-wrapping text area."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import TextArea

from planner.tui.widgets.inputs.base import QuestionInput


class ProseInput(QuestionInput):
    DEFAULT_CSS = """
    ProseInput > TextArea { height: auto; min-height: 4; max-height: 12; }
    """

    def compose_control(self) -> ComposeResult:
        area = TextArea(
            self.initial or "", soft_wrap=True, show_line_numbers=False, tab_behavior="focus", compact=True
        )
        area.placeholder = self.spec.placeholder
        yield area

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.answer(event.text_area.text)

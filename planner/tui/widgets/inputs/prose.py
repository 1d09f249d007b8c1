"""A multi-line answer (vision, goals, reflections), edited in a soft-wrapping text area."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import TextArea

from planner.tui.widgets.inputs.base import QuestionInput


class ProseInput(QuestionInput):
    """Paragraphs of text; every change is posted (the screen spaces out its drafts)."""

    DEFAULT_CSS = """
    ProseInput > TextArea { height: auto; min-height: 5; max-height: 12; }
    """

    def compose_control(self) -> ComposeResult:
        yield TextArea(
            self.value or "",
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            placeholder=self.placeholder(),
        )

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.answer(event.text_area.text)

"""The help for the current step: what a strong answer holds, with an example."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from planner.questions import Step


class HelpPanel(VerticalScroll):
    """Beside the questions on a wide terminal; on a narrow one, shown over them with F1."""

    DEFAULT_CSS = """
    HelpPanel { width: 44; padding: 0 1; border-left: solid $primary-muted; }
    HelpPanel > .help-title { text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        yield Static("Help", classes="help-title")
        yield Static("", id="help-text", markup=False)

    def show_step(self, step: Step) -> None:
        """Show this step's help, its paragraphs wrapped to the panel's width."""
        # Imported here: the inputs package loads after the first paint, with the first step.
        from planner.tui.widgets.inputs.base import reflowed

        text = reflowed(step.help) or "No help for this step."
        self.query_one("#help-text", Static).update(text)
        self.scroll_home(animate=False)

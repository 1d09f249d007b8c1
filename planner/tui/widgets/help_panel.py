"""The help for the current step: what a strong answer holds, with an example."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from planner.questions import Step


class HelpPanel(VerticalScroll):
    """Beside the questions on a wide terminal; on a narrow one, shown over them with F1 (the
    screen's CSS shows or hides it). Its text is built the first time it shows: a narrow terminal
    may never need it."""

    DEFAULT_CSS = """
    HelpPanel { width: 44; padding: 0 1; border-left: solid $primary-muted; }
    HelpPanel > .help-title { text-style: bold; }
    """

    def __init__(self) -> None:
        super().__init__(id="help")
        # The step whose help is asked for, and the one whose help the panel holds.
        self._step: Step | None = None
        self._shown: Step | None = None

    def show_step(self, step: Step) -> None:
        """Show this step's help, its paragraphs wrapped to the panel's width (when the panel is
        hidden, as on a narrow terminal until F1, once it shows)."""
        self._step = step
        if self.is_mounted and self.display:
            self._show_help()

    def on_show(self) -> None:
        self._show_help()

    def _show_help(self) -> None:
        if self._step is None or self._step is self._shown:
            return
        # Imported here: the inputs package loads after the first paint, with the first step.
        from planner.tui.widgets.inputs.base import reflowed

        text = reflowed(self._step.help) or "No help for this step."
        if self._shown is None:
            self.mount(Static("Help", classes="help-title"), Static(text, id="help-text", markup=False))
        else:
            self.query_one("#help-text", Static).update(text)
        self._shown = self._step
        self.scroll_home(animate=False)

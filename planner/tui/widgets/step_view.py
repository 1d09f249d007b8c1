"""One step of the question flow: its title, prompt and an input for each of its questions."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Label, Static

from planner.model import Plan, get_value
from planner.questions import Step
from planner.tui.widgets.answers import RecordsEditor, answer_for


def focus_answer(view: Widget, field: str | None = None) -> None:
    """Put the keyboard in the answer to `field` in a step's view (the record table for a path
    inside a record list, such as `cycles[2].start`), else in its first answer, shown from the top."""
    if field:
        answer = next(
            (q for q in view.query(".question") if re.match(rf"{re.escape(q.field)}(\[|\.|$)", field)), None
        )
        if answer is not None:
            answer.focus_control()
            return
    first = next((w for w in view.query("*") if w.focusable), None)
    if first is not None:
        # At once, not deferred like Widget.focus: the step and its focus show in one frame,
        # and a key typed right after the move lands in the new step.
        view.screen.set_focus(first, scroll_visible=False)
    view.scroll_home(animate=False)


class StepView(VerticalScroll):
    """The questions of one step, built from the template and the plan's current answers."""

    DEFAULT_CSS = """
    StepView { padding: 0 1; }
    StepView > .step-title { text-style: bold; color: $accent; }
    StepView > .step-prompt { margin-bottom: 1; }
    """

    def __init__(self, step: Step, plan: Plan, number: int) -> None:
        super().__init__(id=f"step-{step.id}", classes="step-view", can_focus=False)
        self.step = step
        self.plan = plan
        self.number = number
        # Set by the screen when the keyboard should go to an answer once it is built: the
        # answer's field, or "" for the first answer.
        self.focus_when_mounted: str | None = None

    def compose(self) -> ComposeResult:
        yield Label(f"{self.number}. {self.step.title}", classes="step-title")
        yield Static(self.step.prompt, classes="step-prompt")
        for question in self.step.questions:
            yield answer_for(question, get_value(self.plan, question.field), plan=self.plan)

    def on_mount(self) -> None:
        if self.focus_when_mounted is not None:
            focus_answer(self, self.focus_when_mounted)

    def refresh_records(self) -> None:
        """Show record tables again (teachers' names in cycles follow the roster)."""
        for editor in self.query(RecordsEditor):
            editor.show_records()

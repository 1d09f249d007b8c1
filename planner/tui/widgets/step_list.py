"""The list of steps down the left side, each with a mark for how far it is answered."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from planner.model import Plan
from planner.questions import StepState, Template, step_state

# Marks carry the state without colour, for 16-colour and NO_COLOR terminals.
_MARKS = {StepState.EMPTY: "○", StepState.PARTLY: "◐", StepState.ANSWERED: "●", None: "◇"}


class StepList(OptionList):
    """One option a step; selecting one asks the screen to show it (OptionList.OptionSelected)."""

    # The same frame focused or not (a line on the right only), so titles never re-wrap.
    DEFAULT_CSS = """
    StepList { width: 28; height: 1fr; border: none; border-right: solid $primary-muted; }
    StepList:focus { border: none; border-right: thick $primary; }
    """

    def __init__(self, template: Template, plan: Plan) -> None:
        super().__init__(*self._step_options(template, plan), id="step-list")
        self.template = template

    @staticmethod
    def _step_options(template: Template, plan: Plan) -> list[Option]:
        return [
            Option(f"{_MARKS[step_state(step, plan)]} {number}. {step.title}", id=step.id)
            for number, step in enumerate(template.steps, 1)
        ]

    def show_progress(self, plan: Plan) -> None:
        """Refresh the steps' marks from the plan.

        Called on every keystroke in an answer: only a step whose mark changed is replaced, as
        each replacement lays the list out and paints it again.
        """
        for option in self._step_options(self.template, plan):
            if self.get_option(option.id or "").prompt != option.prompt:
                self.replace_option_prompt(option.id or "", option.prompt)

"""Choosing from a fixed vocabulary: one value (a Select with a blank) or several (tick boxes)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Select, SelectionList

from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.check_list import CheckList


class ChoiceInput(QuestionInput):
    """One value of the field's vocabulary, or none (the blank option)."""

    DEFAULT_CSS = """
    ChoiceInput > Select { width: 40; max-width: 100%; }
    """

    def compose_control(self) -> ComposeResult:
        yield Select(
            [(Content(choice.label), choice) for choice in self.info.choice or ()],
            value=Select.NULL if self.value is None else self.value,
            prompt=self.spec.placeholder or "(not chosen)",
        )

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        self.answer(None if event.value is Select.NULL else event.value)


class MultiChoiceInput(QuestionInput):
    """Any number of values of the vocabulary, kept in the vocabulary's order."""

    def compose_control(self) -> ComposeResult:
        chosen = set(self.value or ())
        yield CheckList(*[(Content(c.label), c, c in chosen) for c in self.info.choice or ()])

    @on(SelectionList.SelectedChanged)
    def _chosen(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        selected = set(event.selection_list.selected)
        self.answer([c for c in self.info.choice or () if c in selected])

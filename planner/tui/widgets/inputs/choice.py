"""Choosing from a fixed vocabulary: one value (a Select), several (a SelectionList), or teachers."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Select, SelectionList

from planner.tui.widgets.inputs.base import QuestionInput


class ChoiceInput(QuestionInput):
    """One value of a vocabulary, or none."""

    def compose_control(self) -> ComposeResult:
        choices = self.info.choice or ()
        yield Select(
            [(choice.label, choice) for choice in choices],
            value=self.initial if self.initial is not None else Select.NULL,
            prompt="(not chosen)",
            compact=True,
        )

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        self.answer(None if event.value is Select.NULL else event.value)


class MultiChoiceInput(QuestionInput):
    """Any number of values of a vocabulary, kept in the vocabulary's order."""

    DEFAULT_CSS = "MultiChoiceInput > SelectionList { height: auto; max-height: 10; }"

    def compose_control(self) -> ComposeResult:
        chosen = set(self.initial or ())
        yield SelectionList(*[(c.label, c, c in chosen) for c in self.info.choice or ()], compact=True)

    @on(SelectionList.SelectedChanged)
    def _chosen(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        selected = set(event.selection_list.selected)
        self.answer([c for c in self.info.choice or () if c in selected])


class RosterPick(QuestionInput):
    """Teachers picked from the plan's roster; the answer is their ids, in roster order."""

    DEFAULT_CSS = "RosterPick > SelectionList { height: auto; max-height: 12; }"

    def compose_control(self) -> ComposeResult:
        chosen = set(self.initial or ())
        yield SelectionList(
            *[
                (f"{t.name or t.id}{f' (grade {t.grade})' if t.grade else ''}", t.id, t.id in chosen)
                for t in self.plan.teachers
            ],
            compact=True,
        )

    @on(SelectionList.SelectedChanged)
    def _chosen(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        selected = set(event.selection_list.selected)
        self.answer([t.id for t in self.plan.teachers if t.id in selected])

"""A cycle's concepts: ticked on the template's list of high-leverage concepts, or typed as the
coach's own (kept as written); the answer is their ids."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, SelectionList

from planner.questions import Concept
from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.check_list import CheckList


def concept_label(concept: Concept) -> str:
    """How a concept is named in the pick list: "Fractions as numbers (grades 3, 4)"."""
    if not concept.grades:
        return concept.label
    noun = "grade" if len(concept.grades) == 1 else "grades"
    return f"{concept.label} ({noun} {', '.join(concept.grades)})"


class ConceptPick(QuestionInput):
    """Tick boxes for the template's concepts, in the list's order, then the coach's own ids.

    An id not on the list stays ticked under its own words, so the coach sees it and can untick
    it; one typed in the line below (enter) joins the list ticked.
    """

    DEFAULT_CSS = """
    ConceptPick > CheckList { max-height: 8; }
    ConceptPick > Input { width: 50; max-width: 100%; }
    """

    def compose_control(self) -> ComposeResult:
        chosen = list(self.value or ())
        listed = [(concept_label(c), c.id) for c in self.spec.concepts]
        known = {concept_id for _, concept_id in listed}
        own = [(f"{i} (your own)", i) for i in chosen if i not in known]
        yield CheckList(*[(Content(label), i, i in chosen) for label, i in listed + own])
        yield Input(placeholder=self.spec.placeholder or "A concept of your own", select_on_focus=False)

    def keys_hint(self) -> str:
        return "space ticks a concept · enter adds one of your own, typed in the line above"

    def _order(self) -> list[str]:
        """Every id the list offers, in the order shown."""
        return [str(option.value) for option in self.query_one(CheckList).options]

    @on(SelectionList.SelectedChanged)
    def _chosen(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        selected = set(event.selection_list.selected)
        self.answer([i for i in self._order() if i in selected])

    @on(Input.Submitted)
    def _added(self, event: Input.Submitted) -> None:
        event.stop()
        concept_id = " ".join(event.value.split())
        if not concept_id:
            return
        check_list = self.query_one(CheckList)
        if concept_id not in self._order():
            check_list.add_option((Content(f"{concept_id} (your own)"), concept_id))
        check_list.select(concept_id)
        event.input.value = ""

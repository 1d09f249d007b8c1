"""A cycle's concepts: ticked on the template's list of high-leverage concepts, or typed as the
coach's own (kept as written); the answer is their ids.

The concepts of the grades the cycle's teachers teach come first (the form that holds the pick
tells it the grades, again whenever the cycle's teachers change), the rest after them.
"""

from __future__ import annotations

from collections.abc import Collection

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, SelectionList, Static

from planner.questions import GRADES, Concept
from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.check_list import CheckList


def concept_label(concept: Concept) -> str:
    """How a concept is named in the pick list: "Fractions as numbers (grades 3, 4)"."""
    if not concept.grades:
        return concept.label
    noun = "grade" if len(concept.grades) == 1 else "grades"
    return f"{concept.label} ({noun} {', '.join(concept.grades)})"


def in_grade_order(concepts: list[Concept], grades: Collection[str]) -> list[Concept]:
    """The concepts of these grades first, then the others, each part in the list's order."""
    first = [c for c in concepts if set(c.grades) & set(grades)]
    return first + [c for c in concepts if c not in first]


class ConceptPick(QuestionInput):
    """Tick boxes for the template's concepts, those of `grades` first, then the coach's own ids.

    An id not on the list stays ticked under its own words, so the coach sees it and can untick
    it; one typed in the line below (enter) joins the list ticked.
    """

    DEFAULT_CSS = """
    ConceptPick > CheckList { max-height: 8; }
    ConceptPick > Input { width: 50; max-width: 100%; }
    """

    grades: Collection[str] = ()
    """The grades the cycle's teachers teach: their concepts are offered first."""

    def compose_control(self) -> ComposeResult:
        yield CheckList(*self._options(list(self.value or ())))
        yield Input(placeholder=self.spec.placeholder or "A concept of your own", select_on_focus=False)

    def _options(self, own: list[str]) -> list[tuple[Content, str, bool]]:
        """The list's options: the template's concepts in grade order, then the coach's own."""
        chosen = set(self.value or ())
        listed = [(concept_label(c), c.id) for c in in_grade_order(self.spec.concepts, self.grades)]
        known = {concept_id for _, concept_id in listed}
        mine = [(f"{i} (your own)", i) for i in dict.fromkeys(own) if i not in known]
        return [(Content(label), i, i in chosen) for label, i in listed + mine]

    def offer_first(self, grades: Collection[str]) -> None:
        """Offer the concepts of these grades first (the ticks and the answer stay as they are)."""
        if set(grades) == set(self.grades) and self.is_mounted:
            return
        self.grades = tuple(sorted(grades, key=lambda g: GRADES.index(g) if g in GRADES else len(GRADES)))
        if not self.is_mounted:
            return
        check_list = self.query_one(CheckList)
        options = self._options(self._order())
        with self.prevent(SelectionList.SelectedChanged):
            check_list.clear_options()
            check_list.add_options(options)
        self.query_one(".question-keys", Static).update(self.keys_hint())

    def keys_hint(self) -> str:
        grades = list(self.grades)
        noun = "grade" if len(grades) == 1 else "grades"
        first = f"{noun} {', '.join(grades)} first (the cycle's teachers) · " if grades else ""
        return f"{first}space ticks a concept · enter adds one of your own, typed in the line above"

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

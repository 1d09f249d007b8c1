"""Teachers picked from the plan's roster (a cycle's teachers); the answer is their ids."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import SelectionList, Static

from planner.model import Teacher
from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.check_list import CheckList


def teacher_label(teacher: Teacher) -> str:
    """How a teacher is named in a pick list: "Ana Ortiz (grade 4)"."""
    name = teacher.name or teacher.id
    return f"{name} (grade {teacher.grade})" if teacher.grade else name


class RosterPick(QuestionInput):
    """Tick boxes for the roster's teachers, in roster order.

    An id that is not on the roster (its teacher was removed) stays ticked under its id, so that
    the coach sees it and can untick it.
    """

    DEFAULT_CSS = """
    RosterPick > CheckList { max-height: 12; }
    RosterPick > .roster-empty { color: $text-muted; }
    """

    def compose_control(self) -> ComposeResult:
        chosen = list(self.value or ())
        roster = [(teacher_label(t), t.id) for t in self.plan.teachers]
        known = {teacher_id for _, teacher_id in roster}
        missing = [(f"{i} (not on the roster)", i) for i in chosen if i not in known]
        if not roster:
            yield Static("The roster is empty: add teachers in the roster first.", classes="roster-empty")
        yield CheckList(*[(Content(label), i, i in chosen) for label, i in roster + missing])

    @on(SelectionList.SelectedChanged)
    def _chosen(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        selected = set(event.selection_list.selected)
        order = [t.id for t in self.plan.teachers] + list(self.value or ())
        self.answer(list(dict.fromkeys(i for i in order if i in selected)))

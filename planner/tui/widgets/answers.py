"""The widget that answers one question of a step: a table of records for a record list (the
roster, the cycles...), else the single-value input for the question's kind.

A screen handles what both post: `QuestionInput.AnswerChanged` and `RecordsEditor.AnswerChanged`
(the whole new list), and `QuestionInput.AnswerRefused`.
"""

from __future__ import annotations

from typing import Any

from planner.model import Plan
from planner.questions import InputKind, Question
from planner.tui.widgets.inputs import QuestionInput, input_for
from planner.tui.widgets.records import RecordsEditor

Answer = QuestionInput | RecordsEditor


def answer_for(question: Question, value: Any, *, plan: Plan) -> Answer:
    """The widget that asks `question` of `plan` and edits its answer, `value`."""
    if question.kind == InputKind.RECORDS:
        return RecordsEditor(question, value, plan)
    return input_for(question, value, plan=plan)


__all__ = ["Answer", "QuestionInput", "RecordsEditor", "answer_for"]

"""The single-value input for each kind of question, chosen by `input_for` from the template's
`kind` (a record list is answered by a table: `planner.tui.widgets.answers` chooses between them).

Every input shows the question's label, help and placeholder, posts
`QuestionInput.AnswerChanged` with each new valid value (typed as the model holds it), and shows
why a typed value is refused right under it, posting `QuestionInput.AnswerRefused`.

An input posts its value while it handles the change, never later (from a timer or a worker): the
app hands a key such as ctrl+s to its binding once the focused input's path holds no message
(planner.tui.keys_in_order), so a value posted afterwards would miss the save.
"""

from __future__ import annotations

from typing import Any

from planner.model import FieldInfo, Plan, field_info, fields_of
from planner.questions import FormField, InputKind, Question
from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.choice import ChoiceInput, MultiChoiceInput
from planner.tui.widgets.inputs.concept_pick import ConceptPick
from planner.tui.widgets.inputs.count import CountInput
from planner.tui.widgets.inputs.date import DateInput
from planner.tui.widgets.inputs.list_editor import ListInput
from planner.tui.widgets.inputs.number import NumberInput
from planner.tui.widgets.inputs.prose import ProseInput
from planner.tui.widgets.inputs.roster_pick import RosterPick
from planner.tui.widgets.inputs.text import TextInput

_INPUTS: dict[InputKind, type[QuestionInput]] = {
    InputKind.PROSE: ProseInput,
    InputKind.TEXT: TextInput,
    InputKind.NUMBER: NumberInput,
    InputKind.DATE: DateInput,
    InputKind.CHOICE: ChoiceInput,
    InputKind.MULTI_CHOICE: MultiChoiceInput,
    InputKind.LIST: ListInput,
    InputKind.DATE_LIST: ListInput,
    InputKind.ROSTER_PICK: RosterPick,
    InputKind.CONCEPT_PICK: ConceptPick,
    InputKind.COUNT: CountInput,
}


def _info(spec: Question | FormField, path: str, record: type | None) -> FieldInfo:
    """What the field holds: a plan path for a question, a path in a record for a form field."""
    info: FieldInfo | None
    if record is not None:
        info = field_info(path, record)
    elif isinstance(spec, Question):
        info = field_info(path)
    else:
        records = [f.record for f in fields_of(Plan) if f.is_record_list and f.record]
        info = next((i for r in records if (i := field_info(path, r)) is not None), None)
    if info is None:
        raise ValueError(f"no field {path!r} for a {spec.kind} input")
    return info


def input_for(
    spec: Question | FormField,
    value: Any,
    *,
    plan: Plan,
    field: str | None = None,
    record: type | None = None,
) -> QuestionInput:
    """The input that asks `spec` and edits `value`.

    `field` overrides `spec.field` (a screen passes full paths such as `about.coach`); inside a
    record form it is a path within the record (`result.goal_met`) and `record` the record's
    class (`Cycle`), found among the plan's record lists when not given.
    """
    path = field or spec.field
    if spec.kind not in _INPUTS:
        raise ValueError(f"no single-value input answers {path!r}, a {spec.kind}")
    info = _info(spec, path, record)
    return _INPUTS[spec.kind](spec, value, field=path, info=info, plan=plan)


__all__ = ["QuestionInput", "input_for"]

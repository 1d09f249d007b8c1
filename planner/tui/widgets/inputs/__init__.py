"""The input for each kind of question, chosen from the template's `kind` by `input_for`."""

from __future__ import annotations

from typing import Any

from textual.widget import Widget

from planner.model import Plan, field_info
from planner.questions import FormField, InputKind, Question
from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.choice import ChoiceInput, MultiChoiceInput, RosterPick
from planner.tui.widgets.inputs.list_editor import ListInput
from planner.tui.widgets.inputs.prose import ProseInput
from planner.tui.widgets.inputs.text import DateInput, NumberInput, TextInput

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
}


def input_for(
    spec: Question | FormField,
    value: Any,
    *,
    plan: Plan,
    field: str | None = None,
    record_type: type | None = None,
) -> Widget:
    """The widget that asks `spec` and edits `value`; inside a record form, `record_type` is the
    record's class and `field` a path within it (`result.goal_met`)."""
    path = field or spec.field
    info = field_info(path, record_type) if record_type else field_info(path)
    if info is None:
        raise ValueError(f"no field {path!r}")
    if spec.kind == InputKind.RECORDS and isinstance(spec, Question):
        # Imported here: a record's form builds its own inputs with this very function.
        from planner.tui.widgets.records.records_editor import RecordsEditor

        return RecordsEditor(spec, value, plan=plan)
    return _INPUTS[spec.kind](spec, value, field=path, info=info, plan=plan)


__all__ = ["QuestionInput", "input_for"]

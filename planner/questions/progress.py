"""How far a coach has got: which questions of a step hold an answer, and each step's state."""

from __future__ import annotations

from enum import StrEnum

from planner.model import Plan, get_value
from planner.questions.template import Step, StepKind


class StepState(StrEnum):
    EMPTY = "empty"
    PARTLY = "partly answered"
    ANSWERED = "answered"


def is_answered(plan: Plan, field_path: str) -> bool:
    """Whether the plan holds an answer at `field_path` (text, number, date, list or records)."""
    value = get_value(plan, field_path)
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [], {})


def step_state(step: Step, plan: Plan) -> StepState | None:
    """Whether a step is empty, partly answered or answered (None for a step with no questions)."""
    if step.kind != StepKind.QUESTIONS or not step.questions:
        return None
    answered = sum(is_answered(plan, q.field) for q in step.questions)
    if answered == 0:
        return StepState.EMPTY
    return StepState.ANSWERED if answered == len(step.questions) else StepState.PARTLY


def unanswered(steps: list[Step], plan: Plan) -> list[tuple[Step, str]]:
    """Each (step, question label) still without an answer, in flow order."""
    return [
        (step, question.label)
        for step in steps
        if step.kind == StepKind.QUESTIONS
        for question in step.questions
        if not is_answered(plan, question.field)
    ]

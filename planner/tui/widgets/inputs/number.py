"""A number answer: a whole number or a decimal, within the range the model allows for the field."""

from __future__ import annotations

import math
import re

from textual import on
from textual.app import ComposeResult
from textual.validation import ValidationResult, Validator
from textual.widgets import Input

from planner.model import value_range
from planner.tui.widgets.inputs.base import QuestionInput

_WHOLE = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")


def shown_number(number: float | None) -> str:
    """A number as a coach would write it: 12, 12.5 (no trailing .0, no exponent)."""
    if number is None:
        return ""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


class NumberValidator(Validator):
    """A whole number or a decimal between two bounds; empty is allowed (no answer yet).

    Percent fields also take a trailing "%" ("38%").
    """

    def __init__(self, *, whole: bool, low: float, high: float, percent: bool) -> None:
        super().__init__()
        self.whole = whole
        self.low = low
        self.high = high
        self.percent = percent

    def bounds(self) -> str:
        """The bounds in words ("from 1 to 40"), or "" when any number will do."""
        if math.isinf(self.low) and math.isinf(self.high):
            return ""
        if math.isinf(self.high):
            return f"{shown_number(self.low)} or more"
        return f"from {shown_number(self.low)} to {shown_number(self.high)}"

    def hint(self) -> str:
        """What to type, in words: "Enter a whole number from 1 to 40"."""
        words = "a whole number" if self.whole else "a number"
        return f"Enter {words} {self.bounds()}".rstrip()

    def number(self, value: str) -> float | None:
        """The number in `value`, or None when it is empty or not a number within the bounds."""
        text = value.strip()
        if self.percent:
            text = text.removesuffix("%").rstrip()
        if not (_WHOLE if self.whole else _DECIMAL).fullmatch(text):
            return None
        number = int(text) if self.whole else float(text)
        return number if self.low <= number <= self.high else None

    def validate(self, value: str) -> ValidationResult:
        if not value.strip() or self.number(value) is not None:
            return self.success()
        return self.failure(self.hint())


class NumberInput(QuestionInput):
    """A number typed in a one-line input; empty clears the answer (posted as None)."""

    DEFAULT_CSS = """
    NumberInput > Input { width: 30; }
    """

    def compose_control(self) -> ComposeResult:
        name = self.info.name
        low, high = value_range(name)
        self.validator = NumberValidator(
            whole=self.info.kind == "integer", low=low, high=high, percent=self.info.percent
        )
        yield Input(
            value=shown_number(self.value),
            placeholder=self.placeholder() or self.validator.bounds(),
            validators=[self.validator],
            tooltip=self.validator.hint(),
        )

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.refuses(event.validation_result):
            self.answer(self.validator.number(event.value) if event.value.strip() else None)

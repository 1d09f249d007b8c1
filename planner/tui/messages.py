"""Messages that carry a coach's edits up from the widgets to the screen that owns the plan."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class AnswerChanged(Message):
    """A question's answer changed to a valid value: `field` is its path, `value` the new value.

    For a record list (`cycles`) the value is the whole new list. Widgets post this and never
    write the plan themselves; the plan screen sets the value and marks the plan unsaved.
    """

    def __init__(self, field: str, value: Any) -> None:
        super().__init__()
        self.field = field
        self.value = value

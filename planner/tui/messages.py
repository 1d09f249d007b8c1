"""Messages to the plan screen that no one widget owns: `GoToStep`, posted by the review to show a step."""

from __future__ import annotations

from textual.message import Message


class GoToStep(Message):
    """Asks the plan screen to show the step with this id (from the review's lists), the
    keyboard in the answer to `field` when given (`cycles[2].start` means the cycles table)."""

    def __init__(self, step_id: str, field: str | None = None) -> None:
        super().__init__()
        self.step_id = step_id
        self.field = field

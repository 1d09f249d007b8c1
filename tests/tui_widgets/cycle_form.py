"""What the cycle form's tests share: the one cycle they edit, finding a field of the form by its
label, and opening the form from the records table."""

from __future__ import annotations

from datetime import date

from planner.model import Checkpoint, Cycle
from planner.tui.widgets.inputs import QuestionInput
from planner.tui.widgets.records import RecordForm, RecordsEditor
from tests.tui_widgets.host import Host


def fractions_cycle(*checkpoints: Checkpoint) -> Cycle:
    """Ms Ortiz's five-week Grade 4 cycle on fractions from 6 October 2025, with these work sorts."""
    return Cycle(
        id="c-fractions",
        title="Grade 4: fractions",
        teachers=["t-ortiz"],
        start=date(2025, 10, 6),
        weeks=5,
        checkpoints=list(checkpoints),
    )


def field_labelled(app: Host, label: str) -> QuestionInput:
    """The form's input whose question has this label."""
    return next(q for q in app.screen.query(QuestionInput) if q.spec.label == label)


async def open_cycle(pilot) -> RecordForm:
    """Open the highlighted cycle's form from the records table."""
    pilot.app.query_one(RecordsEditor).focus_control()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, RecordForm)
    return pilot.app.screen

"""From inside the planner: a school calendar imported from the command palette's flow, and the
plan's calendar from the export dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar
from textual.pilot import Pilot
from textual.widgets import Button, Input, Select

from planner.tui.dialogs import AskText, ChoiceDialog, ExportDialog
from tests.calendar.calendar_plans import FIXTURES
from tests.tui.harness import make_app


async def _wait_for(pilot: Pilot, condition: Callable[[], bool]) -> None:
    """Wait, a frame at a time, until `condition` holds: the calendar is read in a thread, so
    its dialog comes some frames after the file is named."""
    for _ in range(500):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the condition never held")


async def test_a_school_calendar_imported_in_the_app_lands_in_the_schedule_step(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = len(app.plan_screen.session.plan.blackouts)
        palette = {command.title: command for command in app.get_system_commands(app.screen)}
        palette["Import a school calendar"].callback()
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        app.screen.query_one(Input).value = str(FIXTURES / "district.ics")
        await pilot.press("enter")
        await _wait_for(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        shown = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert "add: Labor Day - No School (2025-09-01)" in shown
        await pilot.press("y")
        await app.workers.wait_for_complete()
        session = app.plan_screen.session
        imported = [b for b in session.plan.blackouts if b.source_uid]
        assert len(session.plan.blackouts) == before + len(imported) == before + 9
        assert session.unsaved and app.plan_screen.step.id == "schedule"


async def test_the_export_dialog_writes_the_plans_calendar(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#format", Select).value = "ics"
        await pilot.pause()
        destination = dialog.query_one("#destination", Input)
        assert destination.value.endswith("2025-26-summary.ics")
        dialog.query_one("#export", Button).press()
        await pilot.pause()
        await app.workers.wait_for_complete()
        calendar = Calendar.from_ical(Path(destination.value).read_bytes())
        summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
        assert any(s.startswith("Cycle: ") for s in summaries)
        assert any(s.startswith("Planning meeting") for s in summaries)
        assert "Ana Ortiz" not in "\n".join(summaries)

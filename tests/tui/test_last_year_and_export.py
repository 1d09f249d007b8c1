"""From inside the planner: last year's answers beside this year's, every change, and the export."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, OptionList, Select

from planner.tui.dialogs import AskText, ExportDialog
from planner.tui.screens.compare_screen import ChangesScreen, StepCompareScreen
from tests.tui.harness import planner_app


def _text(screen) -> str:
    return "\n".join(str(static.render()) for static in screen.query("Static"))


async def test_a_step_beside_last_years_answers(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        app.plan_screen.go_to("focus")
        await pilot.press("ctrl+l")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StepCompareScreen)
        shown = _text(screen)
        assert "Last year (2024-25)" in shown and "This year (2025-26)" in shown
        assert "~ Focus for this year:" in shown
        assert "Use student evidence" in shown  # last year's focus, now replaced
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.plan_screen


async def test_every_change_jumps_to_its_step(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        app.plan_screen.action_all_changes()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChangesScreen)
        changes = screen.query_one(OptionList)
        cycles_line = next(
            n
            for n in range(changes.option_count)
            if (changes.get_option_at_index(n).id or "").split(":")[1:2] == ["cycles"]
        )
        changes.highlighted = cycles_line
        await pilot.press("enter")
        await pilot.pause()
        assert app.plan_screen.step.id == "cycles"


async def test_when_last_years_plan_is_missing_the_coach_names_it(example_copy: Path) -> None:
    (example_copy.parent / "2024-25.toml").rename(example_copy.parent / "old.toml")
    async with planner_app(example_copy) as (app, pilot):
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, AskText)
        app.screen.query_one(Input).value = str(example_copy.parent / "old.toml")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepCompareScreen)


async def test_export_names_no_teacher_unless_chosen(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        for include_names in (False, True):
            await pilot.press("ctrl+t")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one("#format", Select).value = "html"
            dialog.query_one("#names", Select).value = include_names
            target = example_copy.with_name(f"summary-{include_names}.html")
            dialog.query_one("#destination", Input).value = str(target)
            dialog.query_one("#export", Button).press()
            await pilot.pause()
            await app.workers.wait_for_complete()
            html = target.read_text()
            assert "<html" in html and "2025-26" in html
            assert ("Ana Ortiz" in html) is include_names

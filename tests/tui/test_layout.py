"""How the planning screen reads: help wrapped to its panel, a step list that keeps its shape when
focused, and dialogs that escape cannot answer by accident."""

from __future__ import annotations

from pathlib import Path

from planner.tui.dialogs import ChoiceDialog
from planner.tui.widgets.help_panel import HelpPanel
from planner.tui.widgets.step_list import StepList
from tests.tui.harness import planner_app, until


async def test_help_paragraphs_wrap_to_the_panel(example_copy: Path) -> None:
    async with planner_app(example_copy, size=(120, 30)) as (app, pilot):
        app.plan_screen.go_to("cycles")
        await pilot.pause()
        help_text = str(app.screen.query_one(HelpPanel).query_one("#help-text").render())
        assert "write the goal" in help_text  # one line in the panel, two in the template


async def test_the_step_list_keeps_its_shape_when_focused(example_copy: Path) -> None:
    # From 100 columns the list shows titles focused or not; below, it widens to titles when
    # focused (tests/tui/test_narrow_screens.py).
    async with planner_app(example_copy, size=(100, 24)) as (app, pilot):
        steps = app.screen.query_one(StepList)
        steps.focus()
        await pilot.pause()
        focused = (steps.content_region, steps.option_count)
        app.screen.set_focus(None)
        await pilot.pause()
        assert (steps.content_region, steps.option_count) == focused


async def test_escape_does_not_throw_a_draft_away(example_copy: Path) -> None:
    draft = example_copy.with_name(".2025-26.toml.draft")
    draft.write_text(example_copy.read_text().replace("Maya Lindqvist", "Kept"))
    async with planner_app(example_copy) as (app, pilot):
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")  # "Later": the draft stays, to be offered next time
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog)
        assert app.session.plan.about.coach == "Maya Lindqvist"
    assert "Kept" in draft.read_text()


async def test_help_is_built_when_the_terminal_widens(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        screen = app.plan_screen
        help_panel = screen.query_one(HelpPanel)
        assert not help_panel.query("#help-text")  # a narrow terminal shows no help until F1
        await pilot.resize_terminal(120, 30)
        await until(pilot, lambda: help_panel.query("#help-text"))
        assert help_panel.display
        first_words = " ".join(screen.step.help.split()[:4])
        assert str(help_panel.query_one("#help-text").render()).startswith(first_words)

"""How the planning screen reads: help wrapped to its panel, a step list that keeps its shape when
focused, and dialogs that escape cannot answer by accident."""

from __future__ import annotations

from pathlib import Path

from planner.tui.dialogs import ChoiceDialog
from planner.tui.widgets.help_panel import HelpPanel
from planner.tui.widgets.step_list import StepList
from tests.tui.harness import make_app


async def test_help_paragraphs_wrap_to_the_panel(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        app.plan_screen.go_to("cycles")
        await pilot.pause()
        help_text = str(app.screen.query_one(HelpPanel).query_one("#help-text").render())
        assert "write the goal" in help_text  # one line in the panel, two in the template


async def test_the_step_list_keeps_its_shape_when_focused(example_copy: Path) -> None:
    # From 100 columns the list shows titles focused or not; below, it widens to titles when
    # focused (tests/tui/test_narrow_screens.py).
    app = make_app(example_copy)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
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
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")  # "Later": the draft stays, to be offered next time
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog)
        assert app.session.plan.about.coach == "Maya Lindqvist"
    assert "Kept" in draft.read_text()


async def test_help_is_built_when_the_terminal_widens(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.plan_screen
        assert not screen.query(HelpPanel)  # a narrow terminal shows no help until F1
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        await pilot.pause()
        help_panel = screen.query_one(HelpPanel)
        assert help_panel.display
        first_words = " ".join(screen.step.help.split()[:4])
        assert str(help_panel.query_one("#help-text").render()).startswith(first_words)

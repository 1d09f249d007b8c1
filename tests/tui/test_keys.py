"""The planner's keys leave text editing alone, and the keyboard follows the coach from step to step."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from planner.tui.screens.plan_screen import PlanScreen
from tests.tui.harness import planner_app


def test_no_priority_key_of_the_plan_screen_edits_text_in_an_input() -> None:
    editing_keys = {
        key
        for widget in (Input, TextArea)
        for binding in widget.BINDINGS
        for key in binding.key.split(",")  # type: ignore[union-attr]
    }
    priority_keys = {
        key for binding in PlanScreen.BINDINGS if binding.priority for key in binding.key.split(",")
    }
    assert not priority_keys & editing_keys
    assert not priority_keys & {"ctrl+p", "ctrl+b", "ctrl+q", "ctrl+c"}


async def test_ctrl_e_and_ctrl_d_edit_the_answer(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        coach = app.screen.query_one("#step-about").query(Input).first()
        coach.focus()
        await pilot.press("home", "ctrl+d", "ctrl+e", "!")
        assert coach.value == "aya Lindqvist!"
        assert app.screen is app.plan_screen


async def test_the_keyboard_follows_into_the_next_and_previous_step(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        screen = app.plan_screen
        coach = screen.query_one("#step-about").query(Input).first()
        coach.focus()
        await pilot.press("ctrl+n")
        await pilot.pause()
        vision = screen.query_one("#step-vision").query(TextArea).first()
        assert vision.has_focus
        await pilot.press("W", "e", " ")
        assert app.session.plan.vision.district_vision.startswith("We Every Lakeshore")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert screen.step.id == "about" and coach.has_focus


async def test_browsing_the_step_list_keeps_the_keyboard_there(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        screen = app.plan_screen
        await pilot.press("ctrl+g", "ctrl+n", "ctrl+n")
        await pilot.pause()
        assert screen.step.id == "focus"
        assert screen.query_one("#step-list").has_focus
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one("#step-focus").query(TextArea).first().has_focus

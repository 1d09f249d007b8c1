"""Moving around a plan: next and previous, the step list, the review's items, the command
palette, and the help panel (F1, or ? outside an answer)."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, OptionList

from planner.tui.widgets.help_panel import HelpPanel
from planner.tui.widgets.review_view import ReviewView
from planner.tui.widgets.step_list import StepList
from tests.tui.harness import planner_app, until


async def test_next_previous_and_the_step_list(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        screen = app.plan_screen
        assert screen.step.id == "about"
        await pilot.press("ctrl+o")
        assert screen.step.id == "about"
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+o")
        assert screen.step.id == "vision"
        await pilot.press("ctrl+g", "f8")  # F8 and F7 too, outside a prose answer
        assert screen.step.id == "focus"
        await pilot.press("f7")
        assert screen.step.id == "vision"
        await pilot.press("ctrl+g")
        steps = screen.query_one(StepList)
        assert steps.has_focus
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert screen.step.id == "learning-for-some"
        assert screen.query_one("#step-learning-for-some").display
        await pilot.press("ctrl+r")
        assert screen.step.id == "review"
        await pilot.press("ctrl+n")
        assert screen.step.id == "year-in-review"
        await pilot.press("ctrl+n")
        assert screen.step.id == "year-in-review"


async def test_a_review_item_takes_the_coach_to_its_step(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):

        async def choose_review_item(text: str) -> None:
            app.plan_screen.go_to("review")
            await pilot.pause()
            items = app.screen.query_one("#review-items", OptionList)
            prompts = [str(items.get_option_at_index(n).prompt) for n in range(items.option_count)]
            items.focus()
            items.highlighted = next(n for n, p in enumerate(prompts) if text in p)
            await pilot.press("enter")
            await pilot.pause()

        await choose_review_item("in no coaching cycle")
        assert app.plan_screen.step.id == "who"
        roster = next(e for e in app.screen.query("RecordsEditor") if e.field == "teachers")
        assert roster.has_focus_within  # the warning is about a teacher: the keyboard is in the roster

        await choose_review_item("What to carry into next year")
        assert app.plan_screen.step.id == "year-in-review"
        answer = next(q for q in app.screen.query(".question") if q.field == "year_in_review.carry_forward")
        assert answer.has_focus_within


async def test_every_action_and_step_is_in_the_command_palette(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for title in ("Save", "Next step", "Previous step", "Review", "Toggle help"):
            assert title in titles
        assert "Go to step 7: Coaching cycles" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"step 7")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.plan_screen.step.id == "cycles"


async def test_help_toggles_with_f1_or_a_question_mark_outside_an_answer(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        screen = app.plan_screen
        help_panel = screen.query_one(HelpPanel)
        assert not help_panel.display
        assert not help_panel.query("#help-text")  # built when first asked for
        await pilot.press("f1")
        await pilot.pause()
        assert help_panel.display
        first_words = " ".join(screen.step.help.split()[:4])
        assert str(help_panel.query_one("#help-text").render()).startswith(first_words)
        await pilot.press("f1")
        assert not help_panel.display
        screen.query_one("#step-list").focus()
        await pilot.press("question_mark")
        assert help_panel.display
        await pilot.press("question_mark")
        coach = screen.query_one("#step-about").query(Input).first()
        coach.focus()
        coach.value = ""
        await pilot.press("question_mark")
        assert coach.value == "?"
        assert not help_panel.display
        screen.go_to("review")
        await pilot.pause()
        screen.post_message(ReviewView.GoToStep(screen.query_one(ReviewView), "cycles"))
        await pilot.pause()
        assert "cycle" in str(help_panel.query_one("#help-text").render()).lower()


async def test_keys_that_arrive_together_land_in_the_fields_they_were_typed_for(tmp_path: Path) -> None:
    """A slow SSH link can deliver "Jo<tab>Math" in one piece: tab must move on before "Math"."""
    async with planner_app(tmp_path / "2026-27.toml") as (app, pilot):
        coach, role = list(app.screen.query_one("#step-about").query(Input))[:2]
        coach.focus()
        await pilot.pause()
        for key, character in [("J", "J"), ("o", "o"), ("tab", "\t"), ("M", "M"), ("shift+tab", None)]:
            app.post_message(events.Key(key, character))
        app.post_message(events.Key("exclamation_mark", "!"))
        await until(pilot, lambda: "!" in coach.value + role.value)
        assert (coach.value, role.value) == ("Jo!", "M")


async def test_the_step_list_marks_a_step_as_its_answers_come(tmp_path: Path) -> None:
    async with planner_app(tmp_path / "2026-27.toml") as (app, pilot):
        steps = app.screen.query_one(StepList)

        def marks() -> list[str]:
            return [entry[0] for entry in steps.entries]

        assert marks()[1:3] == ["○", "○"]
        app.plan_screen.go_to("vision")
        await pilot.pause()
        await pilot.press(*"Every student explains")
        assert marks()[1:3] == ["◐", "○"]
        app.plan_screen.go_to("focus")
        await pilot.pause()
        await pilot.press("x")
        assert marks()[1:3] == ["◐", "◐"]

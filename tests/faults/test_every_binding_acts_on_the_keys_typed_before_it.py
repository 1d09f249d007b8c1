"""Every binding acts on the keys typed before it, even when they all arrive at once.

`pilot.press` waits for the app to be idle after each key, so it never makes a burst: these tests
post every key's event to the app in one go, as the terminal driver does with the keys of one read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import App
from textual.binding import Binding
from textual.widgets import Button, DataTable, Input, TextArea

from planner.plan_file import load_plan
from planner.tui.app import PlannerApp
from planner.tui.dialogs import ChoiceDialog
from planner.tui.screens.plan_screen import PlanScreen
from planner.tui.widgets import step_views
from planner.tui.widgets.records.record_form import RecordForm
from tests.tui.harness import go_to_step, make_app, until

# The characters of the named keys that type one.
_CHARACTERS = {"space": " ", "tab": "\t"}


def burst(app: App[object], *keys: str) -> None:
    """Post the events of `keys` (names as `pilot.press` takes them) to the app all at once."""
    for key in keys:
        name = "space" if key == " " else key
        app.post_message(events.Key(name, key if len(key) == 1 else _CHARACTERS.get(name)))


@pytest.fixture(autouse=True)
def _no_step_built_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps are built when the keys lead to them, never ahead: these tests end within a second of
    opening the plan, when a step built ahead may still be mounting, and a widget mounting while
    the app closes can miss its children (an error unrelated to the keys)."""
    monkeypatch.setattr(step_views, "BUILD_AHEAD_DELAY", 600)


# Every priority binding of the plan and the app: (key, action, the class whose action it runs).
PRIORITY_BINDINGS = [
    (binding.key.split(",")[0], binding.action, PlanScreen if owner is PlanScreen else PlannerApp)
    for owner in (PlanScreen, PlannerApp, App)
    for binding in owner.BINDINGS
    if isinstance(binding, Binding) and binding.priority
]


@pytest.mark.parametrize(
    ("key", "action", "owner"), PRIORITY_BINDINGS, ids=[k for k, _, _ in PRIORITY_BINDINGS]
)
async def test_a_priority_binding_finds_the_keys_typed_just_before_it_in_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, action: str, owner: type
) -> None:
    app = make_app(tmp_path / "2026-27.toml")
    seen: list[str] = []
    # The binding's action notes what the plan holds when it acts (and does nothing else).
    monkeypatch.setattr(owner, f"action_{action}", lambda *_: seen.append(app.session.plan.about.coach))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        burst(app, *"Wombat Fernsby", key)
        await until(pilot, lambda: seen)
        assert seen == ["Wombat Fernsby"]


async def test_ctrl_s_right_after_typing_saves_every_field(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        burst(app, *"Wombat Fernsbyx", "backspace", "tab", *"Math coach", "ctrl+s")
        await until(pilot, plan.exists)
    about = load_plan(plan).plan.about
    assert (about.coach, about.role) == ("Wombat Fernsby", "Math coach")


async def test_keys_after_ctrl_n_and_ctrl_o_land_in_the_step_they_lead_to(tmp_path: Path) -> None:
    app = make_app(tmp_path / "2026-27.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        burst(app, *"Wombat", "ctrl+n", *"Every student", "ctrl+o", " ", "F")
        plan = app.session.plan
        # Every character has reached an answer (one or the other).
        await until(
            pilot, lambda: len(plan.about.coach + plan.vision.district_vision) == len("WombatEvery student F")
        )
        assert app.plan_screen.step.id == "about"
        assert plan.about.coach == "Wombat F"
        assert plan.vision.district_vision == "Every student"


async def test_keys_typed_while_the_plan_opens_follow_ctrl_n_into_the_next_step(tmp_path: Path) -> None:
    app = make_app(tmp_path / "2026-27.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "ctrl+n", *"Shared tasks")
        await until(pilot, lambda: app.session)
        plan = app.session.plan
        # Every character has reached an answer (one or the other).
        await until(pilot, lambda: len(plan.about.coach + plan.vision.district_vision) == len("Shared tasks"))
        assert plan.vision.district_vision == "Shared tasks"
        assert app.plan_screen.step.id == "vision"


async def test_a_step_change_returns_with_the_keyboard_in_the_new_step(tmp_path: Path) -> None:
    app = make_app(tmp_path / "2026-27.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        screen = app.plan_screen
        assert not screen.query("#step-vision")
        await screen.action_next_step()
        assert app.focused is screen.query_one("#step-vision").query(TextArea).first()


async def test_ctrl_q_right_after_typing_asks_to_save_what_was_typed(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        assert not app.session.unsaved
        burst(app, *" Jr", "ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog) or app.return_code is not None)
        assert isinstance(app.screen, ChoiceDialog), "the planner quit without asking"
        app.screen.query_one("#save", Button).press()
        await until(pilot, lambda: app.return_code is not None)
    assert load_plan(example_copy).plan.about.coach == "Maya Lindqvist Jr"


async def test_a_paste_followed_at_once_by_ctrl_s_is_saved(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        app.post_message(events.Paste("Wombat Fernsby"))
        burst(app, "ctrl+s")
        await until(pilot, plan.exists)
    assert load_plan(plan).plan.about.coach == "Wombat Fernsby"


async def test_ctrl_s_in_the_roster_form_right_after_typing_keeps_the_teacher(tmp_path: Path) -> None:
    app = make_app(tmp_path / "2026-27.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_step(pilot, "who")
        app.plan_screen.query_one("#step-who").query_one(DataTable).focus()
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RecordForm) and isinstance(app.focused, Input))
        burst(app, *"Zed Test", "tab", "5", "ctrl+s")
        await until(pilot, lambda: app.screen is app.plan_screen)
        await until(pilot, lambda: app.session.plan.teachers)
        assert [(t.name, t.grade) for t in app.session.plan.teachers] == [("Zed Test", "5")]


async def test_a_whole_new_teacher_in_one_burst_from_the_roster_is_saved(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_step(pilot, "who")
        app.plan_screen.query_one("#step-who").query_one(DataTable).focus()
        await pilot.pause()
        burst(app, "a", *"Zed Test", "tab", "5", "ctrl+s", "ctrl+s")
        await until(pilot, plan.exists)
    assert [(t.name, t.grade) for t in load_plan(plan).plan.teachers] == [("Zed Test", "5")]

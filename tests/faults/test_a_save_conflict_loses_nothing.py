"""Saving onto a file someone else changed: the coach sees what they changed, in plan terms; Enter
merges; Reload keeps the coach's version as a draft until the coach discards it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from planner.plan_file import load_plan
from planner.tui.dialogs import ChoiceDialog, ReloadProblems, TextDialog
from planner.tui.screens.plan_screen import PlanScreen
from tests.tui.drafts import change_coach, choose, draft_files, draft_text
from tests.tui.harness import make_app


def _someone_else_changes(canonical_example: Path, old: str, new: str) -> None:
    text = canonical_example.read_text()
    assert old in text
    canonical_example.write_text(text.replace(old, new))


async def test_enter_merges_the_change_on_disk_with_the_coachs(canonical_example: Path) -> None:
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Mine")
        _someone_else_changes(canonical_example, "K-5 math coach", "K-8 math coach")
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert "~ Role: [-K-5-] {+K-8+} math coach" in dialog.body
        assert dialog.focused is dialog.query_one("#merge", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert (app.session.plan.about.coach, app.session.plan.about.role) == ("Mine", "K-8 math coach")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_plan(canonical_example).plan.about
    assert (saved.coach, saved.role) == ("Mine", "K-8 math coach")


async def test_merging_names_the_answers_both_changed_and_keeps_the_coachs(canonical_example: Path) -> None:
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Mine")
        _someone_else_changes(canonical_example, 'coach = "Maya Lindqvist"', 'coach = "Theirs"')
        await pilot.press("ctrl+s")
        await pilot.pause()
        await choose(pilot, app, "merge")
        assert isinstance(app.screen, TextDialog)
        assert "• Coach (about.coach)" in str(app.screen.query_one("#dialog-text", Static).render())
        assert app.session.plan.about.coach == "Mine" and app.session.unsaved


async def test_reload_keeps_the_coachs_version_as_a_draft_after_the_next_save(
    canonical_example: Path,
) -> None:
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Mine")
        _someone_else_changes(canonical_example, 'coach = "Maya Lindqvist"', 'coach = "Theirs"')
        await pilot.press("ctrl+s")
        await pilot.pause()
        await choose(pilot, app, "reload")
        assert app.session.plan.about.coach == "Theirs"
        await change_coach(pilot, app, "Theirs, then mine")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert load_plan(canonical_example).plan.about.coach == "Theirs, then mine"
    assert 'coach = "Mine"' in draft_text(canonical_example)

    reopened = make_app(canonical_example)
    async with reopened.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(reopened.screen, ChoiceDialog)
        await choose(pilot, reopened, "discard")  # the coach, and only the coach, throws it away
    assert draft_files(canonical_example) == []


async def test_reloading_a_file_that_no_longer_reads_shows_its_problems_and_keeps_the_work(
    canonical_example: Path,
) -> None:
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Mine")
        canonical_example.write_text(canonical_example.read_text() + "\nbroken = = line\n")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "It no longer reads as a plan" in app.screen.body  # type: ignore[attr-defined]
        await choose(pilot, app, "reload")
        assert isinstance(app.screen, ReloadProblems)
        (problem,) = [str(s.render()) for s in app.screen.query(".error-problem")]
        assert "TOML syntax error" in problem and "\n" not in problem
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen) and app.is_running
        assert app.screen.query_one("#step-about").query(Input).first().value == "Mine"
        assert app.session.unsaved
    assert 'coach = "Mine"' in draft_text(canonical_example)

"""The planner never loses work: drafts and their recovery, quitting, files changed on disk, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from planner.plan_file import load_plan
from planner.plan_file.lock import lock_path
from planner.tui.crash import PlannerStopped
from planner.tui.screens.error_screen import ErrorScreen
from planner.tui.screens.plan_screen import PlanScreen
from planner.tui.widgets import draft_line
from tests.tui.drafts import change_coach, choose, draft_files, draft_text
from tests.tui.harness import make_app, shown_notifications


@pytest.fixture
def quick_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draft_line, "DRAFT_DELAY", 0.05)


async def test_a_change_is_kept_in_a_draft_and_recovered_on_reopen(
    example_copy: Path, quick_drafts: None
) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Maya L. Lindqvist")
        await pilot.pause(0.3)
        assert "Maya L. Lindqvist" in draft_text(example_copy)
        assert "unsaved" in app.plan_screen.sub_title
        app.exit()
    assert load_plan(example_copy).plan.about.coach == "Maya Lindqvist"

    reopened = make_app(example_copy)
    async with reopened.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await choose(pilot, reopened, "recover")
        assert reopened.session.plan.about.coach == "Maya L. Lindqvist"
        assert reopened.session.unsaved
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert load_plan(example_copy).plan.about.coach == "Maya L. Lindqvist"
    assert draft_files(example_copy) == []


async def test_a_draft_of_an_older_planner_can_be_compared_then_discarded(example_copy: Path) -> None:
    older = example_copy.with_name(".2025-26.toml.draft")
    older.write_text(example_copy.read_text().replace("Maya Lindqvist", "Someone Else"))
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await choose(pilot, app, "diff")
        shown = str(app.screen.query_one("#dialog-text").render())
        assert "~ Coach: Maya Lindqvist -> Someone Else" in shown
        await pilot.press("escape")
        await pilot.pause()
        await choose(pilot, app, "discard")
        assert app.session.plan.about.coach == "Maya Lindqvist"
    assert not older.exists()


async def test_quitting_with_unsaved_changes_asks(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Changed")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await choose(pilot, app, "cancel")
        assert app.is_running and app.session.unsaved
        await pilot.press("ctrl+q")
        await pilot.pause()
        await choose(pilot, app, "save")
    assert load_plan(example_copy).plan.about.coach == "Changed"


async def test_a_file_changed_on_disk_is_not_overwritten_without_asking(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Mine")
        theirs = example_copy.read_text().replace("Maya Lindqvist", "Theirs")
        example_copy.write_text(theirs)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await choose(pilot, app, "cancel")
        assert example_copy.read_text() == theirs
        await pilot.press("ctrl+s")
        await pilot.pause()
        await choose(pilot, app, "overwrite")
    assert load_plan(example_copy).plan.about.coach == "Mine"


async def test_a_broken_file_shows_its_problems_and_is_left_alone(tmp_path: Path) -> None:
    broken = tmp_path / "2025-26.toml"
    text = 'planner_format = 3\nschool_year = "2025-26"\n\n[[cycles]]\nid = "c-1"\nstart = "next week"\n'
    broken.write_text(text)
    app = make_app(broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        shown = " ".join(str(s.render()) for s in app.screen.query(".error-problem"))
        assert 'cycles[1].start: expected a date like 2025-09-15, got "next week"' in shown
        assert f"{broken}:6" in shown
        await pilot.press("q")
    assert app.return_code == 2
    assert broken.read_text() == text


async def test_the_planner_reopens_at_the_step_where_the_coach_left_off(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.plan_screen.step.id == "learning-for-all"
    again = make_app(example_copy)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.plan_screen.step.id == "learning-for-all"


async def test_reloading_a_file_changed_on_disk_keeps_the_coachs_version_in_the_draft(
    example_copy: Path,
) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await change_coach(pilot, app, "Mine")
        example_copy.write_text(example_copy.read_text().replace("Maya Lindqvist", "Theirs"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        await choose(pilot, app, "reload")
        assert app.session.plan.about.coach == "Theirs"
        assert not app.session.unsaved
        coach = app.screen.query_one("#step-about").query(Input).first()
        assert coach.value == "Theirs"
    assert 'coach = "Mine"' in draft_text(example_copy)


async def test_an_unexpected_error_keeps_the_draft_and_shows_no_traceback(
    example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_next_step(_screen: PlanScreen) -> None:
        raise RuntimeError("a bug in the planner")

    monkeypatch.setattr(PlanScreen, "action_next_step", broken_next_step)
    app = make_app(example_copy)
    with pytest.raises(PlannerStopped) as stopped:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await change_coach(pilot, app, "Unsaved coach")
            await pilot.press("ctrl+n")
            await pilot.pause()
    assert app.return_code == 1
    assert 'coach = "Unsaved coach"' in draft_text(example_copy)
    assert not lock_path(example_copy).exists()
    (report,) = (tmp_path / "state" / "planner").glob("crash-*.txt")
    assert "RuntimeError: a bug in the planner" in report.read_text()
    shown = stopped.value.__rich__().plain
    assert "Traceback" not in shown
    assert "RuntimeError: a bug in the planner" in shown and str(report) in shown
    assert "2025-26.toml are kept in its draft" in shown


async def test_saving_names_an_answer_shown_but_refused(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes: list[str] = []
        monkeypatch.setattr(app, "notify", lambda text, **_: notes.append(text))
        hours = next(q for q in app.screen.query(".question") if q.field == "about.hours_per_week")
        hours.query_one(Input).value = "twelve"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert notes[0] == "Saved 2025-26.toml"
    assert notes[1].startswith("Not in the saved plan, because not valid: Hours a week for coaching.")
    assert load_plan(example_copy).plan.about.hours_per_week == 26


async def test_a_plan_with_comments_warns_that_saving_drops_them(example_copy: Path) -> None:
    text = example_copy.read_text()
    example_copy.write_text("# Drafted with the grade 3 team\n" + text.replace("\n", "  # reviewed\n", 2))
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        shown = shown_notifications(app)
        assert "2025-26.toml has comments (lines 1, 2, 3)" in shown
        assert "saving here drops them" in shown
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.session.comment_lines == []
    assert "#" not in example_copy.read_text()

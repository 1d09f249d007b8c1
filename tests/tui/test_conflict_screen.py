"""A plan left with merge-conflict markers, settled in the app: the screen at 80x24 and 60x20, each
side kept by its key, nothing written until every answer is settled, and a real git merge settled."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from planner.git.settle import read_conflicts
from planner.plan_file import load_plan, plan_to_text
from planner.tui.screens.conflict_screen import AnswerChoice, ConflictScreen
from planner.tui.screens.error_screen import ErrorScreen
from planner.tui.screens.plan_screen import PlanScreen
from tests.repository import EXAMPLES
from tests.tui.harness import make_app, planner_app, until

OURS_VISION = "All students explain and justify their thinking in math class."
THEIRS_VISION = "Every student in the district reasons aloud about mathematics, every day."


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _edit(clone: Path, coach: str, vision: str, title: str, message: str) -> None:
    path = clone / "plans" / "2025-26.toml"
    plan = load_plan(path).plan
    plan.about.coach = coach
    plan.vision.district_vision = vision
    plan.cycles[1].title = title
    path.write_text(plan_to_text(plan), encoding="utf-8")
    _git(clone, "commit", "-q", "-am", message)


@pytest.fixture
def merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two clones of one plans repository edit the coach, the vision and a cycle's title
    differently; the second merges the first's work with no merge driver set up, so git's line
    merge leaves conflict markers. The conflicted plan's path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_DIR", "GIT_WORK_TREE"):
        monkeypatch.delenv(name, raising=False)
    _git(tmp_path, "init", "-q", "--bare", "-b", "main", "origin.git")
    clones = []
    for name in ("first", "second"):
        _git(tmp_path, "clone", "-q", "origin.git", name)
        clone = tmp_path / name
        for key, value in (
            ("user.name", name),
            ("user.email", f"{name}@example.org"),
            ("commit.gpgsign", "false"),
        ):
            _git(clone, "config", key, value)
        clones.append(clone)
    first, second = clones
    (first / "plans").mkdir()
    (first / "plans" / "2025-26.toml").write_text((EXAMPLES / "2025-26.toml").read_text(), encoding="utf-8")
    _git(first, "add", ".")
    _git(first, "commit", "-q", "-m", "the plan")
    _git(first, "push", "-q", "origin", "HEAD:main")
    _git(second, "pull", "-q", "origin", "main")
    _edit(first, "Maya Lindqvist-Ortiz", THEIRS_VISION, "Grade 3: strategies, justified", "first's edits")
    _git(first, "push", "-q", "origin", "HEAD:main")
    _edit(second, "M. Lindqvist", OURS_VISION, "Grade 3: why strategies work", "second's edits")
    _git(second, "fetch", "-q", "origin")
    _git(second, "merge", "origin/main")
    assert "UU plans/2025-26.toml" in _git(second, "status", "--short")
    return second / "plans" / "2025-26.toml"


def _choices(app) -> list[AnswerChoice]:
    return list(app.screen.query(AnswerChoice))


async def test_a_real_merge_is_settled_and_saved(merged: Path) -> None:
    """Each answer kept by its key (theirs, both, ours), ctrl+s writes a valid plan, the plan
    then opens, and git sees the markers gone."""
    async with planner_app(merged) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, ConflictScreen))
        assert [c.answer.key for c in _choices(app)] == [
            "about.coach",
            "vision.district_vision",
            "cycles[c-g3-justify].title",
        ]
        await pilot.press("t", "b", "o", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
    plan = load_plan(merged).plan
    assert plan.about.coach == "Maya Lindqvist-Ortiz"
    assert plan.vision.district_vision.startswith(OURS_VISION)
    assert THEIRS_VISION in plan.vision.district_vision
    assert plan.cycles[1].title == "Grade 3: why strategies work"
    assert merged.read_text(encoding="utf-8") == plan_to_text(plan)
    repo = merged.parent.parent
    _git(repo, "add", "plans/2025-26.toml")
    assert _git(repo, "diff", "--cached", "--check") == ""
    _git(repo, "commit", "-q", "-m", "merged")
    assert "<<<<<<<" not in _git(repo, "show", "HEAD:plans/2025-26.toml")


async def test_nothing_is_written_until_every_answer_is_settled(merged: Path) -> None:
    """ctrl+s with one answer left says so, writes nothing and moves to that answer; escape asks
    before dropping the sides kept ("n" stays, "y" leaves) and leaves the file as the merge left it."""
    before = merged.read_bytes()
    async with planner_app(merged) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, ConflictScreen))
        await pilot.press("o", "o", "ctrl+s")
        await pilot.pause()
        assert merged.read_bytes() == before
        assert app.screen.focused is _choices(app)[2]
        assert _choices(app)[2].kept is None
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ConflictScreen))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ConflictScreen))
        assert [c.kept for c in _choices(app)] == ["ours", "ours", None]
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ConflictScreen))
        await pilot.press("y")
        await until(pilot, lambda: app.return_code is not None)
    assert app.return_code == 2
    assert merged.read_bytes() == before


async def test_both_is_offered_for_prose_only(merged: Path) -> None:
    """b on the coach's name (not prose) keeps nothing; on the vision it keeps both sides."""
    async with planner_app(merged) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, ConflictScreen))
        await pilot.press("b")
        await pilot.pause()
        assert _choices(app)[0].kept is None
        await pilot.press("down", "b")
        await until(pilot, lambda: _choices(app)[1].kept == "both")


async def test_a_file_changed_while_settling_is_not_overwritten(merged: Path) -> None:
    """Someone else writes the file while the coach settles: ctrl+s keeps their file."""
    async with planner_app(merged) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, ConflictScreen))
        merged.write_text(merged.read_text() + "\n", encoding="utf-8")
        changed = merged.read_bytes()
        await pilot.press("o", "o", "o", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen)
    assert merged.read_bytes() == changed


def test_each_answer_is_read_in_plan_terms(merged: Path) -> None:
    """The branch names come from the markers; an answer shows its label and both values."""
    conflicted = read_conflicts(merged.read_text(encoding="utf-8"))
    assert conflicted is not None
    assert (conflicted.ours_name, conflicted.theirs_name) == ("HEAD", "origin/main")
    coach = conflicted.answers[0]
    assert (coach.label, coach.ours, coach.theirs) == ("Coach", "M. Lindqvist", "Maya Lindqvist-Ortiz")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
def test_the_conflict_screen(size: tuple[int, int], merged: Path, snap_compare) -> None:
    """The conflict screen after a real merge: each answer with its step, record and label, both
    sides named by branch, the first answer kept on their side, the key bar."""

    async def keep_theirs(pilot) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, ConflictScreen))
        await pilot.press("t")
        await pilot.pause()

    # The screen names the file, not its folder: the test's tmp path is not in the picture.
    assert snap_compare(make_app(merged), terminal_size=size, run_before=keep_theirs)


async def test_markers_around_a_broken_side_open_the_error_screen(tmp_path: Path) -> None:
    """Markers whose sides are not plans cannot be settled here: the error screen lists them."""
    plan = tmp_path / "2025-26.toml"
    text = 'planner_format = 2\n<<<<<<< HEAD\nschool_year = "2025-26"\n=======\nschool_year = [\n>>>>>>> b\n'
    plan.write_text(text, encoding="utf-8")
    async with planner_app(plan) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, ErrorScreen))
        shown = " ".join(str(s.render()) for s in app.screen.query(".error-problem"))
        assert f"{plan}:2: git merge conflict marker" in shown
    assert plan.read_text(encoding="utf-8") == text


async def test_escape_before_any_choice_leaves_at_once(merged: Path) -> None:
    """Nothing chosen yet, nothing to lose: escape leaves without asking."""
    async with planner_app(merged) as (app, pilot):
        await until(pilot, lambda: isinstance(app.screen, ConflictScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.return_code is not None)
    assert app.return_code == 2

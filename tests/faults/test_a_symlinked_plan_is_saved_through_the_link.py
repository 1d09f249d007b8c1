"""A plan opened through a symlink (often into the team's git checkout) is saved into the real file;
the link stays a link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from planner.model import Plan
from planner.plan_file import ChangedOnDiskError, load_plan, plan_to_text, save_plan
from tests.tui.harness import make_app


@pytest.fixture
def linked_plan(tmp_path: Path) -> tuple[Path, Path]:
    """A plan in a team checkout (mode 0640) and a relative link to it in the coach's folder."""
    checkout, mine = tmp_path / "team" / "plans", tmp_path / "coach"
    checkout.mkdir(parents=True)
    mine.mkdir()
    real = checkout / "2026-27.toml"
    real.write_text(plan_to_text(Plan(school_year="2026-27")))
    real.chmod(0o640)
    link = mine / "2026-27.toml"
    link.symlink_to(os.path.relpath(real, mine))
    return link, real


async def test_a_save_in_the_planner_reaches_the_real_file(
    linked_plan: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link, real = linked_plan
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = make_app(link)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        coach = app.screen.query_one("#step-about").query(Input).first()
        coach.focus()
        # The second save checks the file through the link, as the first one left it.
        for typed in ("Ana", " López"):
            await pilot.press(*typed)
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not app.session.unsaved and app.screen is app.plan_screen
    assert link.is_symlink() and link.resolve() == real
    assert load_plan(real).plan.about.coach == "Ana López"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    leftovers = [path.name for folder in (link.parent, real.parent) for path in folder.iterdir()]
    assert sorted(leftovers) == ["2026-27.toml", "2026-27.toml"]


def test_a_change_made_to_the_real_file_is_still_noticed(linked_plan: tuple[Path, Path]) -> None:
    link, real = linked_plan
    loaded = load_plan(link)
    real.write_text(real.read_text().replace('school_year = "2026-27"', 'school_year = "2027-28"'))
    loaded.plan.about.coach = "Mine"
    with pytest.raises(ChangedOnDiskError):
        save_plan(loaded.plan, link, expected=loaded.fingerprint)
    assert load_plan(real).plan.school_year == "2027-28"


def test_a_link_to_a_plan_not_yet_written_creates_it_there(tmp_path: Path) -> None:
    link = tmp_path / "2026-27.toml"
    link.symlink_to(tmp_path / "elsewhere.toml")
    plan = Plan(school_year="2026-27")
    save_plan(plan, link)
    assert link.is_symlink()
    assert load_plan(tmp_path / "elsewhere.toml").plan == plan

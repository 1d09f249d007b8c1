"""A draft that cannot be read (cut short, not UTF-8, from a newer planner) is moved aside under a
name that says so, the coach is told where, and no save deletes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.plan_file import draft_path, load_plan, plan_to_text
from planner.tui.dialogs import ChoiceDialog
from tests.repository import EXAMPLES
from tests.tui.drafts import change_coach, ended_session
from tests.tui.harness import make_app

_PLAN = plan_to_text(load_plan(EXAMPLES / "2025-26.toml").plan)
UNREADABLE = {
    "truncated": (_PLAN[: len(_PLAN) // 2].encode() + b'"unfinis', "TOML syntax error"),
    "not UTF-8": (_PLAN.replace("Maya", "Mäya").encode("latin-1"), "not UTF-8 text"),
    "newer format": (_PLAN.replace("planner_format = 3", "planner_format = 99").encode(), "newer planner"),
}


@pytest.mark.parametrize("kind", UNREADABLE)
async def test_an_unreadable_draft_is_moved_aside_and_survives_a_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    plan = tmp_path / "2025-26.toml"
    plan.write_text(_PLAN)
    content, reason = UNREADABLE[kind]
    draft = draft_path(plan, ended_session())
    draft.write_bytes(content)
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog)
        (aside,) = plan.parent.glob(f"{draft.name}.unreadable-*")
        (told,) = [n.message for n in app._notifications if n.title == "Unreadable draft"]
        assert reason in told and str(aside) in told and "\n" not in told
        await change_coach(pilot, app, "Saved over")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert load_plan(plan).plan.about.coach == "Saved over"
    assert aside.read_bytes() == content and not draft.exists()

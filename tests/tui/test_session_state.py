"""The step where the coach left each plan, kept in the state folder and never in the way."""

from __future__ import annotations

from pathlib import Path

from planner.tui.session_state import last_step, remember_step, state_folder


def test_each_plan_keeps_its_own_step(tmp_path: Path) -> None:
    remember_step(tmp_path / "2025-26.toml", "cycles")
    remember_step(tmp_path / "2026-27.toml", "vision")
    assert last_step(tmp_path / "2025-26.toml") == "cycles"
    assert last_step(tmp_path / "plans" / ".." / "2026-27.toml") == "vision"
    assert last_step(tmp_path / "other.toml") is None
    assert state_folder() == tmp_path / "state" / "planner"


def test_an_unreadable_state_file_is_started_again(tmp_path: Path) -> None:
    state = state_folder() / "last-steps.toml"
    state.parent.mkdir(parents=True)
    state.write_text('last_steps = {"half written', encoding="utf-8")
    assert last_step(tmp_path / "2025-26.toml") is None
    remember_step(tmp_path / "2025-26.toml", "review")
    assert last_step(tmp_path / "2025-26.toml") == "review"

"""The drafts kept while a plan is edited: one per session, where they go, which are found, and
which are moved aside."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from planner.plan_file import (
    discard_draft,
    draft_path,
    fallback_draft_path,
    find_drafts,
    session_token,
    set_aside,
    write_draft,
)
from planner.plan_file.drafts import base_path
from tests.tui.drafts import ended_session


@pytest.fixture(autouse=True)
def _state_in_tmp(state_in_tmp: Path) -> None:
    """Every draft test keeps the planner's state folder in its own tmp folder."""


def test_each_session_has_its_own_hidden_draft_beside_the_plan(tmp_path: Path) -> None:
    token = session_token()
    assert token == f"{socket.gethostname()}-{os.getpid()}-1"
    assert draft_path(tmp_path / "2025-26.toml", token) == tmp_path / f".2025-26.toml.draft-{token}"


def test_a_draft_keeps_the_text_it_began_from_beside_it(small_plan_file: Path) -> None:
    token = ended_session()
    written = write_draft(small_plan_file, token, "edited text\n", small_plan_file.read_text())
    assert written.path == draft_path(small_plan_file, token) and written.refused is None
    (draft,), moved = find_drafts(small_plan_file)
    assert (draft.text, draft.base, moved) == ("edited text\n", small_plan_file.read_text(), [])
    assert draft.owner is not None and draft.owner.pid == int(token.split("-")[-2])


def test_the_drafts_of_a_running_planner_are_left_to_it(small_plan_file: Path) -> None:
    # The test's parent process stands in for another planner that still runs here.
    write_draft(small_plan_file, f"{socket.gethostname()}-{os.getppid()}-1", "theirs\n", None)
    write_draft(small_plan_file, ended_session(), "ended\n", None)
    assert [d.text for d in find_drafts(small_plan_file)[0]] == ["ended\n"]


def test_a_draft_the_plans_folder_refuses_goes_to_the_state_folder(tmp_path: Path) -> None:
    plan = tmp_path / "gone" / "2026-27.toml"  # a folder that does not exist
    token = ended_session()
    written = write_draft(plan, token, "unsaved work\n", None)
    assert written.path == fallback_draft_path(plan, token)
    assert written.path.parent == tmp_path / "state" / "planner" / "drafts"
    assert written.refused == "folder missing"
    assert [d.text for d in find_drafts(plan)[0]] == ["unsaved work\n"]


def test_a_draft_written_beside_the_plan_again_leaves_no_copy_in_the_state_folder(tmp_path: Path) -> None:
    plan = tmp_path / "later" / "2026-27.toml"
    token = ended_session()
    write_draft(plan, token, "first\n", None)
    plan.parent.mkdir()
    assert write_draft(plan, token, "second\n", None).path == draft_path(plan, token)
    assert [d.text for d in find_drafts(plan)[0]] == ["second\n"]


def test_a_draft_with_nowhere_to_go_says_why(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("a file where the state folder should be")
    written = write_draft(tmp_path / "gone" / "2026-27.toml", ended_session(), "work\n", None)
    assert written.path is None
    assert written.refused == "folder missing; state folder: folder missing"


def test_a_draft_that_is_not_utf8_is_moved_aside_not_deleted(small_plan_file: Path) -> None:
    draft = draft_path(small_plan_file, ended_session())
    draft.write_bytes(b"\xff\xfe not utf-8")
    drafts, (moved,) = find_drafts(small_plan_file)
    assert drafts == [] and not draft.exists()
    assert moved.path.name.startswith(f"{draft.name}.unreadable-")
    assert moved.path.read_bytes() == b"\xff\xfe not utf-8"
    assert moved.reason == "not UTF-8 text (byte 0)"
    assert find_drafts(small_plan_file) == ([], [])


def test_setting_aside_moves_the_base_too(small_plan_file: Path) -> None:
    token = ended_session()
    write_draft(small_plan_file, token, "cut sho", "the base\n")
    moved = set_aside(draft_path(small_plan_file, token), "truncated")
    assert base_path(moved.path).read_text() == "the base\n"
    assert find_drafts(small_plan_file) == ([], [])


def test_discarding_removes_the_draft_and_its_base_and_tolerates_none(small_plan_file: Path) -> None:
    token = ended_session()
    write_draft(small_plan_file, token, "edited text\n", "base\n")
    discard_draft(draft_path(small_plan_file, token))
    discard_draft(draft_path(small_plan_file, token))
    assert sorted(p.name for p in small_plan_file.parent.iterdir()) == [small_plan_file.name]


def test_a_new_draft_takes_the_plans_permissions(small_plan_file: Path) -> None:
    small_plan_file.chmod(0o600)
    token = ended_session()
    write_draft(small_plan_file, token, "secret notes\n", "base\n")
    assert draft_path(small_plan_file, token).stat().st_mode & 0o777 == 0o600
    assert base_path(draft_path(small_plan_file, token)).stat().st_mode & 0o777 == 0o600

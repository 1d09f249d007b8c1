"""The draft kept beside a plan while it is edited: where it lives, when it counts as pending."""

from __future__ import annotations

import os
from pathlib import Path

from planner.plan_file import discard_draft, draft_path, pending_draft, write_draft


def _age(path: Path, seconds: int) -> None:
    """Make a file look `seconds` older than now."""
    stamp = path.stat().st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_the_draft_is_a_hidden_file_beside_the_plan(tmp_path: Path) -> None:
    assert draft_path(tmp_path / "2025-26.toml") == tmp_path / ".2025-26.toml.draft"


def test_a_newer_draft_that_differs_is_pending(plan_file: Path) -> None:
    _age(plan_file, 60)
    write_draft(plan_file, "edited text\n")
    assert pending_draft(plan_file) == "edited text\n"


def test_a_draft_of_a_plan_never_saved_is_pending(tmp_path: Path) -> None:
    write_draft(tmp_path / "new.toml", "unsaved work\n")
    assert pending_draft(tmp_path / "new.toml") == "unsaved work\n"


def test_a_draft_that_matches_the_plan_is_not_pending(plan_file: Path) -> None:
    write_draft(plan_file, plan_file.read_text())
    assert pending_draft(plan_file) is None


def test_a_draft_older_than_the_plan_is_not_pending(plan_file: Path) -> None:
    write_draft(plan_file, "stale text\n")
    _age(draft_path(plan_file), 60)
    assert pending_draft(plan_file) is None


def test_no_draft_or_an_unreadable_one_is_not_pending(plan_file: Path) -> None:
    assert pending_draft(plan_file) is None
    draft_path(plan_file).write_bytes(b"\xff\xfe not utf-8")
    assert pending_draft(plan_file) is None


def test_discarding_removes_the_draft_and_tolerates_none(plan_file: Path) -> None:
    write_draft(plan_file, "edited text\n")
    discard_draft(plan_file)
    assert not draft_path(plan_file).exists()
    discard_draft(plan_file)
    assert sorted(p.name for p in plan_file.parent.iterdir()) == [plan_file.name]

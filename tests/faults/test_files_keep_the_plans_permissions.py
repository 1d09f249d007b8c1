"""Teacher notes are confidential: a new plan is the coach's alone, and every file written for a plan
(its temp file, its draft) is no more open than the plan itself."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import load_plan, plan_to_text, save_plan, session_token, write_atomically, write_draft
from planner.plan_file.drafts import base_path


def test_a_new_plan_is_the_coachs_alone_whatever_the_umask(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "planner", "new", "--year", "2026-27"],
        cwd=tmp_path,
        umask=0,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((tmp_path / "plans" / "2026-27.toml").stat().st_mode) == 0o600


def test_the_temp_file_of_a_save_is_no_more_open_than_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "2026-27.toml"
    path.write_text(plan_to_text(Plan(school_year="2026-27")))
    path.chmod(0o640)
    loaded = load_plan(path)
    loaded.plan.about.coach = "Ana López"
    seen: list[tuple[int, int]] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        status = os.fstat(descriptor)
        if stat.S_ISREG(status.st_mode):  # the temp file, holding the whole plan
            seen.append((stat.S_IMODE(status.st_mode), status.st_size))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    save_plan(loaded.plan, path, expected=loaded.fingerprint)
    assert seen == [(0o640, path.stat().st_size)]
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_file_written_for_a_plan_such_as_its_draft_takes_the_plans_permissions(tmp_path: Path) -> None:
    path = tmp_path / "2026-27.toml"
    path.write_text(plan_to_text(Plan(school_year="2026-27")))
    path.chmod(0o640)  # the team's group may read it; no one else
    written = write_draft(path, session_token(), plan_to_text(Plan(school_year="2025-26")), path.read_text())
    assert written.path is not None
    assert stat.S_IMODE(written.path.stat().st_mode) == 0o640
    assert stat.S_IMODE(base_path(written.path).stat().st_mode) == 0o640


def test_a_plan_keeps_its_owner_and_group_when_someone_else_saves_it(tmp_path: Path) -> None:
    # The tests run as root, who saves a coach's plan here (an administrator fixing it).
    path = tmp_path / "2026-27.toml"
    path.write_text(plan_to_text(Plan(school_year="2026-27")))
    os.chown(path, 1234, 2345)
    loaded = load_plan(path)
    loaded.plan.about.coach = "Ana López"
    save_plan(loaded.plan, path, expected=loaded.fingerprint)
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 2345)
    assert load_plan(path).plan.about.coach == "Ana López"


def test_an_export_meant_for_others_gets_the_usual_permissions(tmp_path: Path) -> None:
    """A summary for administrators is shared by design: a new one takes 0666 less the umask."""
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "summary.md", "# Summary", shared=True)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "summary.md").stat().st_mode) == 0o644

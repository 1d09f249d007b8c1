"""The temp file a killed save leaves beside the plan goes at the plan's next save; nothing else does."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import load_plan, save_plan

# A save that stops once its temp file holds the whole plan (its fsync never returns), as a save
# caught by kill -9 or a power cut does.
_STUCK_SAVER = """
import os, signal, sys
from pathlib import Path
from planner.plan_file import write_atomically
os.fsync = lambda descriptor: signal.pause()
write_atomically(Path(sys.argv[1]), "a plan that was never saved")
"""

PLAN = Plan(school_year="2026-27")


def _temp_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


@pytest.fixture
def stuck_save(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A planner process in the middle of saving tmp_path/2026-27.toml, its temp file written."""
    saver = subprocess.Popen([sys.executable, "-c", _STUCK_SAVER, str(tmp_path / "2026-27.toml")])
    deadline = time.monotonic() + 30
    while not _temp_files(tmp_path):
        assert saver.poll() is None and time.monotonic() < deadline, "the save never began"
        time.sleep(0.01)
    yield saver
    saver.kill()
    saver.wait()


def _a_finished_process_id() -> int:
    """The id of a process that has ended (and been waited for)."""
    finished = subprocess.Popen([sys.executable, "-c", ""])
    finished.wait()
    return finished.pid


def test_the_temp_file_of_a_killed_save_is_removed_at_the_next_save(
    tmp_path: Path, stuck_save: subprocess.Popen[bytes]
) -> None:
    stuck_save.kill()
    stuck_save.wait()
    [left] = _temp_files(tmp_path)
    assert left.startswith(f".2026-27.toml.{stuck_save.pid}.")
    save_plan(PLAN, tmp_path / "2026-27.toml")
    assert _temp_files(tmp_path) == []
    assert load_plan(tmp_path / "2026-27.toml").plan == PLAN


def test_the_temp_file_of_a_save_still_running_is_kept(
    tmp_path: Path, stuck_save: subprocess.Popen[bytes]
) -> None:
    running = _temp_files(tmp_path)
    save_plan(PLAN, tmp_path / "2026-27.toml")
    assert _temp_files(tmp_path) == running


def test_files_that_only_look_like_its_temp_files_are_kept(tmp_path: Path) -> None:
    gone = _a_finished_process_id()
    others = [
        f".2025-26.toml.{gone}.k2x9_q1a.tmp",  # another plan's: its own next save removes it
        f"2026-27.toml.{gone}.k2x9_q1a.tmp",  # not hidden: not a name the planner gives
        f".2026-27.toml.{gone}.k2x9_q1a.tmp.keep",
        ".2026-27.toml.k2x9_q1a.tmp",  # no process id: whose it is cannot be told
        ".2026-27.toml.tmp",
        ".2026-27.toml.swp",
    ]
    for name in others:
        (tmp_path / name).write_text("someone else's")
    save_plan(PLAN, tmp_path / "2026-27.toml")
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([*others, "2026-27.toml"])

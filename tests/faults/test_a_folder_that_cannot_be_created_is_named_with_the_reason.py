"""Where the plan's folder cannot be created (or takes no new file), the message names the folder and
says why, in the planner and from every command that writes a plan."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.model import Plan
from planner.plan_file import plan_to_text
from tests.tui.harness import make_app, type_coach_and_save


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder in which nothing can be created, as for a coach without write permission there.

    The tests run as root, whom permission bits do not stop, so the refusal is the system's
    answer injected where the planner asks (making a folder, making a temp file).
    """
    folder = tmp_path / "locked"
    folder.mkdir()
    real_mkdir, real_mkstemp = os.mkdir, tempfile.mkstemp

    def mkdir(path: str | Path, mode: int = 0o777) -> None:
        if Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_mkdir(path, mode)

    def mkstemp(**options: str) -> tuple[int, str]:
        if Path(options["dir"]) == folder:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_mkstemp(**options)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return folder


async def test_the_planner_names_the_folder_it_cannot_create(locked: Path) -> None:
    path = locked / "plans" / "2026-27.toml"
    app = make_app(path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        shown = await type_coach_and_save(pilot, app, "Ana López")
        assert app.session.unsaved
    assert f"Not saved: cannot create the folder {locked}/plans: permission denied" in shown
    assert not path.parent.exists()


def test_planner_new_names_the_folder_it_cannot_create(
    locked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = locked / "plans" / "2026-27.toml"
    assert main(["new", "--year", "2026-27", "-o", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"planner: new: cannot create the folder {locked}/plans: permission denied\n"
    )


def test_planner_fmt_names_the_folder_that_takes_no_new_file(
    locked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = locked / "2026-27.toml"
    hand_written = plan_to_text(Plan(school_year="2026-27")) + "\n\n"  # not canonical: fmt rewrites it
    path.write_text(hand_written)
    assert main(["fmt", str(path)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        f"planner: fmt: cannot create a file in the folder {locked}: permission denied"
    )
    assert path.read_text() == hand_written

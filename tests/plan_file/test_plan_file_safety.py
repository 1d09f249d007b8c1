"""Saving safely: whole or not at all, permissions kept, missing folders made, no one's change overwritten."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from planner.model import Plan, Teacher
from planner.plan_file import (
    ChangedOnDiskError,
    FolderError,
    PlanFileError,
    created_note,
    load_plan,
    save_plan,
    why_not_written,
    write_atomically,
)


def _fail_to_replace(source: str, target: str) -> None:
    raise OSError(28, "No space left on device")


def test_a_failed_write_leaves_the_original_and_no_temporary_file(
    small_plan_file: Path, small_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = small_plan_file.read_bytes()
    loaded = load_plan(small_plan_file)
    loaded.plan.about.coach = "Someone Else"
    monkeypatch.setattr(os, "replace", _fail_to_replace)
    with pytest.raises(OSError, match="No space left"):
        save_plan(loaded.plan, small_plan_file, expected=loaded.fingerprint)
    assert small_plan_file.read_bytes() == before
    assert sorted(p.name for p in small_plan_file.parent.iterdir()) == [small_plan_file.name]


def test_saving_keeps_the_file_permissions(small_plan_file: Path) -> None:
    small_plan_file.chmod(0o640)
    loaded = load_plan(small_plan_file)
    loaded.plan.about.coach = "Ana López"
    save_plan(loaded.plan, small_plan_file, expected=loaded.fingerprint)
    assert stat.S_IMODE(small_plan_file.stat().st_mode) == 0o640
    assert load_plan(small_plan_file).plan.about.coach == "Ana López"


def test_a_new_file_is_the_owners_alone_whatever_the_umask(tmp_path: Path, small_plan: Plan) -> None:
    umask = os.umask(0)
    try:
        save_plan(small_plan, tmp_path / "new.toml")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.toml").stat().st_mode) == 0o600


def test_a_new_file_takes_the_permissions_of_the_file_named_to_copy(tmp_path: Path) -> None:
    plan, draft = tmp_path / "plan.toml", tmp_path / ".plan.toml.draft"
    plan.write_text("plan")
    plan.chmod(0o640)
    write_atomically(draft, "draft", mode_from=plan)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640


def test_a_file_keeps_its_own_permissions_over_those_it_is_told_to_copy(tmp_path: Path) -> None:
    plan, draft = tmp_path / "plan.toml", tmp_path / ".plan.toml.draft"
    plan.write_text("plan")
    plan.chmod(0o644)
    draft.write_text("old draft")
    draft.chmod(0o600)
    write_atomically(draft, "draft", mode_from=plan)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600


def test_a_file_to_copy_that_is_missing_leaves_a_new_file_the_owners_alone(tmp_path: Path) -> None:
    draft = tmp_path / ".plan.toml.draft"
    write_atomically(draft, "draft", mode_from=tmp_path / "plan.toml")
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600


def test_a_save_returns_the_fingerprint_of_what_it_wrote(tmp_path: Path, small_plan: Plan) -> None:
    path = tmp_path / "plan.toml"
    saved = save_plan(small_plan, path)
    assert saved.fingerprint.holds(path.read_text()) and saved.created_folders == ()


def test_every_missing_folder_is_created_outermost_first(tmp_path: Path, small_plan: Plan) -> None:
    path = tmp_path / "district" / "plans" / "2026-27.toml"
    saved = save_plan(small_plan, path)
    assert saved.created_folders == (tmp_path / "district", tmp_path / "district" / "plans")
    assert created_note(saved.created_folders) == (
        f" (created the folders {tmp_path}/district/, {tmp_path}/district/plans/)"
    )
    assert load_plan(path).plan == small_plan


def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path, small_plan: Plan) -> None:
    (tmp_path / "plans").write_text("not a folder")
    with pytest.raises(FolderError) as raised:
        save_plan(small_plan, tmp_path / "plans" / "2026" / "plan.toml")
    assert str(raised.value) == (
        f"cannot create the folder {tmp_path}/plans: something that is not a folder has that name"
    )


def test_a_folder_that_takes_no_new_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(**_: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(FolderError) as raised:
        write_atomically(tmp_path / "plan.toml", "text")
    message = why_not_written(tmp_path / "plan.toml", raised.value)
    assert message == f"cannot create a file in the folder {tmp_path}: read-only file system"


def test_other_trouble_names_the_file(tmp_path: Path) -> None:
    failure = OSError(errno.ENOSPC, "No space left on device")
    assert (
        why_not_written(tmp_path / "p.toml", failure)
        == f"cannot write {tmp_path}/p.toml: no space left on device"
    )


def test_a_change_made_on_disk_since_loading_is_not_overwritten(small_plan_file: Path) -> None:
    loaded = load_plan(small_plan_file)
    theirs = small_plan_file.read_text().replace("Ana Lopez", "Changed By A Colleague")
    small_plan_file.write_text(theirs)
    loaded.plan.about.coach = "Mine"
    with pytest.raises(ChangedOnDiskError) as raised:
        save_plan(loaded.plan, small_plan_file, expected=loaded.fingerprint)
    assert raised.value.path == str(small_plan_file)
    assert small_plan_file.read_text() == theirs


def test_touching_a_file_without_changing_it_does_not_block_saving(small_plan_file: Path) -> None:
    loaded = load_plan(small_plan_file)
    os.utime(small_plan_file, ns=(1, 1))
    loaded.plan.about.coach = "Mine"
    save_plan(loaded.plan, small_plan_file, expected=loaded.fingerprint)
    assert load_plan(small_plan_file).plan.about.coach == "Mine"


def test_a_plan_without_a_file_does_not_overwrite_one_that_appeared(
    small_plan_file: Path, small_plan: Plan
) -> None:
    with pytest.raises(ChangedOnDiskError):
        save_plan(small_plan, small_plan_file, expected=None)


def test_a_plan_with_problems_is_not_written(tmp_path: Path, small_plan: Plan) -> None:
    small_plan.teachers.append(Teacher(id="t-ben", name="Ben Ode's twin"))
    small_plan.cycles[0].teachers.append("t-nobody")
    path = tmp_path / "plan.toml"
    with pytest.raises(PlanFileError) as raised:
        save_plan(small_plan, path)
    assert [str(p) for p in raised.value.problems] == [
        f'{path}: teachers[3].id: "t-ben" is used twice: make each id unique',
        f'{path}: cycles[1].teachers: no teacher with id "t-nobody" in the roster: '
        "add them to [[teachers]] or remove them from this cycle",
    ]
    assert not path.exists()


def test_saving_twice_gives_the_same_bytes(tmp_path: Path, small_plan: Plan) -> None:
    first, second = tmp_path / "first.toml", tmp_path / "second.toml"
    save_plan(small_plan, first)
    save_plan(load_plan(first).plan, second)
    assert first.read_bytes() == second.read_bytes()

"""Real git in temporary repositories, with HOME in a temporary folder so no real config is touched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planner.model import Plan
from planner.plan_file import load_plan, plan_to_text
from tests.git.git_helpers import PLAN, base_plan, git


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME, no system config, no colour: git and planner see only what a test sets up."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_DIR", "GIT_WORK_TREE", "GIT_PAGER_IN_USE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GIT_PAGER", "cat")
    return folder


@pytest.fixture
def repo(tmp_path: Path, home: Path) -> Path:
    """A git repository holding one committed plan, plans/2025-26.toml."""
    folder = tmp_path / "repo"
    (folder / "plans").mkdir(parents=True)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Test Coach")
    git(folder, "config", "user.email", "coach@example.org")
    git(folder, "config", "commit.gpgsign", "false")
    (folder / PLAN).write_text(plan_to_text(base_plan()), encoding="utf-8")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "first plan")
    return folder


@pytest.fixture
def commit_plan(repo: Path) -> Callable[..., None]:
    """Edit the plan through the model and commit it: commit_plan(edit, message)."""

    def commit(edit: Callable[[Plan], None], message: str) -> None:
        plan = load_plan(repo / PLAN).plan
        edit(plan)
        (repo / PLAN).write_text(plan_to_text(plan), encoding="utf-8")
        git(repo, "commit", "-q", "-am", message)

    return commit

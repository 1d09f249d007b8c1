"""A team's repository in real git: a bare origin, two clones, set-up on the second, pulls that merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.plan_file import load_plan, plan_to_text
from tests.git.git_helpers import PLAN, base_plan, git, planner


def _identify(clone: Path) -> None:
    git(clone, "config", "user.name", "Test Coach")
    git(clone, "config", "user.email", "coach@example.org")
    git(clone, "config", "commit.gpgsign", "false")
    git(clone, "config", "pull.rebase", "false")


@pytest.fixture
def clones(tmp_path: Path, home: Path) -> tuple[Path, Path]:
    """Two clones of a bare origin whose first commit holds a plan and `.gitattributes` naming both
    drivers (set up in the first clone only: git config is not cloned)."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    first = tmp_path / "first"
    git(tmp_path, "clone", "-q", str(origin), str(first))
    _identify(first)
    (first / "plans").mkdir()
    (first / PLAN).write_text(plan_to_text(base_plan()), encoding="utf-8")
    git(first, "add", ".")
    git(first, "commit", "-q", "-m", "first plan")
    assert planner(first, "git-setup", "--merge").returncode == 0
    git(first, "add", ".gitattributes")
    git(first, "commit", "-q", "-m", "planner's drivers")
    git(first, "push", "-q", "origin", "main")
    second = tmp_path / "second"
    git(tmp_path, "clone", "-q", str(origin), str(second))
    _identify(second)
    return first, second


def _edit(clone: Path, message: str, edit) -> None:
    plan = load_plan(clone / PLAN).plan
    edit(plan)
    (clone / PLAN).write_text(plan_to_text(plan), encoding="utf-8")
    git(clone, "commit", "-q", "-am", message)


def test_a_fresh_clone_is_reported_until_setup_turns_both_drivers_on(clones):
    _, second = clones
    before = planner(second, "git-setup", "--check")
    assert before.returncode == 1
    assert "diff driver: not set in git config" in before.stderr
    assert "merge driver: not set in git config" in before.stderr
    assert before.stderr.count("run `planner git-setup`") == 2
    setup = planner(second, "git-setup")
    assert setup.returncode == 0
    assert "set merge.planner.driver (repository config)" in setup.stdout
    assert (second / ".gitattributes").read_text() == "**/plans/*.toml diff=planner merge=planner\n"
    after = planner(second, "git-setup", "--check")
    assert (after.returncode, after.stderr) == (0, "")


def test_neighbouring_edits_to_one_cycle_merge_cleanly_on_pull(clones):
    first, second = clones
    assert planner(second, "git-setup").returncode == 0

    def retitle(plan) -> None:
        plan.cycles[0].title = "Fractions on a number line"

    def reword(plan) -> None:
        plan.cycles[0].teachers.append("t-ben")
        plan.cycles[0].goal = "Students will order fractions."

    _edit(first, "retitle", retitle)
    git(first, "push", "-q", "origin", "main")
    _edit(second, "reword", reword)
    pulled = git(second, "pull", "-q", "--no-edit", "origin", "main", check=False)
    assert pulled.returncode == 0, pulled.stderr
    cycle = load_plan(second / PLAN).plan.cycles[0]
    assert (cycle.title, cycle.teachers, cycle.goal) == (
        "Fractions on a number line",
        ["t-ana", "t-ben"],
        "Students will order fractions.",
    )
    assert planner(second, "validate", PLAN).returncode == 0


def test_check_fails_on_a_driver_command_that_no_longer_runs(clones):
    first, _ = clones
    git(first, "config", "diff.planner.command", "/moved/venv/bin/python -m planner git-diff-driver")
    done = planner(first, "git-setup", "--check")
    assert done.returncode == 1
    assert (
        "diff driver: `/moved/venv/bin/python -m planner git-diff-driver` does not run "
        "(No such file or directory): run `planner git-setup` again"
    ) in done.stderr
    assert planner(first, "git-setup").returncode == 0
    assert planner(first, "git-setup", "--check").returncode == 0


def test_check_fails_when_no_attributes_name_the_drivers(repo: Path):
    git(repo, "config", "diff.planner.command", "planner git-diff-driver")
    done = planner(repo, "git-setup", "--check")
    assert done.returncode == 1
    assert "no attributes file gives plan files planner's drivers: run `planner git-setup`" in done.stderr


def test_check_fails_when_no_tracked_plan_is_covered(tmp_path: Path, home: Path):
    repo = tmp_path / "district"
    git(tmp_path, "init", "-q", "-b", "main", str(repo))
    _identify(repo)
    assert planner(repo, "git-setup", "--pattern", "plans/*.toml").returncode == 0
    empty = planner(repo, "git-setup", "--check")
    assert empty.returncode == 1
    assert "no plan file is tracked in this repository yet" in empty.stderr
    coach = repo / "coaches" / "maya" / "plans"
    coach.mkdir(parents=True)
    (coach / "2025-26.toml").write_text(plan_to_text(base_plan()), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "maya's plan")
    uncovered = planner(repo, "git-setup", "--check")
    assert uncovered.returncode == 1
    assert "no tracked plan matches the patterns that name planner's drivers: run `planner git-setup`" in (
        uncovered.stderr
    )


def test_a_repository_laid_out_by_coach(tmp_path: Path, home: Path):
    repo = tmp_path / "district"
    git(tmp_path, "init", "-q", "-b", "main", str(repo))
    _identify(repo)
    for coach in ("maya", "omar"):
        folder = repo / "coaches" / coach / "plans"
        folder.mkdir(parents=True)
        (folder / "2025-26.toml").write_text(plan_to_text(base_plan()), encoding="utf-8")
    (repo / "pyproject.toml").write_text('[project]\nname = "not-a-plan"\n')
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two coaches")
    assert planner(repo, "git-setup").returncode == 0
    assert (repo / ".gitattributes").read_text() == "**/plans/*.toml diff=planner\n"
    assert planner(repo, "git-setup", "--check").returncode == 0
    (repo / ".gitattributes").write_text("coaches/maya/plans/*.toml diff=planner\n")
    partly = planner(repo, "git-setup", "--check")
    assert partly.returncode == 1
    assert "coaches/omar/plans/2025-26.toml matches none of the patterns" in partly.stderr
    assert planner(repo, "git-setup").returncode == 0
    path = "coaches/omar/plans/2025-26.toml"
    (repo / path).write_text((repo / path).read_text().replace("compare fractions", "order fractions"))
    diff = git(repo, "diff").stdout
    assert diff.startswith(f"diff --planner a/{path} b/{path}\n")
    assert "Students will [-compare-] {+order+} fractions." in diff


def test_a_plan_outside_every_plans_folder_gets_its_own_pattern(repo: Path):
    (repo / "2024-25.toml").write_text(plan_to_text(base_plan()), encoding="utf-8")
    (repo / "archive").mkdir()
    (repo / "archive" / "2023-24.toml").write_text(plan_to_text(base_plan()), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "older plans")
    assert planner(repo, "git-setup").returncode == 0
    assert (repo / ".gitattributes").read_text() == (
        "**/plans/*.toml diff=planner\n/2024-25.toml diff=planner\narchive/*.toml diff=planner\n"
    )
    assert planner(repo, "git-setup", "--check").returncode == 0


def test_a_clean_merge_names_the_comments_it_dropped(clones):
    first, second = clones
    assert planner(second, "git-setup").returncode == 0
    text = (first / PLAN).read_text()
    (first / PLAN).write_text(text.replace('title = "Ratios"', 'title = "Ratios" # ask Ben first'))
    git(first, "commit", "-q", "-am", "a note")
    git(first, "push", "-q", "origin", "main")
    _edit(second, "reword", lambda plan: setattr(plan.cycles[0], "goal", "Students will order fractions."))
    pulled = git(second, "pull", "--no-edit", "origin", "main", check=False)
    assert pulled.returncode == 0, pulled.stderr
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith('title = "Ratios"'))
    assert (
        f"planner: {PLAN}: the merge dropped the comments (theirs: line {line}): a plan keeps none"
    ) in pulled.stderr
    assert "#" not in (second / PLAN).read_text()

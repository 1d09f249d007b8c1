"""`planner git-setup` against real git: repository and global, idempotent, --check and --uninstall."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.git.git_helpers import git, planner


def test_setup_registers_the_diff_driver_once(repo: Path):
    first = planner(repo, "git-setup")
    second = planner(repo, "git-setup")
    assert (first.returncode, second.returncode) == (0, 0)
    assert (repo / ".gitattributes").read_text() == "**/plans/*.toml diff=planner\n"
    command = git(repo, "config", "--local", "diff.planner.command").stdout.strip()
    assert command == f"{sys.executable} -m planner git-diff-driver"
    assert "already" in second.stdout
    assert git(repo, "config", "--local", "--get", "merge.planner.driver", check=False).returncode == 1


def test_merge_completes_the_existing_line(repo: Path):
    (repo / ".gitattributes").write_text("*.pdf binary\nplans/*.toml diff=planner\n")
    assert planner(repo, "git-setup", "--merge").returncode == 0
    assert planner(repo, "git-setup", "--merge").returncode == 0
    assert (repo / ".gitattributes").read_text() == "*.pdf binary\nplans/*.toml diff=planner merge=planner\n"
    driver = git(repo, "config", "--local", "merge.planner.driver").stdout.strip()
    assert driver.endswith("-m planner git-merge-driver %O %A %B %L %P %S %X %Y")
    attributes = git(repo, "check-attr", "diff", "merge", "--", "plans/2025-26.toml").stdout
    assert attributes == "plans/2025-26.toml: diff: planner\nplans/2025-26.toml: merge: planner\n"


def test_a_pattern_of_the_users_choice(repo: Path):
    assert planner(repo, "git-setup", "--pattern", "coaching/**/*.toml").returncode == 0
    assert (repo / ".gitattributes").read_text() == "coaching/**/*.toml diff=planner\n"
    bad = planner(repo, "git-setup", "--pattern", "my plans/*.toml")
    assert bad.returncode == 2
    assert "space" in bad.stderr


def test_uninstall_takes_away_only_what_setup_added(repo: Path):
    (repo / ".gitattributes").write_text("*.pdf binary\n")
    planner(repo, "git-setup", "--merge")
    only_merge = planner(repo, "git-setup", "--uninstall", "--merge")
    assert only_merge.returncode == 0
    assert (repo / ".gitattributes").read_text() == "*.pdf binary\n**/plans/*.toml diff=planner\n"
    assert git(repo, "config", "--local", "--get", "merge.planner.driver", check=False).returncode == 1
    assert planner(repo, "git-setup", "--uninstall").returncode == 0
    assert (repo / ".gitattributes").read_text() == "*.pdf binary\n"
    assert git(repo, "config", "--local", "--get", "diff.planner.command", check=False).returncode == 1
    again = planner(repo, "git-setup", "--uninstall")
    assert (again.returncode, again.stdout) == (0, "nothing to take away (repository)\n")


def test_global_setup_stays_in_home(repo: Path, home: Path, tmp_path: Path):
    elsewhere = tmp_path / "not-a-repository"
    elsewhere.mkdir()
    assert planner(elsewhere, "git-setup", "--global", "--merge").returncode == 0
    assert (
        home / ".config" / "git" / "attributes"
    ).read_text() == "**/plans/*.toml diff=planner merge=planner\n"
    assert "git-diff-driver" in (home / ".gitconfig").read_text()
    assert not (repo / ".gitattributes").exists()
    assert git(repo, "check-attr", "diff", "--", "plans/2025-26.toml").stdout.endswith("diff: planner\n")
    assert planner(elsewhere, "git-setup", "--global", "--uninstall").returncode == 0
    assert (home / ".config" / "git" / "attributes").read_text() == ""


def test_global_setup_uses_the_configured_attributes_file(home: Path, tmp_path: Path):
    (home / ".gitconfig").write_text("[core]\n\tattributesFile = ~/my-attributes\n")
    assert planner(tmp_path, "git-setup", "--global").returncode == 0
    assert (home / "my-attributes").read_text() == "**/plans/*.toml diff=planner\n"


def test_check_reports_what_is_set_up(repo: Path):
    before = planner(repo, "git-setup", "--check")
    assert before.returncode == 1
    assert "diff driver: not set" in before.stdout
    planner(repo, "git-setup")
    after = planner(repo, "git-setup", "--check")
    assert after.returncode == 0
    assert f"{repo / '.gitattributes'}:1: **/plans/*.toml uses planner's diff driver" in after.stdout
    assert planner(repo, "git-setup", "--check", "--merge").returncode == 1


def test_setup_outside_a_repository_is_trouble(tmp_path: Path, home: Path):
    done = planner(tmp_path, "git-setup")
    assert done.returncode == 2
    assert done.stderr == (
        "planner: git-setup: not inside a git repository: "
        "run this in your plans repository, or use --global\n"
    )

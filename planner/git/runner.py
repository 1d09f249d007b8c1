"""Running git itself: one place that starts it, and asks it whether diff output should be coloured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


class GitError(Exception):
    """Git is missing, or refused what was asked: one line to show."""


def run_git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run git with these arguments in `cwd`, capturing its output (never raising on its exit code)."""
    try:
        # Plans are UTF-8 whatever the locale; a stray byte must not stop a diff.
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed, or not on PATH") from None


def repository_root(cwd: Path, fix: str) -> Path:
    """The top folder of the git work tree holding `cwd`; GitError naming `fix` outside one."""
    done = run_git(["rev-parse", "--show-toplevel"], cwd)
    if done.returncode != 0:
        raise GitError(f"not inside a git repository: {fix}")
    return Path(done.stdout.strip())


def git_wants_color(cwd: Path) -> bool:
    """Whether git would colour a diff written where our output goes (its pager counts as a terminal).

    NO_COLOR turns colour off; otherwise git's own `color.diff` / `color.ui` settings decide.
    """
    if os.environ.get("NO_COLOR"):
        return False
    to_terminal = sys.stdout.isatty() or os.environ.get("GIT_PAGER_IN_USE") == "true"
    try:
        done = run_git(["config", "--get-colorbool", "color.diff", "true" if to_terminal else "false"], cwd)
    except GitError:
        return False
    return done.stdout.strip() == "true"

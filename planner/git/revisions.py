"""Plan files as git knows them: which changed between two points, and each one's text there.

A point is a revision (`HEAD~1`, `main`, a commit), the index (staged changes), or the working
tree, as `git diff` takes them: no revision compares the index with the working tree, one compares
it with the working tree (or with `--cached`, the index), two compare one with the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from planner.git.runner import GitError, repository_root, run_git

# A plan file names its format or its school year at the top level; a template or pyproject does not.
_PLAN_KEY = re.compile(r"^(planner_format|school_year)\s*=", re.MULTILINE)
INDEX = ":"
WORKING_TREE = ""


def looks_like_plan(text: str) -> bool:
    """Whether TOML text is a plan's (and not a template's, or another tool's settings)."""
    return bool(_PLAN_KEY.search(text))


def is_revision(word: str, cwd: Path) -> bool:
    """Whether git reads `word` as a commit (`A..B` counts when both ends are)."""
    ends = word.split("..") if ".." in word else [word]
    return all(
        end and run_git(["rev-parse", "--verify", "-q", f"{end}^{{commit}}"], cwd).returncode == 0
        for end in ends
    )


@dataclass(frozen=True)
class Points:
    """The two points compared: each a revision, INDEX or WORKING_TREE."""

    old: str
    new: str

    @classmethod
    def of(cls, revisions: list[str], cached: bool) -> Points:
        """The points `git diff [--cached] [REV [REV]]` compares."""
        if len(revisions) == 1 and ".." in revisions[0]:
            revisions = revisions[0].split("..", 1)
        if len(revisions) == 2:
            return cls(*revisions)
        here = INDEX if cached else WORKING_TREE
        if revisions:
            return cls(revisions[0], here)
        return cls("HEAD", INDEX) if cached else cls(INDEX, WORKING_TREE)

    def diff_args(self) -> list[str]:
        """How `git diff` names these two points."""
        if self.new == WORKING_TREE:
            return [] if self.old == INDEX else [self.old]
        if self.new == INDEX:
            return ["--cached", self.old]
        return [self.old, self.new]


def changed_plans(cwd: Path, points: Points, pathspecs: list[str]) -> list[str]:
    """The plan files (paths from the repository's top) that differ between the two points."""
    done = run_git(["diff", "--name-only", "-z", "--no-renames", *points.diff_args(), "--", *pathspecs], cwd)
    if done.returncode != 0:
        raise GitError(f"git diff: {done.stderr.strip().splitlines()[-1]}")
    root = repository_root(cwd, "give two plan files instead")
    names = [name for name in done.stdout.split("\0") if name.endswith(".toml")]
    return [
        name
        for name in names
        if any(looks_like_plan(text_at(root, point, name)) for point in (points.old, points.new))
    ]


def text_at(root: Path, point: str, path: str) -> str:
    """The file's text at a point ("" where it does not exist)."""
    if point == WORKING_TREE:
        try:
            return (root / path).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError) as trouble:
            raise GitError(f"{path}: cannot be read ({trouble})") from None
    done = run_git(["show", f"{'' if point == INDEX else point}:{path}"], root)
    return done.stdout if done.returncode == 0 else ""


def name_at(point: str, path: str) -> str:
    """How a file at a point is named in a header: `HEAD~1:plans/x.toml`, `:plans/x.toml` (the
    index, as git spells it), or the path in the working tree."""
    if point == WORKING_TREE:
        return path
    return f"{'' if point == INDEX else point}:{path}"

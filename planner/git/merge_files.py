"""The merge driver's work on three files: merge them as plans, or line by line when one is not a plan.

Git gives the ancestor, our version (where the result goes) and theirs. When all three read as
plans, the result is written canonically through the plan file layer, with conflict markers around
each conflicting answer only. When one does not read (it already holds conflict markers, say),
git's own line merge does the work, so nothing is lost.

A merged plan keeps no comments (the planner writes none): a side's comments that the merge drops
are named, by line, on stderr. Conflict markers name the branches where git makes them known:
git 2.44 and later pass the sides' names; older git sets `GITHEAD_<commit>` to the name of the
branch being merged in, and our side is the branch checked out.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.git.merge import merge_plans
from planner.git.runner import GitError, run_git
from planner.model import Plan
from planner.plan_file import (
    PlanFileError,
    check_plan,
    comment_lines,
    lines_named,
    parse_plan,
    plan_to_text,
    write_atomically,
)


@dataclass(frozen=True)
class FileMerge:
    """How a merge of plan files went: each line to report, and whether it is done without help."""

    messages: tuple[str, ...]
    clean: bool


def _read_plan(text: str, name: str) -> Plan:
    if not text.strip():
        return Plan()
    return parse_plan(text, name)[0]


def _known(label: str | None) -> str:
    """A side's name as git passed it ("" when git passed none, or left the placeholder as written)."""
    return "" if not label or label.startswith("%") else label


def conflict_labels(
    ours: str | None = None, theirs: str | None = None, cwd: Path | None = None
) -> tuple[str, str]:
    """The names for the two sides' conflict markers: `main (ours)`, `feature (theirs)`, or just
    `ours` and `theirs` when git makes no branch known (a rebase, a detached HEAD)."""
    ours, theirs = _known(ours), _known(theirs)
    where = cwd or Path.cwd()
    if not ours or not theirs:
        try:
            head = run_git(["rev-parse", "HEAD"], where).stdout.strip()
            ours = ours or run_git(["symbolic-ref", "--short", "-q", "HEAD"], where).stdout.strip()
        except GitError:
            head = ""
        if not theirs:
            merged_in = [
                value for key, value in os.environ.items() if key.startswith("GITHEAD_") and key[8:] != head
            ]
            theirs = merged_in[0] if len(merged_in) == 1 else ""
    return (f"{ours} (ours)" if ours else "ours", f"{theirs} (theirs)" if theirs else "theirs")


def _dropped_comments(name: str, texts: Sequence[tuple[str, str]]) -> list[str]:
    """A line naming the comments each side held, which the merged plan no longer has."""
    found = [f"{side}: {lines_named(comment_lines(text))}" for side, text in texts if comment_lines(text)]
    if not found:
        return []
    return [
        f"{name}: the merge dropped the comments ({'; '.join(found)}): a plan keeps none, "
        "so write what they said into an answer, or put them back by hand"
    ]


def _line_merge(
    base: Path, ours: Path, theirs: Path, marker_size: int, reason: str, *, labels: tuple[str, str]
) -> FileMerge:
    done = run_git(
        [
            "merge-file",
            f"--marker-size={marker_size}",
            "-L",
            labels[0],
            "-L",
            "base",
            "-L",
            labels[1],
            str(ours),
            str(base),
            str(theirs),
        ],
        ours.parent,
    )
    note = f"{reason}; merged line by line instead"
    if done.returncode == 0:
        return FileMerge((note,), True)
    return FileMerge((note, "conflicts are marked in the file: resolve them, then `planner validate`"), False)


def merge_plan_files(
    base: Path,
    ours: Path,
    theirs: Path,
    marker_size: int = 7,
    name: str = "",
    *,
    labels: tuple[str | None, str | None] = (None, None),
) -> FileMerge:
    """Merge `theirs` into `ours` (written in place) from their common ancestor `base`; `labels`
    are the sides' names as git passed them (None: not passed)."""
    name = name or str(ours)
    try:
        texts = [path.read_text(encoding="utf-8") for path in (base, ours, theirs)]
        plans = [_read_plan(text, name) for text in texts]
    except (PlanFileError, OSError, UnicodeDecodeError) as trouble:
        first = trouble.problems[0] if isinstance(trouble, PlanFileError) else trouble
        try:
            reason = f"{name}: not a plan on every side ({first})"
            return _line_merge(
                base, ours, theirs, marker_size, reason, labels=conflict_labels(*labels, cwd=ours.parent)
            )
        except GitError as no_git:
            return FileMerge((str(no_git),), False)
    merged = merge_plans(*plans, prefer="ours")
    text = plan_to_text(merged.plan)
    if merged.conflicts:
        from planner.git.markers import conflict_text  # difflib, only when there is a conflict

        theirs_side = plan_to_text(merge_plans(*plans, prefer="theirs").plan)
        text = conflict_text(text, theirs_side, marker_size, conflict_labels(*labels, cwd=ours.parent))
    write_atomically(ours, text)
    trouble = [f"{name}: {conflict}" for conflict in merged.conflicts]
    if not merged.conflicts:
        trouble.extend(f"{name}: merged, but {problem.what}" for problem in check_plan(merged.plan))
    notes = _dropped_comments(name, [("ours", texts[1]), ("theirs", texts[2])])
    return FileMerge(tuple(trouble + notes), not trouble)

"""The merge driver's work on three files: merge them as plans, or line by line when one is not a plan.

Git gives the ancestor, our version (where the result goes) and theirs. When all three read as
plans, the result is written canonically through the plan file layer, with conflict markers around
each conflicting answer only. When one does not read (it already holds conflict markers, say),
git's own line merge does the work, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.git.merge import merge_plans
from planner.git.runner import GitError, run_git
from planner.model import Plan
from planner.plan_file import PlanFileError, check_plan, parse_plan, plan_to_text, write_atomically


@dataclass(frozen=True)
class FileMerge:
    """How a merge of plan files went: each line to report, and whether it is done without help."""

    messages: tuple[str, ...]
    clean: bool


def _read_plan(path: Path, name: str) -> Plan:
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        return Plan()
    return parse_plan(text, name)[0]


def _line_merge(base: Path, ours: Path, theirs: Path, marker_size: int, reason: str) -> FileMerge:
    done = run_git(
        [
            "merge-file",
            f"--marker-size={marker_size}",
            "-L",
            "ours",
            "-L",
            "base",
            "-L",
            "theirs",
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


def merge_plan_files(base: Path, ours: Path, theirs: Path, marker_size: int = 7, name: str = "") -> FileMerge:
    """Merge `theirs` into `ours` (written in place) from their common ancestor `base`."""
    name = name or str(ours)
    try:
        plans = [_read_plan(path, name) for path in (base, ours, theirs)]
    except (PlanFileError, OSError, UnicodeDecodeError) as trouble:
        first = trouble.problems[0] if isinstance(trouble, PlanFileError) else trouble
        try:
            return _line_merge(base, ours, theirs, marker_size, f"{name}: not a plan on every side ({first})")
        except GitError as no_git:
            return FileMerge((str(no_git),), False)
    merged = merge_plans(*plans, prefer="ours")
    text = plan_to_text(merged.plan)
    if merged.conflicts:
        from planner.git.markers import conflict_text  # difflib, only when there is a conflict

        theirs_side = plan_to_text(merge_plans(*plans, prefer="theirs").plan)
        text = conflict_text(text, theirs_side, marker_size)
    write_atomically(ours, text)
    messages = [f"{name}: {conflict}" for conflict in merged.conflicts]
    if not merged.conflicts:
        messages.extend(f"{name}: merged, but {problem.what}" for problem in check_plan(merged.plan))
    return FileMerge(tuple(messages), not messages)

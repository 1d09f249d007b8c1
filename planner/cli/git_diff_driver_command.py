"""`planner git-diff-driver`: what git runs to show a plan file's changes (set up by `planner git-setup`).

Git calls it with seven arguments (path, old file, old hash, old mode, new file, new hash, new mode;
two more for a rename). It prints the comparison in the plan's terms, or, when a side is not a
readable plan (conflict markers, a syntax error), a plain line diff. It always exits 0 when it could
print something: git stops the whole diff when an external driver fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.diff_command import template_for
from planner.compare import compare_plans
from planner.compare.render import render_text
from planner.git.runner import git_wants_color
from planner.model import Plan
from planner.plan_file import PlanFileError, parse_plan, read_text

_NO_FILE = "/dev/null"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    # No help=: git runs this, people don't, so it stays out of `planner --help`.
    parser = subparsers.add_parser(
        "git-diff-driver",
        description="Show a plan file's changes for git (diff.planner.command): PATH OLD_FILE "
        "OLD_HEX OLD_MODE NEW_FILE NEW_HEX NEW_MODE [NEW_PATH METADATA].",
    )
    parser.add_argument("path")
    parser.add_argument("old_file")
    parser.add_argument("old_hex")
    parser.add_argument("old_mode")
    parser.add_argument("new_file")
    parser.add_argument("new_hex")
    parser.add_argument("new_mode")
    parser.add_argument("rename", nargs="*", help=argparse.SUPPRESS)


def _text(file: str) -> str:
    return "" if file == _NO_FILE else read_text(Path(file))


def _plan(text: str, name: str) -> Plan:
    return parse_plan(text, name)[0] if text.strip() else Plan()


def _line_diff(old: str, new: str, old_name: str, new_name: str, reason: str) -> str:
    import difflib  # about 3 ms: only for a side that is not a readable plan

    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{old_name}", f"b/{new_name}"
    )
    return f"({reason}: showing the lines that changed)\n" + "".join(
        line if line.endswith("\n") else line + "\n" for line in lines
    )


def run(args: argparse.Namespace) -> int:
    new_name = args.rename[0] if args.rename else args.path
    color = git_wants_color(Path.cwd())
    header = f"diff --planner a/{args.path} b/{new_name}"
    out = [f"\x1b[1m{header}\x1b[0m" if color else header]
    try:
        old_text, new_text = _text(args.old_file), _text(args.new_file)
    except PlanFileError as unreadable:
        print(f"planner: {unreadable.problems[0]}", file=sys.stderr)
        return 2
    try:
        old, new = _plan(old_text, f"a/{args.path}"), _plan(new_text, f"b/{new_name}")
    except PlanFileError as trouble:
        out.append(_line_diff(old_text, new_text, args.path, new_name, str(trouble.problems[0])))
    else:
        comparison = compare_plans(old, new, template_for(new, Path(new_name)))
        out.append(render_text(comparison, color=color))
    sys.stdout.write("\n".join(out))
    return 0

"""`planner fmt [--check] PLAN...`: rewrite plan files in the canonical layout, or list those not in it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.plan_file import (
    CURRENT_FORMAT,
    ChangedOnDiskError,
    PlanFileError,
    UnreadableFileError,
    lines_named,
    load_plan,
    plan_to_text,
    save_plan,
    why_not_written,
)

UNCHANGED, CHANGED, INVALID, TROUBLE = "unchanged", "changed", "invalid", "trouble"
_EXIT = {UNCHANGED: 0, CHANGED: 0, INVALID: 1, TROUBLE: 2}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fmt",
        help="rewrite plan files in the canonical layout",
        description="Rewrite each plan file in the layout planner itself saves: keys in the order "
        "of the question flow, one list item a line, records as [[...]] blocks, prose one sentence "
        "a line (however it was wrapped; paragraphs and lists kept). An older file "
        f"format is saved as format {CURRENT_FORMAT}. A file with problems is reported and left "
        "as it is. With --check, nothing is written: the files that would change are listed "
        "(for CI and pre-commit hooks). Exit 0 when done (with --check: all are canonical), 1 "
        "when a file is invalid (with --check: or would change), 2 when one cannot be read or "
        "written.",
    )
    parser.add_argument("plans", nargs="+", type=Path, metavar="PLAN", help="plan files to format")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; list the files that would change, exit 1 if any"
    )


def format_plan(path: Path, check: bool) -> str:
    """Rewrite (or, checking, only compare) one plan file; say what happened."""
    try:
        loaded = load_plan(path)
    except UnreadableFileError as unreadable:
        report_problems(unreadable.problems)
        return TROUBLE
    except PlanFileError as invalid:
        report_problems(invalid.problems)
        return INVALID
    text = plan_to_text(loaded.plan)
    if loaded.fingerprint is not None and loaded.fingerprint.holds(text):
        return UNCHANGED
    older = f" (from format {loaded.migrated_from})" if loaded.migrated_from else ""
    comments = lines_named(loaded.comment_lines)
    if check:
        print(f"{path}: would be reformatted{older}{comments and f', dropping its comments ({comments})'}")
        return CHANGED
    try:
        save_plan(loaded.plan, path, expected=loaded.fingerprint)
    except ChangedOnDiskError:
        error(f"fmt: {path} changed on disk while it was being formatted: run fmt again")
        return TROUBLE
    except OSError as failure:
        error(f"fmt: {why_not_written(path, failure)}")
        return TROUBLE
    print(f"{path}: reformatted{older}")
    if comments:
        error(f"fmt: {path}: its comments ({comments}) were dropped: the planner keeps none")
    return CHANGED


def run(args: argparse.Namespace) -> int:
    outcomes = [format_plan(path, args.check) for path in args.plans]
    changed, unchanged = outcomes.count(CHANGED), outcomes.count(UNCHANGED)
    verb = "would be reformatted" if args.check else "reformatted"
    print(f"planner: {changed} {verb}, {unchanged} unchanged", file=sys.stderr)
    status = max(_EXIT[outcome] for outcome in outcomes)
    return max(status, 1) if args.check and changed else status

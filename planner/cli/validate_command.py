"""`planner validate PLAN...`: check plan files (and `--template FILE` question templates)."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.plan_file import PlanFileError, UnreadableFileError, load_plan
from planner.questions import load_template


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check plan files and report every problem",
        description="Check plan files: TOML syntax, merge-conflict markers, every field's value, "
        "unknown keys. Prints one line per problem (file:line: field: what to do). "
        "Exit 0 when all are valid, 1 when any is invalid, 2 when one cannot be read.",
    )
    parser.add_argument("plans", nargs="*", type=Path, metavar="PLAN", help="plan files to check")
    parser.add_argument(
        "--template", action="append", default=[], metavar="TEMPLATE",
        help="also check a question template (a file, or a built-in name); repeatable",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    if not args.plans and not args.template:
        error("validate: name at least one PLAN or --template")
        return 2
    status = 0
    checks = [(str(p), load_plan, p) for p in args.plans] + [
        (name, load_template, name) for name in args.template
    ]
    for label, loader, target in checks:
        try:
            loader(target)
        except UnreadableFileError as unreadable:
            report_problems(unreadable.problems)
            status = 2
            continue
        except PlanFileError as invalid:
            report_problems(invalid.problems)
            status = max(status, 1)
            continue
        if not args.quiet:
            print(f"{label}: valid")
    return status

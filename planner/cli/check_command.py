"""`planner check PLAN...`: the review's warnings about each plan, one line each, for CI and hooks."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from planner.checks import PlanWarning, plan_warnings
from planner.cli.diff_command import template_for
from planner.cli.output import report_problems
from planner.compare.lines import plural
from planner.plan_file import PlanFileError, parse_plan, read_text
from planner.plan_file.locate import line_of


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="report the review's warnings about plans (for CI)",
        description="Report what the review step warns about in each plan: more cycles at once than "
        "you can carry, a cycle outside the school year or every coaching window, one that runs "
        "through dates to avoid, a target not above the baseline, a cycle naming no concept of the "
        "template's list, a started cycle with no start work sort by its second week, a teacher in "
        "no cycle, a teacher on the roster twice; and notes on concepts not on the list and on what "
        "is not done yet (a cycle with no teachers, start date or length). One line each, "
        "file:line: field: warning. Exit 0 when there is no warning, 1 when there is one (with "
        "--strict: or a note), 2 when a plan cannot be read or is invalid (`planner validate` "
        "names its problems).",
    )
    parser.add_argument("plans", nargs="+", type=Path, metavar="PLAN", help="plan files to check")
    parser.add_argument("--strict", action="store_true", help="fail on notes as well as warnings")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=date.today(),
        metavar="YYYY-MM-DD",
        help="the day to check as of (default: today): which cycles have started",
    )


def _line(path: Path, text: str, warning: PlanWarning) -> str:
    line = line_of(text, warning.field)
    place = f"{path}:{line}" if line else str(path)
    note = "note: " if warning.level == "note" else ""
    return f"{place}: {warning.field}: {note}{warning.message}"


def run(args: argparse.Namespace) -> int:
    status = 0
    counts = {"warning": 0, "note": 0}
    for path in args.plans:
        try:
            text = read_text(path)
            plan = parse_plan(text, str(path))[0]
            template = template_for(plan, path)
        except PlanFileError as trouble:
            report_problems(trouble.problems)
            status = 2
            continue
        for warning in plan_warnings(plan, template, args.today):
            print(_line(path, text, warning))
            counts[warning.level] += 1
    failing = counts["warning"] + (counts["note"] if args.strict else 0)
    print(
        f"planner: {plural(counts['warning'], 'warning')}, {plural(counts['note'], 'note')} "
        f"in {plural(len(args.plans), 'plan')}",
        file=sys.stderr,
    )
    return max(status, 1 if failing else 0)

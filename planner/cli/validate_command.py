"""`planner validate PLAN...`: check plan files (and `--template FILE` question templates)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.plan_file import CURRENT_FORMAT, PlanFileError, UnreadableFileError, load_plan
from planner.questions import load_template


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check plan files and report every problem",
        description="Check plan files: TOML syntax, merge-conflict markers, the file format, every "
        "field's value, unknown keys, ids, teachers named in cycles. Prints one line per problem "
        "(file:line: field: what to do), all of them, not only the first. "
        "Exit 0 when all are valid, 1 when any is invalid, 2 when one cannot be read.",
    )
    parser.add_argument("plans", nargs="*", type=Path, metavar="PLAN", help="plan files to check")
    parser.add_argument(
        "--template",
        action="append",
        default=[],
        metavar="TEMPLATE",
        help="also check a question template (a file, or a built-in name); repeatable",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def _plan_verdict(path: Path) -> str:
    loaded = load_plan(path)
    if loaded.migrated_from:
        return (
            f"valid (file format {loaded.migrated_from}; `planner fmt {path}` rewrites it in "
            f"format {CURRENT_FORMAT})"
        )
    return "valid"


def _template_verdict(name: str) -> str:
    load_template(name)
    return "valid template"


def run(args: argparse.Namespace) -> int:
    if not args.plans and not args.template:
        error("validate: name at least one PLAN or --template")
        return 2
    checks: list[tuple[str, Callable[[], str]]] = [
        (str(path), lambda path=path: _plan_verdict(path)) for path in args.plans
    ] + [(name, lambda name=name: _template_verdict(name)) for name in args.template]
    status = 0
    for label, check in checks:
        try:
            verdict = check()
        except UnreadableFileError as unreadable:
            report_problems(unreadable.problems)
            status = 2
            continue
        except PlanFileError as invalid:
            report_problems(invalid.problems)
            status = max(status, 1)
            continue
        if not args.quiet:
            print(f"{label}: {verdict}")
    return status

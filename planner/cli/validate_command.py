"""`planner validate PLAN...`: check plan files (and `--template FILE` question templates)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from planner.checks import duplicate_teachers
from planner.cli.output import error, report_problems
from planner.plan_file import (
    CURRENT_FORMAT,
    PlanFileError,
    Problem,
    UnreadableFileError,
    load_plan,
    read_text,
)
from planner.plan_file.locate import line_of
from planner.questions import load_template


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check plan files and report every problem",
        description="Check plan files: TOML syntax, merge-conflict markers (and each answer the two "
        "sides of a conflict differ on), the file format, every field's value, unknown keys, ids, "
        "teachers named in cycles, a teacher on the roster twice under two ids. Prints one line per problem "
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
    duplicates = duplicate_teachers(loaded.plan)
    if duplicates:
        text = read_text(path)
        raise PlanFileError(
            [Problem(d.message, d.field, line_of(text, d.field), source=str(path)) for d in duplicates]
        )
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
            report_problems(_with_conflicted_answers(invalid.problems, label))
            status = max(status, 1)
            continue
        if not args.quiet:
            print(f"{label}: {verdict}")
    return status


def _with_conflicted_answers(problems: list[Problem], source: str) -> list[Problem]:
    """The problems, and when they are conflict markers, each answer the two sides differ on."""
    if not any(p.message.startswith("git merge conflict marker") for p in problems):
        return problems
    from planner.git.conflicts import conflicted_answers  # the comparison, only after a conflict

    answers = conflicted_answers(read_text(Path(source)), source)
    return sorted([*problems, *answers], key=lambda p: (p.line or 0, bool(p.field)))

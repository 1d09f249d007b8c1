"""`planner new`: start next school year's plan file, carrying forward what still holds from last year's."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.model import Plan
from planner.new_year import default_school_year, relative_link, start_plan
from planner.plan_file import Fingerprint, PlanFileError, check_plan, load_plan, save_plan, why_not_written
from planner.questions import DEFAULT_TEMPLATE, is_template_file, load_template


def _school_year(text: str) -> str:
    problems = check_plan(Plan(school_year=text))
    if problems:
        raise argparse.ArgumentTypeError(problems[0].message)
    return text


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="start a plan for a school year, from last year's plan or from scratch",
        description="Write a new plan file. With --from, it carries forward last year's coach "
        "details, teacher roster and schedule settings, moves the focus up a year (year 2 becomes "
        "this year's focus, beyond becomes year 2) and names last year's file for comparison; "
        "everything else (vision, learning, cycles, windows, dates to avoid, accountability, the "
        "year in review) starts empty. "
        "Exit 0 when written, 1 when the file exists (use --force), 2 on trouble (last year's plan "
        "or the template cannot be read or is invalid, the file cannot be written).",
    )
    parser.add_argument(
        "--year",
        type=_school_year,
        metavar="YEAR",
        help="the school year, like 2026-27 (default: the year after --from's, else the coming one)",
    )
    parser.add_argument(
        "--from", dest="previous", type=Path, metavar="PREVIOUS", help="last year's plan file to start from"
    )
    parser.add_argument(
        "--template",
        metavar="NAME",
        help="question template: a built-in name or a .toml file "
        f"(default: --from's template, else {DEFAULT_TEMPLATE})",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write it (default: YEAR.toml beside --from's plan, else plans/YEAR.toml)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _choose_template(args: argparse.Namespace, previous: Plan | None, output: Path) -> str:
    """The new plan's template, checked: a built-in by name, a file by its path from the new plan's folder.

    A file named on the command line is found from the current folder, one named in last year's
    plan from that plan's folder.
    """
    if args.template:
        name, base = args.template, Path.cwd()
    elif previous is not None and previous.template:
        name, base = previous.template, args.previous.parent
    else:
        name, base = DEFAULT_TEMPLATE, Path.cwd()
    if not is_template_file(name):
        load_template(name)
        return name
    template_file = (base / name).resolve()
    load_template(str(template_file))
    return relative_link(template_file, output.resolve())


def run(args: argparse.Namespace) -> int:
    try:
        previous = load_plan(args.previous).plan if args.previous else None
        school_year = args.year or default_school_year(previous, date.today())
        # Beside last year's plan: in a repository laid out by coach, each coach's years stay together.
        folder = args.previous.parent if args.previous else Path("plans")
        output: Path = args.output or folder / f"{school_year}.toml"
        if args.previous and output.resolve() == args.previous.resolve():
            error(f"new: {output} is the plan you start from: choose another file with -o")
            return 2
        if output.exists() and not args.force:
            error(f"new: {output} exists: choose another file with -o, or replace it with --force")
            return 1
        template = _choose_template(args, previous, output)
        last_year = relative_link(args.previous.resolve(), output.resolve()) if args.previous else ""
        plan = start_plan(school_year, template, previous, last_year)
        save_plan(plan, output, expected=Fingerprint.of(output))
    except PlanFileError as trouble:
        report_problems(trouble.problems)
        return 2
    except OSError as failure:
        error(f"new: {why_not_written(output, failure)}")
        return 2
    print(_summary(output, plan, previous))
    return 0


def _summary(output: Path, plan: Plan, previous: Plan | None) -> str:
    lines = [f"planner: wrote {output} for {plan.school_year}"]
    if previous is not None:
        lines.append(
            f"  carried forward from {plan.last_year}: the coach's details, {len(plan.teachers)} "
            "teachers, the schedule settings, and the focus moved up a year"
        )
    lines.append(f"  open it with: planner {output}")
    return "\n".join(lines)

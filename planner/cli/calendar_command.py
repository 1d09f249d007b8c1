"""`planner calendar import SCHOOL.ics PLAN`: a district's school calendar into the plan's dates to avoid."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.calendar import school_year_span
from planner.cli.output import error, report_problems
from planner.plan_file import ChangedOnDiskError, PlanFileError, load_plan, save_plan, why_not_written


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="import a district's school calendar (.ics) into a plan's dates to avoid",
        description="Work with school calendars. `planner export PLAN --format ics` goes the other way.",
    )
    verbs = parser.add_subparsers(dest="calendar_verb", metavar="VERB", required=True)
    reading = verbs.add_parser(
        "import",
        help="add a school calendar's days off to a plan's dates to avoid",
        description="Read a district's published calendar (.ics) and add its days off in the plan's "
        "school year to the plan's dates to avoid: all-day and multi-day events, recurring ones "
        "day by day. A weekly event (an early release) is shown as one note, not a date to avoid "
        "each week; a timed event (a board meeting) is no day off and is left out. Each blackout "
        "added remembers its event, so importing the same calendar again changes nothing and an "
        "updated calendar updates what it added; dates to avoid you wrote yourself are never "
        "changed. It shows what it will do and asks first (or takes --yes). The plan is written "
        "whole or not at all. Exit 0 when imported (or nothing to change), 1 when not imported "
        "(the answer was no), 2 on trouble (a file that cannot be read, a plan with no school "
        "year, a plan changed on disk meanwhile).",
    )
    reading.add_argument("school_calendar", type=Path, metavar="SCHOOL.ics", help="the district's calendar")
    reading.add_argument("plan", type=Path, metavar="PLAN", help="the plan file to add the dates to")
    reading.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    reading.add_argument("-y", "--yes", action="store_true", help="import without asking")


def _read_calendar(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as failure:
        error(f"calendar: cannot read {path}: {failure.strerror or failure}")
        return None


def _confirmed() -> bool:
    print("Import these? [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    # icalendar and recurring-ical-events take close to half a second to import: only this
    # command needs them.
    from planner.calendar.school_calendar import (
        SchoolCalendarError,
        apply_import,
        describe_import,
        plan_import,
        read_school_calendar,
    )

    data = _read_calendar(args.school_calendar)
    if data is None:
        return 2
    try:
        loaded = load_plan(args.plan)
    except PlanFileError as problem:
        report_problems(problem.problems)
        return 2
    span = school_year_span(loaded.plan.school_year)
    if span is None:
        error(f"calendar: {args.plan} names no school year (such as 2025-26): answer it in step 1 first")
        return 2
    try:
        calendar = read_school_calendar(data, span)
    except SchoolCalendarError as problem:
        error(f"calendar: {args.school_calendar}: {problem}")
        return 2
    proposal = plan_import(loaded.plan, calendar)
    for line in describe_import(proposal):
        print(line)
    if args.dry_run or not proposal.changes:
        return 0
    if not args.yes and not _confirmed():
        error("calendar: not imported (give --yes to import without asking)")
        return 1
    apply_import(loaded.plan, proposal)
    try:
        save_plan(loaded.plan, args.plan, expected=loaded.fingerprint)
    except ChangedOnDiskError:
        error(f"calendar: {args.plan} changed on disk while importing: nothing written, run it again")
        return 2
    except PlanFileError as problem:
        report_problems(problem.problems)
        return 2
    except OSError as failure:
        error(f"calendar: {why_not_written(args.plan, failure)}")
        return 2
    print(f"planner: wrote {args.plan}", file=sys.stderr)
    return 0

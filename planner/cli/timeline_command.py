"""`planner timeline PLAN`: the year at a glance on stdout, one character a week, readable at 80 columns."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.calendar.year_chart import render_chart, year_chart
from planner.cli.output import error, report_problems
from planner.plan_file import PlanFileError, load_plan

# Narrower than this, the cycles' labels have no room beside a year of weeks.
_NARROWEST = 60


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="draw the year at a glance: windows, cycles, dates to avoid, cycles a week",
        description="Draw the school year on stdout, one character a week across (month labels "
        "above), one line a row: the coaching windows, each cycle, the dates to avoid, and the "
        "count of cycles in each week against the capacity (! marks a week over it). Cycles are "
        "named by title, never by teacher. Exit 0 when drawn, 1 when nothing in the plan is dated, "
        "2 when the plan cannot be read or is invalid.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the plan file to draw")
    parser.add_argument(
        "--width",
        type=int,
        default=80,
        metavar="COLUMNS",
        help=f"line width (default 80, at least {_NARROWEST})",
    )


def run(args: argparse.Namespace) -> int:
    if args.width < _NARROWEST:
        error(f"timeline: --width must be at least {_NARROWEST}")
        return 2
    try:
        plan = load_plan(args.plan).plan
    except PlanFileError as trouble:
        report_problems(trouble.problems)
        return 2
    chart = year_chart(plan)
    if chart is None:
        error(f"timeline: {args.plan}: nothing is dated yet (no window, cycle start or blackout)")
        return 1
    print(render_chart(chart, args.width), end="")
    return 0

"""`planner fit PLAN`: propose start dates for cycles inside the coaching windows, then write them."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.calendar.fit import Fit, apply_fit, fit_plan, proposal_words
from planner.cli.output import error, report_problems
from planner.plan_file import (
    ChangedOnDiskError,
    PlanFileError,
    lines_named,
    load_plan,
    save_plan,
    why_not_written,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fit",
        help="propose start dates that fit the windows, the dates to avoid and the capacity",
        description="Propose a start date for each cycle that has none (with --all, for every "
        "cycle): the first teaching day of a week inside a coaching window, every week of the "
        "cycle inside that window, no week holding more cycles than schedule.max_concurrent_cycles. "
        "Dates to avoid are avoided when every cycle can still be placed; otherwise the proposal "
        "names the ones a cycle crosses. The proposal is printed, then written to the plan (not "
        "with --dry-run). Exit 0 when every cycle is placed, 1 when one cannot be (the others are "
        "still proposed), 2 when the plan cannot be read, is invalid or cannot be written.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the plan file to fit")
    parser.add_argument(
        "--all", action="store_true", help="re-plan every cycle, not only those with no start"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the proposal and write nothing")


def _show(fit: Fit) -> None:
    width = max((len(p.cycle_id) for p in fit.proposals), default=0)
    for proposal in fit.proposals:
        print(f"{proposal.cycle_id:<{width}}  {proposal_words(proposal)}")
    for unplaced in fit.unplaced:
        error(f"fit: {unplaced.cycle_id}: {unplaced.reason}")


def run(args: argparse.Namespace) -> int:
    try:
        loaded = load_plan(args.plan)
    except PlanFileError as trouble:
        report_problems(trouble.problems)
        return 2
    fit = fit_plan(loaded.plan, replan_all=args.all)
    if not fit.proposals and not fit.unplaced:
        print(f"{args.plan}: every cycle has a start date (--all re-plans them)")
        return 0
    if fit.capacity is None:
        error("fit: the plan sets no capacity (schedule.max_concurrent_cycles): no limit a week")
    _show(fit)
    status = 1 if fit.unplaced else 0
    if args.dry_run or not apply_fit(loaded.plan, fit.proposals):
        return status
    try:
        save_plan(loaded.plan, args.plan, expected=loaded.fingerprint)
    except ChangedOnDiskError:
        error(f"fit: {args.plan} changed on disk while it was being fitted: run fit again")
        return 2
    except OSError as failure:
        error(f"fit: {why_not_written(args.plan, failure)}")
        return 2
    print(f"{args.plan}: {len(fit.proposals)} start dates written")
    comments = lines_named(loaded.comment_lines)
    if comments:
        error(f"fit: {args.plan}: its comments ({comments}) were dropped: the planner keeps none")
    return status

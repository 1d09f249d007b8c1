"""`planner git-setup`: make `git diff`, `git log -p` and merges understand plan files (like nbdime)."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.output import error
from planner.git.attributes import DEFAULT_PATTERN, pattern_problem
from planner.git.runner import GitError
from planner.git.setup import Target, check, install, uninstall


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "git-setup",
        help="register planner's diff (and merge) driver with git",
        description="Register planner's diff driver with git, so that `git diff` (and `git log -p "
        "--ext-diff`, `git show --ext-diff`) print plan changes in the plan's terms. The driver "
        "commands go in git config; the path pattern goes in .gitattributes (commit it), or with "
        "--global in your own attributes file. Safe to run again: nothing is added twice.",
    )
    parser.add_argument(
        "--global", dest="global_", action="store_true", help="set up for every repository of yours"
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="also register the merge driver: plans merge record by record and answer by answer",
    )
    parser.add_argument(
        "--uninstall",
        action="store_true",
        help="take planner's drivers away (only the merge driver, with --merge)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="report what is set up; exit 0 when `git diff` uses planner, 1 when not",
    )
    parser.add_argument(
        "--pattern",
        default=DEFAULT_PATTERN,
        metavar="PATTERN",
        help=f"the plan files, as a gitattributes pattern (default: {DEFAULT_PATTERN})",
    )


def run(args: argparse.Namespace) -> int:
    problem = pattern_problem(args.pattern)
    if problem:
        error(f"git-setup: {problem}")
        return 2
    try:
        if args.check:
            state = check(Path.cwd())
            print("\n".join(state.lines))
            print(
                "git diff uses planner for plan files"
                if state.diff_ready
                else "git diff does not use planner yet: run `planner git-setup`"
            )
            if args.merge and not state.merge_ready:
                print("the merge driver is not set up: run `planner git-setup --merge`")
            return 0 if state.diff_ready and (state.merge_ready or not args.merge) else 1
        target = Target.find(args.global_, Path.cwd())
        done = uninstall(target, args.merge) if args.uninstall else install(target, args.pattern, args.merge)
    except GitError as trouble:
        error(f"git-setup: {trouble}")
        return 2
    print("\n".join(done))
    if not args.uninstall and target.name == "repository":
        print(f"commit {target.attributes.name}: others get the same diffs once they run `planner git-setup`")
    return 0

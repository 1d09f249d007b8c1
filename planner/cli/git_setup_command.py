"""`planner git-setup`: make `git diff`, `git log -p` and merges understand plan files (like nbdime)."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.output import error
from planner.git.attributes import DEFAULT_PATTERN, pattern_problem
from planner.git.runner import GitError
from planner.git.setup import SetupState, Target, check, install, patterns_for, uninstall


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
        help="also register the merge driver: plans merge record by record and answer by answer "
        "(without it, set up anyway when .gitattributes already names it)",
    )
    parser.add_argument(
        "--uninstall",
        action="store_true",
        help="take planner's drivers away (only the merge driver, with --merge)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="report what is set up; exit 0 when git uses planner for every tracked plan, 1 (naming "
        "the fix) when a driver the attributes name is not set up or no longer runs, or a plan is "
        "not covered",
    )
    parser.add_argument(
        "--pattern",
        metavar="PATTERN",
        help=f"the plan files, as a gitattributes pattern (default: {DEFAULT_PATTERN}, and the "
        "folder of any tracked plan outside a plans folder)",
    )


def run(args: argparse.Namespace) -> int:
    problem = pattern_problem(args.pattern) if args.pattern is not None else None
    if problem:
        error(f"git-setup: {problem}")
        return 2
    try:
        if args.check:
            return _report(check(Path.cwd(), want_merge=args.merge))
        target = Target.find(args.global_, Path.cwd())
        attributes_before = target.read_attributes()
        if args.uninstall:
            done = uninstall(target, args.merge)
        else:
            done = install(target, [args.pattern] if args.pattern else patterns_for(target), args.merge)
    except GitError as trouble:
        error(f"git-setup: {trouble}")
        return 2
    print("\n".join(done))
    if not args.uninstall and target.name == "repository" and target.read_attributes() != attributes_before:
        print(f"commit {target.attributes.name}: others get the same diffs once they run `planner git-setup`")
    return 0


def _report(state: SetupState) -> int:
    print("\n".join(state.lines))
    for problem in state.problems:
        error(f"git-setup --check: {problem}")
    if state.problems:
        return 1
    print("git uses planner for every tracked plan file")
    return 0

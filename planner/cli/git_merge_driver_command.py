"""`planner git-merge-driver %O %A %B %L %P %S %X %Y`: what git runs to merge a plan file (git-setup)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.git.merge_files import merge_plan_files


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    # No help=: git runs this, people don't, so it stays out of `planner --help`.
    parser = subparsers.add_parser(
        "git-merge-driver",
        description="Merge plan files for git: ANCESTOR OURS THEIRS [MARKER_SIZE [PATH [ANCESTOR_NAME "
        "OURS_NAME THEIRS_NAME]]]. The result is written to OURS. Exit 0 when merged cleanly, 1 when "
        "conflicts are marked in it.",
    )
    parser.add_argument("ancestor", type=Path)
    parser.add_argument("ours", type=Path)
    parser.add_argument("theirs", type=Path)
    parser.add_argument("marker_size", nargs="?", type=int, default=7)
    parser.add_argument("path", nargs="?", default="")
    # git 2.44+ fills these in (%S %X %Y); older git passes the placeholders as written.
    parser.add_argument("names", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    names = [*args.names, None, None, None]
    outcome = merge_plan_files(
        args.ancestor, args.ours, args.theirs, args.marker_size, args.path, labels=(names[1], names[2])
    )
    for message in outcome.messages:
        print(f"planner: {message}", file=sys.stderr)
    return 0 if outcome.clean else 1

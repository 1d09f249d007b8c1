"""What every subcommand shares for talking to the user: problems to stderr, one line each."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from planner.plan_file import Problem


def report_problems(problems: Iterable[Problem]) -> None:
    """Print each problem on its own line to stderr."""
    for problem in problems:
        print(str(problem), file=sys.stderr)


def error(message: str) -> None:
    """Print one `planner: message` line to stderr."""
    print(f"planner: {message}", file=sys.stderr)

"""What every subcommand shares for talking to the user: problems to stderr, one line each, and
the format of what it writes, taken from `--format` or the output file's name."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from planner.plan_file import Problem

# `-o -` writes to standard output.
STDOUT = "-"

Format = TypeVar("Format", bound=str)


def report_problems(problems: Iterable[Problem]) -> None:
    """Print each problem on its own line to stderr."""
    for problem in problems:
        print(str(problem), file=sys.stderr)


def error(message: str) -> None:
    """Print one `planner: message` line to stderr."""
    print(f"planner: {message}", file=sys.stderr)


def output_format(
    chosen: Format | None, output: str | None, suffixes: Mapping[str, Format], default: Format
) -> Format:
    """The format asked for with `--format`, else the one the output file's suffix names, else `default`."""
    if chosen:
        return chosen
    if output and output != STDOUT:
        return suffixes.get(Path(output).suffix.lower(), default)
    return default

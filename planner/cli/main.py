"""The `planner` entry point: parses the command line and hands each subcommand to its module.

Each subcommand lives in its own module under `planner.cli` with `add_parser(subparsers)` and
`run(args) -> int`; this module only wires them. Exit codes: 0 success, 1 the answer is "no"
(invalid, different, not canonical), 2 trouble (unreadable file, bad arguments).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from planner import __version__

# Subcommand name -> module. `open` is the default: `planner PLAN` means `planner open PLAN`.
SUBCOMMANDS: dict[str, str] = {
    "open": "planner.cli.open_command",
    "new": "planner.cli.new_command",
    "validate": "planner.cli.validate_command",
    "fmt": "planner.cli.fmt_command",
    "check": "planner.cli.check_command",
    "diff": "planner.cli.diff_command",
    "git-setup": "planner.cli.git_setup_command",
    "git-diff-driver": "planner.cli.git_diff_driver_command",
    "git-merge-driver": "planner.cli.git_merge_driver_command",
    "export": "planner.cli.export_command",
    "calendar": "planner.cli.calendar_command",
    "fit": "planner.cli.fit_command",
    "timeline": "planner.cli.timeline_command",
    "report": "planner.cli.report_command",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: with every subcommand, or with `only` that one (so a run imports
    just the module it needs: git calls the driver commands once per file)."""
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Plan a school year of math coaching: guided questions, a git-friendly TOML "
        "plan, comparison with last year, and a summary for administrators.",
        epilog="Run `planner PLAN` to open a plan in the planner (a new one if PLAN does not "
        "exist), or `planner COMMAND --help` for one command.",
    )
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in SUBCOMMANDS.items():
        if only is None or name == only:
            importlib.import_module(module_name).add_parser(subparsers)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    if not argv:
        return ["open"]
    first = argv[0]
    if first in SUBCOMMANDS or first in ("-h", "--help", "--version"):
        return argv
    return ["open", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run planner with these arguments (default: the process's) and return the exit code."""
    arguments = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    command = arguments[0] if arguments[0] in SUBCOMMANDS else None
    args = build_parser(only=command).parse_args(arguments)
    # argparse drops a `--` from the words it hands a command: diff needs to know where it was.
    args.words_after_dashes = arguments[arguments.index("--") + 1 :] if "--" in arguments else None
    if args.command is None:
        build_parser().print_help()
        return 2
    module = importlib.import_module(SUBCOMMANDS[args.command])
    try:
        return module.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

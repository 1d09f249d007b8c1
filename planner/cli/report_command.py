"""`planner report PATH...`: the district's view over every coach's plans, naming no teacher."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from planner.cli.output import STDOUT, error, output_format, report_problems
from planner.export.formats import PAPERS
from planner.model import SCHOOL_YEAR
from planner.plan_file import write_atomically
from planner.report import FORMATS, ReportFormat, build_report, read_district, render

_SUFFIXES: dict[str, ReportFormat] = {f".{name}": name for name in FORMATS} | {".htm": "html"}
# Progress shows only when reading takes longer than this.
_QUIET_SECONDS = 1.0
_BAR_WIDTH = 30


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="the district's report over every coach's plans (names no teacher)",
        description="Read every plan under the PATHs (plan files, folders searched recursively, "
        "globs; a plan is a TOML file with a planner_format key, other TOML files are skipped) "
        "and write the district's report for one school year: per coach, per school and for "
        "the district, the cycles, reach, time in cycles, the mix of focus areas, kinds, moves, "
        "grade bands and concepts, results, last year's carry-forward themes and the state of "
        "the plans. No teacher is named, no teacher's notes are shown, and any group of fewer "
        "than 3 teachers shows as 'fewer than 3'. Exit 0 when written and every plan was read, "
        "1 when written but some plans are unreadable or invalid, 2 when nothing was written.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="plan files, folders or globs")
    parser.add_argument(
        "-f",
        "--format",
        dest="report_format",
        choices=FORMATS,
        help="md, html, pdf, csv or json (default: from the -o file's extension, else md)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write (default: standard output)")
    parser.add_argument("--year", metavar="YEAR", help="the school year, like 2025-26 (default: the newest)")
    parser.add_argument(
        "--compare", action="store_true", help="set the year against the one before it, district-wide"
    )
    parser.add_argument(
        "--no-coaches", action="store_true", help='name no coach either ("Coach 1"...) and no plan file'
    )
    parser.add_argument("--paper", choices=PAPERS, default="letter", help="PDF page size (default: letter)")


class ProgressBar:
    """A bar on stderr while the plans are read, once reading has taken over a second, and only
    when stderr is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty() or time.monotonic() - self.started < _QUIET_SECONDS:
            return
        filled = _BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        self.stream.write(f"\rreading plans [{bar}] {done}/{total}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _write(content: bytes, output: str | None, report_format: str) -> bool:
    if output in (None, STDOUT):
        if report_format == "pdf" and sys.stdout.isatty():
            error("report: a PDF would garble the terminal: give -o FILE")
            return False
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return True
    try:
        write_atomically(Path(output), content, shared=True)
    except OSError as failure:
        error(f"report: cannot write {output}: {failure.strerror or failure}")
        return False
    print(f"planner: wrote {output}", file=sys.stderr)
    return True


def run(args: argparse.Namespace) -> int:
    if args.year and not SCHOOL_YEAR.accepts(args.year):
        error(f"report: --year {args.year}: write a school year like {SCHOOL_YEAR.example}")
        return 2
    progress = ProgressBar(sys.stderr)
    district = read_district(args.paths, progress)
    progress.finish()
    report_problems(district.not_found)
    report_problems(r.problem for r in district.plans if r.problem is not None)
    if not district.plans:
        error("report: no plan found (a plan is a .toml file with a planner_format key)")
        return 2
    report = build_report(district, args.year or "", compare=args.compare, coaches_named=not args.no_coaches)
    report_format = output_format(args.report_format, args.output, _SUFFIXES, "md")
    if not _write(render(report, report_format, args.paper), args.output, report_format):
        return 2
    broken = district.not_found or any(r.problem is not None for r in district.plans)
    return 1 if broken else 0

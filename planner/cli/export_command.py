"""`planner export PLAN --format md|html|pdf|ics`: the one-to-two-page summary for administrators,
or the plan's calendar for the coach's calendar app."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from planner.cli.output import STDOUT, error, output_format, report_problems
from planner.export import ExportTemplateError, build_summary, render, render_calendar
from planner.export.formats import FORMATS, PAPERS, ExportFormat
from planner.model import Plan
from planner.plan_file import PlanFileError, load_plan, write_atomically

_SUFFIXES: dict[str, ExportFormat] = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".ics": "ics",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the summary for administrators (Markdown, HTML or PDF) or the calendar (.ics)",
        description="Write a one-to-two-page summary of a plan for a principal or district leader: "
        "vision and focus, professional learning, the program in numbers, the year at a glance, how "
        "the schedule is protected, accountability and support. It names no teacher unless "
        "--include-names is given, and never shows teachers' notes. Markdown and HTML go to "
        "standard output unless -o is given; a PDF goes to PLAN-summary.pdf in the current folder. "
        "With --format ics it writes the plan's calendar instead: each cycle over its weeks, its "
        "weekly planning meeting (not on dates to avoid), the windows, the dates to avoid and the "
        "reflection dates, as all-day events that a newer export updates in a calendar app. "
        "Files are written whole or not at all. Exit 0 when written, 2 on trouble (a plan that "
        "cannot be read or is invalid, a broken template, a file that cannot be written).",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the plan file to summarise")
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        dest="export_format",
        help="md, html, pdf or ics (default: from the -o file's extension, else md)",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="LAST_YEAR",
        help="last year's plan: adds what changed since, and last year's results",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write the summary (`-` for standard output)",
    )
    parser.add_argument(
        "--include-names",
        action="store_true",
        help="name the teachers in each cycle (by default the summary and the calendar only count them)",
    )
    parser.add_argument("--paper", choices=PAPERS, default="letter", help="PDF page size (default: letter)")
    parser.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder of the district's own export templates (summary.md.j2, summary.html.j2, "
        "summary.css); missing ones come from planner",
    )


def _load(path: Path) -> Plan | None:
    try:
        return load_plan(path).plan
    except PlanFileError as problem:
        report_problems(problem.problems)
        return None


def _destination(args: argparse.Namespace, export_format: ExportFormat) -> Path | None:
    """Where to write (None for standard output)."""
    if args.output == STDOUT or (args.output is None and export_format != "pdf"):
        return None
    if args.output is None:
        return Path(f"{args.plan.stem}-summary.pdf")
    return Path(args.output)


def _write(content: bytes, destination: Path | None, export_format: ExportFormat, inputs: list[Path]) -> int:
    if destination is None:
        if export_format == "pdf" and sys.stdout.isatty():
            error("export: a PDF would garble the terminal: give -o FILE")
            return 2
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return 0
    if any(destination.resolve() == source.resolve() for source in inputs):
        error(f"export: {destination} is a plan file: choose another output file")
        return 2
    try:
        write_atomically(destination, content, shared=True)
    except OSError as failure:
        error(f"export: cannot write {destination}: {failure.strerror or failure}")
        return 2
    print(f"planner: wrote {destination}", file=sys.stderr)
    return 0


def _calendar(args: argparse.Namespace, plan: Plan) -> bytes:
    """The plan's calendar, its events dated by when the plan file last changed."""
    changed = datetime.fromtimestamp(args.plan.stat().st_mtime, UTC)
    return render_calendar(plan, changed=changed, include_names=args.include_names)


def run(args: argparse.Namespace) -> int:
    export_format = output_format(args.export_format, args.output, _SUFFIXES, "md")
    if export_format == "ics" and (args.compare or args.templates):
        error("export: --compare and --templates are for the summary, not the calendar")
        return 2
    if args.templates and not args.templates.is_dir():
        error(f"export: {args.templates}: no such folder of templates")
        return 2
    plan = _load(args.plan)
    last_year = _load(args.compare) if args.compare else None
    if plan is None or (args.compare and last_year is None):
        return 2
    if export_format == "ics":
        content = _calendar(args, plan)
    else:
        summary = build_summary(plan, include_names=args.include_names, last_year=last_year)
        try:
            content = render(summary, export_format, templates_dir=args.templates, paper=args.paper)
        except ExportTemplateError as broken:
            error(f"export: {broken}")
            return 2
    inputs = [args.plan, *([args.compare] if args.compare else [])]
    return _write(content, _destination(args, export_format), export_format, inputs)

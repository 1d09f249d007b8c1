"""`planner diff [OLD] NEW`: what changed between two plans, in the plan's terms (text, Markdown, JSON)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.compare import Comparison, compare_plans
from planner.compare.json_shape import render_json
from planner.compare.render import render_markdown, render_text
from planner.model import Plan
from planner.plan_file import PlanFileError, load_plan
from planner.questions import DEFAULT_TEMPLATE, Template, load_template


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="compare two plans (last year's and this year's, or two versions of one)",
        description="Compare two plans answer by answer and record by record: teachers and cycles "
        "are matched by id (or by name when the id changed), prose word by word. With one PLAN, "
        "compare it with the last year's plan it names. When last year's results are filled in, "
        "they come first. Exit 0 when the plans say the same thing (even if the files are "
        "formatted differently), 1 when they differ, 2 on trouble.",
    )
    parser.add_argument("plans", nargs="+", type=Path, metavar="PLAN", help="OLD NEW, or just NEW")
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text (default), markdown, or json (a stable shape, see docs/compare-and-git.md)",
    )
    parser.add_argument("--stat", action="store_true", help="one summary line per step, not every change")
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text: auto (default) colours a terminal, unless NO_COLOR is set",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing; only the exit code tells")
    parser.add_argument("--template", metavar="TEMPLATE", help="label changes by this question template")


def use_color(choice: str, stream: object = sys.stdout) -> bool:
    """Whether to colour output: `always`, `never`, or (auto) a terminal without NO_COLOR set."""
    if choice != "auto":
        return choice == "always"
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def template_for(plan: Plan, plan_path: Path | None, override: str | None = None) -> Template:
    """The template a plan names (a path is taken relative to the plan's folder), else the default.

    A template that cannot be read only costs the labels: the default one is used, with a warning.
    """
    name = override or plan.template or DEFAULT_TEMPLATE
    if plan_path is not None and (name.endswith(".toml") or "/" in name):
        beside = plan_path.parent / name
        name = str(beside) if beside.exists() else name
    try:
        return load_template(name)
    except PlanFileError as trouble:
        if override:
            raise
        report_problems(trouble.problems)
        error("using the default template's labels instead")
        return load_template(DEFAULT_TEMPLATE)


def _paths(args: argparse.Namespace) -> tuple[Path, Path] | None:
    if len(args.plans) > 2:
        error("diff: give OLD NEW, or one PLAN to compare with the last year's plan it names")
        return None
    if len(args.plans) == 2:
        return args.plans[0], args.plans[1]
    new_path = args.plans[0]
    last_year = load_plan(new_path).plan.last_year
    if not last_year:
        error(f"diff: {new_path} names no last year's plan (last_year): give OLD NEW")
        return None
    return new_path.parent / last_year, new_path


def _named(path: Path, plan: Plan) -> str:
    return f"{path} ({plan.school_year})" if plan.school_year else str(path)


def render(comparison: Comparison, args: argparse.Namespace, old_path: Path, new_path: Path) -> str:
    """The comparison in the format and with the options asked for on the command line."""
    if args.format == "json":
        return render_json(comparison, str(old_path), str(new_path))
    years = (comparison.old.school_year, comparison.new.school_year)
    old_name, new_name = (
        f"{path} ({year})" if year else str(path)
        for path, year in zip((old_path, new_path), years, strict=True)
    )
    title = f"Comparing {old_name} with {new_name}"
    if args.format == "markdown":
        return render_markdown(comparison, stat=args.stat, title=title)
    return render_text(comparison, color=use_color(args.color), stat=args.stat, title=title)


def run(args: argparse.Namespace) -> int:
    try:
        paths = _paths(args)
        if paths is None:
            return 2
        old_path, new_path = paths
        old, new = load_plan(old_path).plan, load_plan(new_path).plan
        comparison = compare_plans(old, new, template_for(new, new_path, args.template))
    except PlanFileError as trouble:
        report_problems(trouble.problems)
        return 2
    if not args.quiet:
        sys.stdout.write(render(comparison, args, old_path, new_path))
    return 0 if comparison.same else 1

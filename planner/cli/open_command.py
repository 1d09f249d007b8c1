"""`planner [PLAN]`: open a plan in the planner (a new one if PLAN does not exist)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.model import Plan
from planner.new_year import coming_school_year, start_plan
from planner.plan_file import PlanFileError
from planner.questions import DEFAULT_TEMPLATE, Template, load_template

_YEAR_IN_NAME = re.compile(r"(\d{4}-\d{2})")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open a plan in the planner (the default command: `planner PLAN`)",
        description="Open PLAN in the planner, a new plan if the file does not exist yet. "
        "Without PLAN, choose among the plans in this folder and in plans/, or start a new one.",
    )
    parser.add_argument("plan", nargs="?", type=Path, metavar="PLAN", help="the plan file")
    parser.add_argument(
        "--template",
        metavar="TEMPLATE",
        help="the question flow: a built-in name or a .toml file "
        f"(default: the one the plan names, else {DEFAULT_TEMPLATE})",
    )


def _found_plans() -> list[Path]:
    candidates = sorted(Path().glob("*.toml")) + sorted(Path("plans").glob("*.toml"))
    return [p for p in candidates if _YEAR_IN_NAME.search(p.name)]


def _template_for(chosen: str | None) -> Callable[[Plan, Path], Template]:
    def load(plan: Plan, path: Path) -> Template:
        name = chosen or plan.template or DEFAULT_TEMPLATE
        if name.endswith(".toml") and not chosen and not Path(name).is_absolute():
            name = str(path.parent / name)
        return load_template(name)

    return load


def _new_plan_for(template: str | None) -> Callable[[Path], Plan]:
    def new_plan(path: Path) -> Plan:
        year = _YEAR_IN_NAME.search(path.name)
        school_year = year[1] if year else coming_school_year(date.today())
        return start_plan(school_year, template or "")

    return new_plan


def run(args: argparse.Namespace) -> int:
    if args.template:
        try:
            load_template(args.template)
        except PlanFileError as problem:
            report_problems(problem.problems)
            return 2
    if args.plan is not None and args.plan.is_dir():
        error(f"{args.plan} is a folder: name a plan file, or start planner inside the folder")
        return 2
    # Textual is imported here only: the other commands start without it.
    from planner.tui.app import PlannerApp

    folder = Path("plans") if Path("plans").is_dir() else Path()
    app = PlannerApp(
        args.plan,
        _template_for(args.template),
        new_plan=_new_plan_for(args.template),
        found_plans=_found_plans(),
        new_plan_path=folder / f"{coming_school_year(date.today())}.toml",
    )
    app.run()
    return app.return_code or 0

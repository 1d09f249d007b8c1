"""`planner [PLAN]`: open a plan in the planner (a new one if PLAN does not exist)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.model import Plan
from planner.plan_file import PlanFileError
from planner.questions import DEFAULT_TEMPLATE, Template, load_template

_YEAR_IN_NAME = re.compile(r"(\d{4}-\d{2})")
# How much of a .toml file is read to tell a plan (its format key comes first) from other files.
_PLAN_HEAD = 2048


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


def found_plans(folder: Path) -> list[Path]:
    """The plans in `folder` and in its plans/ folder: .toml files named for a school year, or
    that start like a plan file (other .toml files, such as pyproject.toml, are left out)."""
    candidates = sorted(folder.glob("*.toml")) + sorted((folder / "plans").glob("*.toml"))
    return [path for path in candidates if _YEAR_IN_NAME.search(path.name) or _starts_like_a_plan(path)]


def _starts_like_a_plan(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            return "planner_format" in file.read(_PLAN_HEAD)
    except OSError:
        return False


def new_plan_path(folder: Path, today: date) -> Path:
    """Where a new plan for the coming school year goes: plans/2026-27.toml (or ./ when there is
    no plans/ folder), with -2, -3... added when that file exists already."""
    from planner.new_year import coming_school_year

    if (folder / "plans").is_dir():
        folder = folder / "plans"
    year = coming_school_year(today)
    path = folder / f"{year}.toml"
    number = 2
    while path.exists():
        path, number = folder / f"{year}-{number}.toml", number + 1
    return path


def _template_for(chosen: str | None) -> Callable[[Plan, Path], Template]:
    def load(plan: Plan, path: Path) -> Template:
        name = chosen or plan.template or DEFAULT_TEMPLATE
        if name.endswith(".toml") and not chosen and not Path(name).is_absolute():
            name = str(path.parent / name)
        return load_template(name)

    return load


def _new_plan_for(template: str | None) -> Callable[[Path], Plan]:
    def new_plan(path: Path) -> Plan:
        # Imported here, as in new_plan_path: opening an existing plan (most starts) does not
        # load the year and calendar code (about 8 ms).
        from planner.new_year import coming_school_year, start_plan

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
    from planner.cli.process_settings import owned_process
    from planner.tui.app import PlannerApp

    # The picker's plans and new file, only when there is a picker.
    picker = {}
    if args.plan is None:
        picker = {"found_plans": found_plans(Path()), "new_plan_path": new_plan_path(Path(), date.today())}
    app = PlannerApp(args.plan, _template_for(args.template), new_plan=_new_plan_for(args.template), **picker)
    with owned_process(app):
        app.run()
    return app.return_code or 0

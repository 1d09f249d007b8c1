"""`planner diff`: what changed between two plans, in the plan's terms (text, Markdown, JSON).

Two files (`planner diff OLD NEW`), one file and the last year's plan it names (`planner diff NEW`),
or plan files in git as `git diff` takes them: `planner diff [--cached] [REV [REV]] [--] [PATH...]`
(a revision or a `--` says which is meant).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from planner.cli.output import error, report_problems
from planner.compare import Comparison, compare_plans
from planner.compare.render import render_markdown, render_text
from planner.model import Plan
from planner.plan_file import PlanFileError, load_plan, parse_plan
from planner.questions import DEFAULT_TEMPLATE, Template, load_template


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="compare two plans (last year's and this year's, or two versions of one)",
        description="Compare two plans answer by answer and record by record: teachers and cycles "
        "are matched by id (or by name when the id changed), prose word by word. With one PLAN, "
        "compare it with the last year's plan it names. When last year's results are filled in, "
        "they come first. In a git repository, `planner diff [--cached] [REV [REV]] [--] [PATH...]` "
        "compares the plans there as `git diff` does: the index with the working tree, REV with "
        "the working tree (--cached: with the index), or one REV with another (also REV..REV). "
        "Exit 0 when the plans say the same thing (even if the files are formatted differently, "
        "or their records come in another order), 1 when they differ, 2 on trouble.",
    )
    parser.add_argument(
        "plans", nargs="*", metavar="PLAN", help="OLD NEW, or just NEW; or [REV [REV]] [--] [PATH...]"
    )
    parser.add_argument(
        "--cached", "--staged", action="store_true", help="with git: compare the index (what is staged)"
    )
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
    if not args.plans or len(args.plans) > 2:
        error("diff: give OLD NEW, or one PLAN to compare with the last year's plan it names")
        return None
    if len(args.plans) == 2:
        return Path(args.plans[0]), Path(args.plans[1])
    new_path = Path(args.plans[0])
    last_year = load_plan(new_path).plan.last_year
    if not last_year:
        error(f"diff: {new_path} names no last year's plan (last_year): give OLD NEW")
        return None
    return new_path.parent / last_year, new_path


def _named(path: Path, plan: Plan) -> str:
    return f"{path} ({plan.school_year})" if plan.school_year else str(path)


def render(
    comparison: Comparison, args: argparse.Namespace, old_path: Path | str, new_path: Path | str
) -> str:
    """The comparison in the format and with the options asked for on the command line."""
    if args.format == "json":
        from planner.compare.json_shape import render_json  # json: not for git's driver, nor text

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


def _in_git(args: argparse.Namespace) -> tuple[list[str], list[str]] | None:
    """The revisions and paths when the words speak of git (none at all, a `--`, --cached, or a
    leading word that is a revision and no file), else None: the words are plan files."""
    after = getattr(args, "words_after_dashes", None)
    words = list(args.plans)
    if after is not None:
        return words[: len(words) - len(after)], list(after)
    if not words:
        return [], []
    if not args.cached and Path(words[0]).exists():
        return None
    from planner.git.revisions import is_revision  # git itself, only when a word may be a revision

    revisions = []
    while words and len(revisions) < 2 and not Path(words[0]).exists() and is_revision(words[0], Path.cwd()):
        revisions.append(words.pop(0))
    if not revisions and not args.cached:
        return None
    return revisions, words


def run(args: argparse.Namespace) -> int:
    in_git = _in_git(args)
    if in_git is not None:
        return _run_in_git(args, *in_git)
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


def _run_in_git(args: argparse.Namespace, revisions: list[str], pathspecs: list[str]) -> int:
    """Compare each plan that differs between the points named, as `git diff` would list them."""
    from planner.git.revisions import Points, changed_plans, is_revision, name_at, text_at
    from planner.git.runner import GitError, repository_root

    cwd = Path.cwd()
    if len(revisions) > 2 or not all(is_revision(word, cwd) for word in revisions):
        unknown = next((w for w in revisions if not is_revision(w, cwd)), revisions[-1])
        error(f"diff: {unknown} is not a revision git knows (give at most two, before --)")
        return 2
    points = Points.of(revisions, args.cached)
    try:
        root = repository_root(cwd, "give two plan files instead")
        names = changed_plans(cwd, points, pathspecs)
        versions = [
            (name, text_at(root, points.old, name), text_at(root, points.new, name)) for name in names
        ]
    except GitError as trouble:
        error(f"diff: {trouble}")
        return 2
    status, outputs = 0, []
    for name, old_text, new_text in versions:
        old_name, new_name = name_at(points.old, name), name_at(points.new, name)
        try:
            old, new = _parsed(old_text, old_name), _parsed(new_text, new_name)
            comparison = compare_plans(old, new, template_for(new, root / name, args.template))
        except PlanFileError as trouble:
            report_problems(trouble.problems)
            status = 2
            continue
        status = max(status, 0 if comparison.same else 1)
        outputs.append(render(comparison, args, old_name, new_name))
    if not args.quiet:
        sys.stdout.write("\n".join(outputs))
    return status


def _parsed(text: str, name: str) -> Plan:
    """The plan in a version's text (an empty plan where the file does not exist)."""
    return parse_plan(text, name)[0] if text.strip() else Plan()

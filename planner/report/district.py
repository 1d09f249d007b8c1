"""A district's plans read once: plan files found under folders and globs, each read, checked and
placed (its coach, its school year), whatever state it is in.

The rules:

- A TOML file is a **plan** when it holds the `planner_format` key (a line `planner_format = ...`,
  so that a plan too broken to parse is still known for one); other TOML files are skipped and
  counted. A folder is searched recursively; a glob is expanded.
- A plan's **coach key** is its folder (the folder above `plans/` when the plan sits in one):
  it ties a coach's plans of two years together. The coach's **name** is `about.coach` (read from
  the TOML when the plan does not load), else the folder's name.
- A plan's **school year** is its `school_year`, else (a plan that cannot be read) its file name
  when that is a school year like `2025-26.toml`.
- A plan is **invalid** when it cannot be read or loaded, or lists a teacher twice (as
  `planner validate` says); it is then kept with its first problem, teachers' names left out.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from planner.checks import duplicate_teachers
from planner.export.rewrite import name_remover
from planner.model import SCHOOL_YEAR, Plan
from planner.plan_file import PlanFileError, Problem, parse_plan, read_text, toml_problems
from planner.plan_file.locate import line_of
from planner.plan_file.migrations import FORMAT_KEY

_PLAN_KEY = re.compile(rf"^\s*{FORMAT_KEY}\s*=", re.MULTILINE)
_YEAR_KEY = re.compile(r'^\s*school_year\s*=\s*"([^"\n]*)"', re.MULTILINE)
_PLANS_FOLDER = "plans"

# Called after each file is read: how many are read, of how many.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PlanRecord:
    """One plan file of the district: its place, and the plan or its first problem."""

    path: Path
    coach_key: str
    coach: str
    school_year: str
    plan: Plan | None
    problem: Problem | None = None

    @property
    def valid(self) -> bool:
        """Whether the plan was read and holds no problem."""
        return self.plan is not None


@dataclass
class District:
    """Every plan file found, the other TOML files skipped, and paths that gave nothing."""

    plans: list[PlanRecord] = field(default_factory=list)
    skipped: int = 0
    not_found: list[Problem] = field(default_factory=list)
    _by_path: dict[Path, PlanRecord] = field(default_factory=dict, repr=False)

    def years(self) -> list[str]:
        """The school years the plans are for, newest first."""
        return sorted({r.school_year for r in self.plans if r.school_year}, reverse=True)

    def of_year(self, school_year: str) -> list[PlanRecord]:
        """The plans for one school year, in coach order."""
        return sorted((r for r in self.plans if r.school_year == school_year), key=lambda r: r.coach_key)

    def at(self, path: Path) -> PlanRecord | None:
        """The plan read from this file, if it is one of the district's."""
        if len(self._by_path) != len(self.plans):
            self._by_path = {r.path.resolve(): r for r in self.plans}
        return self._by_path.get(path.resolve())


def _under(path: Path) -> list[Path]:
    """The TOML files of a folder (recursively), or the file itself."""
    return sorted(path.rglob("*.toml")) if path.is_dir() else [path]


def toml_files(paths: Iterable[str]) -> tuple[list[Path], list[Problem]]:
    """The TOML files named, found in the folders named (recursively) or matched by the globs
    (a folder matched is searched too), each once, in order; and a problem for each path that
    gave none."""
    found: dict[Path, Path] = {}
    problems: list[Problem] = []
    for text in paths:
        path = Path(text)
        if path.exists():
            matches = _under(path)
        else:
            globbed = [Path(m) for m in sorted(glob.glob(text, recursive=True))]
            matches = [f for m in globbed for f in _under(m) if f.suffix == ".toml"]
            if not matches:
                problems.append(Problem("no such file or folder, and no file matches it", source=text))
        for match in matches:
            found.setdefault(match.resolve(), match)
    return list(found.values()), problems


def coach_key(path: Path) -> str:
    """The folder that stands for a plan's coach (see the module's rules)."""
    folder = path.resolve().parent
    if folder.name == _PLANS_FOLDER and folder.parent != folder:
        folder = folder.parent
    return str(folder)


def _year_of(path: Path, text: str) -> str:
    found = _YEAR_KEY.search(text)
    if found and SCHOOL_YEAR.accepts(found[1]):
        return found[1]
    return path.stem if SCHOOL_YEAR.accepts(path.stem) else ""


def _what_can_be_read(text: str) -> tuple[str, list[str]]:
    """The coach's name, and the teachers' names and ids, of a plan that does not load, as far as
    its TOML can be read."""
    data, _ = toml_problems(text)
    if not isinstance(data, dict):
        return "", []
    about = data.get("about")
    coach = about.get("coach") if isinstance(about, dict) else None
    teachers = data.get("teachers")
    names = [
        str(teacher[key])
        for teacher in (teachers if isinstance(teachers, list) else [])
        if isinstance(teacher, dict)
        for key in ("name", "id")
        if isinstance(teacher.get(key), str)
    ]
    return (coach.strip() if isinstance(coach, str) else ""), names


def _first_problem(problem: Problem, names: list[str]) -> Problem:
    """The problem with teachers' names (and ids, which are often made of them) left out."""
    remove = name_remover(names)
    return Problem(remove(problem.message), problem.field, problem.line, problem.column, problem.source)


def read_plan(path: Path, text: str) -> PlanRecord:
    """The plan in `text` (read from `path`), placed, or kept with its first problem."""
    key = coach_key(path)
    folder_name = Path(key).name
    try:
        plan, _ = parse_plan(text, str(path))
    except PlanFileError as invalid:
        coach, names = _what_can_be_read(text)
        problem = _first_problem(invalid.problems[0], names)
        return PlanRecord(path, key, coach or folder_name, _year_of(path, text), None, problem)
    coach = plan.about.coach.strip() or folder_name
    duplicates = duplicate_teachers(plan)
    if duplicates:
        names = [name for t in plan.teachers for name in (t.name, t.id)]
        first = duplicates[0]
        placed = Problem(first.message, first.field, line_of(text, first.field), source=str(path))
        problem = _first_problem(placed, names)
        return PlanRecord(path, key, coach, plan.school_year, None, problem)
    return PlanRecord(path, key, coach, plan.school_year, plan)


def read_district(paths: Iterable[str], progress: Progress | None = None) -> District:
    """Every plan under `paths`, each file read once (see the module's rules)."""
    files, not_found = toml_files(paths)
    district = District(not_found=not_found)
    for number, path in enumerate(files, 1):
        try:
            text = read_text(path)
        except PlanFileError as unreadable:
            key = coach_key(path)
            problem = unreadable.problems[0]
            district.plans.append(PlanRecord(path, key, Path(key).name, _year_of(path, ""), None, problem))
        else:
            if _PLAN_KEY.search(text):
                district.plans.append(read_plan(path, text))
            else:
                district.skipped += 1
        if progress:
            progress(number, len(files))
    return district


def last_years_plan(district: District, record: PlanRecord, previous_year: str) -> PlanRecord | None:
    """The plan a coach had the year before: the one `last_year` names, when the district holds it,
    else the coach's plan for `previous_year`."""
    if record.plan and record.plan.last_year:
        named = district.at(record.path.parent / record.plan.last_year)
        if named is not None:
            return named
    return next(
        (r for r in district.of_year(previous_year) if r.coach_key == record.coach_key),
        None,
    )

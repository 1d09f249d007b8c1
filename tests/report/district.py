"""A generated district built from the example plans: twelve coaches over two school years, each
coach's teachers renamed so that every name is the coach's own, with plans missing, broken,
invalid, unfinished and small, and a TOML file that is not a plan.

Coach numbers (1 to 12) and what is special about their 2025-26 plan:
- 3: has none (had one in 2024-25): missing;
- 5: does not parse (TOML syntax), 6: holds a cycle kind that does not exist, 7: lists a teacher
  twice: the three invalid plans;
- 8: unfinished (its vision and focus left blank);
- 9: two teachers on the roster, every cycle with the first alone: a group of fewer than 3, at a
  school of its own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from planner.model import Plan, Teacher
from planner.plan_file import load_plan, plan_to_text
from tests.repository import EXAMPLES

COACHES = 12
MISSING, BROKEN, UNKNOWN_KIND, TWICE, UNFINISHED, SMALL = 3, 5, 6, 7, 8, 9
INVALID = (BROKEN, UNKNOWN_KIND, TWICE)
SMALL_SCHOOL = "Little Creek Elementary"
YEARS = ("2024-25", "2025-26")
# Names no report could hold by chance: a teacher's surname carries its coach's number.
SECRET_NOTE = "PRIVATENOTE"


def coach_name(number: int) -> str:
    """The coach's name in their plans."""
    return f"Coach Person{number:02d}"


def surname_of(teacher: Teacher, number: int) -> str:
    """The surname the example's teacher gets in coach `number`'s plans."""
    return f"{teacher.name.split()[-1]}Q{number:02d}"


@dataclass
class GeneratedDistrict:
    """The district's folder and every teacher name written in any of its plan files."""

    root: Path
    teacher_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)

    def plan_path(self, number: int, year: str) -> Path:
        return self.root / "coaches" / f"coach-{number:02d}" / "plans" / f"{year}.toml"


def _renamed(plan: Plan, number: int, district: GeneratedDistrict) -> Plan:
    plan = copy.deepcopy(plan)
    plan.about.coach = coach_name(number)
    plan.about.schools = ["North Elementary"] if number <= COACHES // 2 else ["South Elementary"]
    for teacher in plan.teachers:
        surname = surname_of(teacher, number)
        teacher.name = " ".join([*teacher.name.split()[:-1], surname])
        teacher.notes = f"{SECRET_NOTE}{number} prefers mornings"
        district.teacher_names.add(teacher.name)
        district.surnames.add(surname)
    return plan


def _this_year(plan: Plan, number: int) -> str:
    if number == UNFINISHED:
        plan.vision.district_vision = plan.vision.connection_to_goals = ""
        plan.focus.this_year = plan.focus.year_two = plan.focus.beyond = ""
    if number == SMALL:
        plan.teachers = plan.teachers[:2]
        plan.about.schools = [SMALL_SCHOOL]
        for cycle in plan.cycles:
            cycle.teachers = [plan.teachers[0].id]
    if number == TWICE:
        twin = copy.deepcopy(plan.teachers[0])
        twin.id = "t-twin"
        plan.teachers.append(twin)
    if number == 1:
        plan.year_in_review.carry_forward.append(f"Keep co-teaching with {plan.teachers[0].name}.")
    text = plan_to_text(plan)
    if number == BROKEN:
        return text.replace("[[cycles]]", "[[cycles]\n", 1)
    if number == UNKNOWN_KIND:
        return text.replace('kind = "full-cycle"', 'kind = "marathon-cycle"', 1)
    return text


def build_district(root: Path) -> GeneratedDistrict:
    """The district under `root` (see the module's list)."""
    district = GeneratedDistrict(root)
    last_year, this_year = (load_plan(EXAMPLES / f"{year}.toml").plan for year in YEARS)
    for number in range(1, COACHES + 1):
        old = _renamed(last_year, number, district)
        if number == 1:
            old.year_in_review.carry_forward.append(f"Ask {old.teachers[1].name} to host a lesson study.")
        texts = {YEARS[0]: plan_to_text(old)}
        if number != MISSING:
            texts[YEARS[1]] = _this_year(_renamed(this_year, number, district), number)
        for year, text in texts.items():
            path = district.plan_path(number, year)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    (root / "coaches" / "coach-01" / "settings.toml").write_text('theme = "dark"\n', encoding="utf-8")
    return district

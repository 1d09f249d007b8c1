"""Starting next school year's plan, from last year's or from nothing: what carries over and what not.

Pure functions: no clock, no files. The caller passes `today` and the paths it has resolved.
Carried forward: the coach's details (about), the teacher roster, the schedule settings, and the
focus moved up a year (year 2 becomes this year, beyond becomes year 2). Left behind: cycles,
windows and blackouts (their dates belong to last year), learning items, answers that are written
fresh each year, and the year in review.
"""

from __future__ import annotations

import copy
import os
from datetime import date
from pathlib import Path

from planner.calendar import school_year_span
from planner.model import Focus, Plan

# Spring and summer are for planning the year that starts in the fall; from September on, that
# year is under way and the coming one is the next.
_FIRST_MONTH_OF_NEXT_PLANNING = 9


def school_year_starting(first_year: int) -> str:
    """The school year that starts in the fall of `first_year`, written like "2026-27"."""
    return f"{first_year}-{(first_year + 1) % 100:02d}"


def coming_school_year(today: date) -> str:
    """The school year a coach plans on `today`: the one starting this fall, or next fall from September."""
    first = today.year + (1 if today.month >= _FIRST_MONTH_OF_NEXT_PLANNING else 0)
    return school_year_starting(first)


def year_after(school_year: str) -> str | None:
    """The school year after one written like "2025-26" (None when it is not written so)."""
    span = school_year_span(school_year)
    return school_year_starting(span[0].year + 1) if span else None


def default_school_year(previous: Plan | None, today: date) -> str:
    """The year after the previous plan's, or else the coming school year."""
    following = year_after(previous.school_year) if previous else None
    return following or coming_school_year(today)


def relative_link(target: Path, plan_path: Path) -> str:
    """How the plan at `plan_path` names `target` (both absolute): a path from the plan's folder, with `/`.

    Files with no folder in common but the root are named by their absolute path.
    """
    folder = plan_path.parent
    if Path(os.path.commonpath([target, folder])) == Path(target.anchor):
        return target.as_posix()
    return Path(os.path.relpath(target, folder)).as_posix()


def start_plan(
    school_year: str,
    template: str,
    previous: Plan | None = None,
    last_year: str = "",
) -> Plan:
    """A new plan for `school_year`, carrying forward what still holds from `previous` (if given).

    `last_year` is how the new plan names the previous plan's file.
    """
    plan = Plan(school_year=school_year, template=template)
    if previous is None:
        return plan
    plan.last_year = last_year
    plan.about = copy.deepcopy(previous.about)
    plan.teachers = copy.deepcopy(previous.teachers)
    plan.schedule = copy.deepcopy(previous.schedule)
    plan.focus = Focus(this_year=previous.focus.year_two, year_two=previous.focus.beyond)
    return plan

"""Big, realistic-looking plans for benchmarks and scale tests: many teachers, many cycles, real prose.

`make_plan` builds one plan; `make_pair` builds last version and this version of it, the second
edited the way a year of work edits a plan (words changed in some goals, teachers added and
renamed, cycles removed, added and reordered), so a comparison has real work to do.
"""

from __future__ import annotations

import copy
import random
from datetime import date, timedelta
from pathlib import Path

from planner.model import (
    Checkpoint,
    CheckpointStage,
    Cycle,
    CycleKind,
    CycleResult,
    FocusArea,
    GoalMet,
    Interest,
    Move,
    Plan,
    Priority,
    SupportTier,
    Teacher,
)
from planner.plan_file import plan_to_text

# Word stock for prose, and for teachers' names (split from strings: shorter than list literals).
_WORDS = (  # noqa: SIM905
    "students explain reasoning fractions number line compare order equivalent model area "
    "ratio table tape diagram partner talk justify strategy estimate measure data exit slip "
    "work sort evidence lesson routine discourse question represent solve check share revise"
).split()
_FIRST = "Ana Ben Cara Dev Eli Fay Gus Hana Ivan Jo Kai Lena Max Nia Omar Pia Quinn Rosa Sam Tia".split()  # noqa: SIM905
_LAST = "Lopez Ode Ng Patel Brown Kim Silva Haddad Novak Reyes Chen Moreau Adeyemi Cohen".split()  # noqa: SIM905


def _prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def make_plan(cycles: int = 1000, teachers: int = 500, seed: int = 0, school_year: str = "2025-26") -> Plan:
    """A valid plan with this many cycles and teachers, the same for the same seed."""
    rng = random.Random(seed)
    roster = [
        Teacher(
            id=f"t-{number:04d}",
            name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {number}",
            grade=str(rng.randint(0, 8)) if rng.random() > 0.1 else "K",
            interest=rng.choice(list(Interest)),
            priority=rng.choice(list(Priority)),
            support=rng.choice(list(SupportTier)),
            notes=_prose(rng, 12),
        )
        for number in range(teachers)
    ]
    first_day = date(int(school_year[:4]), 9, 1)
    plan_cycles = [
        Cycle(
            id=f"c-{number:04d}",
            title=f"{rng.choice(_WORDS).capitalize()} cycle {number}",
            kind=rng.choice(list(CycleKind)),
            teachers=[roster[rng.randrange(teachers)].id for _ in range(rng.randint(1, 3))]
            if teachers
            else [],
            goal="Students will " + _prose(rng, 25).lower(),
            targets=[f"I can {_prose(rng, 6).lower()}" for _ in range(3)],
            focus_area=rng.choice(list(FocusArea)),
            moves=rng.sample(list(Move), 2),
            evidence_before=["exit slip"],
            evidence_during=["work samples", "notes from visits"],
            evidence_after=["work sort"],
            target_percent=rng.randint(60, 90),
            start=first_day + timedelta(weeks=rng.randint(0, 30)),
            weeks=rng.randint(3, 6),
            planning_minutes=45,
            visits_per_week=2,
            checkpoints=[
                Checkpoint(id="start", stage=CheckpointStage.START, met=rng.randint(2, 12), of=24),
                Checkpoint(id="end", stage=CheckpointStage.END, met=rng.randint(7, 23), of=24),
            ],
            result=CycleResult(goal_met=rng.choice(list(GoalMet))) if rng.random() > 0.5 else CycleResult(),
        )
        for number in range(cycles)
    ]
    for cycle in plan_cycles:
        cycle.teachers = list(dict.fromkeys(cycle.teachers))
    plan = Plan(school_year=school_year, teachers=roster, cycles=plan_cycles)
    plan.about.coach = "Generated coach"
    plan.focus.this_year = _prose(rng, 40)
    plan.focus.year_two = _prose(rng, 40)
    return plan


def make_pair(cycles: int = 1000, teachers: int = 500, seed: int = 0) -> tuple[Plan, Plan]:
    """An old and a new version of one plan, the new one edited throughout (same size)."""
    old = make_plan(cycles, teachers, seed)
    new = copy.deepcopy(old)
    rng = random.Random(seed + 1)
    for cycle in new.cycles[::10]:
        words = cycle.goal.split()
        words[rng.randrange(2, len(words))] = "carefully"
        cycle.goal = " ".join(words)
    for teacher in new.teachers[::25]:
        teacher.id = f"{teacher.id}-x"
    renamed = {t.id.removesuffix("-x"): t.id for t in new.teachers if t.id.endswith("-x")}
    for cycle in new.cycles:
        cycle.teachers = [renamed.get(t, t) for t in cycle.teachers]
    del new.cycles[::50]
    added = make_plan(cycles - len(new.cycles), 0, seed + 2).cycles
    for cycle in added:
        cycle.id = f"n-{cycle.id}"
        cycle.teachers = [new.teachers[0].id] if new.teachers else []
    new.cycles.extend(added)
    rng.shuffle(new.cycles)
    return old, new


def write_pair(folder: Path, cycles: int = 1000, teachers: int = 500, seed: int = 0) -> tuple[Path, Path]:
    """`make_pair` written as two plan files in `folder`: (old, new)."""
    old, new = make_pair(cycles, teachers, seed)
    paths = folder / "old.toml", folder / "new.toml"
    for plan, path in zip((old, new), paths, strict=True):
        path.write_text(plan_to_text(plan), encoding="utf-8")
    return paths

"""The district report figure of `make bench`: `planner report` over a district of 200 plans (100
coaches, two school years, each plan of 20 cycles and 15 teachers, about a coach's year), against
`planner validate` over the same files, both as whole processes. Target: at most 2x.

The two run in alternation and the ratio is taken pair by pair (the shared machine's speed drifts
between pairs, far less within one). Both read and check every plan; the report also rolls them
up and writes its Markdown.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from plan_factory import make_plan

from planner.plan_file import plan_to_text, write_atomically

ROOT = Path(__file__).resolve().parent.parent
COACHES = 100
YEARS = ("2024-25", "2025-26")
CYCLES, TEACHERS = 20, 15
TARGET = 2.0


def write_district(folder: Path) -> list[Path]:
    """The generated district under `folder`: every plan file written."""
    paths = []
    for number in range(COACHES):
        for year in YEARS:
            plan = make_plan(cycles=CYCLES, teachers=TEACHERS, seed=number, school_year=year)
            plan.about.coach = f"Coach {number}"
            plan.about.schools = [f"School {number % 12}"]
            path = folder / "coaches" / f"coach-{number:03d}" / "plans" / f"{year}.toml"
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, plan_to_text(plan))
            paths.append(path)
    return paths


def _seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def measure(runs: int) -> tuple[float, float, float, float]:
    """The report and `planner validate` over the 200 plans: the median seconds of each, the median
    of the pairs' ratios, and the target."""
    compileall.compile_dir(ROOT / "planner", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_district(Path(folder))
        env = dict(os.environ, XDG_STATE_HOME=folder)
        planner = [sys.executable, "-m", "planner"]
        report = [*planner, "report", str(Path(folder) / "coaches"), "--compare"]
        validate = [*planner, "validate", "--quiet", *map(str, paths)]
        for command in (report, validate):
            _seconds(command, env)  # warm the file cache
        pairs = [(_seconds(report, env), _seconds(validate, env)) for _ in range(runs)]
    ratio = statistics.median(r / v for r, v in pairs)
    return statistics.median(r for r, _ in pairs), statistics.median(v for _, v in pairs), ratio, TARGET

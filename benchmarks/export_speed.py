"""The export figure of `make bench`: the summary of a plan of 1,000 teachers and 1,000 cycles.

Exporting (building the summary, which leaves every teacher's name out of every answer, then
writing it as Markdown) is timed against loading the same plan file. Target: at most 3x.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from plan_factory import make_plan

from planner.export import build_summary, render
from planner.plan_file import load_plan, plan_to_text, write_atomically

TEACHERS = CYCLES = 1000
TARGET = 3.0


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(runs: int) -> tuple[float, float, float]:
    """Median seconds to export and to load the generated plan, and the median of the ratios of
    each export to the load run just before it (the shared machine drifts between pairs)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "2025-26.toml"
        write_atomically(path, plan_to_text(make_plan(cycles=CYCLES, teachers=TEACHERS)))
        plan = load_plan(path).plan
        loads, exports = [], []
        for _ in range(runs):
            loads.append(_seconds(lambda: load_plan(path)))
            exports.append(_seconds(lambda: render(build_summary(plan), "md")))
    ratio = statistics.median(e / lo for e, lo in zip(exports, loads, strict=True))
    return statistics.median(exports), statistics.median(loads), ratio

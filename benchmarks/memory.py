"""The memory figure of `make bench`: peak resident memory once every step is built.

The planner opens the generated plan of 60 teachers and 40 cycles in a pty and is moved through
every step (each first visit builds that step's inputs), then killed; its peak resident set
(ru_maxrss, from wait4) is set against the same figure of the minimal Textual app
(benchmarks/minimal_app.py) killed once painted. Whole processes are measured, interpreter and
libraries included, because that is what a coach's machine pays; the two run in alternation and
the ratio is the median of the pairs'. Peak resident memory barely drifts with load, so a few
pairs suffice.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from plan_factory import make_plan
from startup import Session

from planner.plan_file import plan_to_text, write_atomically
from planner.plan_file.lock import lock_path
from planner.questions import load_template

HERE = Path(__file__).resolve().parent
NEXT_STEP = b"\x0e"


def _first_words(text: str) -> str:
    return " ".join(text.split()[:3])


def _planner_peak(plan_path: Path, env: dict[str, str]) -> int:
    steps = load_template().steps
    # Each run is killed: its lock stays, and the next would open on "already open" instead.
    lock_path(plan_path).unlink(missing_ok=True)
    planner = Session([sys.executable, "-m", "planner", str(plan_path)], env)
    try:
        planner.wait_for(_first_words(steps[0].prompt))
        for step in steps[1:]:
            planner.time_key(NEXT_STEP, _first_words(step.prompt))
    finally:
        peak = planner.close()
    return peak


def _minimal_peak(env: dict[str, str]) -> int:
    minimal = Session([sys.executable, str(HERE / "minimal_app.py")], env)
    try:
        minimal.wait_for("Type here")
    finally:
        peak = minimal.close()
    return peak


def measure(runs: int) -> list[tuple[int, int]]:
    """Pairs (planner, minimal app) of peak resident kilobytes."""
    with tempfile.TemporaryDirectory() as folder:
        plan_path = Path(folder) / "2025-26.toml"
        write_atomically(plan_path, plan_to_text(make_plan(cycles=40, teachers=60)))
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=folder)
        pairs = []
        for _ in range(runs):
            pairs.append((_planner_peak(plan_path, env), _minimal_peak(env)))
    return pairs


def median_ratio(pairs: list[tuple[int, int]]) -> float:
    return statistics.median(mine / base for mine, base in pairs)

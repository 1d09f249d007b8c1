"""`make bench` figure: git's diff driver over the two example plans, as whole processes.

Target: at most 1.5x the time of `planner validate` on one of them, the two run in alternation
and the ratio taken pair by pair (the machine's speed drifts between pairs, far less within one).
Start-up is most of both: the driver reads two plans, compares them and writes the comparison.
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

ROOT = Path(__file__).resolve().parent.parent
OLD, NEW = ROOT / "examples/plans/2024-25.toml", ROOT / "examples/plans/2025-26.toml"
TARGET = 1.5


def _seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def measure_diff_driver(runs: int) -> tuple[float, float, float, float]:
    """The diff driver on 2024-25 -> 2025-26 against `planner validate 2025-26`, as git runs it:
    the median seconds of each, the median of the pairs' ratios, and the target."""
    compileall.compile_dir(ROOT / "planner", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, XDG_STATE_HOME=folder, GIT_PAGER_IN_USE="", NO_COLOR="1")
        planner = [sys.executable, "-m", "planner"]
        driver = [*planner, "git-diff-driver", "plans/2025-26.toml"]
        driver += [str(OLD), "0" * 40, "100644", str(NEW), "1" * 40, "100644"]
        validate = [*planner, "validate", str(NEW)]
        for command in (driver, validate):
            _seconds(command, env)  # warm the file cache
        pairs = [(_seconds(driver, env), _seconds(validate, env)) for _ in range(runs)]
    ratio = statistics.median(d / v for d, v in pairs)
    driver = statistics.median(d for d, _ in pairs)
    validate = statistics.median(v for _, v in pairs)
    return driver, validate, ratio, TARGET

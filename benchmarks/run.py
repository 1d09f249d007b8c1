"""`make bench`: the performance targets of the issues, each measured against its named baseline.

- Start-up: time from launching `planner examples/plans/2025-26.toml` to its first painted
  screen, against a minimal Textual app (header, input, footer) measured in the same run, in
  alternation. Target: at most 1.25x.
- Next step: the median time to move to the next step on a generated plan of 60 teachers and
  40 cycles. Target: at most 16 ms.
- Compare: comparing two generated plans of 1,000 cycles and 500 teachers, against just loading
  both files. Target: at most 3x.

Figures are medians over several runs; the machine is shared, so trust ratios over absolutes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from plan_factory import make_plan, write_pair  # noqa: E402
from startup import time_to_marker  # noqa: E402

from planner.compare import compare_plans  # noqa: E402
from planner.model import Plan  # noqa: E402
from planner.plan_file import load_plan, plan_to_text, write_atomically  # noqa: E402
from planner.questions import load_template  # noqa: E402


def _median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _report(name: str, value: str, target: str, ok: bool) -> bool:
    print(f"{name:<12} {value:<58} target {target:<10} {'ok' if ok else 'MISSED'}")
    return ok


def bench_compare(runs: int) -> bool:
    """Comparing two 1,000-cycle plans against loading both files."""
    template = load_template()
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = write_pair(Path(folder))
        load = _median_seconds(lambda: (load_plan(old_path), load_plan(new_path)), runs)
        old, new = load_plan(old_path).plan, load_plan(new_path).plan
        compare = _median_seconds(lambda: compare_plans(old, new, template), runs)
    ratio = compare / load
    return _report(
        "compare",
        f"{compare * 1000:.0f} ms vs load both {load * 1000:.0f} ms = {ratio:.2f}x",
        "<= 3x",
        ratio <= 3,
    )


def bench_startup(runs: int) -> bool:
    """First paint of the planner on the 2025-26 example against a minimal Textual app."""
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "2025-26.toml"
        shutil.copy(ROOT / "examples/plans/2025-26.toml", plan)
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=folder, COLUMNS="80", LINES="24")
        planner_command = [sys.executable, "-m", "planner", str(plan)]
        minimal_command = [sys.executable, str(HERE / "minimal_app.py")]
        for command, marker in ((planner_command, "About this plan"), (minimal_command, "Type here")):
            time_to_marker(command, marker, env)  # warm the file cache
        planner_times, minimal_times = [], []
        for _ in range(runs):
            planner_times.append(time_to_marker(planner_command, "About this plan", env))
            minimal_times.append(time_to_marker(minimal_command, "Type here", env))
    planner_median, minimal_median = statistics.median(planner_times), statistics.median(minimal_times)
    ratio = planner_median / minimal_median
    return _report(
        "start-up",
        f"{planner_median * 1000:.0f} ms vs minimal app {minimal_median * 1000:.0f} ms = {ratio:.2f}x",
        "<= 1.25x",
        ratio <= 1.25,
    )


async def _next_step_times(plan_path: Path, moves: int) -> tuple[list[float], list[float]]:
    """Times of moving to the next step (action, then the pilot's wait until the app is idle),
    and of the pilot's wait alone, which is the harness's own cost."""
    from planner.tui.app import PlannerApp

    template = load_template()
    app = PlannerApp(plan_path, lambda _plan, _path: template, new_plan=lambda _path: Plan())
    moving, idle = [], []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.plan_screen
        assert screen is not None
        for _ in range(moves):
            started = time.perf_counter()
            screen.action_next_step()
            await pilot.pause()
            moving.append(time.perf_counter() - started)
            started = time.perf_counter()
            await pilot.pause()
            idle.append(time.perf_counter() - started)
            if screen.at_last_step:
                screen.action_first_step()
                await pilot.pause()
    return moving, idle


def bench_next_step(moves: int) -> bool:
    """Median time to move to the next step on a plan of 60 teachers and 40 cycles, less the
    harness's own wait for idle (measured in the same run)."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_STATE_HOME"] = folder
        plan_path = Path(folder) / "2025-26.toml"
        write_atomically(plan_path, plan_to_text(make_plan(cycles=40, teachers=60)))
        moving, idle = asyncio.run(_next_step_times(plan_path, moves))
    move, wait = statistics.median(moving) * 1000, statistics.median(idle) * 1000
    net = move - wait
    return _report(
        "next step",
        f"median {net:.1f} ms ({move:.0f} ms less the pilot's idle wait {wait:.0f} ms)",
        "<= 16 ms",
        net <= 16,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per figure (default 10)")
    parser.add_argument(
        "only", nargs="*", metavar="BENCH", help="run only these: startup, next-step, compare"
    )
    args = parser.parse_args()
    benches = {
        "startup": lambda: bench_startup(args.runs),
        "next-step": lambda: bench_next_step(args.runs * 5),
        "compare": lambda: bench_compare(args.runs),
    }
    unknown = set(args.only) - set(benches)
    if unknown:
        parser.error(f"no bench named {', '.join(sorted(unknown))}")
    results = [bench() for name, bench in benches.items() if not args.only or name in args.only]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

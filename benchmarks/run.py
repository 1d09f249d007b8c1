"""`make bench`: the performance targets of the issues, each measured against its named baseline.

- Start-up: time from launching `planner examples/plans/2025-26.toml` to its first painted
  screen, against a minimal Textual app (header, input, footer) measured in the same run, in
  alternation; the ratio is the median of each back-to-back pair's. Target: at most 1.25x.
- Next step: the median time from pressing ctrl+n to the next step on the screen, in a pty, on a
  generated plan of 60 teachers and 40 cycles. Target: at most 16 ms. For scale, the same is
  measured on a bare Textual app that switches between views (benchmarks/switch_app.py).
- Compare: comparing two generated plans of 1,000 cycles and 500 teachers, against just loading
  both files. Target: at most 3x.
- Export: the Markdown summary of a generated plan of 1,000 teachers and 1,000 cycles (every
  teacher's name left out of every answer), against loading its file (benchmarks/export_speed.py).
  Target: at most 3x.
- Diff driver: git's diff driver over the two example plans, against `planner validate` on one,
  as whole processes (benchmarks/diff_driver.py). Target: at most 1.5x.

Figures are medians over several runs; the machine is shared, so trust ratios over absolutes.
"""

from __future__ import annotations

import argparse
import compileall
import itertools
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

import export_speed  # noqa: E402
from diff_driver import bench_diff_driver  # noqa: E402
from plan_factory import make_plan, write_pair  # noqa: E402
from startup import Session, time_to_marker  # noqa: E402
from switch_app import VIEWS  # noqa: E402

from planner.compare import compare_plans  # noqa: E402
from planner.plan_file import load_plan, plan_to_text, write_atomically  # noqa: E402
from planner.plan_file.lock import lock_path  # noqa: E402
from planner.questions import load_template  # noqa: E402

# The keys a coach presses: ctrl+n (next step) and ctrl+o (previous step), as a terminal sends
# them. Not F7: with the keyboard in a prose answer, F7 selects its text.
NEXT_STEP = b"\x0e"
PREVIOUS_STEP = b"\x0f"


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


def bench_export(runs: int) -> bool:
    """The summary of a 1,000-teacher, 1,000-cycle plan against loading its file."""
    export, load, ratio = export_speed.measure(runs)
    return _report(
        "export",
        f"{export * 1000:.0f} ms vs load {load * 1000:.0f} ms, pair by pair {ratio:.2f}x",
        f"<= {export_speed.TARGET:g}x",
        ratio <= export_speed.TARGET,
    )


def bench_startup(runs: int) -> bool:
    """First paint of the planner on the 2025-26 example against a minimal Textual app."""
    # Start as installed: pip compiles a package's bytecode when it installs it (Textual's, in
    # .venv), but an editable checkout has none, and with PYTHONDONTWRITEBYTECODE set (as on
    # some machines) every start would compile planner's modules again.
    compileall.compile_dir(ROOT / "planner", quiet=1)
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
            # Each run is killed: its lock stays, and the next run would open on the question
            # "already open in another planner" instead of the plan.
            lock_path(plan).unlink(missing_ok=True)
            planner_times.append(time_to_marker(planner_command, "About this plan", env))
            minimal_times.append(time_to_marker(minimal_command, "Type here", env))
    planner_median, minimal_median = statistics.median(planner_times), statistics.median(minimal_times)
    # The ratio of each pair run back to back, then their median: the machine's speed drifts
    # between pairs, far less within one.
    ratio = statistics.median(p / m for p, m in zip(planner_times, minimal_times, strict=True))
    return _report(
        "start-up",
        f"{planner_median * 1000:.0f} ms vs minimal app {minimal_median * 1000:.0f} ms, "
        f"pair by pair {ratio:.2f}x",
        "<= 1.25x",
        ratio <= 1.25,
    )


def _prompt_start(prompt: str) -> str:
    """The first words of a step's prompt: shown by that step's view only, on its first line."""
    return " ".join(prompt.split()[:3])


def bench_next_step(rounds: int) -> bool:
    """Median time from pressing ctrl+n to the next step's prompt on the screen, in a pty, on a
    generated plan of 60 teachers and 40 cycles (the first visit to a step builds its inputs;
    later visits only show them again, reported as "steady").

    For scale, each timed move alternates with one on a bare Textual app that switches between
    views (benchmarks/switch_app.py), running beside it: what any view change costs here.
    """
    steps = load_template().steps
    with tempfile.TemporaryDirectory() as folder:
        plan_path = Path(folder) / "2025-26.toml"
        write_atomically(plan_path, plan_to_text(make_plan(cycles=40, teachers=60)))
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=folder)
        planner = Session([sys.executable, "-m", "planner", str(plan_path)], env)
        bare = Session([sys.executable, str(HERE / "switch_app.py")], env)
        bare_moves = itertools.count(1)

        def bare_move() -> float:
            return bare.time_key(NEXT_STEP, f"Prompt of view {next(bare_moves) % VIEWS + 1},")

        try:
            planner.wait_for(_prompt_start(steps[0].prompt))
            bare.wait_for("Prompt of view 1,")
            first_visits, again, pairs = [], [], []
            for round_number in range(rounds):
                for step in steps[1:]:
                    move = planner.time_key(NEXT_STEP, _prompt_start(step.prompt))
                    (again if round_number else first_visits).append(move)
                    pairs.append((move, bare_move()))
                for step in reversed(steps[:-1]):
                    planner.time_key(PREVIOUS_STEP, _prompt_start(step.prompt))
        finally:
            planner.close()
            bare.close()
    median = statistics.median(first_visits + again) * 1000
    ok = _report(
        "next step",
        f"median {median:.1f} ms key to screen (steady {statistics.median(again) * 1000:.1f} ms, "
        f"first visits {statistics.median(first_visits) * 1000:.0f} ms)",
        "<= 16 ms",
        median <= 16,
    )
    bare_median = statistics.median(b for _, b in pairs) * 1000
    ratio = statistics.median(p / b for p, b in pairs)
    print(f"{'':<12} for scale, a bare Textual app switching views: {bare_median:.1f} ms", end="")
    print(f" (the planner, move by move: {ratio:.2f}x)")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per figure (default 10)")
    parser.add_argument(
        "only",
        nargs="*",
        metavar="BENCH",
        help="run only these: startup, next-step, compare, export, diff-driver",
    )
    args = parser.parse_args()
    benches = {
        "startup": lambda: bench_startup(args.runs),
        "next-step": lambda: bench_next_step(max(2, args.runs // 2)),
        "compare": lambda: bench_compare(args.runs),
        "export": lambda: bench_export(args.runs),
        "diff-driver": lambda: bench_diff_driver(args.runs, _report),
    }
    unknown = set(args.only) - set(benches)
    if unknown:
        parser.error(f"no bench named {', '.join(sorted(unknown))}")
    results = [bench() for name, bench in benches.items() if not args.only or name in args.only]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

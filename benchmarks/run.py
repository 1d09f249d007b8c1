"""`make bench`: the performance targets of the issues, each a ratio against a baseline measured
in the same run, written to benchmarks/results.md; the exit status is 1 when one misses.

- Start-up: launching `planner examples/plans/2025-26.toml` to its first painted screen, against
  a minimal Textual app (header, input, footer). Target: at most 1.15x.
- Next step: ctrl+n to the next step on the screen, in a pty, on a generated plan of 60 teachers
  and 40 cycles, against a bare Textual app switching views with the keyboard following
  (benchmarks/switch_app.py). Target: at most 1.25x.
- Typing: one letter typed into a prose answer, key to echo, against a bare Textual app holding
  one TextArea of the same size (benchmarks/keystroke.py). Target: at most 1.25x; and the bytes
  written to the terminal per key at most the bare app's (1x).
- Memory: peak resident memory once every step is built, against the minimal Textual app
  (benchmarks/memory.py). Target: at most 1.3x.
- Compare: comparing two generated plans of 1,000 cycles and 500 teachers, against just loading
  both files. Target: at most 3x.
- Export: the Markdown summary of a generated plan of 1,000 teachers and 1,000 cycles (every
  teacher's name left out of every answer), against loading its file (benchmarks/export_speed.py).
  Target: at most 3x.
- Diff driver: git's diff driver over the two example plans, against `planner validate` on one,
  as whole processes (benchmarks/diff_driver.py). Target: at most 1.5x.
- Report: `planner report` over a district of 200 plans against `planner validate` over the same
  files, as whole processes (benchmarks/report_speed.py). Target: at most 2x.

Each figure and its baseline run in alternation, and the ratio is the median of each pair's: the
shared machine's speed drifts between pairs, far less within one. Absolute times are medians.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import itertools
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.md"
sys.path.insert(0, str(HERE))

import export_speed  # noqa: E402
import keystroke  # noqa: E402
import memory  # noqa: E402
import report_speed  # noqa: E402
from diff_driver import measure_diff_driver  # noqa: E402
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


@dataclass(frozen=True)
class Figure:
    """One measured figure: its median, its baseline's, their pair-by-pair ratio and the target."""

    name: str
    value: str
    baseline: str
    ratio: float
    target: float
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.ratio <= self.target


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_compare(runs: int) -> list[Figure]:
    """Comparing two 1,000-cycle plans against loading both files."""
    template = load_template()
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = write_pair(Path(folder))
        load = _median_seconds(lambda: (load_plan(old_path), load_plan(new_path)), runs)
        old, new = load_plan(old_path).plan, load_plan(new_path).plan
        compare = _median_seconds(lambda: compare_plans(old, new, template), runs)
    return [Figure("compare", _ms(compare), f"load both files {_ms(load)}", compare / load, 3.0)]


def bench_export(runs: int) -> list[Figure]:
    """The summary of a 1,000-teacher, 1,000-cycle plan against loading its file."""
    export, load, ratio = export_speed.measure(runs)
    return [Figure("export", _ms(export), f"load its file {_ms(load)}", ratio, export_speed.TARGET)]


def bench_diff_driver(runs: int) -> list[Figure]:
    """git's diff driver over the two example plans against `planner validate` on one."""
    driver, validate, ratio, target = measure_diff_driver(runs)
    return [Figure("diff driver", _ms(driver), f"`planner validate` {_ms(validate)}", ratio, target)]


def bench_report(runs: int) -> list[Figure]:
    """The district report over 200 plans against `planner validate` over the same files."""
    report, validate, ratio, target = report_speed.measure(runs)
    return [Figure("report", _ms(report), f"`planner validate` {_ms(validate)}", ratio, target)]


def bench_startup(runs: int) -> list[Figure]:
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
            lock_path(plan).unlink(missing_ok=True)
            time_to_marker(command, marker, env)  # warm the file cache
        pairs = []
        for _ in range(runs):
            # Each run is killed: its lock stays, and the next run would open on the question
            # "already open in another planner" instead of the plan.
            lock_path(plan).unlink(missing_ok=True)
            planner_time = time_to_marker(planner_command, "About this plan", env)
            pairs.append((planner_time, time_to_marker(minimal_command, "Type here", env)))
    planner_median = statistics.median(p for p, _ in pairs)
    minimal_median = statistics.median(m for _, m in pairs)
    ratio = statistics.median(p / m for p, m in pairs)
    return [
        Figure("start-up", _ms(planner_median), f"minimal Textual app {_ms(minimal_median)}", ratio, 1.15)
    ]


def _prompt_start(prompt: str) -> str:
    """The first words of a step's prompt: shown by that step's view only, on its first line."""
    return " ".join(prompt.split()[:3])


def bench_next_step(rounds: int) -> list[Figure]:
    """Time from pressing ctrl+n to the next step's prompt on the screen, in a pty, on a generated
    plan of 60 teachers and 40 cycles, each move paired with one on a bare Textual app switching
    views beside it (benchmarks/switch_app.py). The first visit to a step builds its inputs; later
    visits only show them again ("steady"); the figure counts both.
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
            first_visits, again = [], []
            for round_number in range(rounds):
                for step in steps[1:]:
                    move = planner.time_key(NEXT_STEP, _prompt_start(step.prompt))
                    (again if round_number else first_visits).append((move, bare_move()))
                for step in reversed(steps[:-1]):
                    planner.time_key(PREVIOUS_STEP, _prompt_start(step.prompt))
        finally:
            planner.close()
            bare.close()
    pairs = first_visits + again
    note = (
        f"steady {_ms(statistics.median(p for p, _ in again))}, "
        f"first visits {_ms(statistics.median(p for p, _ in first_visits))}"
    )
    return [
        Figure(
            "next step",
            _ms(statistics.median(p for p, _ in pairs)),
            f"bare app switching views {_ms(statistics.median(b for _, b in pairs))}",
            statistics.median(p / b for p, b in pairs),
            1.25,
            note,
        )
    ]


def bench_typing(keys: int) -> list[Figure]:
    """One letter typed into a prose answer against a bare app's TextArea: time and bytes."""
    times, written = keystroke.measure(keys)
    return [
        Figure(
            "typing",
            _ms(statistics.median(p for p, _ in times)),
            f"bare app with one TextArea {_ms(statistics.median(b for _, b in times))}",
            keystroke.median_ratio(times),
            1.25,
        ),
        Figure(
            "typing bytes",
            f"{statistics.median(p for p, _ in written):.0f} bytes/key",
            f"bare app with one TextArea {statistics.median(b for _, b in written):.0f} bytes/key",
            keystroke.median_ratio(written),
            1.0,
        ),
    ]


def bench_memory(runs: int) -> list[Figure]:
    """Peak resident memory once every step is built against the minimal Textual app."""
    pairs = memory.measure(runs)
    return [
        Figure(
            "memory",
            f"{statistics.median(p for p, _ in pairs) / 1024:.1f} MiB",
            f"minimal Textual app {statistics.median(m for _, m in pairs) / 1024:.1f} MiB",
            memory.median_ratio(pairs),
            1.3,
        )
    ]


def _machine() -> str:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load} (1, 5, 15 min), Python {platform.python_version()}"


def write_results(figures: list[Figure], started: float, load_before: str) -> None:
    """benchmarks/results.md: every figure of this run, with the date and the machine's load."""
    lines = [
        "# make bench results",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{time.perf_counter() - started:.0f} s in all",
        f"- Machine at the start: {load_before}",
        f"- Machine at the end: {_machine()}",
        "- Each ratio is the median of figure/baseline over pairs run back to back.",
        "",
        "| figure | measured | baseline | ratio | target | result | note |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {f.name} | {f.value} | {f.baseline} | {f.ratio:.2f}x | <= {f.target:g}x | "
        f"{'ok' if f.ok else 'MISSED'} | {f.note} |"
        for f in figures
    ]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per figure (default 10)")
    parser.add_argument(
        "only",
        nargs="*",
        metavar="BENCH",
        help="run only these: startup, next-step, typing, memory, compare, export, diff-driver, report",
    )
    args = parser.parse_args()
    benches: dict[str, Callable[[], list[Figure]]] = {
        "startup": lambda: bench_startup(args.runs),
        "next-step": lambda: bench_next_step(max(2, args.runs // 2)),
        "typing": lambda: bench_typing(3 * args.runs),
        "memory": lambda: bench_memory(max(3, args.runs // 3)),
        "compare": lambda: bench_compare(args.runs),
        "export": lambda: bench_export(args.runs),
        "diff-driver": lambda: bench_diff_driver(args.runs),
        "report": lambda: bench_report(max(3, args.runs // 2)),
    }
    unknown = set(args.only) - set(benches)
    if unknown:
        parser.error(f"no bench named {', '.join(sorted(unknown))}")
    started, load_before = time.perf_counter(), _machine()
    figures = []
    for name, bench in benches.items():
        if args.only and name not in args.only:
            continue
        for figure in bench():
            figures.append(figure)
            print(
                f"{figure.name:<13} {figure.value:>16} vs {figure.baseline:<44} {figure.ratio:5.2f}x "
                f"target <= {figure.target:g}x {'ok' if figure.ok else 'MISSED'}",
                flush=True,
            )
    write_results(figures, started, load_before)
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0 if all(figure.ok for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())

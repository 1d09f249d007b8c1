"""The typing figures of `make bench`: one character typed into a prose answer, key to echo.

The planner opens the generated plan of 60 teachers and 40 cycles, moves to the district vision
(its first answer is prose, and the keyboard follows into it), and each key types one letter at
the end of that answer. The baseline is a bare Textual app holding one TextArea of the same size
(benchmarks/textarea_app.py), running beside it; keys alternate between the two. Two figures:
the time from the key to its letter on the screen, and the bytes each app writes to the terminal
from the key until that echo.
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
from planner.questions import load_template

HERE = Path(__file__).resolve().parent
NEXT_STEP = b"\x0e"
# Letters no screen of either app shows on its own, typed in turn so that each key's echo is new.
LETTERS = "qzjxkv"


def _first_words(text: str) -> str:
    return " ".join(text.split()[:3])


def measure(keys: int) -> tuple[list[tuple[float, float]], list[tuple[int, int]]]:
    """Pairs (planner, bare app) of seconds from a key to its echo, and of bytes written."""
    steps = load_template().steps
    with tempfile.TemporaryDirectory() as folder:
        plan_path = Path(folder) / "2025-26.toml"
        write_atomically(plan_path, plan_to_text(make_plan(cycles=40, teachers=60)))
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=folder)
        planner = Session([sys.executable, "-m", "planner", str(plan_path)], env)
        bare = Session([sys.executable, str(HERE / "textarea_app.py")], env)
        try:
            planner.wait_for(_first_words(steps[0].prompt))
            planner.time_key(NEXT_STEP, _first_words(steps[1].prompt))
            bare.wait_for("Ready to type")
            times, written = [], []
            for number in range(keys):
                letter = LETTERS[number % len(LETTERS)]
                planner_time, planner_bytes = planner.key_cost(letter.encode(), letter)
                bare_time, bare_bytes = bare.key_cost(letter.encode(), letter)
                times.append((planner_time, bare_time))
                written.append((planner_bytes, bare_bytes))
        finally:
            planner.close()
            bare.close()
    return times, written


def median_ratio(pairs: list[tuple[float, float]] | list[tuple[int, int]]) -> float:
    """The median of each pair's ratio: the shared machine drifts between pairs, far less within."""
    return statistics.median(mine / base for mine, base in pairs)

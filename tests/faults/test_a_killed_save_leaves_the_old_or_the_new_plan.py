"""A save killed with kill -9 at any moment leaves the plan file whole: the old plan or the new one."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.plan_factory import make_plan
from planner.plan_file import parse_plan, plan_to_text, write_atomically

# The child saves the plan's canonical text, as save_plan writes it, over and over, swapping
# between two versions: building and checking a 2,000-cycle plan takes far longer than writing
# it, and a kill is to fall inside the write.
_SAVER = """
import sys
from pathlib import Path
from planner.plan_file import write_atomically
plan, *versions = (Path(name) for name in sys.argv[1:])
texts = [version.read_text(encoding="utf-8") for version in versions]
print("saving", flush=True)
while True:
    for text in texts:
        write_atomically(plan, text)
"""
ROUNDS = 25
# Past this, rounds stop once the kills have been seen to land at every stage.
TIME_BUDGET = 6.0


def _temp_files(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.endswith(".tmp")]


def test_a_save_killed_at_random_moments_leaves_the_old_or_the_new_plan_whole(tmp_path: Path) -> None:
    plan = make_plan(cycles=2000, teachers=200)
    old = plan_to_text(plan)
    plan.vision.district_vision = "Every student explains their reasoning. " * 50
    plan.cycles = plan.cycles[:1990]
    new = plan_to_text(plan)
    path, old_file, new_file = tmp_path / "plans" / "2026-27.toml", tmp_path / "old", tmp_path / "new"
    path.parent.mkdir()
    for file, text in ((path, old), (old_file, old), (new_file, new)):
        file.write_text(text, encoding="utf-8")
    # Kills fall anywhere in the saver's first few writes, however fast this machine writes.
    started = time.monotonic()
    write_atomically(tmp_path / "timing", new)
    kill_within = 3 * (time.monotonic() - started)
    rng = random.Random(9)
    seen = {"old": 0, "new": 0, "a temp file left": 0}
    rounds, started = 0, time.monotonic()
    while rounds < ROUNDS or (not all(seen.values()) and time.monotonic() - started < TIME_BUDGET):
        saver = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(path), str(new_file), str(old_file)],
            stdout=subprocess.PIPE,
        )
        try:
            assert saver.stdout is not None and saver.stdout.readline() == b"saving\n"
            time.sleep(rng.uniform(0, kill_within))  # the moment of the kill is what varies
        finally:
            saver.kill()
            saver.wait()
            saver.stdout.close()
        on_disk = path.read_text(encoding="utf-8")
        assert on_disk in (old, new), f"round {rounds}: the plan is neither the old nor the new one"
        seen["old" if on_disk == old else "new"] += 1
        # A killed write leaves its temp file; the next save removes it.
        left = _temp_files(path.parent)
        assert len(left) <= 1, left
        seen["a temp file left"] += len(left)
        rounds += 1
    assert all(seen.values()), seen
    assert parse_plan(path.read_text(encoding="utf-8"))[0].cycles

"""`planner fit` and `planner timeline` as a coach runs them: output, the file written, exit codes."""

from __future__ import annotations

from pathlib import Path

from planner.plan_file import load_plan
from tests.cli.cli_support import Planner
from tests.repository import EXAMPLES

SMALL_PLAN = """\
planner_format = 2
school_year = "2025-26"

[[windows]]
id = "w-fall"
name = "Fall"
start = 2025-09-01
end = 2025-10-17

[[teachers]]
id = "t-ben"
name = "Ben Ode"

[[cycles]]
id = "c-frac"
title = "Fractions"
teachers = ["t-ben"]
weeks = 3

[[cycles]]
id = "c-area"
title = "Area"
weeks = 3

[[cycles]]
id = "c-long"
title = "Too long"
weeks = 9

[schedule]
max_concurrent_cycles = 1

[[blackouts]]
id = "b-labor"
name = "Labor Day"
start = 2025-09-01
"""


def _write(tmp_path: Path, text: str = SMALL_PLAN) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_dry_run_prints_the_proposal_and_writes_nothing(planner: Planner, tmp_path: Path) -> None:
    """Each placed cycle gets a line; the one that cannot fit is named on stderr; exit 1."""
    path = _write(tmp_path)
    done = planner("fit", path, "--dry-run")
    assert done.returncode == 1
    # Labor Day moves the first start to Tuesday; three weeks from a Tuesday reach into a fourth
    # week's Monday, so with room for one cycle at a time the second starts in the fifth week.
    assert done.stdout.splitlines() == [
        "c-frac  Tue 2025-09-02, 3 weeks to 2025-09-22 (had no start)",
        "c-area  Mon 2025-09-29, 3 weeks to 2025-10-19 (had no start)",
    ]
    assert done.stderr == "planner: fit: c-long: no coaching window has 9 teaching weeks in a row for it\n"
    assert path.read_text(encoding="utf-8") == SMALL_PLAN


def test_fit_writes_the_starts_it_shows(planner: Planner, tmp_path: Path) -> None:
    """Without --dry-run the shown starts are in the file, which stays a valid plan."""
    text = SMALL_PLAN.replace("weeks = 9", "weeks = 1").replace(
        "max_concurrent_cycles = 1", "max_concurrent_cycles = 2"
    )
    path = _write(tmp_path, text)
    done = planner("fit", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(f"{path}: 3 start dates written\n")
    starts = {c.id: c.start for c in load_plan(path).plan.cycles}
    for line in done.stdout.splitlines()[:-1]:
        cycle_id, words = line.split(maxsplit=1)
        assert str(starts[cycle_id]) in words.split(",")[0]
    assert planner("fit", path).stdout == f"{path}: every cycle has a start date (--all re-plans them)\n"


def test_a_blackout_crossed_is_named(planner: Planner, tmp_path: Path) -> None:
    """Where every week it could take holds a blackout, the proposal says which one it crosses;
    a cycle with a clear week left takes it."""
    testing = '[[blackouts]]\nid = "b-testing"\nname = "Testing"\nstart = 2025-09-08\nend = 2025-10-10\n'
    text = SMALL_PLAN.replace("weeks = 9", "weeks = 1").replace(
        "max_concurrent_cycles = 1", "max_concurrent_cycles = 3"
    )
    done = planner("fit", _write(tmp_path, f"{text}\n{testing}"), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("crosses Testing (2025-09-08 to 2025-10-10)") == 2
    assert "c-long  Mon 2025-10-13, 1 week to 2025-10-19 (had no start)\n" in done.stdout


def test_an_invalid_plan_is_trouble(planner: Planner, tmp_path: Path) -> None:
    """A plan that does not parse: one line per problem on stderr, exit 2, for fit and timeline."""
    path = _write(tmp_path, "school_year = [\n")
    for command in ("fit", "timeline"):
        done = planner(command, path)
        assert done.returncode == 2
        assert done.stdout == ""
        assert len(done.stderr.splitlines()) == 1 and str(path) in done.stderr


def test_the_example_timeline_fits_in_80_columns(planner: Planner) -> None:
    """The 2025-26 example: a month line, windows, eight cycles by title, blackouts, load, legend."""
    done = planner("timeline", EXAMPLES / "2025-26.toml")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].startswith("2025-26") and "Sep" in lines[0] and "Jun" in lines[0]
    assert [line.split(" ")[0] for line in lines[2:10]] == ["Grade"] * 8
    assert lines[-2].startswith("Cycles a week (of 3)")
    assert "Maya" not in done.stdout and "Haddad" not in done.stdout


def test_a_week_over_capacity_is_marked(planner: Planner, tmp_path: Path) -> None:
    """Two cycles in the same weeks with a capacity of one: those weeks show "!"."""
    text = SMALL_PLAN.replace("weeks = 9", "weeks = 1").replace(
        "weeks = 3\n", "weeks = 3\nstart = 2025-09-08\n"
    )
    done = planner("timeline", _write(tmp_path, text))
    assert done.returncode == 0
    load = next(line for line in done.stdout.splitlines() if line.startswith("Cycles a week (of 1)"))
    assert load.count("!") == 3


def test_a_plan_with_nothing_dated_has_no_timeline(planner: Planner, tmp_path: Path) -> None:
    """No window, start or blackout: one line on stderr, exit 1."""
    done = planner("timeline", _write(tmp_path, 'planner_format = 2\nschool_year = "2025-26"\n'))
    assert done.returncode == 1
    assert done.stderr.startswith("planner: timeline: ") and len(done.stderr.splitlines()) == 1

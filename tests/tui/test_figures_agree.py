"""One plan, one set of figures: the review step, the exported Markdown and `planner diff` agree.

Each figure is computed once (planner.figures); this reads it back from what a coach, a principal
and a district team see, for both example plans, and for this year's with a cycle not dated yet
(its weeks still count, on every screen and in every document).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static

from planner.figures import Figures, plan_figures
from planner.plan_file import load_plan, save_plan
from tests.repository import EXAMPLES
from tests.tui.harness import go_to_step, make_app

YEARS = ("2024-25", "2025-26")
UNDATED = "2025-26, a cycle not dated yet"


def _planner(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "planner", *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _figures(year: str) -> Figures:
    return plan_figures(load_plan(EXAMPLES / f"{year}.toml").plan)


def _plan_file(case: str, folder: Path) -> tuple[Path, Figures]:
    """A copy of the example plan for `case`, and its figures."""
    path = folder / "2025-26.toml" if case == UNDATED else folder / f"{case}.toml"
    plan = load_plan(EXAMPLES / path.name).plan
    if case == UNDATED:
        plan.cycles[0].start = None
    save_plan(plan, path)
    return path, plan_figures(plan)


def _tallies(tallies) -> str:
    return ", ".join(f"{t.label} {t.count}" for t in tallies)


@pytest.mark.parametrize("case", [*YEARS, UNDATED])
async def test_the_review_step_shows_the_plans_figures(case: str, tmp_path: Path) -> None:
    """The review's summary line, as painted, holds the plan's figures."""
    path, figures = _plan_file(case, tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await go_to_step(pilot, "review")
        shown = str(app.screen.query_one(".review-summary", Static).render())
    assert " ".join(shown.split()) == (
        f"{figures.cycles} cycles · {figures.teachers_reached} of {figures.teachers_on_roster} teachers in a "
        f"cycle · {figures.weeks_of_cycles} weeks of cycles · "
        f"{figures.learning_items} professional learning items"
    )


@pytest.mark.parametrize("case", [*YEARS, UNDATED])
def test_the_exported_markdown_shows_the_plans_figures(case: str, tmp_path: Path) -> None:
    """`planner export --format md` gives the same counts and breakdowns."""
    path, figures = _plan_file(case, tmp_path)
    text = _planner("export", path.name, "--format", "md", cwd=tmp_path)
    assert (
        f"**{figures.cycles} coaching cycles** with **{figures.teachers_reached} of the "
        f"{figures.teachers_on_roster} teachers** on the roster; "
        f"{figures.weeks_of_cycles} weeks of cycles in all, at most {figures.most_at_once} at once." in text
    )
    for breakdown in figures.breakdowns():
        note = f" ({breakdown.note})" if breakdown.note else ""
        assert f"- {breakdown.title}: {_tallies(breakdown.tallies)}{note}\n" in text


def test_planner_diff_shows_both_years_figures() -> None:
    """`planner diff` last year against this year: each figure old -> new, or once when unchanged."""
    old, new = (_figures(year) for year in YEARS)
    text = _planner("diff", *(f"{year}.toml" for year in YEARS), cwd=EXAMPLES)
    section = text.split("\nIn numbers\n", 1)[1].split("\n\n", 1)[0] + "\n"

    def shown(before: str, after: str) -> str:
        return after if before == after else f"{before} -> {after}"

    assert f"Coaching cycles: {shown(str(old.cycles), str(new.cycles))}\n" in section
    reached = (f"{f.teachers_reached} of {f.teachers_on_roster}" for f in (old, new))
    assert f"Teachers in cycles: {shown(*reached)}\n" in section
    assert f"Weeks of cycles: {shown(str(old.weeks_of_cycles), str(new.weeks_of_cycles))}\n" in section
    assert f"Most cycles at once: {shown(str(old.most_at_once), str(new.most_at_once))}\n" in section
    for before, after in zip(old.breakdowns(), new.breakdowns(), strict=True):
        counts = {t.key: t.count for t in before.tallies}
        parts = [f"{t.label} {shown(str(counts.get(t.key, 0)), str(t.count))}" for t in after.tallies]
        note = f" ({after.note})" if after.note else ""
        assert f"{after.title}: {', '.join(parts)}{note}\n" in section

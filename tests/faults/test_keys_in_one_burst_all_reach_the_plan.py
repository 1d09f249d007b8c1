"""Keys that reach the planner in one read (a slow SSH link, a paste) all reach the plan, in order.

The real planner in a pseudo-terminal, each burst written with a single write(): Textual then
parses every key at once, and a binding in the burst (tab, ctrl+n, ctrl+s) comes right behind the
keys typed before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.plan_file import load_plan
from tests.tui.terminal import Terminal

CTRL_N = "\x0e"
CTRL_S = "\x13"
TAB = "\t"


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """The planner on a new plan, its first answer (the coach's name) ready for keys."""
    terminal = Terminal(tmp_path / "2026-27.toml", tmp_path / "state")
    try:
        terminal.wait_for("Jordan Lee")  # the coach's input is built, and the keyboard is in it
    except AssertionError:
        terminal.close()
        raise
    yield terminal
    terminal.close()


def _saved(terminal: Terminal, plan: Path) -> None:
    terminal.wait_for("Saved 2026-27.toml")
    assert plan.exists()


def test_a_name_and_a_role_typed_in_one_burst_before_ctrl_s_are_saved(
    terminal: Terminal, tmp_path: Path
) -> None:
    terminal.type(f"Wombat Fernsby{TAB}Math coach{CTRL_S}")
    _saved(terminal, tmp_path / "2026-27.toml")
    about = load_plan(tmp_path / "2026-27.toml").plan.about
    assert (about.coach, about.role) == ("Wombat Fernsby", "Math coach")


def test_keys_after_ctrl_n_in_the_same_burst_land_in_the_next_step(
    terminal: Terminal, tmp_path: Path
) -> None:
    terminal.type(f"Wombat Fernsby{CTRL_N}Every student explains{CTRL_S}")
    _saved(terminal, tmp_path / "2026-27.toml")
    plan = load_plan(tmp_path / "2026-27.toml").plan
    assert plan.about.coach == "Wombat Fernsby"
    assert plan.vision.district_vision == "Every student explains"


def test_a_teacher_typed_in_one_burst_through_the_roster_form_is_saved(
    terminal: Terminal, tmp_path: Path
) -> None:
    # Five steps on to "Who is coached", two fields on to its roster, "a" opens the new teacher's
    # form, its name, tab, its grade, ctrl+s saves the form and ctrl+s the plan: all in one write.
    terminal.type(f"{CTRL_N * 5}{TAB}{TAB}aZed Test{TAB}5{CTRL_S}{CTRL_S}")
    _saved(terminal, tmp_path / "2026-27.toml")
    teachers = load_plan(tmp_path / "2026-27.toml").plan.teachers
    assert [(t.name, t.grade) for t in teachers] == [("Zed Test", "5")]


def test_a_paste_followed_at_once_by_ctrl_s_is_saved(terminal: Terminal, tmp_path: Path) -> None:
    terminal.type(f"\x1b[200~Wombat Fernsby\x1b[201~{CTRL_S}")
    _saved(terminal, tmp_path / "2026-27.toml")
    assert load_plan(tmp_path / "2026-27.toml").plan.about.coach == "Wombat Fernsby"

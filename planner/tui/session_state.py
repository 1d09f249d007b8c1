"""What the planner remembers between sessions, outside any plan: the step where the coach left
each plan, under $XDG_STATE_HOME/planner (default ~/.local/state/planner), keyed by the plan's
absolute path. Losing it costs nothing but a step: every error here is ignored."""

from __future__ import annotations

import contextlib
import tomllib
from pathlib import Path

from planner.plan_file import state_folder, write_atomically

__all__ = ["last_step", "remember_step", "state_folder"]


def _state_file() -> Path:
    # TOML, as the plans: tomllib is loaded already when a plan opens (json would cost ~4 ms).
    return state_folder() / "last-steps.toml"


def _remembered() -> dict[str, str]:
    """Every plan's last step; empty when the file is missing or unreadable."""
    with contextlib.suppress(OSError, ValueError):
        steps = tomllib.loads(_state_file().read_text(encoding="utf-8")).get("last_steps", {})
        if isinstance(steps, dict):
            return {plan: step for plan, step in steps.items() if isinstance(step, str)}
    return {}


def last_step(plan_path: Path) -> str | None:
    """The id of the step the coach was on when they last left this plan."""
    return _remembered().get(str(plan_path.resolve()))


def remember_step(plan_path: Path, step_id: str) -> None:
    """Remember the step the coach is on, for the next time this plan is opened (written whole,
    so that two planners closing at once leave a readable file)."""
    import tomli_w  # on leaving a plan only

    steps = _remembered()
    steps[str(plan_path.resolve())] = step_id
    state = _state_file()
    with contextlib.suppress(OSError):
        state.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(state, tomli_w.dumps({"last_steps": dict(sorted(steps.items()))}))

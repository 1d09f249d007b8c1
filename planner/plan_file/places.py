"""Where the planner keeps its own files outside any plan: the state folder, found the platform's way."""

from __future__ import annotations

from pathlib import Path


def state_folder() -> Path:
    """The planner's state folder: $XDG_STATE_HOME/planner on Linux (default ~/.local/state/planner)."""
    # Imported here: only leaving a plan, a crash or a draft with nowhere else to go needs it.
    from platformdirs import user_state_path

    return user_state_path("planner", appauthor=False)

"""The draft of the plan being edited: written after a quiet moment, and a line under the plan
screen's header saying so when it could not go beside the plan."""

from __future__ import annotations

from pathlib import Path

from textual.timer import Timer
from textual.widgets import Static

from planner.plan_file import DraftWritten
from planner.tui.session import PlanSession

# Seconds of quiet after a change before the draft is written.
DRAFT_DELAY = 2.0


def draft_trouble(written: DraftWritten | None) -> str | None:
    """What the coach is told when a draft could not go beside the plan (None: all is well)."""
    if written is None or written.refused is None:
        return None
    if written.path is None:
        return f"⚠ no draft written anywhere ({written.refused}): your changes are only on this screen"
    home = str(Path.home())
    where = str(written.path.parent)
    where = "~" + where[len(home) :] if where.startswith(home + "/") else where
    return f"⚠ draft not written beside the plan ({written.refused}), kept in {where}/"


class DraftLine(Static):
    """Keeps the session's draft; shown only while the draft has trouble (it covers no field), and
    repainted only when the trouble it tells changes."""

    DEFAULT_CSS = """
    DraftLine { height: auto; display: none; color: $text-warning; padding: 0 1; }
    DraftLine.-shown { display: block; }
    """

    def __init__(self, session: PlanSession) -> None:
        super().__init__(id="draft-trouble", markup=False)
        self.session = session
        self._said: str | None = None
        self._timer: Timer | None = None

    def write_soon(self) -> None:
        """Write the draft once the coach has paused for DRAFT_DELAY seconds."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DRAFT_DELAY, self.write_now)

    def write_now(self) -> None:
        """Write the draft now (if anything is unsaved), and say where when not beside the plan."""
        written = self.session.keep_draft()
        if written is not None:
            self.say(draft_trouble(written))

    def say(self, trouble: str | None) -> None:
        """Tell this trouble (None: no trouble, the line hides)."""
        if trouble == self._said:
            return
        self._said = trouble
        self.update(trouble or "")
        self.set_class(trouble is not None, "-shown")

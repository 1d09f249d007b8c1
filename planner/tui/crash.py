"""An unexpected error in the planner: the coach reads one plain message, the details go to a file.

Textual prints a traceback (with local variables) when an app fails; a coach cannot act on it and
it may show parts of the plan. The app gives Textual a `PlannerStopped` instead, which Textual
prints through its `__rich__` method.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from rich.text import Text

from planner.tui.session_state import state_folder


def write_crash_report(error: BaseException, now: datetime) -> Path | None:
    """Write the error's traceback to a file in the state folder; its path, or None if it failed."""
    report = state_folder() / f"crash-{now:%Y%m%d-%H%M%S}.txt"
    try:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    except OSError:
        return None
    return report


class PlannerStopped(Exception):
    """The planner stopped on `error`; `report` holds the details, `plan` names the plan whose
    unsaved changes were kept in its draft (None when nothing was unsaved)."""

    def __init__(self, error: BaseException, report: Path | None, plan: Path | None) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.report = report
        self.plan = plan

    def __rich__(self) -> Text:
        lines = [f"planner stopped on an unexpected error ({self})."]
        if self.plan is not None:
            lines.append(
                f"Changes not saved to {self.plan.name} are kept in its draft: open the plan "
                "again to recover them."
            )
        if self.report is not None:
            lines.append(f"The details are in {self.report} (please send it with a bug report).")
        return Text("\n".join(lines))

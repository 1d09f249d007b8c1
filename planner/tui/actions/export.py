"""Exporting the summary for administrators: ask how, then write it without blocking the screen."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from planner.export import Summary, build_summary, render
from planner.plan_file import PlanFileError, load_plan, write_atomically
from planner.tui.actions.last_year import named_last_year
from planner.tui.screens.export_dialog import ExportDialog, ExportRequest

if TYPE_CHECKING:
    from planner.tui.screens.plan_screen import PlanScreen


async def export_summary(screen: PlanScreen) -> None:
    """Ask for the format, names and file, then write the summary there.

    The summary is taken from the plan as it is now; rendering it (a PDF takes a while) and
    writing the file happen in a thread.
    """
    last_year = named_last_year(screen)
    request = await screen.app.push_screen_wait(
        ExportDialog(screen.session.path, has_last_year=last_year is not None)
    )
    if request is None:
        return
    compare_with = None
    if request.compare and last_year is not None:
        try:
            compare_with = load_plan(last_year).plan
        except PlanFileError as error:
            screen.notify(str(error.problems[0]), title="Cannot read last year's plan", severity="error")
            return
    summary = build_summary(screen.session.plan, include_names=request.include_names, last_year=compare_with)
    screen.run_worker(partial(_write, screen, summary, request), thread=True)


def _write(screen: PlanScreen, summary: Summary, request: ExportRequest) -> None:
    """Render and write the summary (in a worker thread); the screen is told from the event loop."""
    try:
        content = render(summary, request.export_format)  # type: ignore[arg-type]
        write_atomically(request.destination, content, shared=True)
    except OSError as error:
        screen.app.call_from_thread(screen.notify, f"Not exported: {error.strerror}", severity="error")
        return
    screen.app.call_from_thread(screen.notify, f"Exported {request.destination}")

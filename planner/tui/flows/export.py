"""Exporting the summary for administrators, or the plan's calendar: ask how, then write it
without blocking the screen."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from textual.app import App

from planner.export import build_summary, render, render_calendar
from planner.plan_file import PlanFileError, load_plan, write_atomically
from planner.tui.dialogs import ExportDialog
from planner.tui.flows.last_year import named_last_year
from planner.tui.session import PlanSession


async def export_summary(app: App, session: PlanSession) -> Path | None:
    """Ask for the format, names and file, then write the summary there and say so; returns the
    file written (None: cancelled, or not written, as the coach is told).

    The summary is taken from the plan as it is now; rendering it (a PDF takes a while) and
    writing the file happen in a thread.
    """
    last_year = named_last_year(session)
    request = await app.push_screen_wait(ExportDialog(session.path, has_last_year=last_year is not None))
    if request is None:
        return None
    compare_with = None
    if request.compare and last_year is not None:
        try:
            compare_with = load_plan(last_year).plan
        except PlanFileError as error:
            app.notify(str(error.problems[0]), title="Cannot read last year's plan", severity="error")
            return None
    names = request.include_names
    # The calendar's events are dated now: the plan in the app may hold changes not yet saved.
    if request.export_format == "ics":
        calendar = render_calendar(session.plan, changed=datetime.now(UTC), include_names=names)
        summary = None
    else:
        calendar = b""
        summary = build_summary(session.plan, include_names=names, last_year=compare_with)

    def write() -> None:
        content = render(summary, request.export_format) if summary else calendar  # type: ignore[arg-type]
        write_atomically(request.destination, content, shared=True)

    try:
        await asyncio.to_thread(write)
    except OSError as error:
        app.notify(f"Not exported: {error.strerror}", severity="error")
        return None
    app.notify(f"Exported {request.destination}")
    return request.destination

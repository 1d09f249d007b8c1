"""Importing a district's school calendar (.ics) into the dates to avoid: ask for the file, show
what would change, and change the plan in memory when the coach says so (saving stays theirs)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.app import App

from planner.calendar import school_year_span
from planner.tui.dialogs import AskText, confirm
from planner.tui.session import PlanSession


async def import_school_calendar(app: App, session: PlanSession) -> bool:
    """Ask for a school calendar, show what importing it would add and update, and import it when
    the coach agrees; returns whether the plan changed (nothing is saved here)."""
    # icalendar and recurring-ical-events load only for a coach who imports a calendar.
    from planner.calendar.school_calendar import (
        SchoolCalendarError,
        apply_import,
        describe_import,
        plan_import,
        read_school_calendar,
    )

    span = school_year_span(session.plan.school_year)
    if span is None:
        app.notify("Name the school year (such as 2025-26) in step 1 first.", severity="error")
        return False
    typed = await app.push_screen_wait(
        AskText(
            "Import a school calendar",
            "The district's calendar file (.ics): its days off become dates to avoid.",
            str(session.path.parent) + "/",
        )
    )
    if not typed:
        return False
    path = Path(typed).expanduser()
    try:
        calendar = await asyncio.to_thread(lambda: read_school_calendar(path.read_bytes(), span))
    except OSError as error:
        app.notify(f"Cannot read {path}: {error.strerror or error}", severity="error")
        return False
    except SchoolCalendarError as error:
        app.notify(f"{path}: {error}", severity="error")
        return False
    proposal = plan_import(session.plan, calendar)
    lines = describe_import(proposal)
    if not proposal.changes:
        app.notify("\n".join(lines), title="Nothing to import")
        return False
    answer = await app.push_screen_wait(
        confirm("Import these dates to avoid?", "\n".join(lines), yes="Import", no="Cancel")
    )
    if answer != "yes":
        return False
    apply_import(session.plan, proposal)
    session.changed()
    app.notify(f"Imported {path.name}: save to keep it.")
    return True

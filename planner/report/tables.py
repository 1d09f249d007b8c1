"""The report as data for other programs: CSV (one row per plan, for a spreadsheet) and JSON (the
whole report, in the versioned shape of planner.report.shape, documented in docs/report.md)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from planner.report.shape import CoachRow, Report

CSV_COLUMNS: tuple[str, ...] = (
    "coach",
    "file",
    "schools",
    "state",
    "problem",
    "steps_unanswered",
    "cycles",
    "weeks_of_cycles",
    "teachers_reached",
    "roster",
    "stated_share",
    "planned_share",
    "capacity",
    "full_percent",
    "cycles_with_results",
    "goals_met",
    "goals_partly",
    "goals_not_met",
    "start_percent",
    "end_percent",
    "students",
)


def _coach_cells(row: CoachRow) -> dict[str, object]:
    load, results = row.load, row.results
    return {
        "coach": row.coach,
        "file": row.file,
        "schools": "; ".join(row.schools),
        "state": "unfinished" if row.steps_unanswered else "complete",
        "steps_unanswered": row.steps_unanswered,
        "cycles": row.cycles,
        "weeks_of_cycles": row.weeks_of_cycles,
        "teachers_reached": row.teachers_reached,
        "roster": row.roster,
        "stated_share": load.stated_share,
        "planned_share": load.planned_share,
        "capacity": load.capacity,
        "full_percent": load.full_percent,
        "cycles_with_results": results.cycles_with_results,
        "goals_met": results.met,
        "goals_partly": results.partly,
        "goals_not_met": results.not_met,
        "start_percent": results.start_percent,
        "end_percent": results.end_percent,
        "students": results.students,
    }


def render_csv(report: Report) -> str:
    """One row per plan of the year: its figures, or (an invalid plan) its first problem."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in report.coaches:
        writer.writerow({key: "" if value is None else value for key, value in _coach_cells(row).items()})
    for state in report.invalid:
        writer.writerow(
            {"coach": state.coach, "file": state.file, "state": "invalid", "problem": state.problem}
        )
    return out.getvalue()


def render_json(report: Report) -> str:
    """The whole report as JSON (numbers or "fewer than 3"; null where a plan does not say)."""
    return json.dumps(dataclasses.asdict(report), indent=2, ensure_ascii=False) + "\n"

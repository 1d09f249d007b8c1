"""The summary for administrators: a plan turned into Markdown, print-ready HTML or PDF; and the
plan's calendar (.ics) for the coach.

`build_summary(plan)` computes what the summary shows (naming no teacher unless asked);
`render(summary, format)` writes it in one format; `render_calendar(plan)` writes the calendar
from the plan itself. jinja2, fpdf2 and icalendar are imported only when a format needs them.
The names of the formats and paper sizes are in `planner.export.formats`.
No module of the package imports this one: it only gathers them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner.export.formats import Paper, SummaryFormat
from planner.export.summary import Summary, build_summary
from planner.export.templates import ExportTemplateError
from planner.model import Plan

__all__ = [
    "ExportTemplateError",
    "Summary",
    "build_summary",
    "render",
    "render_calendar",
]


def render(
    summary: Summary,
    export_format: SummaryFormat,
    *,
    templates_dir: Path | None = None,
    paper: Paper = "letter",
) -> bytes:
    """The summary written as `export_format`; Markdown and HTML as UTF-8.

    `templates_dir` holds a district's own templates for Markdown and HTML (the PDF is drawn
    directly and has no template); `paper` is the PDF's page size.
    """
    if export_format == "md":
        from planner.export.markdown import render_markdown

        return render_markdown(summary, templates_dir).encode("utf-8")
    if export_format == "html":
        from planner.export.html import render_html

        return render_html(summary, templates_dir).encode("utf-8")
    from planner.export.pdf import render_pdf

    return render_pdf(summary, paper)


def render_calendar(plan: Plan, *, changed: datetime, include_names: bool = False) -> bytes:
    """The plan as an iCalendar file (see planner.export.ics); `changed` is when the plan last
    changed, which sets each event's SEQUENCE and LAST-MODIFIED."""
    # icalendar takes about a third of a second to import: only the calendar needs it.
    from planner.export.ics import render_ics

    return render_ics(plan, changed=changed, include_names=include_names)

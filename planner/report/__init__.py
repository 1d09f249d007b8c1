"""The district report: every coach's plans read once, rolled up per coach, per school and for the
district, naming no teacher (`planner report`).

`read_district(paths)` finds and reads the plans; `build_report(district, year)` computes what the
report shows, the rule of fewer than 3 teachers applied once; `render(report, format)` writes it.
jinja2 and fpdf2 are imported only when a format needs them.
"""

from __future__ import annotations

from typing import Literal, get_args

from planner.export.formats import Paper
from planner.report.build import build_report, previous_year
from planner.report.district import District, PlanRecord, read_district
from planner.report.shape import FEWER, PRIVACY_RULE, REPORT_FORMAT, Report

ReportFormat = Literal["md", "html", "pdf", "csv", "json"]
FORMATS: tuple[ReportFormat, ...] = get_args(ReportFormat)

__all__ = [
    "FEWER",
    "FORMATS",
    "PRIVACY_RULE",
    "REPORT_FORMAT",
    "District",
    "PlanRecord",
    "Report",
    "ReportFormat",
    "build_report",
    "previous_year",
    "read_district",
    "render",
]


def render(report: Report, report_format: ReportFormat, paper: Paper = "letter") -> bytes:
    """The report written as `report_format` (text formats as UTF-8)."""
    if report_format == "csv":
        from planner.report.tables import render_csv

        return render_csv(report).encode("utf-8")
    if report_format == "json":
        from planner.report.tables import render_json

        return render_json(report).encode("utf-8")
    from planner.report.sections import report_document

    document = report_document(report)
    if report_format == "md":
        from planner.report.markdown import render_markdown

        return render_markdown(document).encode("utf-8")
    if report_format == "html":
        from planner.report.html import render_html

        return render_html(document).encode("utf-8")
    from planner.report.pdf import render_pdf

    return render_pdf(document, paper)

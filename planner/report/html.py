"""The report as one self-contained HTML page, in the look of the export summary: its stylesheet
(planner/templates/export/summary.css) inline, every value escaped by jinja2."""

from __future__ import annotations

from pathlib import Path

from planner.export.templates import environment, render
from planner.report.document import Document

TEMPLATES = Path(__file__).resolve().parent / "templates"
HTML_TEMPLATE = "report.html.j2"


def render_html(document: Document) -> str:
    """The document as an HTML page."""
    return render(environment(TEMPLATES, autoescape=True), HTML_TEMPLATE, document=document)

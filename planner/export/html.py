"""The summary as one self-contained HTML page: inline CSS and SVG, no script, ready to print.

jinja2 escapes every value (autoescape), so an answer holding markup prints as text.
"""

from __future__ import annotations

from pathlib import Path

from planner.export.chart import COLORS, GRID, INK
from planner.export.formatting import paragraphs
from planner.export.summary import Summary
from planner.export.templates import HTML_TEMPLATE, environment, render

# The chart's drawing size in CSS pixels; it scales to the page, and 720 px is the width of
# a Letter or A4 page less its margins.
CHART_WIDTH = 720
CHART_LABEL_WIDTH = 220
CHART_LANE_HEIGHT = 15
CHART_FONT_SIZE = 11


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def render_html(summary: Summary, templates_dir: Path | None = None) -> str:
    """The summary as an HTML document."""
    env = environment(templates_dir, autoescape=True, filters={"paragraphs": paragraphs, "n": _number})
    chart = (
        summary.chart.geometry(
            width=CHART_WIDTH,
            label_width=CHART_LABEL_WIDTH,
            lane_height=CHART_LANE_HEIGHT,
            font_size=CHART_FONT_SIZE,
        )
        if summary.chart
        else None
    )
    return render(
        env,
        HTML_TEMPLATE,
        summary=summary,
        chart=chart,
        chart_description=summary.chart.description if summary.chart else "",
        colors={"grid": GRID, "ink": INK, **COLORS},
    )

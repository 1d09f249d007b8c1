"""The names of the export formats and of the PDF's paper sizes: what the command line and the app offer.

`ics` is the plan's calendar (planner.export.ics), not the summary: it is written from the plan itself.

They live apart from the package's `render` so that the renderers (the PDF takes a paper size) name
them without importing the package that imports the renderers.
"""

from __future__ import annotations

from typing import Literal

# The summary's formats, and every format (the summary's and the calendar).
SummaryFormat = Literal["md", "html", "pdf"]
ExportFormat = SummaryFormat | Literal["ics"]
Paper = Literal["letter", "a4"]
FORMATS: tuple[ExportFormat, ...] = ("md", "html", "pdf", "ics")
PAPERS: tuple[Paper, ...] = ("letter", "a4")
# How each format is named to a person choosing one.
FORMAT_NAMES: dict[ExportFormat, str] = {
    "md": "Markdown",
    "html": "HTML, print-ready",
    "pdf": "PDF",
    "ics": "Calendar (.ics): cycles, meetings, dates",
}

"""The names of the export formats and of the PDF's paper sizes: what the command line and the app offer.

They live apart from the package's `render` so that the renderers (the PDF takes a paper size) name
them without importing the package that imports the renderers.
"""

from __future__ import annotations

from typing import Literal

ExportFormat = Literal["md", "html", "pdf"]
Paper = Literal["letter", "a4"]
FORMATS: tuple[ExportFormat, ...] = ("md", "html", "pdf")
PAPERS: tuple[Paper, ...] = ("letter", "a4")
# How each format is named to a person choosing one.
FORMAT_NAMES: dict[ExportFormat, str] = {"md": "Markdown", "html": "HTML, print-ready", "pdf": "PDF"}

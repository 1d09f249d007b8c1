"""The report as a PDF, drawn with the export summary's writer (planner.export.pdf): the same
fonts, colours, headings, figures and tables, so that the two documents look alike.

The summary's writer is private to planner.export; the report is its one other user, and takes it
as it is rather than copying it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.export.pdf import (
    ACCENT,
    BODY_PT,
    FAMILY,
    MARGIN,
    MUTED,
    RULE,
    TINT,
    _rgb,
    _Writer,
)
from planner.report.document import Bullets, Document, Headline, Paragraph, Table

if TYPE_CHECKING:
    from fpdf import FPDF

    from planner.export.formats import Paper

# The first column of a table names its row: it gets this many shares of the width, the others one.
_FIRST_COLUMN_SHARES = 2.5


def _new_pdf(document: Document, paper: Paper) -> FPDF:
    # fpdf2 costs about 390 ms to import: only `report --format pdf` pays it.
    import ttf_opensans
    from fpdf import FPDF

    class _Pages(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(FAMILY, "", 6.5)
            self.set_text_color(*_rgb(MUTED))
            self.multi_cell(0, 3, f"{document.foot}   Page {self.page_no()} of {{nb}}", align="L")

    pdf = _Pages(format=paper, unit="mm")
    pdf.set_margins(MARGIN, MARGIN - 2, MARGIN)
    pdf.set_auto_page_break(True, margin=16)
    for style, font in (("", ttf_opensans.OPENSANS_REGULAR), ("B", ttf_opensans.OPENSANS_BOLD)):
        pdf.add_font(FAMILY, style, font.path)
    pdf.set_lang("en")
    pdf.set_title(document.title)
    pdf.set_subject("A district's math coaching plans, summarised for its leaders")
    pdf.set_creator("planner")
    pdf.add_page()
    return pdf


def _header(w: _Writer, document: Document) -> None:
    w.font("B", 16, ACCENT)
    w.pdf.multi_cell(0, 8, w.clean(document.title), new_x="LMARGIN", new_y="NEXT")
    w.font("", BODY_PT + 0.5, MUTED)
    w.pdf.multi_cell(0, 4, w.clean(document.byline), new_x="LMARGIN", new_y="NEXT")
    w.pdf.ln(1.5)
    w.rule(ACCENT, 0.8)
    w.pdf.ln(2)


def _headlines(w: _Writer, headlines: tuple[Headline, ...]) -> None:
    gap, height = 2.5, 12.0
    width = (w.width - gap * (len(headlines) - 1)) / len(headlines)
    top = w.pdf.get_y()
    for index, headline in enumerate(headlines):
        left = MARGIN + index * (width + gap)
        w.pdf.set_fill_color(*_rgb(TINT))
        w.pdf.rect(left, top, width, height, style="F")
        w.font("B", 14, ACCENT)
        w.pdf.text(left + 2.5, top + 6.3, headline.value)
        w.font("", 6.5, MUTED)
        w.pdf.text(left + 3.5 + w.pdf.get_string_width(headline.value) * 14 / 6.5, top + 6.3, headline.small)
        w.pdf.text(left + 2.5, top + 10.2, w.clean(headline.label))
    w.pdf.set_xy(MARGIN, top + height + 2.5)


def _table(w: _Writer, table: Table) -> None:
    from fpdf.fonts import FontFace

    w.room(16)
    if table.caption:
        w.subheading(table.caption)
    shares = [_FIRST_COLUMN_SHARES, *([1.0] * (len(table.columns) - 1))]
    w.font("", 7)
    w.pdf.set_fill_color(255, 255, 255)
    w.pdf.set_draw_color(*_rgb(RULE))
    w.pdf.set_line_width(0.2)
    with w.pdf.table(
        col_widths=[w.width * share / sum(shares) for share in shares],
        width=w.width,
        align="LEFT",
        text_align="LEFT",
        v_align="TOP",
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", color=_rgb(MUTED), size_pt=6.6),
        line_height=3.0,
        padding=(0.8, 1.0),
    ) as drawn:
        heading = drawn.row()
        for column in table.columns:
            heading.cell(w.clean(column))
        for cells in table.rows:
            row = drawn.row()
            for cell in cells:
                row.cell(w.clean(cell))
    w.pdf.ln(2)


def render_pdf(document: Document, paper: Paper = "letter") -> bytes:
    """The document as PDF bytes, on Letter or A4 paper."""
    w = _Writer(_new_pdf(document, paper))
    _header(w, document)
    if document.headlines:
        _headlines(w, document.headlines)
    for section in document.sections:
        w.heading(section.title)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                w.prose(block.text)
            elif isinstance(block, Bullets):
                w.bullets([("", item) for item in block.items])
            else:
                _table(w, block)
    return bytes(w.pdf.output())

"""The summary as a PDF, drawn directly with fpdf2: the same sections and year chart as the HTML.

Fonts: fpdf2's built-in fonts know only Latin-1, so the PDF embeds Open Sans (from the
`ttf-opensans` package: Latin with accents, Greek, Cyrillic, Vietnamese, curly quotes and
dashes). A character the font does not have (Chinese, emoji...) prints as "?" rather than as
an empty box or an error; the Markdown and HTML summaries keep every character.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from planner.export.chart import GRID, INK, ChartGeometry
from planner.export.formatting import hours, paragraphs, percents, plural, span
from planner.export.summary import Results, Summary
from planner.figures import Breakdown

if TYPE_CHECKING:
    from fpdf import FPDF

    from planner.export.formats import Paper

FAMILY = "open-sans"
MARGIN = 15.0
ACCENT = "#1F4E79"
MUTED = "#5B6470"
TINT = "#F3F6F9"
RULE = "#D6DDE5"
BODY_PT = 8.0
LINE = 3.6
PARAGRAPH_GAP = 1.0
PT_TO_MM = 25.4 / 72
_REPLACEMENT = "?"


def _rgb(color: str) -> tuple[int, int, int]:
    value = int(color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


class _Writer:
    """Lays the summary out on pages: text flows down, a section never starts at a page's foot."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.width = pdf.w - 2 * MARGIN
        self.known = set(pdf.fonts[FAMILY].cmap)

    def clean(self, text: str) -> str:
        """`text` with every character the font cannot draw replaced by "?"."""
        return "".join(c if ord(c) in self.known or c in "\n\t" else _REPLACEMENT for c in text)

    def font(self, style: str = "", size: float = BODY_PT, color: str = INK) -> None:
        self.pdf.set_font(FAMILY, style, size)
        self.pdf.set_text_color(*_rgb(color))

    def room(self, needed: float) -> None:
        """Start a new page unless `needed` millimetres are left on this one."""
        if self.pdf.get_y() + needed > self.pdf.h - self.pdf.b_margin:
            self.pdf.add_page()

    def heading(self, text: str, keep_with: float = 14) -> None:
        """A section heading, on a new page unless `keep_with` millimetres fit below it."""
        self.room(keep_with + 12)
        self.pdf.ln(2)
        self.font("B", 12, ACCENT)
        self.pdf.cell(0, 6, self.clean(text), new_x="LMARGIN", new_y="NEXT")
        self.rule(RULE, 0.25)
        self.pdf.ln(1.5)

    def subheading(self, text: str) -> None:
        self.room(12)
        self.font("B", BODY_PT)
        self.pdf.cell(0, 5, self.clean(text), new_x="LMARGIN", new_y="NEXT")

    def rule(self, color: str, thickness: float) -> None:
        self.pdf.set_draw_color(*_rgb(color))
        self.pdf.set_line_width(thickness)
        y = self.pdf.get_y()
        self.pdf.line(MARGIN, y, MARGIN + self.width, y)

    def prose(self, text: str, label: str = "") -> None:
        """Paragraphs of an answer, the first one led by a bold label."""
        for index, paragraph in enumerate(paragraphs(text)):
            if index == 0 and label:
                self.font("B")
                self.pdf.write(LINE, self.clean(f"{label}. "))
            self.font()
            self.pdf.write(LINE, self.clean(paragraph))
            self.pdf.ln(LINE + PARAGRAPH_GAP)

    def bullets(self, items: Sequence[tuple[str, str]]) -> None:
        """A list whose items have a bold start and plain words after it."""
        for bold, plain in items:
            self.font()
            self.pdf.set_x(MARGIN + 1.5)
            self.pdf.write(LINE, "\N{BULLET} ")
            self.pdf.set_left_margin(MARGIN + 4.5)
            if bold:
                self.font("B")
                self.pdf.write(LINE, self.clean(bold))
                self.font()
            self.pdf.write(LINE, self.clean(plain))
            self.pdf.set_left_margin(MARGIN)
            self.pdf.ln(LINE + 0.8)

    def text_height(self, width: float, text: str, size: float = BODY_PT) -> float:
        self.font("", size)
        lines = self.pdf.multi_cell(width, LINE, self.clean(text), dry_run=True, output="LINES")
        return len(lines) * LINE

    @contextmanager
    def at(self, x: float, y: float, width: float | None = None) -> Iterator[None]:
        """Draw from (`x`, `y`) in a column `width` wide, then come back to the page's margins."""
        self.pdf.set_left_margin(x)
        if width is not None:
            self.pdf.set_right_margin(self.pdf.w - x - width)
        self.pdf.set_xy(x, y)
        try:
            yield
        finally:
            self.pdf.set_left_margin(MARGIN)
            self.pdf.set_right_margin(MARGIN)


def _header(w: _Writer, summary: Summary) -> None:
    w.font("B", 18, ACCENT)
    w.pdf.cell(0, 9, w.clean(summary.title), new_x="LMARGIN", new_y="NEXT")
    if summary.byline:
        w.font("", BODY_PT + 0.5, MUTED)
        w.pdf.multi_cell(0, LINE + 0.5, w.clean(summary.byline), new_x="LMARGIN", new_y="NEXT")
    w.pdf.ln(1.5)
    w.rule(ACCENT, 0.8)
    w.pdf.ln(1)


def _vision(w: _Writer, summary: Summary) -> None:
    vision = summary.vision
    if not (vision.district_vision or vision.connection_to_goals):
        return
    w.heading("Vision")
    w.prose(vision.district_vision)
    w.prose(vision.connection_to_goals, "How coaching connects to school and district goals")


def _focus(w: _Writer, summary: Summary) -> None:
    focus = summary.focus
    boxes = [
        (label, text)
        for label, text in (
            ("This year", focus.this_year),
            ("Year 2", focus.year_two),
            ("Beyond", focus.beyond),
        )
        if text.strip()
    ]
    boxes = [(label, "\n".join(paragraphs(text))) for label, text in boxes]
    if not boxes:
        return
    w.heading("Focus over time")
    gap = 3.0
    box_width = (w.width - gap * (len(boxes) - 1)) / len(boxes)
    inner = box_width - 5
    height = max(w.text_height(inner, text) for _, text in boxes) + 8.5
    w.room(height)
    top = w.pdf.get_y()
    for index, (label, text) in enumerate(boxes):
        left = MARGIN + index * (box_width + gap)
        w.pdf.set_fill_color(*_rgb(TINT))
        w.pdf.rect(left, top, box_width, height, style="F")
        w.pdf.set_fill_color(*_rgb(ACCENT))
        w.pdf.rect(left, top, 0.9, height, style="F")
        with w.at(left + 3, top + 1.5):
            w.font("B", BODY_PT, ACCENT)
            w.pdf.cell(inner, 5, label, new_x="LMARGIN", new_y="NEXT")
            w.font()
            w.pdf.multi_cell(inner, LINE, w.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
    w.pdf.set_xy(MARGIN, top + height + 1.5)


def _learning(w: _Writer, summary: Summary) -> None:
    if not (summary.learning_for_all or summary.learning_for_some):
        return
    w.heading("Professional learning")
    if summary.learning_for_all:
        w.subheading("For every teacher")
        w.bullets(
            [
                (
                    item.topic or "Learning for all",
                    _details(item.format, item.timing, "Follow-up", item.follow_up),
                )
                for item in summary.learning_for_all
            ]
        )
    if summary.learning_for_some:
        w.subheading("For some teachers")
        w.bullets(
            [
                (
                    item.group or "A group of teachers",
                    (f": {item.topic}" if item.topic else "")
                    + _details(item.format, item.timing, "Why", item.need),
                )
                for item in summary.learning_for_some
            ]
        )


def _details(format_: str, timing: str, label: str, more: str) -> str:
    words = ", ".join(part for part in (format_, timing) if part)
    text = f" ({words})." if words else "."
    return text + (f" {label}: {' '.join(more.split())}" if more else "")


def _figures(w: _Writer, summary: Summary) -> None:
    n = summary.numbers
    figures = [
        (str(n.cycles), "", "Coaching cycles"),
        (str(n.teachers_served), f" of {n.teachers_on_roster}", "Teachers in cycles"),
        (str(n.weeks_of_cycles), "", "Weeks of cycles"),
        (str(n.most_at_once), "", "Most cycles at once"),
    ]
    if n.hours_per_week:
        share = f" \N{MIDDLE DOT} {n.cycle_time_percent}% in cycles" if n.cycle_time_percent else ""
        figures.append((hours(n.hours_per_week), share, "Coaching hours a week"))
    gap, height = 2.5, 12.0
    box_width = (w.width - gap * (len(figures) - 1)) / len(figures)
    w.room(height + 2)
    top = w.pdf.get_y()
    for index, (number, small, label) in enumerate(figures):
        left = MARGIN + index * (box_width + gap)
        w.pdf.set_fill_color(*_rgb(TINT))
        w.pdf.rect(left, top, box_width, height, style="F")
        w.font("B", 15, ACCENT)
        w.pdf.text(left + 2.5, top + 6.3, number)
        w.font("", 7, MUTED)
        w.pdf.text(left + 2.5 + w.pdf.get_string_width(number) * 15 / 7 + 0.8, top + 6.3, w.clean(small))
        w.pdf.text(left + 2.5, top + 10.2, label)
    w.pdf.set_xy(MARGIN, top + height + 2.5)


def _breakdowns(w: _Writer, breakdowns: Sequence[Breakdown]) -> None:
    """One line for each way of counting: what is counted, then each count in bold."""
    title_width = 52.0
    for breakdown in breakdowns:
        w.room(LINE + 1)
        top = w.pdf.get_y()
        w.font("", 8.5, MUTED)
        w.pdf.text(MARGIN, top + 3.2, breakdown.title)
        with w.at(MARGIN + title_width, top):
            for index, tally in enumerate(breakdown.tallies):
                w.font("", 8.5)
                w.pdf.write(LINE, w.clean(f"{tally.label} "))
                w.font("B", 8.5, ACCENT)
                w.pdf.write(LINE, str(tally.count))
                w.font("", 8.5)
                w.pdf.write(LINE, ", " if index < len(breakdown.tallies) - 1 else "")
            if breakdown.note:
                w.font("", 8.5, MUTED)
                w.pdf.write(LINE, w.clean(f" ({breakdown.note})"))
            w.pdf.ln(LINE)
        w.rule(RULE, 0.2)
        w.pdf.ln(0.6)
    w.pdf.ln(1.5)


_CYCLE_COLUMNS = (
    ("Cycle", 34.0),
    ("Student-learning goal", 58.0),
    ("Focus", 22.0),
    ("Grades", 13.0),
    ("Teachers", 13.0),
    ("When", 23.0),
    ("Students meeting the goal", 20.0),
)


def _cycles(w: _Writer, summary: Summary) -> None:
    if not summary.cycles:
        return
    from fpdf.fonts import FontFace

    w.room(20)
    w.subheading("Coaching cycles")
    scale = w.width / sum(width for _, width in _CYCLE_COLUMNS)
    w.font("", 7.2)
    # Table cells take the current fill colour as their background: make it the page's.
    w.pdf.set_fill_color(255, 255, 255)
    w.pdf.set_draw_color(*_rgb(RULE))
    w.pdf.set_line_width(0.2)
    with w.pdf.table(
        col_widths=[width * scale for _, width in _CYCLE_COLUMNS],
        width=w.width,
        align="LEFT",
        text_align="LEFT",
        v_align="TOP",
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", color=_rgb(MUTED), size_pt=6.8),
        line_height=3.1,
        padding=(1.0, 1.0),
    ) as table:
        header = table.row()
        for title, _ in _CYCLE_COLUMNS:
            header.cell(title)
        for c in summary.cycles:
            row = table.row()
            kind = f"\n{c.kind}" if c.kind and c.kind != c.title else ""
            row.cell(w.clean(" ".join(c.title.split()) + kind))
            for value in (
                c.goal,
                c.focus,
                ", ".join(c.grade_bands),
                c.teachers_text,
                span(c.start, c.end),
                percents(c.baseline_percent, c.target_percent),
            ):
                row.cell(w.clean(" ".join(value.split())))
    w.pdf.ln(1)


def _numbers(w: _Writer, summary: Summary) -> None:
    w.heading("The program in numbers")
    _figures(w, summary)
    _breakdowns(w, summary.numbers.breakdowns)
    _cycles(w, summary)


def _draw_chart(w: _Writer, chart: ChartGeometry, top: float) -> None:
    pdf = w.pdf
    for shade in chart.shades:
        pdf.set_fill_color(*_rgb(shade.color))
        pdf.rect(MARGIN + shade.x, top + shade.y, shade.width, shade.height, style="F")
    pdf.set_draw_color(*_rgb(GRID))
    pdf.set_line_width(0.15)
    for x in chart.gridlines:
        pdf.line(
            MARGIN + x, top + chart.plot_top - chart.font_size * 0.6, MARGIN + x, top + chart.plot_bottom
        )
    pdf.line(MARGIN + chart.plot_left, top + chart.plot_bottom, MARGIN + chart.width, top + chart.plot_bottom)
    w.font("B", 7)
    for label in chart.month_labels:
        pdf.text(MARGIN + label.x - pdf.get_string_width(label.text) / 2, top + label.y, label.text)
    w.font("", 7)
    for label in chart.lane_labels:
        pdf.text(MARGIN + label.x, top + label.y, w.clean(label.text))
    for bar in chart.bars:
        pdf.set_fill_color(*_rgb(bar.color))
        pdf.rect(
            MARGIN + bar.x,
            top + bar.y,
            bar.width,
            bar.height,
            style="F",
            round_corners=True,
            corner_radius=0.5,
        )
    for label in chart.bar_labels:
        pdf.text(MARGIN + label.x, top + label.y, w.clean(label.text))
    for item in chart.legend:
        pdf.set_fill_color(*_rgb(item.color))
        pdf.rect(MARGIN + item.x, top + item.y, item.size, item.size, style="F")
        pdf.text(MARGIN + item.text_x, top + item.y + item.size * 0.85, item.label)


def _year(w: _Writer, summary: Summary) -> None:
    if summary.chart is None:
        return
    chart = summary.chart.geometry(width=w.width, label_width=52, lane_height=3.6, font_size=7 * PT_TO_MM)
    w.heading("The year at a glance", keep_with=chart.height + 6)
    top = w.pdf.get_y()
    _draw_chart(w, chart, top)
    w.pdf.set_xy(MARGIN, top + chart.height + 1)
    w.font("", 7.5, MUTED)
    w.pdf.multi_cell(
        0,
        3.5,
        "Coaching windows, cycles (coloured by focus area) and the dates to avoid, shaded across the year.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def _section_height(w: _Writer, width: float, answers: Sequence[tuple[str, str]]) -> float:
    """About how tall a section of labelled answers is in a column `width` wide."""
    heading = 9.5
    return heading + sum(
        w.text_height(width, f"{label}. {' '.join(paragraphs(text))}") + PARAGRAPH_GAP
        for label, text in answers
    )


def _schedule_and_accountability(w: _Writer, summary: Summary) -> None:
    """The two sections side by side, as the HTML page prints them (one after the other if too long)."""
    sections = [
        (title, answers)
        for title, answers in (
            ("How the schedule is protected", summary.schedule_answers),
            ("Accountability and support", summary.accountability_answers),
        )
        if answers
    ]
    gutter = 6.0
    column = (w.width - gutter) / 2
    height = max((_section_height(w, column, answers) for _, answers in sections), default=0)
    if len(sections) < 2 or height > w.pdf.eph * 0.6:
        for title, answers in sections:
            w.heading(title)
            for label, text in answers:
                w.prose(text, label)
        return
    w.room(height + 2.5)
    w.pdf.ln(2.5)
    top = w.pdf.get_y()
    bottoms = []
    for index, (title, answers) in enumerate(sections):
        left = MARGIN + index * (column + gutter)
        with w.at(left, top, column):
            w.font("B", 12, ACCENT)
            w.pdf.cell(column, 6, title, new_x="LMARGIN", new_y="NEXT")
            w.pdf.set_draw_color(*_rgb(RULE))
            w.pdf.set_line_width(0.25)
            w.pdf.line(left, w.pdf.get_y(), left + column, w.pdf.get_y())
            w.pdf.ln(1.5)
            for label, text in answers:
                w.prose(text, label)
            bottoms.append(w.pdf.get_y())
    w.pdf.set_xy(MARGIN, max(bottoms))


def _results(w: _Writer, results: Results) -> None:
    if results.cycles_with_results:
        text = (
            f"{results.cycles_with_results} of {plural(results.cycles, 'cycle')} reported a result: "
            f"{results.goal_words}."
        )
        if results.average_end is not None:
            text += (
                f" On average {results.average_baseline}% of students met the cycle's goal at the start, "
                f"and {results.average_end}% at the end."
            )
        w.prose(text)
    if results.carry_forward:
        w.prose("Carried forward.")
        w.bullets([("", item) for item in results.carry_forward])


def _since_last_year(w: _Writer, summary: Summary) -> None:
    if summary.results:
        w.heading("Results so far")
        _results(w, summary.results)
    if not (summary.changes or summary.last_year):
        return
    w.heading("Since last year")
    w.bullets([("", line) for line in summary.changes])
    if summary.last_year:
        w.subheading(f"Last year's results ({summary.last_year.school_year})")
        _results(w, summary.last_year)


def _more(w: _Writer, summary: Summary) -> None:
    if not summary.custom:
        return
    w.heading("More from this plan")
    for label, text in summary.custom:
        w.prose(text, label)


def _new_document(summary: Summary, paper: Paper) -> FPDF:
    # fpdf2 costs about 390 ms to import (it brings Pillow and fontTools): only `export --format
    # pdf` pays it. ttf_opensans is a few ms once Pillow is loaded.
    import ttf_opensans
    from fpdf import FPDF

    class _Document(FPDF):
        def footer(self) -> None:
            self.set_y(-10)
            self.set_font(FAMILY, "", 7)
            self.set_text_color(*_rgb(MUTED))
            self.cell(0, 4, summary.names_note, align="L")
            self.set_x(MARGIN)
            self.cell(0, 4, f"{summary.title} \N{MIDDLE DOT} page {self.page_no()} of {{nb}}", align="R")

    pdf = _Document(format=paper, unit="mm")
    pdf.set_margins(MARGIN, MARGIN - 2, MARGIN)
    pdf.set_auto_page_break(True, margin=14)
    for style, font in (
        ("", ttf_opensans.OPENSANS_REGULAR),
        ("B", ttf_opensans.OPENSANS_BOLD),
        ("I", ttf_opensans.OPENSANS_ITALIC),
    ):
        pdf.add_font(FAMILY, style, font.path)
    pdf.set_lang("en")
    pdf.set_title(summary.title)
    pdf.set_author(summary.about.coach)
    pdf.set_subject("A math coaching plan, summarised for school and district leaders")
    pdf.set_creator("planner")
    pdf.add_page()
    return pdf


def render_pdf(summary: Summary, paper: Paper = "letter") -> bytes:
    """The summary as PDF bytes, on Letter or A4 paper."""
    pdf = _new_document(summary, paper)
    w = _Writer(pdf)
    _header(w, summary)
    for section in (
        _vision,
        _focus,
        _learning,
        _numbers,
        _year,
        _schedule_and_accountability,
        _since_last_year,
        _more,
    ):
        section(w, summary)
    return bytes(pdf.output())

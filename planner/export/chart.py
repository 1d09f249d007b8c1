"""The year-at-a-glance chart as geometry: boxes, lines and labels that SVG and PDF both draw.

One lane per coaching cycle (coloured by focus area), one lane for the coaching windows and one
for the dates to avoid, which also shade the whole chart. Coordinates are in the caller's units
(pixels for SVG, millimetres for PDF), so both formats show the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.calendar import Timeline
from planner.export.formatting import day, plural
from planner.model import FocusArea

WINDOW = "window"
AVOID = "avoid"
NO_FOCUS = "no-focus"
AVOID_SHADE = "avoid-shade"
# Colours a reader with common colour-blindness can still tell apart (Okabe and Ito's palette).
COLORS: dict[str, str] = {
    FocusArea.USING_DATA.value: "#0072B2",
    FocusArea.TIER_1.value: "#009E73",
    FocusArea.CONTENT.value: "#E69F00",
    FocusArea.OTHER.value: "#CC79A7",
    NO_FOCUS: "#8C8C8C",
    WINDOW: "#CFE0F1",
    AVOID: "#D55E00",
    AVOID_SHADE: "#FBE3D4",
}
GRID = "#D0D0D0"
INK = "#222222"
_LEGEND_LABELS = {
    **{area.value: area.label for area in FocusArea},
    NO_FOCUS: "No focus area yet",
    WINDOW: "Coaching window",
    AVOID: "Dates to avoid",
}
# An average character is about this share of the font size wide, for cutting long labels.
_CHARACTER_WIDTH = 0.55


@dataclass(frozen=True)
class Box:
    """A filled rectangle: a bar of the chart or a shaded stretch; `key` picks its colour."""

    x: float
    y: float
    width: float
    height: float
    key: str
    label: str = ""

    @property
    def color(self) -> str:
        return COLORS[self.key]


@dataclass(frozen=True)
class Text:
    """A label at a point (`x`, `y` is its baseline); `full` is the whole label when `text` was cut."""

    x: float
    y: float
    text: str
    full: str = ""


@dataclass(frozen=True)
class LegendItem:
    """A colour swatch at (`x`, `y`, a square `size` wide) and its label starting at `text_x`."""

    x: float
    y: float
    size: float
    text_x: float
    key: str
    label: str

    @property
    def color(self) -> str:
        return COLORS[self.key]


@dataclass(frozen=True)
class ChartGeometry:
    """Everything needed to draw the chart at one size."""

    width: float
    height: float
    plot_left: float
    plot_top: float
    plot_bottom: float
    font_size: float
    gridlines: tuple[float, ...]
    month_labels: tuple[Text, ...]
    lane_labels: tuple[Text, ...]
    bar_labels: tuple[Text, ...]
    shades: tuple[Box, ...]
    bars: tuple[Box, ...]
    legend: tuple[LegendItem, ...]


@dataclass(frozen=True)
class _Lane:
    label: str
    bars: tuple[tuple[date, date, str, str], ...]


def _fit(text: str, room: float, font_size: float) -> str:
    most = max(4, int(room / (font_size * _CHARACTER_WIDTH)))
    return text if len(text) <= most else text[: most - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"


def _lanes(chart: Timeline, focus_by_cycle: dict[str, str]) -> list[_Lane]:
    windows = tuple((r.start, r.end, WINDOW, r.label) for r in chart.rows if r.kind == "window")
    avoid = tuple((r.start, r.end, AVOID, r.label) for r in chart.rows if r.kind == "blackout")
    lanes = [_Lane("Coaching windows", windows)] if windows else []
    lanes += [
        _Lane(r.label, ((r.start, r.end, focus_by_cycle.get(r.record_id) or NO_FOCUS, r.label),))
        for r in chart.rows
        if r.kind == "cycle"
    ]
    if avoid:
        lanes.append(_Lane("Dates to avoid", avoid))
    return lanes


def _bar_labels(bars: list[Box], font_size: float) -> list[Text]:
    """The names of the coaching windows, inside their bars where they fit."""
    return [
        Text(bar.x + font_size * 0.4, bar.y + bar.height / 2 + font_size * 0.35, bar.label)
        for bar in bars
        if bar.key == WINDOW
        and bar.label
        and bar.width > font_size * (len(bar.label) * _CHARACTER_WIDTH + 0.8)
    ]


def _legend(keys: set[str], top: float, width: float, font_size: float) -> tuple[LegendItem, ...]:
    order = [*(area.value for area in FocusArea), NO_FOCUS, WINDOW, AVOID]
    items: list[LegendItem] = []
    x, y = 0.0, top
    for key in (k for k in order if k in keys):
        label = _LEGEND_LABELS[key]
        item_width = font_size * (1.6 + len(label) * _CHARACTER_WIDTH + 1.5)
        if x and x + item_width > width:
            x, y = 0.0, y + font_size * 1.6
        items.append(LegendItem(x, y, font_size, x + font_size * 1.4, key, label))
        x += item_width
    return tuple(items)


@dataclass(frozen=True)
class YearChart:
    """The year's timeline, and the focus area of each cycle on it (by cycle id)."""

    timeline: Timeline
    focus_by_cycle: dict[str, str]

    @property
    def description(self) -> str:
        """The chart in one sentence, for readers who cannot see it."""
        rows = self.timeline.rows
        cycles = [r for r in rows if r.kind == "cycle"]
        parts = []
        if cycles:
            first, last = min(r.start for r in cycles), max(r.end for r in cycles)
            parts.append(f"{plural(len(cycles), 'coaching cycle')} between {day(first)} and {day(last)}")
        windows = sum(r.kind == "window" for r in rows)
        if windows:
            parts.append(plural(windows, "coaching window"))
        avoid = sum(r.kind == "blackout" for r in rows)
        if avoid:
            parts.append(f"{plural(avoid, 'stretch', 'stretches')} of dates to avoid")
        return (
            "The school year from "
            + f"{day(self.timeline.start)} to {day(self.timeline.end)}: "
            + "; ".join(parts)
            + "."
        )

    def geometry(
        self, *, width: float, label_width: float, lane_height: float, font_size: float
    ) -> ChartGeometry:
        """The chart drawn `width` wide, lane labels in the first `label_width`."""
        chart = self.timeline
        lanes = _lanes(chart, self.focus_by_cycle)
        plot_left, plot_top = label_width, font_size * 1.8
        plot_width = width - plot_left
        plot_bottom = plot_top + lane_height * len(lanes)

        def x_of(day: date) -> float:
            return plot_left + plot_width * chart.fraction(day)

        def box(span: tuple[date, date], top: float, height: float, key: str, label: str) -> Box:
            left = x_of(span[0])
            right = x_of(span[1] + timedelta(days=1))
            return Box(left, top, max(right - left, 1.5), height, key, label)

        bar_height = lane_height * 0.62
        bars = [
            box(
                (start, end),
                plot_top + index * lane_height + (lane_height - bar_height) / 2,
                bar_height,
                key,
                label,
            )
            for index, lane in enumerate(lanes)
            for start, end, key, label in lane.bars
        ]
        month_edges = [*chart.months[1:], chart.end + timedelta(days=1)]
        month_labels = [
            Text((x_of(month) + x_of(min(next_month, chart.end))) / 2, font_size * 1.2, f"{month:%b}")
            for month, next_month in zip(chart.months, month_edges, strict=True)
            if x_of(min(next_month, chart.end)) - x_of(month) > font_size * 1.5
        ]
        lane_labels = [
            Text(
                0,
                plot_top + index * lane_height + lane_height / 2 + font_size * 0.35,
                _fit(lane.label, label_width - font_size, font_size),
                lane.label,
            )
            for index, lane in enumerate(lanes)
        ]
        shades = [
            box((r.start, r.end), plot_top, plot_bottom - plot_top, AVOID_SHADE, r.label)
            for r in chart.rows
            if r.kind == "blackout"
        ]
        legend = _legend({bar.key for bar in bars}, plot_bottom + font_size, width, font_size)
        return ChartGeometry(
            width=width,
            height=(legend[-1].y + font_size * 1.6) if legend else plot_bottom,
            plot_left=plot_left,
            plot_top=plot_top,
            plot_bottom=plot_bottom,
            font_size=font_size,
            gridlines=tuple(x_of(month) for month in chart.months if month > chart.start),
            month_labels=tuple(month_labels),
            lane_labels=tuple(lane_labels),
            bar_labels=tuple(_bar_labels(bars, font_size)),
            shades=tuple(shades),
            bars=tuple(bars),
            legend=legend,
        )

"""The calendar service: the coaching year in dates (`dates`: cycle spans, weeks, load, the year
chart's rows, reading a date a coach types), shared by the checks, the export and the TUI.

`planner.calendar.school_calendar` reads a district's .ics into dates to avoid; beside it, `fit`
(start dates proposed inside the windows and the capacity) and `year_chart` (the year chart as text,
one character a week). None is imported here: each is imported by who needs it, so that only the
import pays for icalendar."""

from planner.calendar.dates import (
    Timeline,
    TimelineRow,
    WeekLoad,
    cycle_end,
    mondays,
    overlaps,
    read_date,
    school_year_span,
    span_end,
    timeline,
    week_of,
    weekly_load,
)

__all__ = [
    "Timeline",
    "TimelineRow",
    "WeekLoad",
    "cycle_end",
    "mondays",
    "overlaps",
    "read_date",
    "school_year_span",
    "span_end",
    "timeline",
    "week_of",
    "weekly_load",
]

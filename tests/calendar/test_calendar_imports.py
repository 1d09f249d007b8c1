"""icalendar and recurring-ical-events load only where the calendar needs them: never for the TUI's
first paint, the summary's formats or `planner --help`; the .ics export loads icalendar alone."""

from __future__ import annotations

import pytest

from tests.calendar.calendar_plans import FIXTURES
from tests.repository import EXAMPLES
from tests.test_import_hygiene import loaded_modules

CALENDAR_LIBRARIES = ["icalendar", "recurring_ical_events"]
EXAMPLE = str(EXAMPLES / "2025-26.toml")
# (code run, modules it must load, modules it must leave unloaded)
CASES = {
    "the TUI's first paint": ("import planner.tui.app", [], CALENDAR_LIBRARIES),
    "the summary": (
        "from planner.export import build_summary, render\n"
        "from planner.model import Plan\n"
        "render(build_summary(Plan()), 'md')",
        [],
        CALENDAR_LIBRARIES,
    ),
    "every command's parser": (
        "from planner.cli.main import build_parser\nbuild_parser()",
        [],
        CALENDAR_LIBRARIES,
    ),
    "the .ics export": (
        "from datetime import UTC, datetime\n"
        "from planner.export import render_calendar\n"
        "from planner.model import Plan\n"
        "render_calendar(Plan(), changed=datetime.now(UTC))",
        ["icalendar"],
        ["recurring_ical_events", "jinja2", "fpdf"],
    ),
    "planner calendar import": (
        "from planner.cli.main import main\n"
        f"main(['calendar', 'import', '--dry-run', {str(FIXTURES / 'district.ics')!r}, {EXAMPLE!r}])",
        CALENDAR_LIBRARIES,
        ["textual", "jinja2", "fpdf"],
    ),
}


@pytest.mark.parametrize(("code", "loaded", "left_out"), CASES.values(), ids=CASES.keys())
def test_the_calendar_libraries_load_only_where_needed(
    code: str, loaded: list[str], left_out: list[str]
) -> None:
    modules = loaded_modules(code)
    assert [name for name in loaded if name not in modules] == []
    assert [name for name in left_out if name in modules] == []

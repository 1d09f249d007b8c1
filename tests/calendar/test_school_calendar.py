"""A district's published calendar (tests/calendar/fixtures/district.ics: breaks, a testing window,
holidays, monthly staff days, a weekly early release with exceptions, a board meeting, folded
lines, escaped commas, a VTIMEZONE) read into dates to avoid, imported twice, then updated."""

from __future__ import annotations

from datetime import date

import pytest

from planner.calendar.school_calendar import (
    SchoolCalendar,
    SchoolCalendarError,
    apply_import,
    describe_import,
    plan_import,
    read_school_calendar,
)
from planner.model import Blackout, Plan
from tests.calendar.calendar_plans import FIXTURES

YEAR = (date(2025, 8, 1), date(2026, 6, 30))


def _read(name: str) -> SchoolCalendar:
    return read_school_calendar((FIXTURES / name).read_bytes(), YEAR)


def test_days_off_keep_their_inclusive_last_day_and_unescaped_names() -> None:
    days = {d.name: (d.start, d.end) for d in _read("district.ics").days_off}
    assert days["Thanksgiving Break, No School"] == (date(2025, 11, 26), date(2025, 11, 28))
    assert days["Winter Break"] == (date(2025, 12, 22), date(2026, 1, 2))
    # A folded summary line is one name; an all-day event with no DTEND is one day.
    assert days["State Assessment Window (Grades 3-8 Math and Reading, Grade 5 and 8 Science)"] == (
        date(2026, 4, 13),
        date(2026, 4, 24),
    )
    assert days["Dr. Martin Luther King Jr. Day"] == (date(2026, 1, 19), date(2026, 1, 19))
    assert "First Day of School 2026-27" not in days


def test_a_monthly_day_off_is_expanded_into_each_day() -> None:
    staff_days = [d for d in _read("district.ics").days_off if d.name.startswith("Staff Development")]
    assert [d.start for d in staff_days] == [date(2025, 10, 3), date(2025, 11, 7), date(2025, 12, 5)]
    assert len({d.uid for d in staff_days}) == 3


def test_a_weekly_early_release_is_one_note_and_a_meeting_is_no_day_off() -> None:
    calendar = _read("district.ics")
    assert not any("Early Release" in d.name or "Board" in d.name for d in calendar.days_off)
    (note,) = calendar.weekly
    assert note.skipped == (date(2025, 11, 26), date(2025, 12, 24), date(2025, 12, 31), date(2026, 3, 18))
    assert (note.days[0], note.days[-1], len(note.days)) == (date(2025, 9, 3), date(2026, 6, 3), 36)
    assert note.words().startswith("Early Release - Students Dismissed at 1:30 PM: every Wednesday")
    assert calendar.timed == ("Board of Education Regular Meeting",)


def _plan() -> Plan:
    written = [
        Blackout(id="b-mine", name="Winter break", start=date(2025, 12, 22), end=date(2026, 1, 2)),
        Blackout(id="b-fair", name="Math fair", start=date(2026, 2, 12), end=date(2026, 2, 12)),
    ]
    return Plan(school_year="2025-26", blackouts=written)


def _import(plan: Plan, name: str) -> list[str]:
    proposal = plan_import(plan, _read(name))
    apply_import(plan, proposal)
    return describe_import(proposal)


def test_importing_twice_changes_nothing_the_second_time() -> None:
    plan = _plan()
    first = _import(plan, "district.ics")
    assert sum(line.startswith("add: ") for line in first) == 9
    assert "already yours: Winter Break (2025-12-22 to 2026-01-02), left as you wrote it" in first
    snapshot = [Blackout(**vars(b)) for b in plan.blackouts]
    second = _import(plan, "district.ics")
    assert plan.blackouts == snapshot
    assert "nothing to change" in second and "unchanged: 9 dates to avoid imported before" in second


def test_an_updated_calendar_updates_what_it_added_and_never_what_the_coach_wrote() -> None:
    plan = _plan()
    plan.blackouts.pop(0)
    _import(plan, "district.ics")
    ids = [b.id for b in plan.blackouts]
    lines = _import(plan, "district-updated.ics")
    assert (
        "update: Winter Break (2025-12-22 to 2026-01-02) -> Winter Break (2025-12-22 to 2026-01-05)" in lines
    )
    assert "add: Parent-Teacher Conferences, No School (2026-02-12 to 2026-02-13)" in lines
    assert any(line.startswith("no longer in the calendar: Labor Day") for line in lines)
    assert [b.id for b in plan.blackouts][: len(ids)] == ids
    assert plan.blackouts[0] == Blackout(
        id="b-fair", name="Math fair", start=date(2026, 2, 12), end=date(2026, 2, 12)
    )
    assert sum(b.source_uid is None for b in plan.blackouts) == 1


@pytest.mark.parametrize("content", [b"not a calendar at all", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"])
def test_a_file_that_is_not_a_calendar_is_one_error(content: bytes) -> None:
    with pytest.raises(SchoolCalendarError) as raised:
        read_school_calendar(content, YEAR)
    assert "\n" not in str(raised.value)

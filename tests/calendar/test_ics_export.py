"""The plan as an .ics calendar, read back with icalendar: every kind of event, the weekly meeting's
RRULE and EXDATE, UIDs that stay put across exports, and no teacher named unless asked."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import recurring_ical_events
from icalendar import Calendar, Event

from planner.export import render_calendar
from planner.model import Cycle
from tests.calendar.calendar_plans import NAMES, coaching_plan

MONDAY = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)


def _events(content: bytes) -> dict[str, Event]:
    """The calendar's events by summary."""
    calendar = Calendar.from_ical(content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_each_scheduled_cycle_spans_its_weeks_as_an_all_day_event() -> None:
    events = _events(render_calendar(coaching_plan(), changed=MONDAY))
    area = events["Cycle: Area"]
    assert area.decoded("DTSTART") == date(2025, 11, 3)
    # An all-day DTEND is the day after the last: four weeks from Monday end on a Sunday.
    assert area.decoded("DTEND") == date(2025, 12, 1)
    assert "Cycle: Not scheduled yet" not in events
    assert str(area["TRANSP"]) == "TRANSPARENT"


def test_the_weekly_meeting_repeats_for_the_cycles_weeks_but_not_on_a_date_to_avoid() -> None:
    events = _events(render_calendar(coaching_plan(), changed=MONDAY))
    meeting = events["Planning meeting (45 min): Fractions with a teacher"]
    rule = meeting["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["COUNT"] == [6]
    assert [d.dt for d in meeting["EXDATE"].dts] == [date(2025, 10, 27)]
    days = [
        o.decoded("DTSTART") for o in recurring_ical_events.of(Calendar.from_ical(meeting.to_ical())).all()
    ]
    assert days == [date(2025, 10, 6) + timedelta(weeks=w) for w in (0, 1, 2, 4, 5)]


def test_windows_blackouts_and_reflection_dates_are_events() -> None:
    events = _events(render_calendar(coaching_plan(), changed=MONDAY))
    assert events["Fall window"].decoded("DTEND") == date(2025, 12, 20)
    conferences = events["No cycles: Conferences"]
    assert (conferences.decoded("DTSTART"), conferences.decoded("DTEND")) == (
        date(2025, 10, 27),
        date(2025, 10, 30),
    )
    calendar = Calendar.from_ical(render_calendar(coaching_plan(), changed=MONDAY))
    days = sorted(e.decoded("DTSTART") for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == "Reflection")
    assert days == [date(2025, 12, 12), date(2026, 1, 16)]


def test_uids_stay_put_across_exports_and_a_newer_export_has_a_higher_sequence() -> None:
    plan = coaching_plan()
    first = Calendar.from_ical(render_calendar(plan, changed=MONDAY))
    plan.cycles[1].title = "Area and perimeter"
    plan.cycles.insert(0, Cycle(id="c-new", title="New", start=date(2026, 2, 2), weeks=3))
    second = Calendar.from_ical(render_calendar(plan, changed=MONDAY + timedelta(days=30)))
    before = {str(e["UID"]): e for e in first.walk("VEVENT")}
    after = {str(e["UID"]): e for e in second.walk("VEVENT")}
    assert set(before) < set(after) and len(after) == len(before) + 2
    area_uid = next(uid for uid, e in before.items() if str(e["SUMMARY"]) == "Cycle: Area")
    assert str(after[area_uid]["SUMMARY"]) == "Cycle: Area and perimeter"
    assert after[area_uid]["SEQUENCE"] > before[area_uid]["SEQUENCE"]
    assert after[area_uid].decoded("LAST-MODIFIED") == MONDAY + timedelta(days=30)


def test_the_same_plan_exported_twice_gives_the_same_bytes() -> None:
    assert render_calendar(coaching_plan(), changed=MONDAY) == render_calendar(
        coaching_plan(), changed=MONDAY
    )


def test_two_coaches_plans_with_the_same_record_ids_have_different_uids() -> None:
    ours = Calendar.from_ical(render_calendar(coaching_plan("Ana Lopez"), changed=MONDAY))
    theirs = Calendar.from_ical(render_calendar(coaching_plan("Sam Reyes"), changed=MONDAY))
    assert not {str(e["UID"]) for e in ours.walk("VEVENT")} & {str(e["UID"]) for e in theirs.walk("VEVENT")}
    # The coach's name written with other spacing or case is the same plan.
    respaced = Calendar.from_ical(render_calendar(coaching_plan("ana  LOPEZ"), changed=MONDAY))
    assert [str(e["UID"]) for e in respaced.walk("VEVENT")] == [str(e["UID"]) for e in ours.walk("VEVENT")]


def _all_text(content: bytes) -> str:
    calendar = Calendar.from_ical(content)
    return "\n".join(
        str(e.get(key, "")) for e in calendar.walk("VEVENT") for key in ("SUMMARY", "DESCRIPTION")
    )


def test_no_teacher_is_named_and_no_note_is_shown_unless_asked() -> None:
    unnamed = render_calendar(coaching_plan(), changed=MONDAY)
    text = _all_text(unnamed)
    assert not any(name in text for name in NAMES) and "Haddad" not in unnamed.decode()
    assert "2 teachers" in text
    named = _all_text(render_calendar(coaching_plan(), changed=MONDAY, include_names=True))
    assert f"Teachers: {NAMES[0]}, {NAMES[1]}" in named and "Fractions with Leila Haddad" in named
    assert "Tuesday meetings" not in named + text

"""A district's published school calendar (.ics) read into the plan's dates to avoid.

`read_school_calendar` keeps what falls in the plan's school year: all-day events (one day or
several, their last day inclusive: an all-day DTEND is the day after) become days off, recurring
ones expanded into each occurrence; a weekly event (an early release) becomes one weekly note, not
a blackout a week; a timed event (a board meeting) is no day off and is only named.
`plan_import` compares that with the plan: blackouts imported before are found again by the
event's UID (`Blackout.source_uid`), so a second import changes nothing and an updated calendar
updates them; a blackout the coach wrote is never changed. `describe_import` says what it would
do, in lines for the command line and the app; `apply_import` makes the change.
icalendar and recurring-ical-events are imported by this module alone, which only the import loads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import recurring_ical_events
from icalendar import Calendar

from planner.model import Blackout, Plan, new_record_id

_UNNAMED = "School calendar event"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class SchoolCalendarError(Exception):
    """A file that is not an iCalendar file that can be read: the message is one line."""


@dataclass(frozen=True)
class DayOff:
    """An all-day stretch of the school calendar; `uid` is the event's UID (with the day of the
    occurrence, for one occurrence of a recurring event)."""

    uid: str
    name: str
    start: date
    end: date

    def same_as(self, blackout: Blackout) -> bool:
        """Whether the blackout already says what this day off says."""
        return (blackout.name, blackout.start, blackout.end) == (self.name, self.start, self.end)


@dataclass(frozen=True)
class WeeklyNote:
    """An event that comes back every week (an early release): the days it falls on, and the
    weeks of its run it skips."""

    uid: str
    name: str
    days: tuple[date, ...]
    skipped: tuple[date, ...]

    def words(self) -> str:
        """The note in one line, such as "Early release: every Wednesday, 2025-09-03 to
        2026-06-10, 36 times (not on 2025-11-26)"."""
        first, last = self.days[0], self.days[-1]
        text = f"{self.name}: every {_WEEKDAYS[first.weekday()]}, {first} to {last}, {len(self.days)} times"
        if self.skipped:
            text += " (not on " + ", ".join(str(day) for day in self.skipped) + ")"
        return text


@dataclass(frozen=True)
class SchoolCalendar:
    """What a school calendar holds for one school year."""

    days_off: tuple[DayOff, ...]
    weekly: tuple[WeeklyNote, ...]
    # The names of timed events (meetings), which are not days off.
    timed: tuple[str, ...]


@dataclass(frozen=True)
class Update:
    """An imported blackout of the plan (`blackout`, which the import changes), as it was when
    the import was planned (`was`) and as the calendar now has it."""

    blackout: Blackout
    was: Blackout
    day_off: DayOff


@dataclass(frozen=True)
class ImportPlan:
    """What importing a school calendar would change in a plan, and what it leaves."""

    added: tuple[DayOff, ...] = ()
    updated: tuple[Update, ...] = ()
    unchanged: tuple[DayOff, ...] = ()
    # Days off the coach already wrote as blackouts of their own (same days): left as they are.
    already_yours: tuple[DayOff, ...] = ()
    # Blackouts imported before whose event is no longer in the calendar: kept.
    gone: tuple[Blackout, ...] = ()
    weekly: tuple[WeeklyNote, ...] = ()
    timed: tuple[str, ...] = ()

    @property
    def changes(self) -> bool:
        """Whether importing would change the plan."""
        return bool(self.added or self.updated)


def _day(value: Any) -> date | None:
    """The day of an all-day value (None for a time of day)."""
    if isinstance(value, datetime):
        return None
    return value if isinstance(value, date) else None


def _name(component: Any) -> str:
    return " ".join(str(component.get("SUMMARY", "")).split()) or _UNNAMED


def _weekly_interval(master: Any) -> int | None:
    """The weeks between occurrences of an event that repeats weekly (None: it does not)."""
    rule = master.get("RRULE") if master is not None else None
    if rule is None or rule.get("FREQ", [""])[0].upper() != "WEEKLY":
        return None
    return int(rule.get("INTERVAL", [1])[0])


def _last_day(occurrence: Any, start: date) -> date:
    end = occurrence.get("DTEND")
    if end is not None and _day(end.dt) is not None:
        return max(start, end.dt - timedelta(days=1))
    duration = occurrence.get("DURATION")
    if duration is not None:
        return max(start, start + duration.dt - timedelta(days=1))
    return start


def _weekly_note(uid: str, name: str, days: set[date], weeks: int) -> WeeklyNote:
    falls_on = sorted(set(days))
    skipped, day = [], falls_on[0]
    while day <= falls_on[-1]:
        if day not in days:
            skipped.append(day)
        day += timedelta(weeks=weeks)
    return WeeklyNote(uid, name, tuple(falls_on), tuple(skipped))


def read_school_calendar(data: bytes, span: tuple[date, date]) -> SchoolCalendar:
    """The days off, weekly notes and timed events of the calendar in `data` between the two days
    of `span` (inclusive); SchoolCalendarError when it cannot be read."""
    try:
        calendar = Calendar.from_ical(data)
        masters = {
            str(event.get("UID", "")): event
            for event in calendar.walk("VEVENT")
            if "RECURRENCE-ID" not in event
        }
        occurrences = list(recurring_ical_events.of(calendar).between(span[0], span[1] + timedelta(days=1)))
    except (ValueError, KeyError, TypeError) as problem:
        reason = " ".join(str(problem).split())
        raise SchoolCalendarError(f"not an iCalendar file that can be read ({reason})") from None
    if calendar.name != "VCALENDAR":
        raise SchoolCalendarError("not an iCalendar file: it does not begin with BEGIN:VCALENDAR")
    days_off: list[DayOff] = []
    weekly: dict[str, tuple[str, int, set[date]]] = {}
    timed: list[str] = []
    for occurrence in occurrences:
        uid = str(occurrence.get("UID", "")) or _name(occurrence)
        master = masters.get(uid)
        weeks = _weekly_interval(master)
        start = occurrence["DTSTART"].dt
        if weeks is not None:
            day = start.date() if isinstance(start, datetime) else start
            weekly.setdefault(uid, (_name(master), weeks, set()))[2].add(day)
        elif _day(start) is None:
            if _name(occurrence) not in timed:
                timed.append(_name(occurrence))
        else:
            recurring = master is not None and ("RRULE" in master or "RDATE" in master)
            original = occurrence.get("RECURRENCE-ID")
            key = f"{uid}/{(_day(original.dt) if original else start).isoformat()}" if recurring else uid
            days_off.append(DayOff(key, _name(occurrence), start, _last_day(occurrence, start)))
    notes = [_weekly_note(uid, name, days, weeks) for uid, (name, weeks, days) in weekly.items()]
    return SchoolCalendar(
        days_off=tuple(sorted(days_off, key=lambda d: (d.start, d.end, d.name))),
        weekly=tuple(sorted(notes, key=lambda n: n.days[0])),
        timed=tuple(timed),
    )


def plan_import(plan: Plan, calendar: SchoolCalendar) -> ImportPlan:
    """What importing `calendar` into `plan` would add and update (nothing is changed here)."""
    imported = {b.source_uid: b for b in plan.blackouts if b.source_uid}
    yours = {(b.start, b.end or b.start) for b in plan.blackouts if not b.source_uid}
    added, updated, unchanged, already_yours = [], [], [], []
    for day_off in calendar.days_off:
        blackout = imported.get(day_off.uid)
        if blackout is None:
            (already_yours if (day_off.start, day_off.end) in yours else added).append(day_off)
        elif day_off.same_as(blackout):
            unchanged.append(day_off)
        else:
            updated.append(Update(blackout, replace(blackout), day_off))
    in_calendar = {d.uid for d in calendar.days_off}
    return ImportPlan(
        added=tuple(added),
        updated=tuple(updated),
        unchanged=tuple(unchanged),
        already_yours=tuple(already_yours),
        gone=tuple(b for uid, b in imported.items() if uid not in in_calendar),
        weekly=calendar.weekly,
        timed=calendar.timed,
    )


def apply_import(plan: Plan, proposal: ImportPlan) -> None:
    """Make the proposal's changes in `plan`: its updates in place, its additions at the end."""
    for update in proposal.updated:
        blackout, day_off = update.blackout, update.day_off
        blackout.name, blackout.start, blackout.end = day_off.name, day_off.start, day_off.end
    taken = {b.id for b in plan.blackouts}
    for day_off in proposal.added:
        blackout = Blackout(
            id=new_record_id("b", taken),
            name=day_off.name,
            start=day_off.start,
            end=day_off.end,
            source_uid=day_off.uid,
        )
        taken.add(blackout.id)
        plan.blackouts.append(blackout)


def _span(start: date | None, end: date | None) -> str:
    return f"{start}" if end in (None, start) else f"{start} to {end}"


def describe_import(proposal: ImportPlan) -> list[str]:
    """What the import would do, one line each: additions and updates first, then what it leaves."""
    lines = [f"add: {d.name} ({_span(d.start, d.end)})" for d in proposal.added]
    lines += [
        f"update: {u.was.name} ({_span(u.was.start, u.was.end)}) -> "
        f"{u.day_off.name} ({_span(u.day_off.start, u.day_off.end)})"
        for u in proposal.updated
    ]
    if proposal.unchanged:
        count = len(proposal.unchanged)
        lines.append(f"unchanged: {count} date{'s' if count > 1 else ''} to avoid imported before")
    lines += [
        f"already yours: {d.name} ({_span(d.start, d.end)}), left as you wrote it"
        for d in proposal.already_yours
    ]
    lines += [
        f"no longer in the calendar: {b.name} ({_span(b.start, b.end)}), kept: remove it if it is gone"
        for b in proposal.gone
    ]
    lines += [f"weekly, not a date to avoid: {note.words()}" for note in proposal.weekly]
    lines += [f"timed, not a day off: {name}" for name in proposal.timed]
    if not proposal.changes:
        lines.append("nothing to change")
    return lines

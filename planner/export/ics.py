"""The plan as an iCalendar (.ics) file for a coach's calendar app: cycles, planning meetings,
windows, dates to avoid and reflection dates.

Each kind of event has one source function, `(plan) -> events`, listed in `_SOURCES`: a new kind
(a checkpoint's date, say) is one more function there. Every event is all-day, as the plan keeps
days, not hours. UIDs come from the plan's record ids inside a namespace of the plan (its school
year and coach), so that a newer export updates the events of an older one; SEQUENCE and
LAST-MODIFIED both follow the time the plan last changed, so exporting the same plan twice gives
the same bytes and a later plan always wins. Teachers are named only when asked; their notes never
appear. icalendar is imported by this module alone, which only the ics export loads.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from planner.calendar import cycle_end
from planner.export.rewrite import name_remover
from planner.model import Blackout, Cycle, Plan

PRODUCT = "-//planner//coaching plan//EN"
# The UIDs of every plan hang under this namespace; a plan's own is derived from its school year
# and coach, written the same whatever their case and spacing.
_UID_NAMESPACE = uuid.UUID("8f3c2a4e-5b1d-4c6e-9a7f-2d8e1b0c3f56")
_UID_DOMAIN = "planner"
# SEQUENCE counts seconds from here: it fits the format's 32-bit integer until 2088.
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class PlanEvent:
    """One all-day event of the plan: `last` is its last day (inclusive); `weekly` makes it repeat
    once a week that many times, but not on the `skipped` days."""

    key: str
    summary: str
    first: date
    last: date
    description: str = ""
    weekly: int = 0
    skipped: tuple[date, ...] = ()
    # Whether it takes the coach's time (a meeting) or only marks the days (a span).
    busy: bool = False


def _cycle_title(cycle: Cycle) -> str:
    return cycle.title or "Coaching cycle"


def _teachers_line(plan: Plan, cycle: Cycle, include_names: bool) -> str:
    if not cycle.teachers:
        return ""
    if include_names:
        names = [(teacher.name if (teacher := plan.teacher(t)) else "") or t for t in cycle.teachers]
        return "Teachers: " + ", ".join(names)
    count = len(cycle.teachers)
    return f"{count} teacher{'s' if count > 1 else ''}"


def _scheduled(plan: Plan) -> Iterator[tuple[Cycle, date, date]]:
    for cycle in plan.cycles:
        end = cycle_end(cycle)
        if cycle.start is not None and end is not None:
            yield cycle, cycle.start, end


def cycle_spans(plan: Plan, include_names: bool) -> Iterator[PlanEvent]:
    """Each scheduled cycle over its weeks."""
    for cycle, start, end in _scheduled(plan):
        lines = [
            cycle.kind.label if cycle.kind else "",
            f"{cycle.weeks} weeks",
            _teachers_line(plan, cycle, include_names),
            f"Goal: {cycle.goal}" if cycle.goal else "",
        ]
        yield PlanEvent(
            key=f"cycle/{cycle.id}",
            summary=f"Cycle: {_cycle_title(cycle)}",
            first=start,
            last=end,
            description="\n".join(line for line in lines if line),
        )


def _blacked_out(day: date, blackouts: Iterable[Blackout]) -> bool:
    return any(b.start is not None and b.start <= day <= (b.end or b.start) for b in blackouts)


def planning_meetings(plan: Plan, include_names: bool) -> Iterator[PlanEvent]:
    """Each scheduled cycle's weekly planning meeting, on its first day's weekday, skipping the
    weeks where that day is one to avoid (the plan keeps no hour, so the meeting is all-day)."""
    for cycle, start, _ in _scheduled(plan):
        weeks = cycle.weeks or 0
        days = [start + timedelta(weeks=week) for week in range(weeks)]
        minutes = f" ({cycle.planning_minutes} min)" if cycle.planning_minutes else ""
        yield PlanEvent(
            key=f"meeting/{cycle.id}",
            summary=f"Planning meeting{minutes}: {_cycle_title(cycle)}",
            first=start,
            last=start,
            description=_teachers_line(plan, cycle, include_names),
            weekly=weeks,
            skipped=tuple(day for day in days if _blacked_out(day, plan.blackouts)),
            busy=True,
        )


def window_spans(plan: Plan, include_names: bool) -> Iterator[PlanEvent]:
    """Each coaching window with both its dates."""
    for window in plan.windows:
        if window.start is not None and window.end is not None:
            name = window.name or "Coaching window"
            yield PlanEvent(key=f"window/{window.id}", summary=name, first=window.start, last=window.end)


def blackout_spans(plan: Plan, include_names: bool) -> Iterator[PlanEvent]:
    """Each stretch of dates to avoid."""
    for blackout in plan.blackouts:
        if blackout.start is not None:
            yield PlanEvent(
                key=f"blackout/{blackout.id}",
                summary=f"No cycles: {blackout.name or 'dates to avoid'}",
                first=blackout.start,
                last=blackout.end or blackout.start,
            )


def reflection_days(plan: Plan, include_names: bool) -> Iterator[PlanEvent]:
    """Each reflection date (the date is its identity: the plan gives these no ids)."""
    for day in sorted(set(plan.accountability.reflection_dates)):
        yield PlanEvent(key=f"reflection/{day.isoformat()}", summary="Reflection", first=day, last=day)


_SOURCES: tuple[Callable[[Plan, bool], Iterator[PlanEvent]], ...] = (
    cycle_spans,
    planning_meetings,
    window_spans,
    blackout_spans,
    reflection_days,
)


def plan_events(plan: Plan, *, include_names: bool = False) -> list[PlanEvent]:
    """Every event of the plan; without `include_names`, no teacher's name in any text."""
    events = [event for source in _SOURCES for event in source(plan, include_names)]
    if include_names:
        return events
    remove = name_remover(t.name for t in plan.teachers)
    return [
        dataclasses.replace(event, summary=remove(event.summary), description=remove(event.description))
        for event in events
    ]


def plan_namespace(plan: Plan) -> uuid.UUID:
    """The namespace of this plan's UIDs: the same for every export of one coach's school year."""
    identity = "\n".join(" ".join(text.split()).casefold() for text in (plan.school_year, plan.about.coach))
    return uuid.uuid5(_UID_NAMESPACE, identity)


def event_uid(namespace: uuid.UUID, key: str) -> str:
    """The UID of the event `key` (such as `cycle/c-4f9a2b`) of the plan with this namespace."""
    return f"{uuid.uuid5(namespace, key)}@{_UID_DOMAIN}"


def _vevent(event: PlanEvent, namespace: uuid.UUID, changed: datetime) -> Event:
    vevent = Event()
    vevent.add("uid", event_uid(namespace, event.key))
    vevent.add("dtstamp", changed)
    vevent.add("last-modified", changed)
    vevent.add("sequence", int((changed - _SEQUENCE_EPOCH).total_seconds()))
    vevent.add("summary", event.summary)
    vevent.add("dtstart", event.first)
    # An all-day event ends on the day after its last.
    vevent.add("dtend", event.last + timedelta(days=1))
    if event.description:
        vevent.add("description", event.description)
    if event.weekly:
        vevent.add("rrule", {"freq": "weekly", "count": event.weekly})
        if event.skipped:
            vevent.add("exdate", list(event.skipped))
    vevent.add("transp", "OPAQUE" if event.busy else "TRANSPARENT")
    return vevent


def render_ics(plan: Plan, *, changed: datetime, include_names: bool = False) -> bytes:
    """The plan as an iCalendar file; `changed` is when the plan last changed (an aware time)."""
    changed = changed.astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Coaching {plan.school_year}".strip())
    namespace = plan_namespace(plan)
    for event in plan_events(plan, include_names=include_names):
        calendar.add_component(_vevent(event, namespace, changed))
    return calendar.to_ical()

"""The district report laid out as a document (planner.report.document): what each section says,
in the order a district math lead reads it."""

from __future__ import annotations

from collections.abc import Iterable

from planner.export.formatting import plural
from planner.report.document import (
    Block,
    Bullets,
    Document,
    Headline,
    Paragraph,
    Section,
    Table,
    figure,
    full_words,
    goals_words,
    out_of,
    shares_words,
    time_words,
)
from planner.report.shape import FEWER, Comparison, Group, PlanState, Report, Totals

_MIX: tuple[tuple[str, str], ...] = (
    ("by_focus", "Focus areas"),
    ("by_kind", "Cycle kinds"),
    ("by_move", "Coaching moves"),
    ("by_grade_band", "Grade bands (a teacher of two bands counts in each)"),
)


def _headlines(totals: Totals) -> tuple[Headline, ...]:
    load = totals.load
    found = [
        Headline("Coaching cycles", figure(totals.cycles)),
        Headline("Weeks of cycles", figure(totals.weeks_of_cycles)),
        Headline(
            "Teachers in cycles",
            figure(totals.teachers_reached),
            "" if totals.teachers_reached == FEWER else f"of {figure(totals.roster)}",
        ),
    ]
    if load.planned_share is not None:
        stated = f"stated {load.stated_share}%" if load.stated_share is not None else ""
        found.append(
            Headline("Coaching time in cycles", f"{load.planned_share}%", f"({stated})" if stated else "")
        )
    if load.full_percent is not None:
        found.append(Headline("Year full, of capacity", f"{load.full_percent}%"))
    return tuple(found)


def _coaches(report: Report) -> Section:
    rows = tuple(
        (
            row.coach,
            ", ".join(row.schools),
            figure(row.cycles),
            figure(row.weeks_of_cycles),
            out_of(row.teachers_reached, row.roster),
            time_words(row.load),
            full_words(row.load),
            goals_words(row.results),
            shares_words(row.results),
        )
        for row in report.coaches
    )
    columns = ("Coach", "Schools", "Cycles", "Weeks", "Teachers reached", "Time in cycles")
    columns += ("Year full", "Goals", "Students meeting the goal")
    if not rows:
        return Section("Coaches", (Paragraph("No valid plan for the year."),))
    return Section("Coaches", (Table("Each coach's plan for the year", columns, rows),))


def _schools(report: Report) -> Section:
    rows = tuple(
        (
            row.school,
            str(row.coaches),
            figure(row.cycles),
            figure(row.weeks_of_cycles),
            out_of(row.teachers_reached, row.roster),
        )
        for row in report.schools
    )
    columns = ("School", "Coaches", "Cycles", "Weeks", "Teachers reached")
    note = Paragraph("A coach of two schools counts in each.")
    return Section("Schools", (Table("The plans naming each school", columns, rows), note) if rows else ())


def _mix_table(caption: str, groups: Iterable[Group]) -> Table:
    rows = tuple((g.label, figure(g.cycles), figure(g.teachers)) for g in groups)
    return Table(caption, ("", "Cycles", "Teachers"), rows)


def _mix(totals: Totals) -> Section:
    tables = tuple(_mix_table(title, getattr(totals, name)) for name, title in _MIX)
    return Section("Where coaching goes", tuple(t for t in tables if t.rows))


def _results_table(caption: str, groups: Iterable[Group]) -> Table:
    rows = tuple(
        (g.label, figure(g.cycles), figure(g.teachers), goals_words(g.results), shares_words(g.results))
        for g in groups
        if g.results is not None
    )
    return Table(caption, ("", "Cycles", "Teachers", "Goals", "Students meeting the goal"), rows)


def _concepts(totals: Totals) -> Section:
    blocks: list[Block] = []
    if totals.by_concept:
        blocks.append(_results_table("Cycles by the concept they serve", totals.by_concept))
    if totals.concepts_without_cycles:
        blocks.append(Paragraph("No cycle serves these concepts of the district's list:"))
        blocks.append(Bullets(totals.concepts_without_cycles))
    return Section("High-leverage concepts", tuple(blocks))


def _results(totals: Totals) -> Section:
    goals, shares = goals_words(totals.results), shares_words(totals.results)
    words = [f"Goals: {goals}." if goals else "No cycle has a result yet."]
    if shares:
        words.append(
            f"Students meeting the goal, from the start to the end of the measured cycles: {shares}."
        )
    blocks: list[Block] = [Paragraph(" ".join(words))]
    table = _results_table("Results by focus area", totals.by_focus)
    if table.rows:
        blocks.append(table)
    return Section("Results", tuple(blocks))


def _carried(report: Report) -> Section:
    if not report.carry_forward:
        return Section("Carried forward from last year", (Paragraph("Nothing carried forward."),))
    items = tuple(f"{t.text} ({plural(t.coaches, 'coach', 'coaches')})" for t in report.carry_forward)
    return Section("Carried forward from last year", (Bullets(items),))


_ALL_WELL = "No plan is missing, invalid or unfinished."


def _who(state: PlanState) -> str:
    return f"{state.coach} ({state.file})" if state.file else state.coach


def _state(report: Report) -> Section:
    blocks: list[Block] = []
    for title, states, words in (
        ("No plan for the year (one the year before)", report.missing, _who),
        ("Invalid", report.invalid, lambda s: f"{_who(s)}: {s.problem}"),
        (
            "Unfinished",
            report.unfinished,
            lambda s: f"{_who(s)}: {s.steps_unanswered} of {s.steps} steps not wholly answered",
        ),
    ):
        if states:
            blocks.append(Paragraph(f"{title}:"))
            blocks.append(Bullets(tuple(words(s) for s in states)))
    return Section(
        "The state of the plans", tuple(blocks) or (Paragraph("Every plan is valid and answered."),)
    )


def _comparison(comparison: Comparison, year: str) -> Section:
    before, after = comparison.before, comparison.after
    rows = (
        ("Plans", str(before.plans), str(after.plans)),
        ("Coaching cycles", figure(before.cycles), figure(after.cycles)),
        ("Weeks of cycles", figure(before.weeks_of_cycles), figure(after.weeks_of_cycles)),
        (
            "Teachers reached",
            out_of(before.teachers_reached, before.roster),
            out_of(after.teachers_reached, after.roster),
        ),
        ("Coaching time in cycles", time_words(before.load), time_words(after.load)),
        ("Goals", goals_words(before.results), goals_words(after.results)),
        ("Students meeting the goal", shares_words(before.results), shares_words(after.results)),
    )
    columns = ("", comparison.previous_year, year)
    earlier = {g.key: g for g in before.by_concept}
    later = {g.key: g for g in after.by_concept}
    concept_rows = tuple(
        (
            (later.get(key) or earlier[key]).label,
            figure(earlier[key].cycles) if key in earlier else "0",
            figure(later[key].cycles) if key in later else "0",
        )
        for key in dict.fromkeys([*earlier, *later])
    )
    blocks: list[Block] = [Table("The district, year over year", columns, rows)]
    if concept_rows:
        blocks.append(Table("Cycles by concept, year over year", columns, concept_rows))
    return Section(f"Since {comparison.previous_year}", tuple(blocks))


def report_document(report: Report) -> Document:
    """The report as a document, sections in reading order, the privacy rule at its foot."""
    totals = report.district
    skipped = (
        f", {plural(report.other_toml_skipped, 'other TOML file')} skipped"
        if report.other_toml_skipped
        else ""
    )
    byline = (
        f"{plural(totals.plans, 'plan')} for {report.school_year or 'no school year'}, "
        f"from {plural(report.files_read, 'plan file')} read{skipped}"
    )
    figures = [_schools(report), _mix(totals), _concepts(totals), _results(totals)] if totals.plans else []
    sections = [_coaches(report), *figures, _carried(report), _state(report)]
    if report.comparison is not None:
        sections.append(_comparison(report.comparison, report.school_year))
    return Document(
        title=", ".join(filter(None, ("Math coaching across the district", report.school_year))),
        byline=byline,
        headlines=_headlines(totals) if totals.plans else (),
        sections=tuple(s for s in sections if s.blocks),
        foot=report.privacy,
    )

"""A comparison as text, coloured text, Markdown and JSON."""

from __future__ import annotations

import copy
import json

from planner.compare import compare_plans
from planner.compare.json_shape import JSON_VERSION, comparison_data, render_json
from planner.compare.lines import elided
from planner.compare.render import SAME_MESSAGE, render_markdown, render_text
from planner.compare.words import word_runs
from planner.model import Cycle, CycleKind, Plan


def _edited_pair(small_plan: Plan) -> tuple[Plan, Plan]:
    new = copy.deepcopy(small_plan)
    new.about.coach = "Maria Ortiz"
    new.cycles[0].goal = new.cycles[0].goal.replace("compare", "order")
    new.cycles[0].teachers.append("t-ben")
    new.cycles[0].weeks = 6
    del new.cycles[1]
    new.cycles.append(Cycle(id="c-dec", title="Decimals", kind=CycleKind.MINI, teachers=["t-ben"]))
    return small_plan, new


def test_plain_text_reads_in_the_plans_terms(small_plan):
    text = render_text(compare_plans(*_edited_pair(small_plan)), title="Comparing a with b")
    assert text == (
        "Comparing a with b\n"
        "\n"
        "1 cycle added, 1 changed, 1 removed; about this plan changed\n"
        "\n"
        "About this plan\n"
        "+ Coach: Maria Ortiz\n"
        "\n"
        "Coaching cycles\n"
        '- cycle "Ratio tables" (c-ratio)\n'
        '~ cycle "Fractions on a number line" (c-frac)\n'
        "  ~ Teachers:\n"
        "    + Ben Ode\n"
        "  ~ Student-learning goal: Students will [-compare-] {+order+} fractions on a number line and ...\n"
        "  ~ Length in weeks: 5 -> 6\n"
        '+ cycle "Decimals" (c-dec)\n'
        "    Kind of cycle: Mini cycle\n"
        "    Teachers: Ben Ode\n"
    )


def test_colour_replaces_the_word_marks(small_plan):
    text = render_text(compare_plans(*_edited_pair(small_plan)), color=True)
    assert "\x1b[31mcompare\x1b[0m \x1b[32morder\x1b[0m" in text
    assert "[-" not in text
    assert "{+" not in text
    assert "\x1b[" not in render_text(compare_plans(*_edited_pair(small_plan)))


def test_markdown_strikes_removed_words_and_bolds_inserted_ones(small_plan):
    markdown = render_markdown(compare_plans(*_edited_pair(small_plan)), title="Plan changes")
    assert markdown.startswith(
        "# Plan changes\n\n**1 cycle added, 1 changed, 1 removed; about this plan changed**\n\n"
        "## About this plan\n\n- Added: Coach: Maria Ortiz\n"
    )
    assert "  - Changed: Student-learning goal: Students will ~~compare~~ **order** fractions" in markdown
    assert '- Removed: cycle "Ratio tables" (c-ratio)' in markdown


def test_markdown_escapes_what_a_coach_typed(small_plan):
    new = copy.deepcopy(small_plan)
    new.about.coach = "M*r_a [x]"
    assert "M\\*r\\_a \\[x\\]" in render_markdown(compare_plans(small_plan, new))


def test_stat_gives_one_line_per_step(small_plan):
    text = render_text(compare_plans(*_edited_pair(small_plan)), stat=True)
    assert (
        text == "1 cycle added, 1 changed, 1 removed; about this plan changed\n\n"
        "Changes by step\n  About this plan: 1 added\n  Coaching cycles: 1 added, 1 removed, 1 changed\n"
    )


def test_the_same_plans_say_so(small_plan):
    comparison = compare_plans(small_plan, copy.deepcopy(small_plan))
    assert render_text(comparison) == SAME_MESSAGE + "\n"
    assert render_markdown(comparison) == SAME_MESSAGE + "\n"


def test_long_prose_keeps_context_around_each_change():
    old = " ".join(f"w{n}" for n in range(40))
    new = old.replace("w20", "twenty")
    spans = elided(word_runs(old, new), context=3)
    assert [(s.text, s.style) for s in spans] == [
        ("...", "muted"),
        ("w17 w18 w19", "plain"),
        ("w20", "deleted"),
        ("twenty", "inserted"),
        ("w21 w22 w23", "plain"),
        ("...", "muted"),
    ]


def test_results_lead_when_last_years_plan_has_them(small_plan, last_year_plan):
    last_year = last_year_plan
    last_year.year_in_review.carry_forward = ["weekly data talks"]
    last_year.focus.year_two = "Students explain their reasoning."
    text = render_text(compare_plans(last_year, small_plan))
    assert text.startswith(
        "2 cycles added; 1 teacher added, 1 changed; not carried over: 3 cycles, 1 teacher, 2 answers\n"
        "\n"
        "Last year's results (2024-25)\n"
        "  Cycles: 3 planned, 2 with results\n"
        "  Goals: 1 met, 0 partly met, 0 not met, 1 not recorded\n"
        "  Place value (Ana Lopez)\n"
        "    Students meeting the goal: 35% -> 72% (+37 points; target 70%); Goal met\n"
        "    Teacher took on: number talks\n"
        "  Area (Dev Patel)\n"
        "    Students meeting the goal: 40% -> 38% (-2 points); not recorded\n"
        "  Not run\n"
        "    no result recorded\n"
        "  To carry forward:\n"
        "  + weekly data talks\n"
        "  This year (2025-26): 2 cycles planned; coached again: Ana Lopez\n"
    )
    assert (
        "Focus: last year's year 2 and this year\n"
        "  Planned for year 2 in 2024-25: Students explain their reasoning.\n"
        "  This year's focus in 2025-26: (blank)\n"
    ) in text


def test_json_has_a_versioned_stable_shape(small_plan):
    data = json.loads(render_json(compare_plans(*_edited_pair(small_plan)), "a.toml", "b.toml"))
    assert (data["format"], data["version"]) == ("planner-diff", JSON_VERSION)
    assert list(data) == (
        [
            "format",
            "version",
            "old",
            "new",
            "same",
            "across_years",
            "summary",
            "changes",
            "not_carried_over",
            "focus_shift",
            "results",
            "headline",
            "reordered",
        ]
    )
    assert data["headline"] == "1 cycle added, 1 changed, 1 removed; about this plan changed"
    assert data["reordered"] == []
    assert data["old"] == {"file": "a.toml", "school_year": "2025-26"}
    assert data["same"] is False
    assert data["summary"][1] == {
        "step": "cycles",
        "title": "Coaching cycles",
        "added": 1,
        "removed": 1,
        "changed": 1,
    }
    goal = next(c for c in data["changes"] if c["field"] == "cycles.goal")
    assert list(goal) == (
        [
            "kind",
            "step",
            "field",
            "path",
            "label",
            "record",
            "old",
            "new",
            "words",
            "items_added",
            "items_removed",
            "item_id",
        ]
    )
    assert goal["record"] == {
        "list": "cycles", "id": "c-frac", "old_id": "c-frac", "label": "Fractions on a number line",
    }  # fmt: skip
    assert {"op": "removed", "text": "compare"} in goal["words"]
    added = next(c for c in data["changes"] if c["field"] == "cycles" and c["kind"] == "added")
    assert added["new"] == {"id": "c-dec", "title": "Decimals", "kind": "mini-cycle", "teachers": ["t-ben"]}
    assert added["old"] is None


def test_json_writes_values_as_the_plan_file_does(small_plan):
    new = copy.deepcopy(small_plan)
    new.cycles[0].kind = CycleKind.MINI
    new.cycles[0].start = None
    data = comparison_data(compare_plans(small_plan, new))
    values = {c["field"]: (c["old"], c["new"]) for c in data["changes"]}
    assert values == {"cycles.kind": ("full-cycle", "mini-cycle"), "cycles.start": ("2025-09-15", None)}
    json.dumps(data)


def test_prose_rewritten_from_scratch_is_shown_as_old_then_new(small_plan):
    new = copy.deepcopy(small_plan)
    new.cycles[0].goal = "Students will explain why two fractions are equal using area models and strips."
    new.cycles[1].title = "Ratios"
    text = render_text(compare_plans(small_plan, new))
    assert (
        "  ~ Student-learning goal:\n"
        "    - Students will compare fractions on a number line and explain which is larger.\n"
        "    + Students will explain why two fractions are equal using area models and strips.\n"
    ) in text
    assert "  ~ Title: Ratio tables -> Ratios\n" in text

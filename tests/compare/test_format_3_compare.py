"""Comparing format-3 plans: work sorts diffed by their id under their cycle, concepts by their
label, last year's results by concept (no figure about fewer than 3 teachers), and what was not
carried over from last year held apart from what changed, in text and JSON."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from planner.compare import compare_plans
from planner.compare.json_shape import render_json
from planner.compare.render import render_text
from planner.model import Checkpoint, CheckpointStage, Cycle, Plan, Teacher
from planner.outcomes import by_concept, counted
from planner.plan_file import load_plan, plan_to_text
from tests.repository import EXAMPLES


def _diff(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", "diff", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def _sorted(cycle_id: str, teachers: list[str], concept: str, start: tuple[int, int], end: tuple[int, int]):
    return Cycle(
        id=cycle_id,
        title=cycle_id,
        teachers=teachers,
        concepts=[concept],
        target_percent=70,
        checkpoints=[
            Checkpoint(id="start", stage=CheckpointStage.START, met=start[0], of=start[1]),
            Checkpoint(id="end", stage=CheckpointStage.END, met=end[0], of=end[1]),
        ],
    )


@pytest.fixture
def last_year() -> Plan:
    """Three teachers served fractions in two cycles; one teacher alone served place value."""
    return Plan(
        school_year="2024-25",
        teachers=[Teacher(id=f"t-{n}", name=f"Teacher {n}", grade="4") for n in "abcd"],
        cycles=[
            _sorted("c-1", ["t-a", "t-b"], "fraction-equivalence", (6, 24), (18, 24)),
            _sorted("c-2", ["t-c"], "fraction-equivalence", (10, 26), (20, 26)),
            _sorted("c-3", ["t-d"], "place-value-patterns", (9, 24), (12, 24)),
        ],
    )


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    """2025-26.toml and its next version, where c-g3-justify's end work sort counts 18 of 23, not 15."""
    plan = load_plan(EXAMPLES / "2025-26.toml").plan
    (tmp_path / "old.toml").write_text(plan_to_text(plan))
    new = copy.deepcopy(plan)
    cycle = next(c for c in new.cycles if c.id == "c-g3-justify")
    end = next(c for c in cycle.checkpoints if c.id == "end")
    end.met = 18
    (tmp_path / "new.toml").write_text(plan_to_text(new))
    return tmp_path


def test_a_changed_count_reads_as_its_work_sort_under_its_cycle(pair: Path) -> None:
    done = _diff("old.toml", "new.toml", cwd=pair)
    assert done.returncode == 1, done.stderr
    assert done.stdout.endswith(
        "1 cycle changed\n\n"
        "Coaching cycles\n"
        '~ cycle "Grade 3: justifying multiplication strategies" (c-g3-justify)\n'
        "  ~ End work sort: 15 of 23 -> 18 of 23 (65% -> 78%)\n"
    )


def test_a_changed_count_in_json_belongs_to_its_cycle_with_the_work_sorts_id(pair: Path) -> None:
    done = _diff("--format", "json", "old.toml", "new.toml", cwd=pair)
    data = json.loads(done.stdout)
    assert data["version"] == 2
    (change,) = data["changes"]
    assert change["kind"] == "changed"
    assert (change["field"], change["item_id"], change["label"]) == (
        "cycles.checkpoints",
        "end",
        "End work sort",
    )
    assert change["record"]["id"] == "c-g3-justify"
    assert change["path"].endswith(".checkpoints[3]")
    assert (change["old"]["met"], change["new"]["met"], change["new"]["of"]) == (15, 18, 23)
    assert data["not_carried_over"] == []


def test_work_sorts_added_and_removed_are_named_by_their_stage() -> None:
    old = Plan(cycles=[Cycle(id="c", title="Area")])
    new = copy.deepcopy(old)
    new.cycles[0].checkpoints = [
        Checkpoint(id="start", stage=CheckpointStage.START, date=date(2026, 5, 12), met=9, of=24)
    ]
    text = render_text(compare_plans(old, new))
    assert '~ cycle "Area" (c)\n  + Start work sort: 9 of 24 (38%), 2026-05-12\n' in text
    assert "  - Start work sort: 9 of 24 (38%), 2026-05-12\n" in render_text(compare_plans(new, old))


def test_concepts_are_named_by_the_templates_label() -> None:
    old = Plan(cycles=[Cycle(id="c", title="Fractions")])
    new = copy.deepcopy(old)
    new.cycles[0].concepts = ["fraction-equivalence", "our-own"]
    text = render_text(compare_plans(old, new))
    assert "+ Equivalent fractions, and comparing fractions by reasoning about their size" in text
    assert "+ our-own" in text


def test_results_by_concept_hide_a_group_of_fewer_than_3_teachers(last_year: Plan) -> None:
    groups = {g.key: g.outcomes for g in by_concept(counted(last_year))}
    fractions, place_value = groups["fraction-equivalence"], groups["place-value-patterns"]
    assert (fractions.too_few, fractions.teachers, fractions.students) == (False, 3, 50)
    assert (fractions.start_percent, fractions.end_percent) == (32, 76)  # 16 of 50 -> 38 of 50
    assert place_value.too_few
    text = render_text(compare_plans(last_year, Plan(school_year="2025-26")))
    assert (
        "  By concept:\n"
        "    In a whole number, each place is worth ten times the place to its right: fewer than 3 teachers\n"
        "    Equivalent fractions, and comparing fractions by reasoning about their size: 2 cycles; "
        "32% -> 76% (50 students sorted); 2 met\n"
    ) in text
    data = json.loads(render_json(compare_plans(last_year, Plan(school_year="2025-26"))))
    hidden = next(g for g in data["results"]["by_concept"] if g["concept"] == "place-value-patterns")
    assert hidden["fewer_than_3_teachers"] is True
    assert [hidden[k] for k in ("cycles", "goals_met", "start_percent", "end_percent", "students")] == [
        None
    ] * 5
    shown = next(g for g in data["results"]["by_concept"] if g["concept"] == "fraction-equivalence")
    assert (shown["cycles"], shown["start_percent"], shown["end_percent"], shown["students"]) == (
        2,
        32,
        76,
        50,
    )


def test_what_was_not_carried_over_is_listed_once_apart_from_the_changes(last_year: Plan) -> None:
    last_year.vision.district_vision = "Every student reasons about number."
    this_year = Plan(school_year="2025-26", teachers=copy.deepcopy(last_year.teachers[:1]))
    comparison = compare_plans(last_year, this_year)
    assert comparison.changes and all(c.kind != "removed" for c in comparison.changes)
    text = render_text(comparison)
    left = text.split("Not carried over from 2024-25\n")[1]
    assert left == (
        "  District vision:\n"
        "  - The district's vision for change\n"
        "  Who is coached, and when:\n"
        '  - teacher "Teacher b" (t-b)\n'
        '  - teacher "Teacher c" (t-c)\n'
        '  - teacher "Teacher d" (t-d)\n'
        "  Coaching cycles:\n"
        "  - cycle (c-1)\n"
        "  - cycle (c-2)\n"
        "  - cycle (c-3)\n"
    )
    changed = text.split("Not carried over from 2024-25\n")[0]
    assert "- teacher" not in changed and "- cycle" not in changed and "removed" not in changed
    data = json.loads(render_json(comparison))
    assert [(s["step"], len(s["changes"])) for s in data["not_carried_over"]] == [
        ("vision", 1),
        ("who", 3),
        ("cycles", 3),
    ]
    assert {c["kind"] for s in data["not_carried_over"] for c in s["changes"]} == {"removed"}
    assert all(c["kind"] != "removed" for c in data["changes"])


def test_within_one_school_year_what_is_gone_is_still_removed(last_year: Plan) -> None:
    edited = copy.deepcopy(last_year)
    del edited.cycles[2]
    comparison = compare_plans(last_year, edited)
    assert comparison.not_carried == ()
    assert [(c.kind, c.record.id) for c in comparison.changes] == [("removed", "c-3")]

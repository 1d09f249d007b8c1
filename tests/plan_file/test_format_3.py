"""Format 3: a real format-2 plan migrates keeping every value, any format-2 plan means the same once
migrated and saved, the examples are canonical, and each new field's checks name file, line and fix."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_strategies import plans

from planner.model import (
    Checkpoint,
    CheckpointStage,
    Cycle,
    Plan,
    end_share,
    goal_outcome,
    start_share,
)
from planner.plan_file import CURRENT_FORMAT, PlanFileError, load_plan, parse_plan, plan_to_text
from planner.plan_file.canonical import render_toml
from planner.plan_file.codec import encode_plan

REPO = Path(__file__).resolve().parents[2]
FORMAT_2 = sorted((REPO / "tests" / "fixtures").glob("format-2-*.toml"))
EXAMPLES = sorted((REPO / "examples" / "plans").glob("*.toml"))


@pytest.mark.parametrize("fixture", FORMAT_2, ids=lambda path: path.name)
def test_a_real_format_2_plan_keeps_every_value_once_migrated(fixture: Path) -> None:
    raw = tomllib.loads(fixture.read_text())
    loaded = load_plan(fixture)
    assert loaded.migrated_from == 2
    for data, cycle in zip(raw["cycles"], loaded.plan.cycles, strict=True):
        assert start_share(cycle) == data.get("baseline_percent")
        assert end_share(cycle) == data.get("result", {}).get("end_percent")
        assert [c.stage for c in cycle.checkpoints] == [
            stage
            for stage, present in (
                (CheckpointStage.START, "baseline_percent" in data),
                (CheckpointStage.END, "end_percent" in data.get("result", {})),
            )
            if present
        ]
        assert all(c.met is None and c.of is None and c.date is None for c in cycle.checkpoints)
        for key in ("evidence_before", "evidence_during", "evidence_after", "targets", "teachers", "moves"):
            assert [str(item) for item in getattr(cycle, key)] == data.get(key, []), key
        assert cycle.target_percent == data.get("target_percent")
        assert goal_outcome(cycle) == data.get("result", {}).get("goal_met")
        took_on = data.get("result", {}).get("teacher_took_on", "")
        assert cycle.result.teacher_took_on.split() == took_on.split()
    # Nothing else moved: written back as format 2 (the checkpoints as the two old keys), the
    # migrated plan is the fixture's own data.
    assert tomllib.loads(_as_format_2(loaded.plan)) == tomllib.loads(
        render_toml({"planner_format": 2, **_format_2_data(raw)})
    )


def _format_2_data(raw: dict) -> dict:
    return {key: value for key, value in raw.items() if key != "planner_format"}


def _as_format_2(plan: Plan) -> str:
    """A plan whose checkpoints are a share at the start and at the end, written as format 2 wrote it."""
    data = encode_plan(plan)
    data["cycles"] = [
        _cycle_as_format_2(cycle, record)
        for cycle, record in zip(plan.cycles, data.get("cycles", []), strict=True)
    ]
    if not data["cycles"]:
        del data["cycles"]
    return render_toml({"planner_format": 2, **data})


def _cycle_as_format_2(cycle: Cycle, record: dict) -> dict:
    start, end = start_share(cycle), end_share(cycle)
    old: dict = {}
    for key, value in record.items():
        if key in ("checkpoints", "concepts", "practice_focus"):
            continue
        if key == "target_percent" and start is not None:
            # Format 2 wrote the baseline just before the target.
            old["baseline_percent"] = int(start)
        old[key] = value
    if start is not None and "baseline_percent" not in old:
        old["baseline_percent"] = int(start)
    if end is not None:
        old["result"] = {"end_percent": int(end), **record.get("result", {})}
    return old


@st.composite
def format_2_plans(draw: st.DrawFn) -> Plan:
    """A plan as a format-2 file could hold it: each cycle's results a share at the start and one
    at the end (whole percents), no concepts, no practice focus."""
    plan = draw(plans())
    for cycle in plan.cycles:
        cycle.concepts, cycle.practice_focus = [], ""
        shares = draw(st.tuples(st.none() | st.integers(0, 100), st.none() | st.integers(0, 100)))
        cycle.checkpoints = [
            Checkpoint(id=stage.value, stage=stage, share=float(share))
            for stage, share in zip((CheckpointStage.START, CheckpointStage.END), shares, strict=True)
            if share is not None
        ]
    return plan


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(format_2_plans())
def test_migrating_then_saving_then_loading_keeps_the_meaning(plan: Plan) -> None:
    migrated, original = parse_plan(_as_format_2(plan))
    assert original == 2
    text = plan_to_text(migrated)
    again, version = parse_plan(text)
    assert version == CURRENT_FORMAT
    assert again == migrated
    assert [(start_share(c), end_share(c), goal_outcome(c)) for c in again.cycles] == [
        (start_share(c), end_share(c), goal_outcome(c)) for c in plan.cycles
    ]
    assert plan_to_text(again) == text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_the_examples_are_format_3_and_canonical_byte_for_byte(example: Path) -> None:
    text = example.read_text()
    assert text.startswith(f"planner_format = {CURRENT_FORMAT}\n")
    plan, _ = parse_plan(text)
    assert plan_to_text(plan) == text
    assert all(cycle.concepts for cycle in plan.cycles)
    counted = [c for cycle in plan.cycles for c in cycle.checkpoints if c.of is not None]
    assert counted and all(18 <= c.of <= 2 * 28 for c in counted)


def test_the_examples_years_agree_last_years_results_are_the_ones_it_reports() -> None:
    last, this = (load_plan(path).plan for path in EXAMPLES)
    assert this.last_year == EXAMPLES[0].name
    outcomes = [str(goal_outcome(cycle)) for cycle in last.cycles]
    assert (outcomes.count("met"), outcomes.count("partly"), outcomes.count("not-met")) == (5, 3, 1)
    assert "Five goals met, three partly met, one not met" in last.year_in_review.end_of_year


@pytest.mark.parametrize("fixture", FORMAT_2, ids=lambda path: path.name)
def test_planner_diff_of_a_format_2_plan_and_its_migrated_copy_reports_no_change(
    fixture: Path, tmp_path: Path
) -> None:
    migrated = tmp_path / fixture.name
    migrated.write_text(plan_to_text(load_plan(fixture).plan))
    done = subprocess.run(
        [sys.executable, "-m", "planner", "diff", str(fixture), str(migrated)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


_CYCLE = """planner_format = 3

[[cycles]]
id = "c-first"
start = 2025-11-03
weeks = 2

[[cycles.checkpoints]]
id = "start"
stage = "start"
met = 3
of = 20

[[cycles]]
id = "c-second"
start = 2025-11-03
weeks = 2
"""


@pytest.mark.parametrize(
    ("checkpoints", "line", "message"),
    [
        (
            'id = "end"\nstage = "end"\nmet = 25\nof = 24\n',
            22,
            "cycles[2].checkpoints[1].met: 25 students meeting the goal, more than the 24 sorted: "
            "check the counts",
        ),
        (
            'id = "end"\nstage = "end"\nmet = 9\n',
            19,
            "cycles[2].checkpoints[1].of: a count needs both numbers: met (students meeting the goal) and of "
            "(students sorted), like met = 9 and of = 24",
        ),
        (
            'id = "end"\nstage = "end"\nmet = 9\nof = 24\nshare = 37.5\n',
            24,
            "cycles[2].checkpoints[1].share: give the counts (met and of) or a share, not both: the share "
            "is computed from them",
        ),
        (
            'id = "end"\nstage = "end"\ndate = 2025-12-01\n',
            22,
            "cycles[2].checkpoints[1].date: 2025-12-01 is outside the cycle: a checkpoint falls from "
            "2025-10-27 to 2025-11-23 (the cycle's weeks, and a week either side)",
        ),
        (
            'id = "end"\nstage = "finish"\n',
            21,
            'cycles[2].checkpoints[1].stage: expected one of "start", "during", "end", got "finish"',
        ),
        (
            'id = "end"\nstage = "end"\nsorted = "quiz"\n',
            22,
            'cycles[2].checkpoints[1].sorted: expected one of "exit-slip", "task", "work-sample", '
            '"interview", got "quiz"',
        ),
        (
            'id = "end"\nstage = "end"\nshare = 120\n',
            22,
            "cycles[2].checkpoints[1].share: expected a number from 0 to 100, got 120",
        ),
        (
            'id = "start"\nstage = "end"\n\n[[cycles.checkpoints]]\nid = "start"\nstage = "during"\n',
            24,
            'cycles[2].checkpoints[2].id: "start" is used twice: make each id unique',
        ),
        (
            'id = "a"\nstage = "end"\n\n[[cycles.checkpoints]]\nid = "b"\nstage = "end"\n',
            25,
            'cycles[2].checkpoints[2].stage: a cycle has one "end" checkpoint at most: '
            'make this one "during"',
        ),
    ],
)
def test_each_checkpoint_problem_names_its_line_and_what_to_do(
    checkpoints: str, line: int, message: str
) -> None:
    text = f"{_CYCLE}\n[[cycles.checkpoints]]\n{checkpoints}"
    with pytest.raises(PlanFileError) as raised:
        parse_plan(text, "plan.toml")
    assert [str(p) for p in raised.value.problems] == [f"plan.toml:{line}: {message}"]


def test_a_concept_not_on_any_list_is_kept_as_written() -> None:
    concepts = 'concepts = [\n    "fraction-equivalence",\n    "Our own: fraction talk",\n]\n'
    plan, _ = parse_plan(f'planner_format = 3\n\n[[cycles]]\nid = "c"\n{concepts}')
    assert plan.cycles[0].concepts == ["fraction-equivalence", "Our own: fraction talk"]
    assert concepts in plan_to_text(plan)


def test_a_bad_baseline_in_a_format_2_file_is_named_at_its_own_line() -> None:
    text = 'planner_format = 2\n\n[[cycles]]\nid = "c"\nbaseline_percent = 140\n'
    with pytest.raises(PlanFileError) as raised:
        parse_plan(text, "old.toml")
    assert [str(p) for p in raised.value.problems] == [
        "old.toml:5: cycles[1].checkpoints[1].share: expected a number from 0 to 100, got 140"
    ]

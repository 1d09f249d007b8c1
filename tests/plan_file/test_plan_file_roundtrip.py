"""Property tests: any valid plan is written and read back with the same meaning (its prose reflowed:
the file holds it one sentence a line), and its text is a fixed point."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings

from planner.model import About, Plan, Vision, fields_of
from planner.plan_file import CURRENT_FORMAT, check_plan, load_plan, parse_plan, plan_to_text, save_plan
from tests.plan_file.plan_strategies import plans

_AWKWARD_PROSE = [
    "'''",
    'He said """no"""',
    "ends with a quote'",
    "ends with a backslash\\",
    "a backslash at a line's end\\\nand the next line",
    "\nstarts with a line break",
    "  spaces either side  \n  ",
    "tab\tand \\t and \\n written out",
    "bell \x07 and delete \x7f",
    "Zoë's «élèves» ✓ 数学 🧮",
]


def _meaning(value: Any) -> Any:
    """A value with each text as its words: what survives the prose layout (which the prose layout
    tests check paragraph by paragraph)."""
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list):
        return [_meaning(item) for item in value]
    if isinstance(value, dict):
        return {key: _meaning(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _meaning(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


@settings(max_examples=60, deadline=None)
@given(plans())
def test_a_plan_survives_its_text(plan: Plan) -> None:
    assert check_plan(plan) == []
    text = plan_to_text(plan)
    parsed, original_format = parse_plan(text, "generated.toml")
    assert _meaning(parsed) == _meaning(plan)
    assert original_format == CURRENT_FORMAT
    assert plan_to_text(parsed) == text
    assert parse_plan(text)[0] == parsed


def test_awkward_prose_survives_in_every_text_field() -> None:
    for prose in _AWKWARD_PROSE:
        plan = Plan(about=About(coach=prose), vision=Vision(district_vision=prose), custom={"equity": prose})
        text = plan_to_text(plan)
        assert _meaning(parse_plan(text)[0]) == _meaning(plan), prose
        assert plan_to_text(parse_plan(text)[0]) == text


def test_windows_line_ends_in_prose_become_plain_line_ends() -> None:
    plan = Plan(vision=Vision(district_vision="first paragraph\r\n\r\nsecond\r\nparagraph"))
    assert parse_plan(plan_to_text(plan))[0].vision.district_vision == "first paragraph\n\nsecond paragraph"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
@example(Plan())
def test_a_saved_plan_loads_unchanged_and_saves_to_the_same_bytes(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.toml"
        save_plan(plan, path)
        first = path.read_bytes()
        loaded = load_plan(path)
        assert loaded.plan == parse_plan(plan_to_text(plan))[0]
        assert _meaning(loaded.plan) == _meaning(plan)
        save_plan(loaded.plan, path, expected=loaded.fingerprint)
        assert path.read_bytes() == first


def _field_paths(cls: type, prefix: str = "") -> set[str]:
    paths = set()
    for info in fields_of(cls):
        path = f"{prefix}{info.name}"
        if info.record is not None:
            paths |= _field_paths(info.record, f"{path}.")
        else:
            paths.add(path)
    return paths


def _filled_paths(obj: Any, prefix: str = "") -> set[str]:
    filled = set()
    for info in fields_of(type(obj)):
        path, value = f"{prefix}{info.name}", getattr(obj, info.name)
        if info.kind == "records":
            for record in value:
                filled |= _filled_paths(record, f"{path}.")
        elif info.kind == "section":
            filled |= _filled_paths(value, f"{path}.")
        elif value not in (None, "", [], {}):
            filled.add(path)
    return filled


def test_the_generated_plans_fill_every_field_of_the_model() -> None:
    """A field added to the model and not to the strategy would go untested: this names it."""
    seen: set[str] = set()

    @settings(max_examples=50, deadline=None, database=None, derandomize=True)
    @given(plans())
    def collect(plan: Plan) -> None:
        seen.update(_filled_paths(plan))

    collect()
    assert _field_paths(Plan) - seen == set()
    assert all(dataclasses.is_dataclass(info.record) for info in fields_of(Plan) if info.record)

"""A template's high-leverage concepts: the default template's example list, a district's own, the
problems a broken list reports (one line each, with file and line), and the note for a cycle naming a
concept that is not on the list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.model import Cycle, Plan
from planner.plan_file import PlanFileError
from planner.questions import GRADES, Concept, load_template, unlisted_concepts

REPO = Path(__file__).resolve().parents[2]
DISTRICT = REPO / "examples" / "templates" / "district-template.toml"
EXAMPLES = sorted((REPO / "examples" / "plans").glob("*.toml"))


def test_the_default_template_ships_an_example_k_8_list_marked_as_an_example() -> None:
    template = load_template()
    assert template.concepts_example
    grades = {grade for concept in template.concepts for grade in concept.grades}
    assert grades == {"K", *(str(grade) for grade in range(1, 9))}
    assert all(concept.label and concept.standard for concept in template.concepts)
    assert template.concept("fraction-equivalence") == Concept(
        id="fraction-equivalence",
        label="Equivalent fractions, and comparing fractions by reasoning about their size",
        grades=["4"],
        standard="4.NF.A.1",
    )


def test_a_districts_template_declares_its_own_list() -> None:
    template = load_template(str(DISTRICT))
    assert not template.concepts_example
    assert [c.id for c in template.concepts][:2] == ["number-sense-to-20", "place-value"]


def test_every_cycle_of_the_examples_serves_concepts_from_the_default_list() -> None:
    from planner.plan_file import load_plan

    template = load_template()
    for path in EXAMPLES:
        plan = load_plan(path).plan
        assert all(cycle.concepts for cycle in plan.cycles), path.name
        assert unlisted_concepts(plan, template.concepts) == [], path.name


_LIST = """\
template_format = 1
id = "x"
title = "X"

[[steps]]
id = "about"
title = "About"

[[concepts]]
id = "place-value"
label = "Place value"
grades = ["1", "2"]

[[concepts]]
id = "place-value"
label = ""
grades = ["fourth", "4"]

[[concepts]]
id = "ratios"
label = "Ratios"
grades = []
standard = "6.RP.A.1"
"""


def test_a_broken_concept_list_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "template.toml"
    path.write_text(_LIST)
    with pytest.raises(PlanFileError) as raised:
        load_template(str(path))
    assert [str(problem).removeprefix(f"{path}:") for problem in raised.value.problems] == [
        '15: concepts[2].id: "place-value" is used twice: make each id unique',
    ]
    path.write_text(_LIST.replace('id = "place-value"\nlabel = ""', 'id = "place-value-2"\nlabel = ""'))
    with pytest.raises(PlanFileError) as raised:
        load_template(str(path))
    assert [str(problem).removeprefix(f"{path}:") for problem in raised.value.problems] == [
        "16: concepts[2].label: a concept needs a label, the words a coach reads",
        f'17: concepts[2].grades[1]: unknown grade "fourth": use one of {", ".join(GRADES)}',
        '22: concepts[3].grades: a concept needs its grades, like grades = ["3", "4"]',
    ]


def test_validate_names_a_broken_concept_list_through_the_cli(tmp_path: Path) -> None:
    text = _LIST.replace('grades = ["1", "2"]', 'grades = ["13"]').replace(
        'id = "place-value"\nlabel = ""', 'id = "pv"\nlabel = "PV"'
    )
    (tmp_path / "broken.toml").write_text(text)
    done = subprocess.run(
        [sys.executable, "-m", "planner", "validate", "--template", "broken.toml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f'broken.toml:12: concepts[1].grades[1]: unknown grade "13": use one of {", ".join(GRADES)}',
        f'broken.toml:17: concepts[2].grades[1]: unknown grade "fourth": use one of {", ".join(GRADES)}',
        'broken.toml:22: concepts[3].grades: a concept needs its grades, like grades = ["3", "4"]',
    ]


def test_a_concept_not_on_the_districts_list_is_noted_naming_the_cycle() -> None:
    plan = Plan(cycles=[Cycle(id="c", concepts=["place-value", "our-own-talk"])])
    concepts = load_template(str(DISTRICT)).concepts
    (note,) = unlisted_concepts(plan, concepts)
    assert note.what == (
        'cycles[1].concepts[2]: "our-own-talk" is not on the template\'s concept list: kept as written; '
        "use an id from the list to count this cycle under a district concept"
    )
    assert unlisted_concepts(plan, []) == []

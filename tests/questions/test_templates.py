"""Question templates are data: the default one, a district's own, and the problems a broken one reports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.model import Plan, Teacher
from planner.plan_file import PlanFileError, Problem, parse_plan, plan_to_text
from planner.questions import (
    DEFAULT_TEMPLATE,
    InputKind,
    StepKind,
    StepState,
    Template,
    builtin_template_names,
    load_template,
    step_state,
    template_problems,
    unanswered,
)

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
DEFAULT_STEPS = [
    "about",
    "vision",
    "focus",
    "learning-for-all",
    "learning-for-some",
    "who",
    "cycles",
    "schedule",
    "accountability",
    "review",
    "year-in-review",
]


def test_the_default_template_has_the_eleven_steps_of_the_question_flow() -> None:
    template = load_template()
    assert template.id == DEFAULT_TEMPLATE
    assert [step.id for step in template.steps] == DEFAULT_STEPS
    for step in template.steps:
        assert step.title and step.prompt and step.help, step.id
        assert step.questions or step.kind == StepKind.REVIEW, step.id
        assert all(question.label for question in step.questions), step.id


def test_every_built_in_template_is_valid() -> None:
    assert DEFAULT_TEMPLATE in builtin_template_names()
    for name in builtin_template_names():
        assert template_problems(load_template(name)) == []


def test_a_district_template_reorders_steps_and_asks_its_own_prose_question() -> None:
    template = load_template(str(FIXTURES / "district-reordered.toml"))
    assert [step.id for step in template.steps] == ["accountability", "who", "review"]
    custom = template.steps[0].questions[1]
    assert (custom.field, custom.kind) == ("custom.equity", InputKind.PROSE)
    assert template.step_for_field("custom.equity") == "accountability"
    assert template.step_for_field("teachers[3].name") == "who"


def test_the_answer_to_a_districts_own_question_is_kept_in_the_plan(tmp_path: Path) -> None:
    template = load_template(str(FIXTURES / "district-reordered.toml"))
    plan = Plan(custom={"equity": "Multilingual learners first."})
    assert parse_plan(plan_to_text(plan))[0].custom == {"equity": "Multilingual learners first."}
    assert step_state(template.steps[0], plan) == StepState.PARTLY
    assert [label for _, label in unanswered(template.steps, plan)] == ["Student evidence", "Teachers"]
    plan.teachers.append(Teacher(id="t-ben", name="Ben Ode"))
    plan.accountability.student_evidence = "Exit slips"
    assert step_state(template.steps[0], plan) == StepState.ANSWERED
    assert step_state(template.steps[2], plan) is None
    assert unanswered(template.steps, plan) == []


def test_the_example_district_template_loads() -> None:
    template = load_template(str(REPO / "examples" / "templates" / "district-template.toml"))
    fields = {question.field for step in template.steps for question in step.questions}
    assert any(field.startswith("custom.") for field in fields)
    assert [step.id for step in template.steps] != DEFAULT_STEPS


def _problems(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "template.toml"
    path.write_text(text)
    with pytest.raises(PlanFileError) as raised:
        load_template(str(path))
    return [str(problem).removeprefix(f"{path}:") for problem in raised.value.problems]


_BROKEN = """\
template_format = 1
id = "broken"
title = "Broken"

[[steps]]
id = "about"
title = "About"

[[steps.questions]]
field = "about.coahc"
label = "Coach"
kind = "text"

[[steps.questions]]
field = "about.hours_per_week"
label = "Hours"
kind = "date"

[[steps.questions]]
field = "teachers"
label = "Teachers"
kind = "records"
columns = ["name", "shoe_size"]

[[steps.questions.fields]]
field = "favourite_colour"
label = "Colour"
kind = "text"

[[steps.questions.fields]]
field = "priority"
label = "Priority"
kind = "number"
"""


def test_a_broken_template_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    assert _problems(_BROKEN, tmp_path) == [
        '10: steps[1].questions[1].field: no plan field "about.coahc": see docs/plan-format.md',
        '17: steps[1].questions[2].kind: a "date" question cannot fill "about.hours_per_week"',
        '23: steps[1].questions[3].columns[2]: no field "shoe_size" to show as a column',
        '26: steps[1].questions[3].fields[1].field: no field "favourite_colour" in a teachers record',
        '33: steps[1].questions[3].fields[2].kind: a "number" input cannot fill "priority"',
    ]


def test_a_step_id_used_twice(tmp_path: Path) -> None:
    twice = 'template_format = 1\nid = "x"\ntitle = "X"\n' + '[[steps]]\nid = "about"\ntitle = "About"\n' * 2
    assert _problems(twice, tmp_path) == ['8: steps[2].id: "about" is used twice: make each id unique']


def test_a_template_with_bad_values_or_unknown_keys_reports_them(tmp_path: Path) -> None:
    text = (
        'template_format = 2\nid = "x"\ntitle = "X"\ncolour = "blue"\n'
        '[[steps]]\nid = "a"\ntitle = "A"\nkind = "quiz"\n'
    )
    assert _problems(text, tmp_path) == [
        "4: colour: unknown key: check its spelling, or remove it",
        '8: steps[1].kind: expected one of "questions", "review", got "quiz"',
    ]
    no_steps = _problems('template_format = 2\nid = "x"\ntitle = "X"\n', tmp_path)
    assert no_steps == [
        "1: template_format: this planner reads template format 1",
        " steps: a template needs at least one step",
    ]


def test_a_template_with_a_syntax_error_or_conflict_markers(tmp_path: Path) -> None:
    assert _problems('template_format = 1\nid = "x\n', tmp_path) == [
        "2:8: TOML syntax error: Illegal character '\\n'"
    ]
    conflicted = "<<<<<<< ours\ntemplate_format = 1\n=======\ntemplate_format = 2\n>>>>>>> theirs\n"
    assert len(_problems(conflicted, tmp_path)) == 3


def test_template_problems_on_a_template_built_in_code() -> None:
    assert template_problems(Template(template_format=1, id="x", title="X")) == [
        Problem("a template needs at least one step", "steps")
    ]


def test_validate_reports_a_broken_template_through_the_cli(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "district-reordered.toml", tmp_path / "good.toml")
    (tmp_path / "broken.toml").write_text(_BROKEN)
    done = subprocess.run(
        [sys.executable, "-m", "planner", "validate", "--template", "good.toml", "--template", "broken.toml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == "good.toml: valid template\n"
    assert done.stderr.splitlines()[0] == (
        'broken.toml:10: steps[1].questions[1].field: no plan field "about.coahc": see docs/plan-format.md'
    )
    assert len(done.stderr.splitlines()) == 5

"""Question-flow templates: the steps a coach is walked through, as data read from `templates/*.toml`.

A template lists steps; each step has a prompt, help, and questions that each fill one field of
the plan (`about.coach`, `cycles`, or `custom.NAME` for a district's own prose question). It may
also declare the district's high-leverage concepts (`[[concepts]]`), which cycles name. The TUI
renders whatever template it is given; this module checks that every question points at a real
field with a fitting kind of input, and that the concept list holds up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as list_field
from enum import StrEnum
from pathlib import Path

from planner.model import field_info
from planner.plan_file import (
    PlanFileError,
    Problem,
    UnreadableFileError,
    decode_record,
    read_text,
    toml_problems,
)
from planner.plan_file.locate import line_of
from planner.questions.concepts import Concept, concept_problems

# Shipped inside the package, beside its modules (a path, not importlib.resources: ~2 ms at start-up).
_BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

DEFAULT_TEMPLATE = "critical-questions"
TEMPLATE_FORMAT = 1


class InputKind(StrEnum):
    """How a question is answered in the TUI."""

    PROSE = "prose"
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    LIST = "list"
    DATE_LIST = "date_list"
    ROSTER_PICK = "roster_pick"
    RECORDS = "records"
    # A cycle's concepts, ticked from the template's `[[concepts]]` list or typed as one's own.
    CONCEPT_PICK = "concept_pick"
    # A work sort's result, typed as "9 of 24" or "38%" (it fills `met`, `of` and `share`).
    COUNT = "count"
    # A cycle's checkpoints, in a small table inside the cycle's form.
    CHECKPOINTS = "checkpoints"


class StepKind(StrEnum):
    QUESTIONS = "questions"
    REVIEW = "review"


# Which kinds of plan field each input kind can fill.
_FITS: dict[InputKind, set[str]] = {
    InputKind.PROSE: {"text"},
    InputKind.TEXT: {"text"},
    InputKind.NUMBER: {"integer", "decimal"},
    InputKind.DATE: {"date"},
    InputKind.CHOICE: {"choice"},
    InputKind.MULTI_CHOICE: {"multi_choice"},
    InputKind.LIST: {"list"},
    InputKind.DATE_LIST: {"date_list"},
    InputKind.ROSTER_PICK: {"list"},
    InputKind.RECORDS: {"records"},
    InputKind.CONCEPT_PICK: {"list"},
    InputKind.COUNT: {"decimal"},
    InputKind.CHECKPOINTS: {"records"},
}


@dataclass(kw_only=True)
class FormField:
    """One input of a record's form (a teacher, a cycle...), by the record's own field path.

    A table of records inside the form (a cycle's checkpoints) has `columns` and `fields` of its
    own; a concept pick offers `concepts`, the template's list, given to it when the template
    loads.
    """

    field: str
    label: str
    kind: InputKind
    help: str = ""
    placeholder: str = ""
    columns: list[str] = list_field(default_factory=list)
    fields: list[FormField] = list_field(default_factory=list)
    concepts: list[Concept] = list_field(default_factory=list)


@dataclass(kw_only=True)
class Question:
    """One question of a step: the plan field it fills and how it is asked."""

    field: str
    label: str
    kind: InputKind
    help: str = ""
    placeholder: str = ""
    columns: list[str] = list_field(default_factory=list)
    fields: list[FormField] = list_field(default_factory=list)
    can_add: bool = True


@dataclass(kw_only=True)
class Step:
    id: str
    title: str
    kind: StepKind = StepKind.QUESTIONS
    prompt: str = ""
    help: str = ""
    questions: list[Question] = list_field(default_factory=list)


@dataclass(kw_only=True)
class Template:
    template_format: int
    id: str
    title: str
    description: str = ""
    steps: list[Step] = list_field(default_factory=list)
    # True while the concept list is the example the default template ships, for a district to replace.
    concepts_example: bool = False
    concepts: list[Concept] = list_field(default_factory=list)

    def concept(self, concept_id: str) -> Concept | None:
        """The concept with this id on the template's list, if any."""
        return next((c for c in self.concepts if c.id == concept_id), None)

    def step(self, step_id: str) -> Step | None:
        """The step with this id, if the template has one."""
        return next((s for s in self.steps if s.id == step_id), None)

    def step_for_field(self, field_path: str) -> str | None:
        """The id of the step that asks for `field_path` (`cycles[2].start` -> the cycles step):
        the one whose form has that very field, else the first on the record list or section."""
        plain = re.sub(r"\[\d+\]", "", field_path)
        first: str | None = None
        for step in self.steps:
            for question in step.questions:
                if plain != question.field and not plain.startswith(question.field + "."):
                    continue
                inner = plain.removeprefix(question.field + ".")
                if any(f.field == inner for f in question.fields):
                    return step.id
                first = first or step.id
        return first


def builtin_template_path(name: str) -> Path:
    """Where the template shipped with planner under this name lives."""
    return _BUILTIN_TEMPLATES / f"{name}.toml"


def builtin_template_names() -> list[str]:
    """The names of the templates shipped with planner."""
    folder = builtin_template_path(DEFAULT_TEMPLATE).parent
    return sorted(p.stem for p in folder.glob("*.toml"))


def is_template_file(name_or_path: str) -> bool:
    """Whether a template is named by its file (a .toml path) rather than as a built-in template."""
    return name_or_path.endswith(".toml") or "/" in name_or_path


def resolve_template(name_or_path: str) -> Path:
    """A template's file: a path to a .toml file, or the name of a built-in template."""
    if is_template_file(name_or_path):
        return Path(name_or_path)
    return builtin_template_path(name_or_path)


def load_template(name_or_path: str = DEFAULT_TEMPLATE) -> Template:
    """The template named (built-in) or at a path; PlanFileError listing every problem in it."""
    path = resolve_template(name_or_path)
    if not path.exists():
        raise UnreadableFileError([_missing(name_or_path, path)])
    text = read_text(path)
    data, problems = toml_problems(text)
    if data is None:
        raise PlanFileError([p.at(source=str(path)) for p in problems])
    template, problems = decode_record(Template, data)
    if not problems:
        problems = template_problems(template)
    if problems:
        raise PlanFileError(
            [p.at(source=str(path), line=line_of(text, p.field) if p.field else None) for p in problems]
        )
    _offer_concepts(template)
    return template


def _offer_concepts(template: Template) -> None:
    """Give each concept pick of the template's forms the template's concept list."""
    for step in template.steps:
        for question in step.questions:
            for form_field in question.fields:
                if form_field.kind == InputKind.CONCEPT_PICK:
                    form_field.concepts = template.concepts


def _missing(name_or_path: str, path: Path) -> Problem:
    if is_template_file(name_or_path):
        return Problem("no such template file: check the path", source=str(path))
    return Problem(
        f"no built-in template by this name (there are: {', '.join(builtin_template_names())}); "
        "or give the path of a .toml template file",
        source=name_or_path,
    )


def template_problems(template: Template) -> list[Problem]:
    """What is wrong with a template's content: unknown fields, unfitting kinds, repeated ids, a
    concept without a label or grades."""
    problems: list[Problem] = []
    if template.template_format != TEMPLATE_FORMAT:
        problems.append(Problem(f"this planner reads template format {TEMPLATE_FORMAT}", "template_format"))
    step_ids: set[str] = set()
    for s_number, step in enumerate(template.steps, 1):
        where = f"steps[{s_number}]"
        if step.id in step_ids:
            problems.append(Problem(f'step id "{step.id}" is used twice', f"{where}.id"))
        step_ids.add(step.id)
        for q_number, question in enumerate(step.questions, 1):
            problems.extend(_question_problems(question, f"{where}.questions[{q_number}]"))
    if not template.steps:
        problems.append(Problem("a template needs at least one step", "steps"))
    problems.extend(concept_problems(template.concepts))
    return problems


def _question_problems(question: Question, where: str) -> list[Problem]:
    info = field_info(question.field)
    if info is None:
        return [Problem(f'no plan field "{question.field}": see docs/plan-format.md', f"{where}.field")]
    problems = []
    if info.kind not in _FITS[question.kind]:
        problems.append(
            Problem(f'a "{question.kind}" question cannot fill "{question.field}"', f"{where}.kind")
        )
    problems.extend(_column_problems(question.columns, info.record, where))
    problems.extend(_form_problems(question.fields, info.record, question.field, where))
    return problems


def _form_problems(fields: list[FormField], record: type | None, list_path: str, where: str) -> list[Problem]:
    """What is wrong with the fields of a record's form: a field the record lacks, an input that
    cannot fill it; and the same of a table of records inside the form (its columns and fields)."""
    problems = []
    for f_number, form_field in enumerate(fields, 1):
        inner = field_info(form_field.field, record) if record else None
        if inner is None:
            problems.append(
                Problem(
                    f'no field "{form_field.field}" in a {list_path} record',
                    f"{where}.fields[{f_number}].field",
                )
            )
            continue
        if inner.kind not in _FITS[form_field.kind]:
            problems.append(
                Problem(
                    f'a "{form_field.kind}" input cannot fill "{form_field.field}"',
                    f"{where}.fields[{f_number}].kind",
                )
            )
        nested = f"{where}.fields[{f_number}]"
        problems.extend(_column_problems(form_field.columns, inner.record, nested))
        if form_field.fields:
            problems.extend(_form_problems(form_field.fields, inner.record, form_field.field, nested))
    return problems


def _column_problems(columns: list[str], record: type | None, where: str) -> list[Problem]:
    """A column of a record table that names no field of its records."""
    return [
        Problem(f'no field "{column}" to show as a column', f"{where}.columns[{c_number}]")
        for c_number, column in enumerate(columns, 1)
        if record is None or field_info(column, record) is None
    ]

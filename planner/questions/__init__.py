"""The question flow as data: templates, their checks, and how far a plan has got through them."""

from planner.questions.concepts import GRADES, Concept, concept_problems, unlisted_concepts
from planner.questions.progress import StepState, is_answered, step_state, unanswered
from planner.questions.template import (
    DEFAULT_TEMPLATE,
    FormField,
    InputKind,
    Question,
    Step,
    StepKind,
    Template,
    builtin_template_names,
    builtin_template_path,
    is_template_file,
    load_template,
    resolve_template,
    template_problems,
)

__all__ = [
    "DEFAULT_TEMPLATE",
    "GRADES",
    "Concept",
    "FormField",
    "InputKind",
    "Question",
    "Step",
    "StepKind",
    "StepState",
    "Template",
    "builtin_template_names",
    "builtin_template_path",
    "concept_problems",
    "is_answered",
    "is_template_file",
    "load_template",
    "resolve_template",
    "step_state",
    "template_problems",
    "unanswered",
    "unlisted_concepts",
]

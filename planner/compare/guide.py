"""Words and places for field paths, read from a question template: each answer's label and step.

A change to `cycles.goal` is shown as "Student-learning goal" under the step that asks it; a field
no step asks (a district's dropped question, `last_year`) falls under "Other" with a readable name.
"""

from __future__ import annotations

from planner.questions import StepKind, Template

OTHER_TITLE = "Other"

# What one record of each list is called in a sentence ("cycle added").
_RECORD_NOUNS = {
    "teachers": "teacher",
    "cycles": "cycle",
    "learning_for_all": "learning for everyone",
    "learning_for_some": "learning for a group",
    "windows": "coaching window",
    "blackouts": "dates to avoid",
}
_PLAIN_LABELS = {"school_year": "School year", "last_year": "Last year's plan", "template": "Template"}


class FieldGuide:
    """Labels, steps and step order for field paths, from one template (looked up once per path)."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self._labels: dict[str, str] = dict(_PLAIN_LABELS)
        for step in template.steps:
            for question in step.questions:
                self._labels.setdefault(question.field, question.label)
                for form_field in question.fields:
                    self._labels.setdefault(f"{question.field}.{form_field.field}", form_field.label)
        self._steps: dict[str, str | None] = {}

    def label(self, field_path: str) -> str:
        """The template's label for a field path, else its last part made readable."""
        known = self._labels.get(field_path)
        if known:
            return known
        return readable(field_path)

    def step_for(self, field_path: str) -> str | None:
        """The id of the step that asks for a field path (None when no step does)."""
        if field_path not in self._steps:
            self._steps[field_path] = self.template.step_for_field(field_path)
        return self._steps[field_path]

    def step_order(self) -> list[tuple[str, str]]:
        """(id, title) of each step that asks questions, in the template's order."""
        return [(s.id, s.title) for s in self.template.steps if s.kind == StepKind.QUESTIONS]


def readable(field_path: str) -> str:
    """The last part of a field path as words: `result.end_percent` -> "End percent"."""
    return field_path.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def record_noun(list_name: str) -> str:
    """What one record of a list is called in a sentence: `cycles` -> "cycle"."""
    return _RECORD_NOUNS.get(list_name, list_name.replace("_", " ").rstrip("s"))

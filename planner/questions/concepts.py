"""A district's high-leverage concepts, as a template declares them (`[[concepts]]`), and the
checks of that list and of the concepts a plan's cycles name.

A concept is one of the few ideas of a grade that the most later learning stands on (place
value, the meaning of fractions...). A cycle names the concepts it serves by id; an id not on
the template's list is kept as the coach wrote it, and only noted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.model import Plan
from planner.plan_file import Problem

# The grades a concept may belong to, as a template writes them.
GRADES: tuple[str, ...] = ("PK", "K", *(str(grade) for grade in range(1, 13)))


@dataclass(kw_only=True)
class Concept:
    """One high-leverage concept: its id (what a cycle names), the words a coach reads, the grades
    it belongs to, and optionally the standard it stands for (`4.NF.A.1`)."""

    id: str
    label: str
    grades: list[str] = field(default_factory=list)
    standard: str = ""


def concept_problems(concepts: list[Concept], where: str = "concepts") -> list[Problem]:
    """What is wrong with a template's concept list beyond its ids (which the file's checks see
    to): a blank label, no grade, a grade that is not one of `GRADES`."""
    problems: list[Problem] = []
    for number, concept in enumerate(concepts, 1):
        path = f"{where}[{number}]"
        if not concept.label.strip():
            problems.append(Problem("a concept needs a label, the words a coach reads", f"{path}.label"))
        if not concept.grades:
            problems.append(Problem('a concept needs its grades, like grades = ["3", "4"]', f"{path}.grades"))
        for g_number, grade in enumerate(concept.grades, 1):
            if grade not in GRADES:
                problems.append(
                    Problem(
                        f'unknown grade "{grade}": use one of {", ".join(GRADES)}',
                        f"{path}.grades[{g_number}]",
                    )
                )
    return problems


def unlisted_concepts(plan: Plan, concepts: list[Concept]) -> list[Problem]:
    """A note for each concept a cycle names that is not on the template's list (kept as written:
    a coach may name one of their own); none when the template has no list."""
    if not concepts:
        return []
    listed = {concept.id for concept in concepts}
    return [
        Problem(
            f'"{concept_id}" is not on the template\'s concept list: kept as written; use an id '
            "from the list to count this cycle under a district concept",
            f"cycles[{number}].concepts[{c_number}]",
        )
        for number, cycle in enumerate(plan.cycles, 1)
        for c_number, concept_id in enumerate(cycle.concepts, 1)
        if concept_id not in listed
    ]

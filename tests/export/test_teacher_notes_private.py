"""Teacher notes are the private tier: no export carries them, whatever the options (every format,
teachers named or only counted, with last year's plan compared), each run as a person runs it."""

from __future__ import annotations

import copy
import itertools
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from planner.model import Plan
from planner.plan_file import save_plan

FORMATS = ("md", "html", "pdf")
OPTIONS = list(itertools.product(FORMATS, (False, True), (False, True)))


def _with_notes(plan: Plan, year: str) -> Plan:
    """The plan with a note on every teacher that no summary could hold by chance."""
    noted = copy.deepcopy(plan)
    for teacher in noted.teachers:
        teacher.notes = f"PRIVATE{year}{teacher.id.replace('-', '')} prefers mornings"
    return noted


def _text(path: Path, export_format: str) -> str:
    if export_format == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("option", OPTIONS, ids=lambda o: "-".join(map(str, o)))
def test_no_export_carries_a_teacher_note(
    option: tuple[str, bool, bool], example_plan: Plan, example_last_year_plan: Plan, tmp_path: Path
) -> None:
    export_format, names, compare = option
    this_year, last_year = tmp_path / "2025-26.toml", tmp_path / "2024-25.toml"
    save_plan(_with_notes(example_plan, "A"), this_year)
    save_plan(_with_notes(example_last_year_plan, "B"), last_year)
    target = tmp_path / f"summary.{export_format}"
    options = [*(["--include-names"] if names else []), *(["--compare", str(last_year)] if compare else [])]
    done = subprocess.run(
        [sys.executable, "-m", "planner", "export", str(this_year), "-o", str(target), *options],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = _text(target, export_format)
    assert "Math coaching plan" in text
    if names:
        assert example_plan.teachers[0].name.split()[-1] in text
    assert "PRIVATE" not in text and "prefers mornings" not in text

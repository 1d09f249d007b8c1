"""`planner [PLAN]`: which plans it offers in a folder, where a new one goes, and the mistakes it
answers before any screen opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.cli.open_command import found_plans, new_plan_path


def test_the_plans_here_and_in_plans_are_offered_not_other_toml_files(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    for name in ("2025-26.toml", "plans/2024-25.toml", "plans/2025-26.toml.draft"):
        (tmp_path / name).write_text("anything")
    (tmp_path / "maya.toml").write_text('planner_format = 3\nschool_year = "2025-26"\n')
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert found_plans(tmp_path) == [
        tmp_path / "2025-26.toml",
        tmp_path / "maya.toml",
        tmp_path / "plans" / "2024-25.toml",
    ]


def test_a_new_plan_goes_in_plans_under_a_name_not_taken(tmp_path: Path) -> None:
    november = date(2026, 11, 23)
    assert new_plan_path(tmp_path, november) == tmp_path / "2027-28.toml"
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2027-28.toml").write_text("taken")
    assert new_plan_path(tmp_path, november) == tmp_path / "plans" / "2027-28-2.toml"


def test_a_folder_named_as_the_plan_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert "is a folder: name a plan file" in capsys.readouterr().err


def test_a_template_that_cannot_be_read_is_named_before_anything_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "district.toml"
    template.write_text("[[steps]\n")
    assert main([str(tmp_path / "2026-27.toml"), "--template", str(template)]) == 2
    assert str(template) in capsys.readouterr().err
    assert not (tmp_path / "2026-27.toml").exists()

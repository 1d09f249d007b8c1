"""Fixtures for the CLI tests: planner run in the test's own folder, and plan files written there."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.cli_support import VALID_PLAN, Planner, run_planner


@pytest.fixture
def planner(tmp_path: Path) -> Planner:
    """`planner ARGS...` run as a subprocess in tmp_path (or in `cwd=`)."""
    return functools.partial(run_planner, cwd=tmp_path)


@pytest.fixture
def write_plan(tmp_path: Path) -> Callable[..., Path]:
    """Write text (by default a small valid plan) to tmp_path/NAME and return its path."""

    def write(text: str = VALID_PLAN, name: str = "plan.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write

"""Start-up stays lean: plain subcommands never import Textual; reading a plan never imports the writer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plans" / "2025-26.toml"


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_validate_runs_without_textual() -> None:
    modules = _modules_after(f"from planner.cli.main import main\nmain(['validate', '-q', {str(EXAMPLE)!r}])")
    assert "planner.plan_file" in modules
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}


def test_loading_a_plan_leaves_the_writer_and_dates_parser_unloaded() -> None:
    modules = _modules_after(
        f"from planner.plan_file import load_plan\nload_plan(__import__('pathlib').Path({str(EXAMPLE)!r}))"
    )
    assert "tomllib" in modules
    assert "tomli_w" not in modules
    assert "tempfile" not in modules
    assert "dateutil" not in modules

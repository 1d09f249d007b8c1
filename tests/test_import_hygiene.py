"""Each entry point imports only what it needs: the TUI's first paint loads no step inputs,
comparison or export code; export loads jinja2 and fpdf2 only in the formats that need them; the
plain CLI commands never load Textual; reading a plan never loads the writer or the dates parser.

Each case runs `code` in a fresh interpreter, then checks which of the modules named it loaded."""

from __future__ import annotations

import pytest

from tests.repository import EXAMPLES, run_python

EXAMPLE = str(EXAMPLES / "2025-26.toml")
EXPORT_LIBRARIES = ["jinja2", "fpdf", "ttf_opensans"]
# (code run, modules it must load, modules it must leave unloaded)
CASES = {
    "the TUI's first paint": (
        "import planner.tui.app",
        ["planner.tui.screens.plan_screen"],
        [
            "planner.tui.widgets.inputs",
            "planner.tui.widgets.records",
            "planner.tui.flows",
            "planner.tui.dialogs",
            "planner.compare",
            "planner.export",
            "jinja2",
            "fpdf",
            "dateutil",
            "tomli_w",
            "textual.widgets._text_area",
            "textual.widgets._data_table",
        ],
    ),
    "loading the export command": (
        "import planner.cli.export_command, planner.export",
        [],
        EXPORT_LIBRARIES,
    ),
    "Markdown and HTML": (
        "from planner.export import build_summary, render\n"
        "from planner.model import Plan\n"
        "render(build_summary(Plan()), 'md'); render(build_summary(Plan()), 'html')",
        ["jinja2"],
        ["fpdf", "ttf_opensans"],
    ),
    "PDF": (
        "from planner.export import build_summary, render\n"
        "from planner.model import Plan\n"
        "render(build_summary(Plan()), 'pdf')",
        ["fpdf", "ttf_opensans"],
        ["jinja2"],
    ),
    "planner validate": (
        f"from planner.cli.main import main\nmain(['validate', '-q', {EXAMPLE!r}])",
        ["planner.plan_file"],
        ["textual"],
    ),
    "loading a plan": (
        f"from pathlib import Path\nfrom planner.plan_file import load_plan\nload_plan(Path({EXAMPLE!r}))",
        ["tomllib"],
        ["tomli_w", "tempfile", "dateutil"],
    ),
}


def loaded_modules(code: str) -> set[str]:
    """The modules (and their parent packages) in sys.modules once `code` has run."""
    done = run_python(f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))")
    return set(done.stdout.split())


@pytest.mark.parametrize(("code", "loaded", "left_out"), CASES.values(), ids=CASES.keys())
def test_only_what_is_needed_is_imported(code: str, loaded: list[str], left_out: list[str]) -> None:
    modules = loaded_modules(code)
    assert [name for name in loaded if name not in modules] == []
    assert [name for name in left_out if name in modules] == []

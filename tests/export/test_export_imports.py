"""Start-up does not pay for export: jinja2 and fpdf2 are imported only by the formats that need them."""

from __future__ import annotations

import subprocess
import sys

_CHECK = """
import sys
{setup}
loaded = sorted(m for m in ("jinja2", "fpdf", "ttf_opensans") if m in sys.modules)
print(",".join(loaded))
"""


def _loaded_after(setup: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _CHECK.format(setup=setup)], capture_output=True, text=True, check=True
    )
    return [name for name in done.stdout.strip().split(",") if name]


def test_loading_the_export_command_imports_neither_jinja2_nor_fpdf() -> None:
    assert _loaded_after("import planner.cli.export_command, planner.export") == []


def test_markdown_and_html_do_not_import_fpdf() -> None:
    setup = (
        "from planner.export import build_summary, render\n"
        "from planner.model import Plan\n"
        "render(build_summary(Plan()), 'md'); render(build_summary(Plan()), 'html')"
    )
    assert _loaded_after(setup) == ["jinja2"]


def test_pdf_does_not_import_jinja2() -> None:
    setup = (
        "from planner.export import build_summary, render\n"
        "from planner.model import Plan\n"
        "render(build_summary(Plan()), 'pdf')"
    )
    assert _loaded_after(setup) == ["fpdf", "ttf_opensans"]

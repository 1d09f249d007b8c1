"""The first paint stays quick: opening the app loads no step inputs, comparison or export code.

Those load when they are first needed (the step's inputs right after the first paint, the rest
when the coach compares or exports).
"""

from __future__ import annotations

import subprocess
import sys

LOADED_LATER = [
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
]


def test_importing_the_app_loads_nothing_the_first_paint_does_not_need() -> None:
    script = "import sys\nimport planner.tui.app\nprint(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "planner.tui.screens.plan_screen" in loaded
    assert [m for m in LOADED_LATER if m in loaded] == []

"""Where the tests find the repository's files, and a fresh Python to see what an import loads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "plans"
TEMPLATES = ROOT / "templates"
FIXTURES = ROOT / "tests" / "fixtures"


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a new interpreter (this one, from the repository root); fails on an error."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)

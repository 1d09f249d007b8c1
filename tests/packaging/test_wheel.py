"""The built wheel holds the templates, and planner installed from it finds them without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TEMPLATE = "planner/templates/critical-questions.toml"


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def _data_files(folder: Path) -> set[str]:
    """Every file of the package that is not Python source: what package-data must ship."""
    return {
        path.relative_to(REPO).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built by `pip wheel --no-deps` from a copy of the project (the checkout stays clean)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "planner", source / "planner", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", source, "-w", dist, cwd=source)
    (built,) = dist.glob("planner-*.whl")
    return built


def test_the_wheel_holds_the_templates_and_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert DEFAULT_TEMPLATE in names
    assert _data_files(REPO / "planner") <= names
    assert not any(name.startswith(("tests/", "examples/")) for name in names)


def _install(wheel: Path, venv: Path) -> Path:
    """A fresh venv holding only planner installed from the wheel; returns its site-packages.

    The runtime dependencies come from this test's own environment, added after the venv's own
    site-packages by a .pth line; the .pth files found there (the editable install of the
    checkout among them) are not processed, so the source tree stays out of reach.
    """
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=venv.parent)
    python = venv / "bin" / "python"
    pip = (sys.executable, "-m", "pip", "--python", python)
    _run(*pip, "install", "--no-deps", "--no-index", "--quiet", wheel, cwd=venv.parent)
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site_packages = Path(_run(python, "-I", "-c", where, cwd=venv.parent).stdout.strip())
    (site_packages / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return site_packages


def test_planner_installed_from_the_wheel_finds_its_templates(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    site_packages = _install(wheel, venv)
    python, planner = venv / "bin" / "python", venv / "bin" / "planner"
    located = _run(python, "-I", "-c", "import planner.questions as q; print(q.__file__)", cwd=tmp_path)
    assert Path(located.stdout.strip()).is_relative_to(site_packages)
    assert _run(planner, "validate", "--template", "critical-questions", cwd=tmp_path).stdout == (
        "critical-questions: valid template\n"
    )
    _run(planner, "new", "--year", "2026-27", "-o", "2026-27.toml", cwd=tmp_path)
    assert 'template = "critical-questions"' in (tmp_path / "2026-27.toml").read_text()
    _run(planner, "fmt", "--check", "2026-27.toml", cwd=tmp_path)
    assert _run(python, "-I", "-m", "planner", "--version", cwd=tmp_path).stdout.startswith("planner ")

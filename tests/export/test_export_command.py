"""`planner export` run as a person runs it: a subprocess, its output, its files and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf

from planner.plan_file import plan_to_text
from tests.export.export_plans import TEACHER_NAMES
from tests.export.export_plans import answered_plan as build_answered_plan


def _planner(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        capture_output=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_markdown_goes_to_standard_output(answered_plan_file: Path) -> None:
    done = _planner("export", answered_plan_file, "--format", "md")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    assert text.startswith("# Math coaching plan 2025-26\n")
    assert "## The year at a glance" in text
    assert done.stderr == b""


def test_html_to_a_file_its_format_read_from_the_extension(answered_plan_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.html"
    done = _planner("export", answered_plan_file, "-o", target)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_pdf_without_output_goes_to_a_file_named_after_the_plan(
    answered_plan_file: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    done = _planner("export", answered_plan_file, "--format", "pdf", "--paper", "a4", cwd=work)
    assert done.returncode == 0, done.stderr
    written = work / "2025-26-summary.pdf"
    assert f"wrote {written.name}" in done.stderr.decode()
    reader = pypdf.PdfReader(written)
    assert "Math coaching plan 2025-26" in reader.pages[0].extract_text()
    assert round(reader.pages[0].mediabox.height) == 842


def test_names_only_with_the_flag(answered_plan_file: Path) -> None:
    plain = _planner("export", answered_plan_file, "--format", "html").stdout.decode()
    named = _planner("export", answered_plan_file, "--format", "html", "--include-names").stdout.decode()
    assert not any(name in plain for name in TEACHER_NAMES)
    assert all(name in named for name in TEACHER_NAMES)


def test_compare_with_last_year(answered_plan_file: Path, tmp_path: Path) -> None:
    last_year = build_answered_plan()
    last_year.school_year = "2024-25"
    last_year.cycles = last_year.cycles[:1]
    old = tmp_path / "2024-25.toml"
    old.write_text(plan_to_text(last_year), encoding="utf-8")
    done = _planner("export", answered_plan_file, "--compare", old)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    assert "## Since last year" in text
    assert "- 3 coaching cycles this year, 1 last year" in text
    assert "**Last year's results (2024-25).**" in text


def test_an_invalid_plan_is_reported_one_line_per_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        plan_to_text(build_answered_plan())
        .replace('school_year = "2025-26"', "school_year = 2025")
        .replace("hours_per_week = 15", 'hours_per_week = "lots"'),
        encoding="utf-8",
    )
    target = tmp_path / "out.md"
    done = _planner("export", broken, "-o", target)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{broken}:") for line in lines)
    assert "Traceback" not in done.stderr.decode()
    assert not target.exists()


def test_a_missing_plan_or_last_year_is_trouble(answered_plan_file: Path, tmp_path: Path) -> None:
    missing = _planner("export", tmp_path / "nope.toml")
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith(f"{tmp_path / 'nope.toml'}: no such file")
    assert _planner("export", answered_plan_file, "--compare", tmp_path / "nope.toml").returncode == 2


def test_never_writes_over_the_plan_nor_leaves_half_a_file(answered_plan_file: Path, tmp_path: Path) -> None:
    before = answered_plan_file.read_bytes()
    done = _planner("export", answered_plan_file, "--format", "md", "-o", answered_plan_file)
    assert done.returncode == 2 and "is a plan file" in done.stderr.decode()
    assert answered_plan_file.read_bytes() == before
    nowhere = _planner("export", answered_plan_file, "-o", tmp_path / "no-such-folder" / "out.html")
    assert nowhere.returncode == 2
    assert "cannot write" in nowhere.stderr.decode()


def test_an_existing_output_is_replaced_whole(answered_plan_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("old summary\n" * 1000, encoding="utf-8")
    os.chmod(target, 0o640)
    assert _planner("export", answered_plan_file, "-o", target).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("# Math coaching plan")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_district_template_folder(answered_plan_file: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "summary.md.j2").write_text("# {{ summary.title }} for the board\n", encoding="utf-8")
    done = _planner("export", answered_plan_file, "--templates", templates)
    assert done.stdout.decode() == "# Math coaching plan 2025-26 for the board\n"
    (templates / "summary.md.j2").write_text("{% for %}\n", encoding="utf-8")
    broken = _planner("export", answered_plan_file, "--templates", templates)
    assert broken.returncode == 2
    assert broken.stderr.decode().startswith("planner: export: ")
    assert "summary.md.j2:1:" in broken.stderr.decode()
    missing = _planner("export", answered_plan_file, "--templates", tmp_path / "nowhere")
    assert missing.returncode == 2 and "no such folder" in missing.stderr.decode()

"""The report's data formats read back: the CSV with `csv`, one row per plan; the JSON against the
shape docs/report.md documents."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from planner.report import FEWER, REPORT_FORMAT, Report, render
from planner.report.tables import CSV_COLUMNS
from tests.report.district import INVALID, SMALL, coach_name
from tests.repository import ROOT

DOCS = ROOT / "docs" / "report.md"


def _documented_shape() -> dict[str, Any]:
    found = re.search(r"```json\n(.*?)\n```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert found, "docs/report.md has no JSON shape"
    return json.loads(found[1])


def _same_shape(value: Any, shape: Any, where: str = "report") -> None:
    """Fails unless `value` has the documented keys at every depth, each list item those of the
    documented item, each leaf a number, a string, true/false or null."""
    if isinstance(shape, dict):
        assert isinstance(value, dict), where
        assert list(value) == list(shape), where
        for key, inner in shape.items():
            _same_shape(value[key], inner, f"{where}.{key}")
    elif isinstance(shape, list):
        assert isinstance(value, list), where
        for number, item in enumerate(value):
            _same_shape(item, shape[0], f"{where}[{number}]")
    else:
        assert value is None or isinstance(value, int | float | str | bool), where


def test_the_json_has_the_documented_shape(report: Report) -> None:
    data = json.loads(render(report, "json"))
    shape = _documented_shape()
    assert shape["report_format"] == data["report_format"] == REPORT_FORMAT
    comparison = data["comparison"]
    _same_shape(comparison.pop("before"), shape["district"], "comparison.before")
    _same_shape(comparison.pop("after"), shape["district"], "comparison.after")
    shape["comparison"] = {"previous_year": shape["comparison"]["previous_year"]}
    _same_shape(data, shape)
    assert data["district"]["cycles"] == report.district.cycles


def test_the_json_writes_fewer_than_3_in_place_of_a_figure(report: Report) -> None:
    data = json.loads(render(report, "json"))
    small = next(row for row in data["coaches"] if row["coach"] == coach_name(SMALL))
    assert small["teachers_reached"] == small["results"]["met"] == FEWER


def test_the_csv_has_one_row_per_plan_of_the_year(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv").decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(report.coaches) + len(INVALID)
    by_coach = {row["coach"]: row for row in rows}
    first = by_coach[coach_name(1)]
    assert (first["cycles"], first["teachers_reached"], first["roster"]) == ("8", "10", "11")
    assert (first["start_percent"], first["end_percent"], first["students"]) == ("33", "68", "92")
    assert first["schools"] == "North Elementary"
    assert by_coach[coach_name(SMALL)]["teachers_reached"] == FEWER
    invalid = [row for row in rows if row["state"] == "invalid"]
    assert len(invalid) == len(INVALID)
    assert all(row["problem"] and not row["cycles"] for row in invalid)

"""The generated district (tests/report/district.py), built once for the folder's tests to read."""

from __future__ import annotations

import pytest

from planner.report import Report, build_report, read_district
from tests.report.district import GeneratedDistrict, build_district


@pytest.fixture(scope="session")
def district(tmp_path_factory: pytest.TempPathFactory) -> GeneratedDistrict:
    """Twelve coaches' plans over two years, some missing, broken, unfinished or small; read only."""
    return build_district(tmp_path_factory.mktemp("district"))


@pytest.fixture(scope="session")
def report(district: GeneratedDistrict) -> Report:
    """The district's report for 2025-26, compared with 2024-25, coaches named."""
    return build_report(read_district([str(district.root)]), compare=True)

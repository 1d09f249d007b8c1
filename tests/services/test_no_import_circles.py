"""The services import one way: no circle among the modules of the export, the comparison, the
checks and the figures, counting imports inside functions and under TYPE_CHECKING."""

from __future__ import annotations

import grimp
import pytest

SERVICES = ("planner.export", "planner.compare", "planner.checks", "planner.figures")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("planner", cache_dir=None)


@pytest.mark.parametrize("package", SERVICES)
def test_no_module_imports_one_that_imports_it_back(graph: grimp.ImportGraph, package: str) -> None:
    modules = {m for m in graph.modules if m == package or m.startswith(f"{package}.")}
    circles = [
        (module, imported)
        for module in sorted(modules)
        for imported in sorted(graph.find_modules_directly_imported_by(module))
        if graph.chain_exists(imported, module)
    ]
    assert circles == []

"""`--help` everywhere and `--version`: every subcommand explains itself and its exit codes."""

from __future__ import annotations

import pytest

from planner import __version__
from planner.cli.main import SUBCOMMANDS, main
from tests.cli.cli_support import REPO, run_planner


def test_version() -> None:
    done = run_planner("--version", cwd=REPO)
    assert (done.returncode, done.stdout) == (0, f"planner {__version__}\n")


def test_the_top_level_help_lists_the_plan_file_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    listed = {
        line.split()[0]
        for line in shown.splitlines()
        if line.startswith("    ") and not line.startswith("     ")
    }
    assert {"new", "validate", "fmt"} <= listed <= set(SUBCOMMANDS)


@pytest.mark.parametrize("command", ["new", "validate", "fmt"])
def test_each_command_has_help_naming_its_exit_codes(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert shown.startswith(f"usage: planner {command}")
    assert "Exit 0" in shown and "2 " in shown

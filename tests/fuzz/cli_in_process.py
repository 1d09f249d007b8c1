"""Running the `planner` CLI in-process, for tests that run it thousands of times (a subprocess
costs about 150 ms a run): its exit code, standard output and standard error, with a guard
against a run that hangs."""

from __future__ import annotations

import contextlib
import io
import signal
from collections.abc import Iterator
from pathlib import Path

from planner.cli.main import main

# No command may take this long on a file of a few kilobytes: past it, the run counts as hung.
HANG_SECONDS = 30


@contextlib.contextmanager
def _hang_guard() -> Iterator[None]:
    """Stops a run that takes longer than HANG_SECONDS (a loop, a pathological pattern)."""

    def hung(_signal: int, _frame: object) -> None:
        raise TimeoutError(f"a command ran for more than {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def planner(*args: str | Path) -> tuple[int, str, str]:
    """Run `planner ARGS...` in this process: its exit code, standard output and standard error.

    Any exception escaping the CLI fails the test that called it, as a traceback would.
    """
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    with _hang_guard(), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main([str(arg) for arg in args])
    stdout.flush()
    return code, stdout.buffer.getvalue().decode("utf-8"), stderr.getvalue()  # type: ignore[attr-defined]

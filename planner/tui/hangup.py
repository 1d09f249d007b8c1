"""Noticing that the coach's terminal is gone, so that the draft is written before the app ends.

Three ways a terminal goes: SIGHUP (a dropped SSH session, a closed window), SIGTERM (a shutdown),
and a terminal whose other end closed without a signal reaching the planner (stdin then reports a
hang-up; Textual's input thread would otherwise spin on it for ever, Textualize/textual PR #6690).
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import signal
import sys
from collections.abc import Callable

from textual.app import App

# How often the terminal is checked for a hang-up that came without a signal (one poll() call).
TERMINAL_CHECK_SECONDS = 1.0


def terminal_gone(fd: int) -> bool:
    """Whether the terminal (or pipe) behind `fd` has hung up: its other end is closed."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    gone = select.POLLHUP | select.POLLERR | select.POLLNVAL
    return any(events & gone for _, events in poller.poll(0))


def watch_for_hang_ups(app: App, hang_up: Callable[[], None]) -> None:
    """Call `hang_up` (once) on SIGHUP, on SIGTERM, or when the app's terminal hangs up.

    The signals are handled on the app's event loop, between two of its messages, so the
    handler sees the plan whole. The terminal is only watched when the app draws on one.
    """
    called = False

    def once() -> None:
        nonlocal called
        if not called:
            called = True
            hang_up()

    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGHUP, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal_number, once)
    stdin = sys.__stdin__
    if app.is_headless or stdin is None or not stdin.isatty():
        return
    fd = stdin.fileno()
    app.set_interval(TERMINAL_CHECK_SECONDS, lambda: terminal_gone(fd) and once())

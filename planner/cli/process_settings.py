"""Settings of the whole Python process, made only by `planner PLAN`, which owns the process, around
the app's run and undone after it (a test's app, run in a shared test process, makes none)."""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from planner.tui.app import PlannerApp, ProcessHooks

# How often, in seconds, Python lets another thread take its turn while the app's thread is busy.
# Textual writes each frame to the terminal from a thread of its own: at Python's default (5 ms)
# a frame painted while the app goes on working waits up to that long before it is sent.
THREAD_SWITCH_SECONDS = 0.0005

# After a hang-up the draft is written first; if closing the dead terminal then hangs (its writes
# block), the process is ended after this many seconds.
HANGUP_EXIT_SECONDS = 3.0


class _Hooks(ProcessHooks):
    """The app's process hooks (see planner.tui.app.ProcessHooks) as this command sets them."""

    def steps_built(self) -> None:
        # Every step is built: the objects made so far (Textual's and the plan's) live as long as
        # the screen. Set aside from the garbage collector, they no longer stall a keypress now
        # and then while it walks them all: on the generated plan of 60 teachers and 40 cycles,
        # every step built, a full collection walks about 100,000 objects in 88 ms, 0 ms frozen.
        gc.freeze()

    def steps_dropped(self) -> None:
        # What the screen held may be collected again (frozen again once rebuilt).
        gc.unfreeze()

    def hung_up(self) -> None:
        timer = threading.Timer(HANGUP_EXIT_SECONDS, os._exit, (1,))
        timer.daemon = True
        timer.start()


@contextmanager
def owned_process(app: PlannerApp) -> Iterator[None]:
    """Run `app` with the process-wide settings above; restore them when it ends. The hang-up
    timer, once started, is left to end a process that does not finish on its own."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(THREAD_SWITCH_SECONDS)
    app.process_hooks = _Hooks()
    try:
        yield
    finally:
        gc.unfreeze()
        sys.setswitchinterval(interval)

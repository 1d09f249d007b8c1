"""Keys in the order typed: the app hands each key (or paste) to Textual once the ones before it are handled.

Over SSH, or in a paste, several keys arrive in one read. Textual dispatches each as the app
takes it from its queue: a priority binding (ctrl+s, tab...) acts at once, while the keys before
it still wait in the focused widget's queue, and the answers they make still have to bubble up
to the screen; a key no widget handles bubbles up to the app, where its binding acts after keys
typed later. Left to Textual, `Wombat<tab>Math<ctrl+s>` saves a plan without the name, and a
backspace in a burst deletes a character typed after it.

`KeysInOrder.hold` takes every key and paste the terminal sends and hands them back to the app one
at a time, each once the app, the screen and the focused widget with its ancestors (the path a key
takes and its answers bubble up) have handled every message they hold, and the focus has stopped
moving (a key may open a form). Every key thus acts on what the keys before it made, as if typed
slowly, whichever widget or binding handles it: no form or field needs a special case.

Characters typed into a text field, with nothing held, go straight through: the field keeps them
(no binding acts on a character there), in its queue's order, so a burst of text costs no wait;
the first key after them that may act elsewhere waits for them all.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable

from textual import events
from textual.app import App, ScreenStackError
from textual.message_pump import MessagePump

# A key goes ahead when the widgets on its path take longer than this, in seconds, to handle the
# messages they hold (a stuck widget delays the keyboard, but never freezes it)...
KEY_WAIT_SECONDS = 2.0
# ...or when its path is still not quiet after this many rounds (a widget that never stops
# posting). Each round waits for every message queued so far, one step up the path for the
# answers a burst made: a burst settles within a round per level of the widget tree.
KEY_WAIT_ROUNDS = 100


async def handled(pumps: Iterable[MessagePump], timeout: float = KEY_WAIT_SECONDS) -> bool:
    """Wait until each of `pumps` has handled every message it holds now (a widget still being
    mounted: its mounting too); whether they all did within `timeout` seconds (a closing pump
    takes no more messages)."""
    left = 0
    refused = False
    done = asyncio.Event()

    def one_done() -> None:
        nonlocal left
        left -= 1
        if not left:
            done.set()

    for pump in pumps:
        # A callback runs after the messages already queued.
        if pump.call_later(one_done):
            left += 1
        else:
            refused = True
    if left:
        try:
            async with asyncio.timeout(timeout):
                await done.wait()
        except TimeoutError:
            return False
    return not refused


class KeysInOrder:
    """The keys and pastes an app received and has not yet handed to Textual, in order."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._waiting: deque[events.Key | events.Paste] = deque()
        # The event handed back to the app, which the app then lets through.
        self._released: events.Event | None = None
        self._handing_out = False

    def hold(self, event: events.Event) -> bool:
        """Whether the app must leave `event` for now: a key or paste from the terminal waits its
        turn, and comes back to the app when the keys before it are handled."""
        if event is self._released:
            self._released = None
            return False
        # Forwarded events are on their way through the widgets (a key bubbling back up to the app).
        if not isinstance(event, events.Key | events.Paste) or event.is_forwarded:
            return False
        if not self._handing_out and self._typed_into_text(event):
            return False
        self._waiting.append(event)
        if not self._handing_out:
            self._handing_out = True
            self.app.run_worker(self._hand_out(), name="keys in order", group="keys")
        return True

    def _typed_into_text(self, event: events.Key | events.Paste) -> bool:
        """Whether `event` is a character or a paste for the text field that has the focus."""
        # Imported here: the first key comes after the first step's inputs have loaded them.
        from textual.widgets import Input, TextArea

        focused = self.app.focused
        text_field = isinstance(focused, Input) or (isinstance(focused, TextArea) and not focused.read_only)
        return text_field and (isinstance(event, events.Paste) or event.is_printable)

    async def _hand_out(self) -> None:
        """Hand the waiting events back to the app one by one, each once the ones before it are
        handled; return once the last one is handled too (until then, characters wait as well)."""
        while True:
            await self._settled()
            if not self._waiting:
                break
            self._released = self._waiting.popleft()
            if not self.app.post_message(self._released):
                break  # the app is closing
        self._waiting.clear()
        self._handing_out = False

    def _path(self) -> list[MessagePump]:
        """Where a key goes and where what it makes bubbles up: the focused widget (else the
        screen) and its ancestors, up to the app."""
        try:
            node = self.app.focused or self.app.screen
        except ScreenStackError:
            return [self.app]
        return list(node.ancestors_with_self)

    async def _settled(self) -> None:
        """Return once the path of a key holds no message and the focus stays put (a key that
        opens a form moves the focus there once the form is built); sooner when the path is stuck
        or closing (the app is ending), or never quiet (see KEY_WAIT_SECONDS and KEY_WAIT_ROUNDS)."""
        for _ in range(KEY_WAIT_ROUNDS):
            path = self._path()
            if not await handled(path, KEY_WAIT_SECONDS):
                return
            if path == self._path() and not any(pump.message_queue_size for pump in path):
                return

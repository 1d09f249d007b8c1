"""The key bar along the bottom of every screen: the keys that matter now, drawn as one line.

Textual's Footer makes a widget of each key and rebuilds them all after any focus move; this bar
draws the same keys as one line (Textual's line API) and repaints only when they change, which
keeps the first paint and a step change quick.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import ActiveBinding
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget


class ShownKey(NamedTuple):
    """A key as the bar shows it."""

    key: str
    display: str
    description: str
    enabled: bool


def _width_of(key: ShownKey) -> int:
    """Columns a key takes: " ^s Save "."""
    return cell_len(f" {key.display} {key.description} ")


class KeyBar(Widget, can_focus=False):
    """The screen's shown bindings, one per action, in the order the focus chain gives them, with
    the command palette's key on the right. Clicking a key presses it; a disabled key is dim."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: 1; color: $footer-foreground; background: $footer-background; }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground; background: $footer-key-background; text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground; background: $footer-description-background;
    }
    KeyBar > .key-bar--disabled { text-style: dim; }
    KeyBar > .key-bar--separator { color: $foreground 20%; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--disabled",
        "key-bar--separator",
    }

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[ShownKey, ...] | None = None
        self._palette: ShownKey | None = None
        # Where each key was drawn: (first column, column after it, key), for clicks.
        self._spans: list[tuple[int, int, ShownKey]] = []

    @property
    def keys(self) -> tuple[ShownKey, ...]:
        """The keys shown now, left to right (the command palette's last)."""
        if self._keys is None:
            self._update_keys()
        keys = self._keys or ()
        return (*keys, self._palette) if self._palette else keys

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and self._update_keys():
            self.refresh()

    def _update_keys(self) -> bool:
        """Read the screen's bindings again; whether the keys shown changed."""
        app = self.app
        active = self.screen.active_bindings
        seen_actions: set[str] = set()
        keys: list[ShownKey] = []
        for active_binding in active.values():
            binding = active_binding.binding
            if binding.show and binding.action not in seen_actions:
                seen_actions.add(binding.action)
                keys.append(self._shown(active_binding))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and (found := active.get(app.COMMAND_PALETTE_BINDING)):
            palette = self._shown(found)
        shown = tuple(keys)
        if shown == self._keys and palette == self._palette:
            return False
        self._keys, self._palette = shown, palette
        return True

    def _shown(self, active: ActiveBinding) -> ShownKey:
        binding = active.binding
        return ShownKey(binding.key, self.app.get_key_display(binding), binding.description, active.enabled)

    def _placed(self, width: int) -> list[tuple[int, ShownKey]]:
        """Where each key starts: as many whole keys as fit from the left, then the command
        palette's key at the right end, after a separator."""
        right = width - (_width_of(self._palette) + 1 if self._palette else 0)
        placed: list[tuple[int, ShownKey]] = []
        start = 0
        for key in self._keys or ():
            if start + _width_of(key) > right:
                break
            placed.append((start, key))
            start += _width_of(key)
        if self._palette is not None:
            placed.append((width - _width_of(self._palette), self._palette))
        return placed

    def render_line(self, y: int) -> Strip:
        if self._keys is None:
            self._update_keys()
        width = self.size.width
        base = self.rich_style
        key_style, description_style, separator = (
            base + self.get_component_rich_style(name)
            for name in ("key-bar--key", "key-bar--description", "key-bar--separator")
        )
        dim = self.get_component_rich_style("key-bar--disabled", partial=True)
        segments: list[Segment] = []
        column = 0
        self._spans = []
        for start, key in self._placed(width):
            if key is self._palette:
                segments += [Segment(" " * (start - 1 - column), base), Segment("│", separator)]
            else:
                segments.append(Segment(" " * (start - column), base))
            segments += [
                Segment(f" {key.display} ", key_style if key.enabled else key_style + dim),
                Segment(f"{key.description} ", description_style if key.enabled else description_style + dim),
            ]
            column = start + _width_of(key)
            self._spans.append((start, column, key))
        segments.append(Segment(" " * max(0, width - column), base))
        return Strip(segments).crop(0, width)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = next((key for start, end, key in self._spans if start <= event.x < end), None)
        if key is not None and key.enabled:
            self.app.simulate_key(key.key)
        elif key is not None:
            self.app.bell()

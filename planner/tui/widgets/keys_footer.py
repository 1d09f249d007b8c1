"""The footer of the planning screen: Textual's footer, rebuilt only when its keys change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """Shows the keys that matter now. Textual's footer rebuilds its keys whenever the focus
    moves; moving from one answer to another mostly keeps the same keys, so this one rebuilds
    only when the keys shown (or whether they are enabled) differ."""

    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple(
            (binding.key, binding.description, enabled)
            for _, binding, enabled, _ in screen.active_bindings.values()
            if binding.show
        )
        if shown != self._shown:
            self._shown = shown
            super().bindings_changed(screen)

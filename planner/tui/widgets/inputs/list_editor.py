"""A list answer (schools, learning targets, evidence, reflection dates): items typed one at a
time in an entry line, shown numbered above it, and edited, removed or moved with keys there."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Input, OptionList

from planner.calendar import read_date
from planner.tui.widgets.inputs.base import QuestionInput
from planner.tui.widgets.inputs.date import NOT_A_DATE


class ItemList(OptionList):
    """The items so far; its keys act on the highlighted item."""

    BINDINGS = [
        Binding("e", "edit", "Edit item", id="list.edit"),
        Binding("d,delete", "remove", "Remove item", id="list.remove"),
        Binding("shift+up,alt+up", "move(-1)", "Move up", id="list.move_up"),
        Binding("shift+down,alt+down", "move(1)", "Move down", id="list.move_down"),
        Binding("a,insert", "add", "Add item", id="list.add"),
    ]

    def __init__(self, owner: ListInput) -> None:
        super().__init__()
        self.owner = owner

    def action_edit(self) -> None:
        if self.highlighted is not None:
            self.owner.edit_item(self.highlighted)

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.owner.remove_item(self.highlighted)

    def action_move(self, offset: int) -> None:
        if self.highlighted is not None:
            self.owner.move_item(self.highlighted, offset)

    def action_add(self) -> None:
        self.owner.start_new_item()


def _button(label: str, button_id: str, tooltip: str) -> Button:
    """A one-line button for mouse users; keyboard users have keys, so it takes no focus."""
    button = Button(label, id=button_id, compact=True, tooltip=tooltip)
    button.can_focus = False
    return button


class ListInput(QuestionInput):
    """A list of short texts, or of dates for a date list (each read like a date answer).

    The answer includes what is typed in the entry line, so nothing typed is lost when the coach
    moves on without pressing enter; enter (or leaving the line) adds it to the list.
    """

    DEFAULT_CSS = """
    ListInput > ItemList { max-height: 8; }
    ListInput > .list-entry { height: auto; }
    ListInput > .list-entry > Input { width: 1fr; }
    ListInput > .list-entry > Button { width: auto; min-width: 0; margin: 1 0 0 1; }
    """

    def compose_control(self) -> ComposeResult:
        self.items: list[Any] = list(self.value or ())
        self.editing: int | None = None
        self.dates = self.info.kind == "date_list"
        self.item_list = ItemList(self)
        yield self.item_list
        with Horizontal(classes="list-entry"):
            self.entry = Input(placeholder=self._entry_placeholder(), select_on_focus=False)
            yield self.entry
            yield _button("Add", "list-add", "Add what is typed (enter)")
            yield _button("Remove", "list-remove", "Remove the highlighted item (d)")
            yield _button("↑", "list-up", "Move the highlighted item up (shift+up)")
            yield _button("↓", "list-down", "Move the highlighted item down (shift+down)")

    def on_mount(self) -> None:
        self._show_items(0)

    def keys_hint(self) -> str:
        return "enter adds · in the list above: e edit, d remove, shift+↑/↓ move"

    def _entry_placeholder(self) -> str:
        if self.editing is not None:
            return "Empty: keep the item as it was"
        return self.placeholder() or ("A date, like Sept 15" if self.dates else "Type an item")

    def _text(self, item: Any) -> str:
        return item.isoformat() if isinstance(item, date) else str(item)

    def _parse(self, text: str) -> Any:
        """The item typed (None for a date list's text that is not a date)."""
        return read_date(text, self.plan.school_year) if self.dates else text

    def _typed_value(self) -> list[Any] | None:
        """The list as the coach sees it, with the entry line in it; None when that is invalid."""
        items = list(self.items)
        text = self.entry.value.strip()
        if not text:
            return items
        item = self._parse(text)
        if item is None:
            return None
        if self.editing is None:
            items.append(item)
        else:
            items[self.editing] = item
        return items

    def _check(self) -> list[Any] | None:
        """Post the list as typed when it is valid, else show why not."""
        value = self._typed_value()
        if value is None:
            self.reject(NOT_A_DATE)
        else:
            self.answer(value)
        return value

    def _show_items(self, highlight: int | None) -> None:
        self.item_list.clear_options()
        self.item_list.add_options(
            Content(f"{n}. {self._text(item)}{'  (editing)' if n - 1 == self.editing else ''}")
            for n, item in enumerate(self.items, 1)
        )
        self.item_list.display = bool(self.items)
        for button_id in ("#list-remove", "#list-up", "#list-down"):
            self.query_one(button_id).display = bool(self.items)
        if self.items and highlight is not None:
            self.item_list.highlighted = min(highlight, len(self.items) - 1)
        self.entry.placeholder = self._entry_placeholder()

    def _commit(self) -> bool:
        """Take the entry line into the list; False when it holds something invalid."""
        value = self._check()
        if value is None:
            return False
        edited = self.editing
        self.items, self.editing = list(value), None
        if self.entry.value:
            self.entry.value = ""
        self._show_items(len(self.items) - 1 if edited is None else edited)
        return True

    def finish(self) -> bool:
        return self._commit()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._check()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._commit()

    @on(Input.Blurred)
    def _left(self, event: Input.Blurred) -> None:
        event.stop()
        if self.entry.value.strip() or self.editing is not None:
            self._commit()

    def edit_item(self, index: int) -> None:
        """Put an item in the entry line to be changed there (enter keeps the change)."""
        if not self._commit():
            return
        self.editing = index
        self.entry.value = self._text(self.items[index])
        self.entry.cursor_position = len(self.entry.value)
        self._show_items(index)
        self.entry.focus()

    def remove_item(self, index: int) -> None:
        """Take an item out of the list."""
        if not self._commit():
            return
        del self.items[index]
        self._show_items(index)
        self._check()
        if not self.items:
            self.entry.focus()

    def move_item(self, index: int, offset: int) -> None:
        """Move an item up (-1) or down (1) the list."""
        target = index + offset
        if not self._commit() or not 0 <= target < len(self.items):
            return
        self.items[index], self.items[target] = self.items[target], self.items[index]
        self._show_items(target)
        self._check()

    def start_new_item(self) -> None:
        """Move to the entry line to type a new item."""
        if self._commit():
            self.entry.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.edit_item(event.option_index)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        highlighted = self.item_list.highlighted
        if event.button.id == "list-add":
            self._commit()
        elif highlighted is None:
            return
        elif event.button.id == "list-remove":
            self.remove_item(highlighted)
        else:
            self.move_item(highlighted, -1 if event.button.id == "list-up" else 1)

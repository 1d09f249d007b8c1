"""The fit's proposal, one cycle a line: the coach keeps or drops each start, then applies them.

The proposal comes from planner.calendar.fit; this screen only lets the coach choose. Every
proposed start is ticked at first; the highlighted one is told in full below the list (the old
start, the blackouts it crosses), then what cannot be placed, with the reason.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from planner.calendar.fit import Fit, Proposal, proposal_words
from planner.tui.widgets.key_bar import KeyBar


class FitScreen(ModalScreen[list[Proposal] | None]):
    """Proposed starts to accept or reject; dismisses with those accepted (None: cancelled).

    | Key | Does |
    | --- | --- |
    | space | accept or reject the highlighted cycle's start |
    | a | apply the accepted starts |
    | escape | change nothing |
    """

    DEFAULT_CSS = """
    FitScreen { align: center middle; }
    FitScreen > Vertical { width: 100%; height: 100%; background: $surface; border: thick $primary; }
    FitScreen .fit-title { text-style: bold; padding: 0 1; }
    FitScreen SelectionList { height: auto; max-height: 1fr; }
    FitScreen .fit-details { padding: 0 1; }
    FitScreen .fit-unplaced { padding: 0 1; color: $warning; }
    """
    BINDINGS = [
        Binding("a", "apply", "Apply", id="fit.apply"),
        Binding("escape", "cancel", "Cancel", id="fit.cancel"),
    ]

    def __init__(self, fit: Fit) -> None:
        super().__init__()
        self.fit = fit

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Proposed starts: space accepts or rejects one, a applies", classes="fit-title")
            yield SelectionList[str](
                *(
                    Selection(Text(f"{p.start:%a %b %d}  {p.weeks:>2} wk  {p.label}"), p.cycle_id, True)
                    for p in self.fit.proposals
                )
            )
            yield Static(classes="fit-details")
            if self.fit.unplaced:
                unplaced = "\n".join(f"{u.label}: {u.reason}" for u in self.fit.unplaced)
                yield Static(f"Not placed:\n{unplaced}", classes="fit-unplaced")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    @on(SelectionList.SelectionHighlighted)
    def _details(self, event: SelectionList.SelectionHighlighted) -> None:
        proposal = self.fit.proposals[event.selection_index]
        self.query_one(".fit-details", Static).update(f"{proposal.label}: {proposal_words(proposal)}")

    @on(SelectionList.SelectedChanged)
    def _count(self) -> None:
        chosen = len(self.query_one(SelectionList).selected)
        self.query_one(".fit-title", Label).update(
            f"Proposed starts: {chosen} of {len(self.fit.proposals)} accepted (space changes one, a applies)"
        )

    def action_apply(self) -> None:
        accepted = set(self.query_one(SelectionList).selected)
        self.dismiss([p for p in self.fit.proposals if p.cycle_id in accepted])

    def action_cancel(self) -> None:
        self.dismiss(None)

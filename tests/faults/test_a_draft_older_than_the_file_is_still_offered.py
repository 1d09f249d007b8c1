"""A draft older than the file (a `git pull` or a `planner fmt` after the connection dropped) is
offered when it holds something the file does not, and recovering merges it with the file."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Static

from planner.plan_file import draft_path, write_draft
from planner.tui.dialogs import ChoiceDialog, TextDialog
from tests.tui.drafts import choose, draft_files, ended_session
from tests.tui.harness import make_app


def _edited(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def _draft_then_pull(canonical_example: Path, drafted: tuple[str, str], pulled: tuple[str, str]) -> Path:
    """A draft of an ended session made from the file, then the file changed under it, newer."""
    base = canonical_example.read_text()
    token = ended_session()
    write_draft(canonical_example, token, _edited(base, *drafted), base)
    draft = draft_path(canonical_example, token)
    os.utime(draft, (1_700_000_000, 1_700_000_000))  # the draft is older than the file
    canonical_example.write_text(_edited(base, *pulled))
    return draft


async def test_a_draft_older_than_a_pulled_file_is_merged_with_it(canonical_example: Path) -> None:
    draft = _draft_then_pull(
        canonical_example, ('coach = "Maya Lindqvist"', 'coach = "Maya L."'), ("K-5 math", "K-8 math")
    )
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        assert "The file changed since the draft began: recovering merges" in app.screen.body
        await choose(pilot, app, "diff")
        assert isinstance(app.screen, TextDialog)
        assert "~ Coach: Maya [-Lindqvist-] {+L.+}" in str(
            app.screen.query_one("#dialog-text", Static).render()
        )
        await pilot.press("escape")
        await pilot.pause()
        await choose(pilot, app, "recover")
        about = app.session.plan.about
        assert (about.coach, about.role) == ("Maya L.", "K-8 math coach")
        assert not draft.exists()  # its work is in this session's own draft now
        (own,) = draft_files(canonical_example)
        assert f"-{os.getpid()}-" in own.name


async def test_answers_both_changed_are_named_and_keep_the_drafts_side(canonical_example: Path) -> None:
    _draft_then_pull(
        canonical_example,
        ('coach = "Maya Lindqvist"', 'coach = "Drafted"'),
        ('coach = "Maya Lindqvist"', 'coach = "Pulled"'),
    )
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Coach (about.coach)" in app.screen.body  # type: ignore[attr-defined]
        await choose(pilot, app, "recover")
        assert isinstance(app.screen, TextDialog)
        assert "• Coach (about.coach)" in str(app.screen.query_one("#dialog-text", Static).render())
        assert app.session.plan.about.coach == "Drafted"


async def test_a_draft_that_holds_nothing_the_file_lacks_is_not_offered(canonical_example: Path) -> None:
    # The same plan written differently (as by another tool): the contents agree.
    token = ended_session()
    write_draft(canonical_example, token, canonical_example.read_text(), canonical_example.read_text())
    canonical_example.write_text("# formatted by hand\n" + canonical_example.read_text().replace(" = ", "="))
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog)
    assert draft_files(canonical_example) == []

"""Saving the plan, with the questions a file changed on disk raises (merge, reload, overwrite),
and reloading the plan from its file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import App

from planner.plan_file import ChangedOnDiskError, PlanFileError, created_note, why_not_written
from planner.questions import Template
from planner.tui.dialogs import ChoiceDialog, ReloadProblems, TextDialog
from planner.tui.session import PlanSession, ReadOnlyError


@dataclass(frozen=True)
class Saved:
    """How a save (or a reload) ended, for the screen to show."""

    saved: bool = False
    # The folders the save created, outermost first.
    created: tuple[Path, ...] = ()
    # The session holds another plan (merged with the file, or read again): show it again.
    replaced: bool = False
    # The coach's work is only in memory and in the draft: write the draft now.
    keep_draft: bool = False
    # The plan was read again from its file: what the draft line said is past.
    reloaded: bool = False


async def save(app: App, session: PlanSession, template: Template, save_key: str) -> Saved:
    """Save the plan; asks what to do when the file changed on disk (`save_key` is named in what
    the coach is told to do next). A save names the answers refused, which the plan lacks."""
    outcome = await _save(app, session, template, save_key)
    if outcome.saved:
        # The path as given when folders were made, so that the message shows where they are.
        saved = session.path if outcome.created else session.path.name
        app.notify(f"Saved {saved}{created_note(outcome.created)}")
        if session.refused:
            app.notify(
                f"Not in the saved plan, because not valid: {', '.join(session.refused)}. "
                "The plan keeps the last valid answer.",
                severity="warning",
                timeout=10,
            )
    return outcome


async def _save(app: App, session: PlanSession, template: Template, save_key: str) -> Saved:
    try:
        return Saved(saved=True, created=session.save())
    except ChangedOnDiskError:
        return await _changed_on_disk(app, session, template, save_key)
    except ReadOnlyError:
        kept = " Your changes are kept in your own draft." if session.unsaved else ""
        app.notify(
            f"Not saved: {session.path.name} is open read-only (another planner has it open).{kept}",
            severity="error",
            timeout=10,
        )
        return Saved(keep_draft=True)
    except PlanFileError as error:
        for problem in error.problems[:5]:
            app.notify(str(problem), title="Not saved", severity="error", timeout=10)
    except OSError as error:
        app.notify(f"Not saved: {why_not_written(session.path, error)}", severity="error", timeout=10)
    return Saved()


async def _changed_on_disk(app: App, session: PlanSession, template: Template, save_key: str) -> Saved:
    """The file changed on disk since it was read: show what changed there, in plan terms, and
    merge (the default), reload (the coach's version stays a draft), overwrite, or cancel."""
    try:
        changes = session.changes_on_disk(template)
    except PlanFileError as error:
        changes = f"It no longer reads as a plan: {error.problems[0]}"
    answer = await app.push_screen_wait(
        ChoiceDialog(
            "The file changed on disk",
            f"{session.path} was changed by someone or something else since you opened "
            f"it. What changed there:\n\n{changes}\n"
            "Merge takes in their changes and keeps yours (answers you both changed keep "
            "yours and are listed). Reload shows theirs and keeps yours as a draft. Overwrite "
            "replaces their changes with your plan.",
            [("merge", "Merge"), ("cancel", "Cancel"), ("reload", "Reload"), ("overwrite", "Overwrite")],
        )
    )
    if answer == "merge":
        return await _merge_with_disk(app, session, template, save_key)
    if answer == "reload":
        return await reload(app, session)
    if answer == "overwrite":
        try:
            return Saved(saved=True, created=session.save(overwrite=True))
        except (PlanFileError, OSError) as error:
            reason = (
                error.problems[0]
                if isinstance(error, PlanFileError)
                else why_not_written(session.path, error)
            )
            app.notify(f"Not saved: {reason}", severity="error", timeout=10)
    return Saved()


async def _merge_with_disk(app: App, session: PlanSession, template: Template, save_key: str) -> Saved:
    try:
        merged = session.merge_with_disk(template)
    except PlanFileError as error:
        await app.push_screen_wait(ReloadProblems(str(session.path), error.problems))
        return Saved(keep_draft=True)
    if merged.conflicts:
        await app.push_screen_wait(
            TextDialog(
                "Merged: answers you both changed (yours kept)",
                "Both you and the file changed these answers; the plan keeps yours. Check "
                "them, then save:\n\n" + "\n".join(f"• {c}" for c in merged.conflicts),
            )
        )
    else:
        app.notify(f"Merged with the file on disk: save with {save_key} to keep it.")
    return Saved(replaced=True, keep_draft=True)


async def reload(app: App, session: PlanSession) -> Saved:
    """Read the file again; the coach's version stays on disk as a draft, offered when the plan is
    next opened. A file that no longer reads shows its problems instead."""
    try:
        session.reload()
    except PlanFileError as error:
        await app.push_screen_wait(ReloadProblems(str(session.path), error.problems))
        return Saved(keep_draft=True)
    except OSError as error:
        app.notify(f"Not reloaded: {error}", severity="error", timeout=10)
        return Saved()
    app.notify(
        "Reloaded. Your version is kept as a draft: the planner offers it when you open "
        "the plan again, until you discard it.",
        timeout=10,
    )
    return Saved(replaced=True, reloaded=True)

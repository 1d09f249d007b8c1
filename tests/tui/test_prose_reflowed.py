"""Prose wrapped by hand in the file reads as paragraphs in the editor, and is saved one sentence a line."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from planner.plan_file import load_plan
from tests.tui.harness import go_to_step, planner_app, until

HAND_WRAPPED = """district_vision = '''
Every Lakeshore student reasons about
mathematics, explains that reasoning and builds on the ideas
of classmates. The district asks schools to strengthen
core instruction first.

- exit slips
  every week
- work sorts'''"""

SHOWN = (
    "Every Lakeshore student reasons about mathematics, explains that reasoning and builds on the "
    "ideas of classmates. The district asks schools to strengthen core instruction first.\n\n"
    "- exit slips every week\n- work sorts"
)


async def test_hand_wrapped_prose_opens_reflowed_and_saves_a_sentence_a_line(example_copy: Path) -> None:
    text = example_copy.read_text(encoding="utf-8")
    start = text.index("district_vision = '''")
    end = text.index("'''", start + len("district_vision = '''")) + 3
    example_copy.write_text(text[:start] + HAND_WRAPPED + text[end:], encoding="utf-8")
    async with planner_app(example_copy) as (app, pilot):
        await go_to_step(pilot, "vision")
        answer = next(q for q in app.screen.query(".question") if q.field == "vision.district_vision")
        editor = answer.query_one(TextArea)
        await until(pilot, lambda: editor.text)
        assert editor.text == SHOWN
        editor.focus()
        editor.move_cursor(editor.document.end)
        await pilot.press("!", "ctrl+s")
        await until(pilot, lambda: "!" in load_plan(example_copy).plan.vision.district_vision)
    saved = example_copy.read_text(encoding="utf-8")
    assert (
        "district_vision = '''\n"
        "Every Lakeshore student reasons about mathematics, explains that reasoning and builds on the "
        "ideas of classmates.\n"
        "The district asks schools to strengthen core instruction first.\n\n"
    ) in saved
    assert "- exit slips every week\n- work sorts!'''" in saved

"""Each kind of input posts its answer typed as the model holds it, and refuses what it cannot read."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, OptionList, Select, SelectionList, Static, TextArea

from planner.model import CycleKind, Interest, Move, Plan
from planner.tui.widgets.inputs import input_for
from planner.tui.widgets.inputs.list_editor import ItemList
from tests.tui_widgets.host import Host


def _error(app: Host) -> str:
    """The error line under the input, or "" when it is hidden."""
    line = app.query_one(".question-error", Static)
    return str(line.render()) if line.display and line.parent.has_class("-invalid") else ""


async def _type(pilot, widget, text: str) -> None:
    widget.focus()
    await pilot.pause()
    await pilot.press(*["space" if c == " " else c for c in text])
    await pilot.pause()


async def test_text_posts_what_is_typed(question, plan: Plan) -> None:
    app = Host(lambda: input_for(question("about.coach"), "", plan=plan))
    async with app.run_test() as pilot:
        await _type(pilot, app.query_one(Input), "Mia")
        assert app.answers[-1] == ("about.coach", "Mia")
        assert app.query_one(".question-label").render().plain == "Coach"


async def test_the_school_year_must_have_its_shape(question, plan: Plan) -> None:
    app = Host(lambda: input_for(question("school_year"), "", plan=plan))
    async with app.run_test() as pilot:
        await _type(pilot, app.query_one(Input), "2026")
        assert app.answers == []
        assert "2025-26" in _error(app)
        await pilot.press(*"-27")
        await pilot.pause()
        assert app.answers == [("school_year", "2026-27")]
        assert _error(app) == ""


async def test_prose_posts_every_line(question, plan: Plan) -> None:
    app = Host(
        lambda: input_for(question("vision.district_vision"), "", plan=plan, field="vision.district_vision")
    )
    async with app.run_test() as pilot:
        await _type(pilot, app.query_one(TextArea), "One")
        await pilot.press("enter", "T", "w", "o")
        await pilot.pause()
        assert app.last == "One\nTwo"
        assert all(field == "vision.district_vision" for field, _ in app.answers)


async def test_a_whole_number_in_range(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "weeks"), 6, plan=plan, field="weeks"))
    async with app.run_test() as pilot:
        entry = app.query_one(Input)
        assert entry.value == "6"
        entry.value = ""
        await _type(pilot, entry, "5")
        assert app.answers == [("weeks", None), ("weeks", 5)]
        assert isinstance(app.last, int)
        await pilot.press(".", "5")
        await pilot.pause()
        assert _error(app) == "✗ Enter a whole number from 1 to 40"
        entry.value = "41"
        await pilot.pause()
        assert _error(app) == "✗ Enter a whole number from 1 to 40"
        assert app.answers == [("weeks", None), ("weeks", 5)]


async def test_a_decimal_and_a_percent(question, form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(question("about.hours_per_week"), None, plan=plan))
    async with app.run_test() as pilot:
        await _type(pilot, app.query_one(Input), "12.5")
        assert app.last == 12.5
        await pilot.press("home", "9")
        await pilot.pause()
        assert _error(app) == "✗ Enter a number from 0 to 80"
        assert app.last == 12.5
    app = Host(
        lambda: input_for(form_field("cycles", "target_percent"), None, plan=plan, field="target_percent")
    )
    async with app.run_test() as pilot:
        await _type(pilot, app.query_one(Input), "38%")
        assert app.answers[-1] == ("target_percent", 38)
        await pilot.press("backspace", "backspace", "backspace", "x")
        await pilot.pause()
        assert app.answers[-1] == ("target_percent", None)
        assert _error(app) == "✗ Enter a whole number from 0 to 100"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sept 15", date(2025, 9, 15)),
        ("3/2", date(2026, 3, 2)),
        ("9/15/2025", date(2025, 9, 15)),
        ("15 Sept 2025", date(2025, 9, 15)),
        ("2026-01-23", date(2026, 1, 23)),
    ],
)
async def test_dates_friendly_forms_read_in_the_school_year(
    form_field, plan: Plan, typed: str, expected: date
) -> None:
    app = Host(lambda: input_for(form_field("cycles", "start"), None, plan=plan, field="start"))
    async with app.run_test() as pilot:
        entry = app.query_one(Input)
        await _type(pilot, entry, typed)
        assert app.last == expected
        await pilot.press("enter")
        await pilot.pause()
        assert entry.value == expected.isoformat()
        assert app.last == expected


async def test_a_date_is_shown_back_in_words_then_normalised_on_leaving(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "start"), None, plan=plan, field="start"))
    async with app.run_test() as pilot:
        entry = app.query_one(Input)
        await _type(pilot, entry, "Oct 6")
        assert app.query_one(".date-reading", Static).render().plain == "= Monday 6 October 2025"
        entry.blur()
        await pilot.pause()
        assert entry.value == "2025-10-06"
        assert not app.query_one(".date-reading").display


@pytest.mark.parametrize("typed", ["someday", "Sept 31", "13/45/2025", "Sept"])
async def test_what_is_not_a_date_is_named_and_never_posted(form_field, plan: Plan, typed: str) -> None:
    app = Host(lambda: input_for(form_field("cycles", "start"), None, plan=plan, field="start"))
    async with app.run_test() as pilot:
        entry = app.query_one(Input)
        entry.focus()
        entry.value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert app.answers == []
        assert _error(app) == "✗ Not a date: try 2025-09-15 or Sept 15"
        assert app.query_one(Input).value == typed


async def test_clearing_a_date_posts_none(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "start"), date(2025, 10, 6), plan=plan, field="start"))
    async with app.run_test() as pilot:
        entry = app.query_one(Input)
        entry.focus()
        entry.value = ""
        await pilot.pause()
        assert app.answers == [("start", None)]


async def test_a_choice_posts_the_member_and_blank_posts_none(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("teachers", "interest"), None, plan=plan, field="interest"))
    async with app.run_test() as pilot:
        select = app.query_one(Select)
        select.focus()
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        assert app.answers == [("interest", Interest.ASKED)]
        assert "Asked for coaching" in str(select.query_one("SelectCurrent Static").render())
        await pilot.press("enter", "up", "enter")
        await pilot.pause()
        assert app.answers[-1] == ("interest", None)


async def test_a_choice_shows_the_current_label(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "kind"), CycleKind.MINI, plan=plan, field="kind"))
    async with app.run_test():
        assert app.query_one(Select).value is CycleKind.MINI
        assert app.answers == []


async def test_several_choices_keep_the_vocabulary_order(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "moves"), [], plan=plan, field="moves"))
    async with app.run_test() as pilot:
        app.query_one(SelectionList).focus()
        await pilot.press("down", "space", "up", "space")
        await pilot.pause()
        assert app.answers == [("moves", [Move.CO_TEACHING]), ("moves", [Move.CO_PLANNING, Move.CO_TEACHING])]
        await pilot.press("down", "space")
        await pilot.pause()
        assert app.last == [Move.CO_PLANNING]


async def test_ticked_options_read_as_x_without_colour(form_field, plan: Plan) -> None:
    app = Host(
        lambda: input_for(form_field("cycles", "moves"), [Move.MODEL_LESSON], plan=plan, field="moves")
    )
    async with app.run_test():
        lines = [app.query_one(SelectionList).render_line(y).text for y in range(3)]
        assert lines[0].startswith("▐ ▌ Co-planning")
        assert lines[2].startswith("▐X▌ Model lesson")


async def test_roster_pick_names_teachers_and_posts_ids_in_roster_order(form_field, plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "teachers"), ["t-gone"], plan=plan, field="teachers"))
    async with app.run_test() as pilot:
        picks = app.query_one(SelectionList)
        prompts = [str(picks.get_option_at_index(i).prompt) for i in range(picks.option_count)]
        assert prompts == ["Ana Ortiz (grade 4)", "Sam Kim (grade 2)", "t-gone (not on the roster)"]
        picks.focus()
        await pilot.press("down", "space", "up", "space", "end", "space")
        await pilot.pause()
        assert app.answers == [
            ("teachers", ["t-kim", "t-gone"]),
            ("teachers", ["t-ortiz", "t-kim", "t-gone"]),
            ("teachers", ["t-ortiz", "t-kim"]),
        ]


async def test_roster_pick_on_an_empty_roster_says_so(form_field) -> None:
    app = Host(lambda: input_for(form_field("cycles", "teachers"), [], plan=Plan(), field="teachers"))
    async with app.run_test():
        assert "roster is empty" in app.query_one(".roster-empty", Static).render().plain


async def test_a_list_adds_edits_moves_and_removes_items(question, plan: Plan) -> None:
    app = Host(lambda: input_for(question("about.schools"), [], plan=plan))
    async with app.run_test(size=(80, 30)) as pilot:
        entry = app.query_one(Input)
        await _type(pilot, entry, "Cedar")
        assert app.last == ["Cedar"]
        await pilot.press("enter", *"Oak", "enter", *"Pine", "enter")
        await pilot.pause()
        assert app.last == ["Cedar", "Oak", "Pine"]
        assert entry.value == ""
        items = app.query_one(ItemList)
        items.focus()
        await pilot.press("end", "shift+up")
        await pilot.pause()
        assert app.last == ["Cedar", "Pine", "Oak"]
        await pilot.press("home", "e")
        await pilot.pause()
        assert app.focused is entry
        assert entry.value == "Cedar"
        await pilot.press("space", *"Hollow", "enter")
        await pilot.pause()
        assert app.last == ["Cedar Hollow", "Pine", "Oak"]
        items.focus()
        await pilot.press("end", "d")
        await pilot.pause()
        assert app.last == ["Cedar Hollow", "Pine"]
        await pilot.press("home", "alt+down")
        await pilot.pause()
        assert app.last == ["Pine", "Cedar Hollow"]
        assert [str(items.get_option_at_index(i).prompt) for i in range(2)] == ["1. Pine", "2. Cedar Hollow"]
        assert all(field == "about.schools" for field, _ in app.answers)


async def test_a_list_keeps_what_is_typed_without_enter(question, plan: Plan) -> None:
    app = Host(lambda: input_for(question("about.schools"), ["Cedar"], plan=plan))
    async with app.run_test() as pilot:
        await _type(pilot, app.query_one(Input), "Oak")
        assert app.last == ["Cedar", "Oak"]
        app.query_one(ItemList).focus()
        await pilot.pause()
        assert app.query_one(OptionList).option_count == 2
        assert app.query_one(Input).value == ""


async def test_a_date_list_reads_dates_and_refuses_others(question, plan: Plan) -> None:
    app = Host(lambda: input_for(question("accountability.reflection_dates"), [], plan=plan))
    async with app.run_test() as pilot:
        entry = app.query_one(Input)
        await _type(pilot, entry, "Jan 23")
        await pilot.press("enter")
        await pilot.pause()
        assert app.last == [date(2026, 1, 23)]
        posted = len(app.answers)
        await pilot.press(*"soon", "enter")
        await pilot.pause()
        assert _error(app) == "✗ Not a date: try 2025-09-15 or Sept 15"
        assert len(app.answers) == posted
        assert entry.value == "soon"


async def test_the_mouse_removes_and_moves_list_items_with_the_buttons(question, plan: Plan) -> None:
    app = Host(lambda: input_for(question("about.schools"), ["Cedar", "Oak", "Pine"], plan=plan))
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(ItemList).highlighted = 2
        await pilot.click("#list-up")
        await pilot.pause()
        assert app.last == ["Cedar", "Pine", "Oak"]
        await pilot.click("#list-remove")
        await pilot.pause()
        assert app.last == ["Cedar", "Oak"]

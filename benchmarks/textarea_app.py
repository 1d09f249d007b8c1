"""The baseline for typing: a bare Textual app holding one soft-wrapping TextArea the size of a
prose answer (five lines, the width of the screen), the keyboard in it at the end of its text."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static, TextArea

TEXT = "Prompt of the answer, a paragraph already written by the coach."


class TextAreaApp(App[None]):
    TITLE = "Typing"
    CSS = "TextArea { height: 5; }"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Ready to type")
        yield TextArea(TEXT, soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)


if __name__ == "__main__":
    TextAreaApp().run()

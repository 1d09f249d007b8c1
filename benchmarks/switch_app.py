"""The baseline for a step change: a bare Textual app that switches between eleven views (a title,
a prompt and an input each) with ctrl+n and ctrl+o, the keyboard following into the input."""

from textual.app import App, ComposeResult
from textual.containers import Container, VerticalScroll
from textual.widgets import Footer, Header, Input, Label, Static

VIEWS = 11


class SwitchApp(App[None]):
    TITLE = "Switch"
    BINDINGS = [("ctrl+n", "move(1)", "Next"), ("ctrl+o", "move(-1)", "Back")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Container():
            for number in range(VIEWS):
                with VerticalScroll(id=f"view-{number}"):
                    yield Label(f"{number + 1}. View")
                    yield Static(f"Prompt of view {number + 1}, a question to answer")
                    yield Input(value=f"Answer {number + 1}")
        yield Footer()

    def on_mount(self) -> None:
        self.current = 0
        for number, view in enumerate(self.query(VerticalScroll)):
            view.display = number == 0

    def action_move(self, by: int) -> None:
        self.query_one(f"#view-{self.current}").display = False
        self.current = (self.current + by) % VIEWS
        view = self.query_one(f"#view-{self.current}")
        view.display = True
        self.set_focus(view.query_one(Input), scroll_visible=False)


if __name__ == "__main__":
    SwitchApp().run()

"""The baseline for start-up: a minimal Textual app with a header, an input and a footer."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Input


class MinimalApp(App[None]):
    TITLE = "Minimal"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Type here")
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()

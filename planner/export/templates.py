"""The jinja2 templates of the Markdown and HTML summaries, which a district may replace.

Templates are looked up first in the district's folder (when one is given), then among the
built-in ones in planner/templates/export/. A district copies `summary.html.j2`,
`summary.md.j2` or `summary.css` into its folder and edits the copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.export.formatting import day, hours, percents, plural, span

if TYPE_CHECKING:
    import jinja2

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "export"
HTML_TEMPLATE = "summary.html.j2"
MARKDOWN_TEMPLATE = "summary.md.j2"

_FILTERS: dict[str, Callable[..., str]] = {
    "day": day,
    "span": span,
    "percents": percents,
    "hours": hours,
    "plural": plural,
}


def _blank_for_none(value: Any) -> Any:
    return "" if value is None else value


class ExportTemplateError(Exception):
    """A district's export template could not be used; the message names the file and line."""


def environment(
    templates_dir: Path | None,
    *,
    autoescape: bool,
    filters: dict[str, Callable[..., Any]] | None = None,
) -> jinja2.Environment:
    """A jinja2 environment over the district's templates (if any) and the built-in ones.

    Undefined names raise an error instead of printing nothing, so a typo in a district's
    template is reported rather than silently dropping a section; None prints as nothing.
    """
    # jinja2 costs about 70 ms to import: only the commands that render Markdown or HTML pay it.
    import jinja2

    folders = [templates_dir, BUILTIN_TEMPLATES] if templates_dir else [BUILTIN_TEMPLATES]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        finalize=_blank_for_none,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(_FILTERS)
    env.filters.update(filters or {})
    return env


def render(env: jinja2.Environment, name: str, **context: Any) -> str:
    """The template `name` rendered with `context`; ExportTemplateError naming file and line."""
    import jinja2

    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as error:
        raise ExportTemplateError(f"{error.filename or name}:{error.lineno}: {error.message}") from error
    except jinja2.TemplateNotFound as error:
        raise ExportTemplateError(f"export template not found: {error.name}") from error
    except jinja2.TemplateError as error:
        raise ExportTemplateError(f"{name}: {error.message or error}") from error

"""Flows: what a screen starts that asks the coach something along the way (save with its
conflict questions, reload, recover drafts, quit, export, last year, open a plan another planner
holds, leave a plan's merge conflicts unsettled).

Each flow is an async function run in a worker, so it may wait on dialogs (`app.push_screen_wait`).
It takes what it needs (the app, the session, the template), never the screen, and returns an
outcome (saved or not, a step to go to, whether to quit or leave); the screen acts on it. A flow tells
the coach of a problem on its way with `app.notify`. The export and last-year modules are imported
when first used, so what they load (compare, jinja2, fpdf2) costs nothing at start-up.
"""

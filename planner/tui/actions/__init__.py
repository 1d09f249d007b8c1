"""Flows the plan screen starts that reach beyond the plan being edited: last year's plan, the
summary for administrators.

Each flow is an async function taking the PlanScreen, run as a worker by one of its actions
(`self.run_worker(flow(self))`), so it may wait on dialogs with `app.push_screen_wait`. A flow
reads `screen.session` and `screen.template`, moves with `screen.go_to(step_id)` and reports with
`screen.notify`; it never writes the plan file. The modules are imported when their action first
runs, so what they load (compare, jinja2, fpdf2) costs nothing at start-up.
"""

"""The Textual front end: the app, its screens and the widgets that edit a plan."""

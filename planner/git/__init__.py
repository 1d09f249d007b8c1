"""Git integration: planner's diff and merge drivers, their setup, and merging plans record by record."""

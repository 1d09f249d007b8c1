"""The command line: `planner [PLAN]` opens the TUI; each subcommand is a thin call into the services."""

"""planner: plan a math coach's school year of coaching cycles, in the terminal."""

__version__ = "0.1.0"

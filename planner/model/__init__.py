"""The coaching plan as data: sections, records, vocabularies and field paths (no I/O, no UI)."""

from planner.model.choices import (
    Choice,
    CycleKind,
    FocusArea,
    GoalMet,
    Interest,
    Move,
    Priority,
    SupportTier,
)
from planner.model.fields import (
    FieldInfo,
    field_info,
    fields_of,
    get_value,
    new_record_id,
    set_value,
)
from planner.model.plan import (
    About,
    Accountability,
    Blackout,
    Cycle,
    CycleResult,
    Focus,
    LearningForAll,
    LearningForSome,
    Plan,
    Schedule,
    Selection,
    Teacher,
    Vision,
    Window,
    YearInReview,
)

__all__ = [
    "About", "Accountability", "Blackout", "Choice", "Cycle", "CycleKind", "CycleResult",
    "FieldInfo", "Focus", "FocusArea", "GoalMet", "Interest", "LearningForAll",
    "LearningForSome", "Move", "Plan", "Priority", "Schedule", "Selection", "SupportTier",
    "Teacher", "Vision", "Window", "YearInReview", "field_info", "fields_of", "get_value",
    "new_record_id", "set_value",
]

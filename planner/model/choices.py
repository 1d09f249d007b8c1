"""The fixed vocabularies of a coaching plan (cycle kinds, focus areas, moves...) and their labels."""

from __future__ import annotations

from enum import StrEnum


class Choice(StrEnum):
    """A value from a fixed vocabulary, stored in the plan file as its kebab-case value."""

    @property
    def label(self) -> str:
        """The words a coach reads for this value."""
        return _LABELS.get(self, self.value.replace("-", " ").capitalize())


class CycleKind(Choice):
    FULL = "full-cycle"
    MINI = "mini-cycle"
    UNIT_PLANNING = "co-planning-unit"
    LESSON_PLANNING = "co-planning-lessons"


class FocusArea(Choice):
    USING_DATA = "using-data"
    TIER_1 = "tier-1-pedagogy"
    CONTENT = "content-knowledge"
    OTHER = "other"


class Move(Choice):
    CO_PLANNING = "co-planning"
    CO_TEACHING = "co-teaching"
    MODEL_LESSON = "model-lesson"
    LESSON_STUDY = "lesson-study"
    DATA_DISCUSSION = "data-discussion"
    WORK_SORT = "work-sort"


class CheckpointStage(Choice):
    """Where a work sort falls in a cycle: at its start, along the way, or at its end."""

    START = "start"
    DURING = "during"
    END = "end"


class SortedWork(Choice):
    """What student work a checkpoint sorted."""

    EXIT_SLIP = "exit-slip"
    TASK = "task"
    WORK_SAMPLE = "work-sample"
    INTERVIEW = "interview"


class Interest(Choice):
    ASKED = "asked"
    OPEN = "open"
    NOT_YET = "not-yet"


class Priority(Choice):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class SupportTier(Choice):
    MONTHLY = "monthly"
    EVERY_OTHER_WEEK = "every-other-week"
    WEEKLY = "weekly"


class GoalMet(Choice):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not-met"


_LABELS: dict[Choice, str] = {
    CycleKind.FULL: "Full coaching cycle",
    CycleKind.MINI: "Mini cycle",
    CycleKind.UNIT_PLANNING: "Co-planning a unit",
    CycleKind.LESSON_PLANNING: "Co-planning lessons",
    FocusArea.USING_DATA: "Using student data",
    FocusArea.TIER_1: "Tier 1 pedagogy",
    FocusArea.CONTENT: "Content knowledge",
    FocusArea.OTHER: "Other",
    Move.CO_PLANNING: "Co-planning",
    Move.CO_TEACHING: "Co-teaching",
    Move.MODEL_LESSON: "Model lesson",
    Move.LESSON_STUDY: "Lesson study",
    Move.DATA_DISCUSSION: "Data discussion",
    Move.WORK_SORT: "Work sort",
    CheckpointStage.START: "Start",
    CheckpointStage.DURING: "Along the way",
    CheckpointStage.END: "End",
    SortedWork.EXIT_SLIP: "Exit slip",
    SortedWork.TASK: "Task",
    SortedWork.WORK_SAMPLE: "Work sample",
    SortedWork.INTERVIEW: "Interview",
    Interest.ASKED: "Asked for coaching",
    Interest.OPEN: "Open to it",
    Interest.NOT_YET: "Not yet",
    SupportTier.MONTHLY: "Monthly touch-point",
    SupportTier.EVERY_OTHER_WEEK: "Every other week",
    SupportTier.WEEKLY: "Weekly",
    GoalMet.MET: "Goal met",
    GoalMet.PARTLY: "Partly met",
    GoalMet.NOT_MET: "Not met",
}

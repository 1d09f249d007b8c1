"""Plans for the export tests: a small plan with every section answered, and the bundled examples."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.model import (
    About,
    Accountability,
    Blackout,
    Checkpoint,
    CheckpointStage,
    Cycle,
    CycleKind,
    CycleResult,
    Focus,
    FocusArea,
    GoalMet,
    LearningForAll,
    LearningForSome,
    Move,
    Plan,
    Schedule,
    Selection,
    SupportTier,
    Teacher,
    Vision,
    Window,
    YearInReview,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"
# Names and notes that must never reach a summary unless names are asked for (notes: never).
TEACHER_NAMES = ("Marisol Quintero", "Dmitri Okafor", "Priya Lindqvist")
SECRET_NOTE = "prefers mornings; on leave in May"


def small_plan() -> Plan:
    """A plan with every section answered: three teachers, three cycles, windows and blackouts."""
    return Plan(
        school_year="2025-26",
        last_year="2024-25.toml",
        about=About(
            coach="Jordan Ellis",
            role="K-8 math coach",
            schools=["Lincoln Elementary", "Roosevelt Middle"],
            district="Riverside Unified",
            hours_per_week=15,
        ),
        vision=Vision(
            district_vision="Every student reasons about math and explains their thinking.",
            connection_to_goals="Cycles start from the school goal on fraction reasoning.",
        ),
        focus=Focus(
            this_year="Reading student work to plan the next lesson.",
            year_two="Students explaining their reasoning in every lesson.",
            beyond="Coherent fraction teaching from grade 3 to 6.",
        ),
        learning_for_all=[
            LearningForAll(
                id="a-1",
                topic="Reading student work with a work sort",
                format="Early-release PD",
                timing="October",
                follow_up="A data discussion in each grade-level PLC.",
            )
        ],
        learning_for_some=[
            LearningForSome(
                id="s-1",
                group=f"New teachers ({TEACHER_NAMES[2]})",
                need="First year with the new curriculum.",
                topic="Launching a task",
                format="Lab classroom",
                timing="September",
            )
        ],
        selection=Selection(criteria="Volunteers first, then grades whose exit slips spread widest."),
        windows=[
            Window(id="w-1", name="Fall", start=date(2025, 9, 8), end=date(2025, 12, 19)),
            Window(id="w-2", name="Winter", start=date(2026, 1, 12), end=date(2026, 3, 27)),
        ],
        teachers=[
            Teacher(
                id="t-1",
                name=TEACHER_NAMES[0],
                grade="3",
                support=SupportTier.WEEKLY,
                notes=SECRET_NOTE,
            ),
            Teacher(id="t-2", name=TEACHER_NAMES[1], grade="7", support=SupportTier.MONTHLY),
            Teacher(id="t-3", name=TEACHER_NAMES[2], grade="K", support=SupportTier.WEEKLY),
        ],
        cycles=[
            Cycle(
                id="c-1",
                title="Comparing fractions",
                kind=CycleKind.FULL,
                teachers=["t-1"],
                goal="Students will compare fractions using benchmarks.",
                focus_area=FocusArea.USING_DATA,
                moves=[Move.CO_PLANNING, Move.WORK_SORT],
                target_percent=75,
                start=date(2025, 9, 15),
                weeks=6,
                checkpoints=[
                    Checkpoint(id="start", stage=CheckpointStage.START, share=38),
                    Checkpoint(id="end", stage=CheckpointStage.END, share=70),
                ],
                result=CycleResult(goal_met=GoalMet.PARTLY, teacher_took_on="work sorts"),
            ),
            Cycle(
                id="c-2",
                title="Proportional reasoning",
                kind=CycleKind.MINI,
                teachers=["t-2"],
                goal="Students will solve ratio problems with tables.",
                focus_area=FocusArea.TIER_1,
                moves=[Move.MODEL_LESSON],
                target_percent=70,
                start=date(2025, 10, 20),
                weeks=3,
                checkpoints=[Checkpoint(id="start", stage=CheckpointStage.START, share=40)],
            ),
            Cycle(
                id="c-3",
                title="Counting collections",
                kind=CycleKind.LESSON_PLANNING,
                teachers=["t-1", "t-3"],
                goal="Students will count a collection by groups.",
                focus_area=FocusArea.CONTENT,
                moves=[Move.CO_PLANNING, Move.CO_TEACHING],
                start=date(2026, 1, 12),
                weeks=4,
            ),
        ],
        schedule=Schedule(
            protected_time="Tuesday and Thursday mornings are for cycles only.",
            meeting_cadence="A 40-minute planning meeting each week per cycle.",
            max_concurrent_cycles=2,
            cycle_time_percent=60,
            integrity="Coaching is non-evaluative; the coach is not pulled to cover classes.",
            cancellations="A cancelled session is moved within the same week.",
        ),
        blackouts=[
            Blackout(id="b-1", name="State testing", start=date(2026, 4, 13), end=date(2026, 4, 24)),
            Blackout(id="b-2", name="Thanksgiving", start=date(2025, 11, 24), end=date(2025, 11, 28)),
        ],
        accountability=Accountability(
            student_evidence="Share of students meeting each cycle's goal, from exit slips.",
            teacher_practice="Moves teachers keep using after a cycle.",
            reflection="With the principal, after each window.",
            reflection_dates=[date(2026, 1, 9), date(2026, 6, 5)],
            support_needed="Protected time, and a coaching network meeting monthly.",
        ),
        year_in_review=YearInReview(carry_forward=["Start cycles earlier in the fall."]),
    )


HOSTILE = '<script>alert("x")</script> </textarea> | a | b | **bold** [link](http://x.example)'


def hostile_plan() -> Plan:
    """The small plan with markup in its answers, a cycle title, a window name and a teacher's name."""
    plan = small_plan()
    plan.vision.district_vision = HOSTILE
    plan.cycles[0].goal = HOSTILE
    plan.cycles[0].title = "Fractions <b>|</b>"
    plan.windows[0].name = "</textarea>"
    plan.teachers[0].name = "<script>Ms. X</script>"
    plan.focus.beyond = "# Not a heading\n\n---\nA line under a rule"
    plan.custom["equity"] = "<img src=x onerror=alert(1)>"
    return plan

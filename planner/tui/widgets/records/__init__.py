"""Record tables and forms: the teacher roster, coaching cycles, learning items, windows and
dates to avoid, each shown in a RecordsEditor and edited one record at a time in a RecordForm."""

from planner.tui.widgets.records.record_form import RecordForm
from planner.tui.widgets.records.records_editor import RecordsEditor

__all__ = ["RecordForm", "RecordsEditor"]

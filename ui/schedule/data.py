"""What the week view shows, gathered on the worker from the core services in one call.

Conflicts are the core's own (``scheduling.clashes_of``: each session against the others), so the
red outlines and their tooltips say exactly what the core would say when saving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from mediation_desk.services import calendar_admin, committees, scheduling
from mediation_desk.services.scheduling import Conflict, SessionInfo
from mediation_desk.store import Store


@dataclass(frozen=True)
class ViewMode:
    """By room (one sub-column per room each day) or one person's week."""

    kind: str = "room"  # room / mediator / liaison
    person_id: int | None = None


@dataclass(frozen=True)
class DayInfo:
    day: date
    workday: bool
    label: str  # 国庆节 / 调休上班 / "" for an ordinary day


@dataclass(frozen=True)
class WeekData:
    monday: date
    mode: ViewMode
    days: list[DayInfo]
    rooms: list[tuple[int, str]]
    sessions: list[SessionInfo]
    conflicts: dict[int, list[Conflict]] = field(default_factory=dict)  # blocking clashes per session
    uncovered_years: list[int] = field(default_factory=list)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def load_week(store: Store, committee_id: int, monday: date, mode: ViewMode) -> WeekData:
    cal = calendar_admin.get_calendar(store)
    days = []
    for i in range(7):
        d = monday + timedelta(days=i)
        label = cal.holiday_name(d) or ("调休上班" if cal.is_makeup_workday(d) else "")
        days.append(DayInfo(d, cal.is_workday(d), label))
    years = sorted({d.day.year for d in days})
    uncovered = [y for y in years if not cal.is_covered(y)]
    start, end, _tz = scheduling.local_week(store, committee_id, monday)
    sessions = scheduling.sessions_between(
        store, committee_id, start, end,
        mediator_id=mode.person_id if mode.kind == "mediator" else None,
        liaison_id=mode.person_id if mode.kind == "liaison" else None)
    conflicts = scheduling.clashes_of(store, committee_id, sessions)
    return WeekData(monday, mode, days, committees.rooms(store, committee_id), sessions, conflicts, uncovered)

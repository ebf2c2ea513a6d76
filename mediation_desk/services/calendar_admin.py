"""节假日设置: the working-day calendar as stored, and entering a year's official holiday notice.

The ``chinese_calendar`` package knows the years published when it was released; for a later year
an administrator types in the State Council's notice (holiday ranges and make-up workdays). The
notice replaces that year's entries as a whole, so a corrected notice never leaves stale days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Holiday
from mediation_desk.domain.text import clean
from mediation_desk.domain.workdays import Calendar, CoverageWarning, DayOff
from mediation_desk.errors import FieldProblem, PermissionDeniedError, ValidationError, problem
from mediation_desk.store import Actor, Store

messages.register("calendar.outside_year", "{label}“{value}”不在 {year} 年内。",
                  "{label} “{value}” is not in {year}.")
messages.register("calendar.range_order", "放假“{name}”的结束日期早于开始日期，请检查。",
                  "Holiday “{name}” ends before it starts.")
messages.register("calendar.makeup_not_weekend", "调休上班日“{value}”不是周末，无需录入。",
                  "Make-up workday “{value}” is not a weekend day.")
messages.register("calendar.both", "“{value}”同时被录为放假和上班，请更正。",
                  "“{value}” is entered both as a holiday and as a workday.")
messages.register("calendar.empty", "请至少录入一段放假安排。", "Enter at least one holiday.")


@dataclass(frozen=True)
class HolidayRange:
    """One line of the notice: e.g. 国庆节、中秋节 10月1日至8日放假."""

    name: str
    first: date
    last: date


@dataclass(frozen=True)
class YearNotice:
    year: int
    holidays: list[DayOff]
    makeup_workdays: list[DayOff]


def load_calendar(s: Session) -> Calendar:
    """The calendar used by every deadline: package data plus the administrator's notices."""
    rows = s.execute(select(Holiday.day, Holiday.is_workday, Holiday.name).order_by(Holiday.day)).all()
    return _calendar(tuple(DayOff(d, bool(w), n) for d, w, n in rows))


@lru_cache(maxsize=8)
def _calendar(entered: tuple[DayOff, ...]) -> Calendar:
    # Calendars are immutable, so one per distinct set of entered days is shared by every caller.
    return Calendar.from_package(entered)


def get_calendar(store: Store) -> Calendar:
    with store.read() as s:
        return load_calendar(s)


def coverage(store: Store, years: Iterable[int]) -> list[CoverageWarning]:
    """Warnings for the given years the calendar cannot count correctly yet."""
    cal = get_calendar(store)
    return [CoverageWarning(y) for y in sorted(set(years)) if not cal.is_covered(y)]


def _check(year: int, holidays: list[HolidayRange], makeup: list[tuple[date, str]]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not holidays:
        problems.append(problem("holidays", "calendar.empty"))
    off: set[date] = set()
    for i, h in enumerate(holidays):
        if h.last < h.first:
            problems.append(problem(f"holidays[{i}]", "calendar.range_order", name=h.name))
        # Each year's notice lists only that year's days (days at the turn of the year belong to the
        # notice of the year they fall in), so a notice replaces exactly one year.
        if h.last.year != year or h.first.year != year:
            problems.append(problem(f"holidays[{i}]", "calendar.outside_year", label="放假日期",
                                    value=h.first.isoformat(), year=year))
        if not clean(h.name):
            problems.append(problem(f"holidays[{i}].name", "field.required", label="节日名称"))
        d = h.first
        while d <= h.last and (d - h.first).days < 40:
            off.add(d)
            d += timedelta(days=1)
    for i, (d, _) in enumerate(makeup):
        if d.year != year:
            problems.append(problem(f"makeup[{i}]", "calendar.outside_year", label="调休上班日",
                                    value=d.isoformat(), year=year))
        elif d.weekday() < 5:
            problems.append(problem(f"makeup[{i}]", "calendar.makeup_not_weekend", value=d.isoformat()))
        if d in off:
            problems.append(problem(f"makeup[{i}]", "calendar.both", value=d.isoformat()))
    return problems


def enter_year_notice(store: Store, actor: Actor, year: int, holidays: list[HolidayRange],
                      makeup_workdays: list[tuple[date, str]]) -> YearNotice:
    """Store a year's official notice, replacing whatever was entered for that year before."""
    if actor.role != "admin":
        raise PermissionDeniedError(user=actor.username, action="录入节假日安排")
    problems = _check(year, holidays, makeup_workdays)
    if problems:
        raise ValidationError(problems)
    days: dict[date, DayOff] = {}
    for h in holidays:
        d = h.first
        while d <= h.last:
            days[d] = DayOff(d, False, clean(h.name))
            d += timedelta(days=1)
    for d, name in makeup_workdays:
        days[d] = DayOff(d, True, clean(name))
    in_year = (Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
    with store.write(actor) as uow:
        s = uow.session
        before = [(d.isoformat(), w) for d, w in s.execute(select(Holiday.day, Holiday.is_workday).where(*in_year))]
        s.execute(delete(Holiday).where(*in_year))
        for e in sorted(days.values(), key=lambda e: e.day):
            s.add(Holiday(day=e.day, is_workday=e.is_workday, name=e.name))
        s.flush()
        uow.audit("holiday_notice", "holiday", year, before={"days": before},
                  after={"days": [(d.isoformat(), e.is_workday, e.name) for d, e in sorted(days.items())]})
    return year_notice(store, year)


def year_notice(store: Store, year: int) -> YearNotice:
    """What the administrator entered for ``year`` (empty lists when nothing was entered)."""
    with store.read() as s:
        rows = s.execute(select(Holiday.day, Holiday.is_workday, Holiday.name)
                         .where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
                         .order_by(Holiday.day)).all()
    entries = [DayOff(d, bool(w), n) for d, w, n in rows]
    return YearNotice(year, [e for e in entries if not e.is_workday], [e for e in entries if e.is_workday])

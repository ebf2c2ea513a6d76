"""Working days (工作日) with China's public holidays and make-up workdays (调休上班).

A :class:`Calendar` merges the ``chinese_calendar`` package's data with the holiday notices an
administrator entered (``Holiday`` rows), the latter winning for the days they name. The State
Council announces a year's holidays late in the year before, so the package often lacks the next
year: such a year is *uncovered* — it is counted by weekends alone and every computation touching
it can report a :class:`CoverageWarning`, never a crash and never a silent wrong answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from mediation_desk import messages

messages.register("calendar.uncovered_year",
                  "{year} 年的法定节假日安排尚未录入，期限暂按周末计算，可能不准确。"
                  "请管理员在“节假日设置”中录入国务院办公厅公布的 {year} 年放假通知。",
                  "No official holidays are known for {year}; deadlines there count weekends only and may be "
                  "wrong. An administrator should enter the {year} holiday notice under Holiday settings.")

# A deadline that would need more than this many days is a bug, not a date: refuse instead of looping.
_MAX_SPAN_DAYS = 20 * 366


@dataclass(frozen=True)
class CoverageWarning:
    """A year the calendar has no official holiday data for; days in it were counted by weekends."""

    year: int

    @property
    def code(self) -> str:
        return "calendar.uncovered_year"

    def message(self, lang: str = "zh") -> str:
        return messages.render(self.code, {"year": self.year}, lang)


@dataclass(frozen=True)
class DayOff:
    """An admin-entered calendar entry: a holiday, or a make-up working day on a weekend."""

    day: date
    is_workday: bool
    name: str = ""


@lru_cache(maxsize=1)
def _package_data() -> tuple[dict[date, str], dict[date, str], frozenset[int]]:
    """The package's holidays and make-up workdays, and the years it knows (those with a holiday)."""
    from chinese_calendar import constants

    holidays = {d: str(getattr(n, "value", n)) for d, n in constants.holidays.items()}
    workdays = {d: str(getattr(n, "value", n)) for d, n in constants.workdays.items()}
    return holidays, workdays, frozenset(d.year for d in holidays)


class Calendar:
    """Answers "is this a working day?" and does working-day arithmetic; immutable once built."""

    def __init__(self, holidays: Mapping[date, str], workdays: Mapping[date, str],
                 covered_years: Iterable[int]) -> None:
        self._holidays = dict(holidays)
        self._workdays = dict(workdays)
        self.covered_years = frozenset(covered_years)

    @classmethod
    def weekends_only(cls) -> Calendar:
        return cls({}, {}, ())

    @classmethod
    def from_package(cls, entered: Iterable[DayOff] = ()) -> Calendar:
        """Package data overlaid with admin entries; a year with any entry counts as covered."""
        holidays, workdays, years = _package_data()
        holidays, workdays = dict(holidays), dict(workdays)
        entered = list(entered)
        entered_years = {e.day.year for e in entered}
        # An admin notice for a year replaces the package's view of that year wholesale, so a
        # corrected notice cannot leave stale package days behind.
        for table in (holidays, workdays):
            for d in [d for d in table if d.year in entered_years]:
                del table[d]
        for e in entered:
            (workdays if e.is_workday else holidays)[e.day] = e.name
        return cls(holidays, workdays, set(years) | entered_years)

    # --- single days ---------------------------------------------------------------------------

    def is_covered(self, year: int) -> bool:
        return year in self.covered_years

    def is_workday(self, day: date) -> bool:
        if day in self._workdays:
            return True
        if day in self._holidays:
            return False
        return day.weekday() < 5

    def holiday_name(self, day: date) -> str:
        """The holiday's name (e.g. National Day) or "" for a weekend or a working day."""
        return self._holidays.get(day, "")

    def is_makeup_workday(self, day: date) -> bool:
        return day in self._workdays

    # --- arithmetic ----------------------------------------------------------------------------

    def next_workday(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        for _ in range(_MAX_SPAN_DAYS):
            if self.is_workday(day):
                return day
            day += timedelta(days=1)
        raise ValueError("no working day found")  # pragma: no cover - impossible with real data

    def add_workdays(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself not counted); n may be negative."""
        if abs(n) > _MAX_SPAN_DAYS:
            raise ValueError(f"span of {n} working days is out of range")
        step = timedelta(days=1 if n >= 0 else -1)
        day, left = start, abs(n)
        while left:
            day += step
            if self.is_workday(day):
                left -= 1
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.workdays_between(end, start)
        if (end - start).days > _MAX_SPAN_DAYS:
            raise ValueError("span out of range")
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count

    def due_date(self, start: date, days: int, *, in_workdays: bool = False, roll_forward: bool = True) -> date:
        """A time limit of ``days`` from ``start``.

        Calendar-day limits whose last day is a rest day end on the next working day, as periods do
        in Chinese procedure law; working-day limits count working days only.
        """
        if in_workdays:
            return self.add_workdays(start, days)
        due = start + timedelta(days=days)
        return self.next_workday(due) if roll_forward else due

    def warnings(self, start: date, end: date) -> list[CoverageWarning]:
        """One warning per year between the two dates (inclusive) that the calendar does not cover."""
        lo, hi = min(start, end), max(start, end)
        return [CoverageWarning(y) for y in range(lo.year, hi.year + 1) if y not in self.covered_years]

from datetime import date

import pytest

from mediation_desk.domain.workdays import Calendar, CoverageWarning, DayOff
from mediation_desk.errors import PermissionDeniedError, ValidationError
from mediation_desk.services import calendar_admin, intake
from mediation_desk.services.calendar_admin import HolidayRange
from mediation_desk.store import Actor
from tests.factories import neighbour_case

# The State Council's 2027 notice as an administrator would type it (subset suffices for the tests).
NOTICE_2027 = [HolidayRange("元旦", date(2027, 1, 1), date(2027, 1, 3)),
               HolidayRange("春节", date(2027, 2, 6), date(2027, 2, 13))]
MAKEUP_2027 = [(date(2027, 2, 14), "春节调休")]


def test_national_day_2026_and_makeup_days() -> None:
    cal = Calendar.from_package()
    assert all(not cal.is_workday(date(2026, 10, d)) for d in range(1, 8))
    assert cal.holiday_name(date(2026, 10, 1)) != ""
    assert cal.is_workday(date(2026, 9, 20)) and date(2026, 9, 20).weekday() == 6  # Sunday worked (调休)
    assert cal.is_workday(date(2026, 10, 10)) and cal.is_makeup_workday(date(2026, 10, 10))
    assert not cal.is_workday(date(2026, 10, 11))  # an ordinary Sunday
    assert cal.add_workdays(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert cal.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 10)  # Thu, Fri, make-up Saturday
    assert cal.add_workdays(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 10)) == 3
    assert cal.workdays_between(date(2026, 10, 10), date(2026, 9, 30)) == -3
    # A calendar-day limit ending in the holiday ends on the first working day after it.
    assert cal.due_date(date(2026, 9, 1), 30) == date(2026, 10, 8)
    assert cal.due_date(date(2026, 9, 1), 30, roll_forward=False) == date(2026, 10, 1)
    assert cal.due_date(date(2026, 9, 30), 3, in_workdays=True) == date(2026, 10, 10)
    assert cal.warnings(date(2026, 1, 1), date(2026, 12, 31)) == []


def test_uncovered_year_falls_back_to_weekends_and_warns() -> None:
    cal = Calendar.from_package()
    assert not cal.is_covered(2027)
    assert cal.is_workday(date(2027, 1, 1))  # a Friday: unknown holiday, counted as a weekday
    assert not cal.is_workday(date(2027, 1, 2))  # Saturday
    assert cal.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 1)
    warnings = cal.warnings(date(2026, 12, 20), date(2027, 1, 20))
    assert warnings == [CoverageWarning(2027)]
    assert "2027" in warnings[0].message() and "放假通知" in warnings[0].message()
    fixed = Calendar.from_package([DayOff(d, False, "元旦") for d in (date(2027, 1, 1),)])
    assert fixed.is_covered(2027) and not fixed.is_workday(date(2027, 1, 1))
    assert fixed.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)
    assert Calendar.weekends_only().is_workday(date(2026, 10, 1))


def test_admin_enters_2027_notice(store, actor: Actor) -> None:
    assert [w.year for w in calendar_admin.coverage(store, [2026, 2027])] == [2027]
    notice = calendar_admin.enter_year_notice(store, actor, 2027, NOTICE_2027, MAKEUP_2027)
    assert len(notice.holidays) == 3 + 8 and [d.day for d in notice.makeup_workdays] == [date(2027, 2, 14)]
    assert calendar_admin.coverage(store, [2026, 2027]) == []
    cal = calendar_admin.get_calendar(store)
    assert not cal.is_workday(date(2027, 1, 1)) and cal.holiday_name(date(2027, 2, 10)) == "春节"
    assert cal.is_workday(date(2027, 2, 14))  # a Sunday worked
    assert cal.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)
    # Package years are untouched by an entry for another year.
    assert not cal.is_workday(date(2026, 10, 1))
    # A corrected notice replaces the year as a whole.
    calendar_admin.enter_year_notice(store, actor, 2027, NOTICE_2027[:1], [])
    cal = calendar_admin.get_calendar(store)
    assert cal.is_workday(date(2027, 2, 10)) and not cal.is_workday(date(2027, 1, 1))


def test_notice_validation_and_permission(store, actor: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        calendar_admin.enter_year_notice(store, actor, 2027, [HolidayRange("元旦", date(2027, 1, 3), date(2027, 1, 1)),
                                                              HolidayRange("", date(2028, 1, 1), date(2028, 1, 1))],
                                         [(date(2027, 3, 3), "周三"), (date(2027, 1, 2), "冲突")])
    fields = err.value.by_field()
    assert "holidays[0]" in fields and "holidays[1]" in fields and "holidays[1].name" in fields
    assert any("不是周末" in m for m in fields["makeup[0]"])
    assert calendar_admin.year_notice(store, 2027).holidays == []  # nothing half-written
    clerk = Actor(actor.user_id, "clerk", actor.committee_id, role="clerk")
    with pytest.raises(PermissionDeniedError):
        calendar_admin.enter_year_notice(store, clerk, 2027, NOTICE_2027, MAKEUP_2027)


def test_intake_limits_use_the_holiday_calendar(store, actor: Actor) -> None:
    # Received 2026-09-01: one month would end on National Day, so the limit is the first workday after.
    result = intake.create_case(store, actor, neighbour_case(date(2026, 9, 1)), today=date(2026, 11, 25))
    from mediation_desk.services import cases

    detail = cases.get_case_detail(store, actor, result.case_id)
    assert detail.due_on == date(2026, 10, 8)


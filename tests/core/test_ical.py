from datetime import UTC, date, datetime, timedelta

import icalendar

from mediation_desk.ical import CalendarEvent, calendar_text, escape_text, fold
from mediation_desk.services import scheduling, session_calendar
from mediation_desk.services.scheduling import ParticipantInput, SessionInput
from tests.core.sched_support import at, case, case_parties, org

DAY = date(2026, 12, 1)


def test_escaping_and_folding():
    assert escape_text("甲;乙,丙\\丁\n戊") == "甲\\;乙\\,丙\\\\丁\\n戊"
    line = "DESCRIPTION:" + "调解员王建国、李秀英；当事人张三（申请人）" * 6
    folded = fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    # Unfolding (RFC 5545 §3.1) restores the line exactly: no UTF-8 character was split.
    assert folded.replace("\r\n ", "") == line


def test_calendar_parses_with_a_real_reader():
    start = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    event = CalendarEvent("session-1-7@mediation-desk.local", 3, start, start + timedelta(hours=1, minutes=30),
                          "联合调解：（2026）安调字第001号", "警调联合调解室",
                          "调解员：王建国\n备注：请带齐证据, 材料;原件", "planned")
    text = calendar_text([event], name="周警官的调解安排", now=datetime(2026, 11, 25, tzinfo=UTC))
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and "Mediation Desk" in str(cal["PRODID"])
    tz = cal.walk("VTIMEZONE")[0]
    assert str(tz["TZID"]) == "Asia/Shanghai"
    [ev] = cal.walk("VEVENT")
    assert str(ev["UID"]) == "session-1-7@mediation-desk.local" and int(ev["SEQUENCE"]) == 3
    assert ev.decoded("DTSTART").astimezone(UTC) == start
    assert ev["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert ev.decoded("DTSTART").hour == 9
    assert str(ev["SUMMARY"]) == "联合调解：（2026）安调字第001号"
    assert str(ev["DESCRIPTION"]) == "调解员：王建国\n备注：请带齐证据, 材料;原件"
    assert str(ev["STATUS"]) == "CONFIRMED"


def test_session_ics_uid_is_stable_when_moved(store, actor):
    o = org(store, actor)
    c1 = case(store, actor)
    made = scheduling.create_session(store, actor, SessionInput(
        c1, at(DAY, 9), at(DAY, 10),
        [ParticipantInput("mediator", mediator_id=o.mediators[0]),
         ParticipantInput("liaison", liaison_id=o.liaisons[0])]
        + [ParticipantInput("party", case_party_id=p) for p in case_parties(store, c1)], room_id=o.rooms[0]))
    before = icalendar.Calendar.from_ical(session_calendar.session_ics(store, actor, made.id)).walk("VEVENT")[0]
    moved = scheduling.move_session(store, actor, made.id, made.version, starts_at=at(DAY, 14), ends_at=at(DAY, 15))
    after = icalendar.Calendar.from_ical(session_calendar.session_ics(store, actor, moved.id)).walk("VEVENT")[0]
    assert str(before["UID"]) == str(after["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART").astimezone(UTC) == at(DAY, 14)
    assert str(after["SUMMARY"]).startswith("联合调解") and str(after["LOCATION"]) == "第一调解室"
    description = str(after["DESCRIPTION"])
    assert "周警官（安宁派出所）" in description and "张1（申请人）" in description
    assert "138" not in description  # no phone numbers leave the machine

    # A person's week holds only that person's sessions; a cancelled one is exported as cancelled.
    c2 = case(store, actor, n=2)
    other = scheduling.create_session(store, actor, SessionInput(
        c2, at(DAY, 9), at(DAY, 10), [ParticipantInput("mediator", mediator_id=o.mediators[1])],
        room_id=o.rooms[1]))
    scheduling.cancel_session(store, actor, other.id, other.version, "当事人撤回申请")
    monday = date(2026, 11, 30)
    week = icalendar.Calendar.from_ical(session_calendar.week_ics(store, actor.committee_id, monday,
                                                                  liaison_id=o.liaisons[0]))
    assert [str(e["UID"]) for e in week.walk("VEVENT")] == [str(after["UID"])]
    room_week = icalendar.Calendar.from_ical(session_calendar.week_ics(store, actor.committee_id, monday,
                                                                       room_id=o.rooms[1]))
    [cancelled] = room_week.walk("VEVENT")
    assert str(cancelled["STATUS"]) == "CANCELLED" and "已取消" in str(cancelled["SUMMARY"])

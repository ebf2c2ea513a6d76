from datetime import UTC, date, datetime, timedelta

import pytest

from mediation_desk.errors import StaleEditError, UserError, ValidationError
from mediation_desk.services import scheduling
from mediation_desk.services.scheduling import ParticipantInput, SessionConflictError, SessionInput
from tests.core.sched_support import at, case, case_parties, org

DAY = date(2026, 12, 1)  # a Tuesday


def _session(case_id, start, end, *, room=None, mediators=(), liaisons=(), parties=(), place=""):
    parts = [ParticipantInput("mediator", mediator_id=m) for m in mediators]
    parts += [ParticipantInput("party", case_party_id=p) for p in parties]
    parts += [ParticipantInput("liaison", liaison_id=li) for li in liaisons]
    return SessionInput(case_id, start, end, parts, room_id=room, place=place)


def test_double_bookings_are_detected_and_refused(store, actor):
    o = org(store, actor)
    c1, c2 = case(store, actor, n=1), case(store, actor, n=2)
    first = scheduling.create_session(store, actor, _session(
        c1, at(DAY, 9), at(DAY, 10, 30), room=o.rooms[0], mediators=[o.mediators[0]], liaisons=[o.liaisons[0]],
        parties=case_parties(store, c1)))
    assert first.status == "planned" and first.warnings == ()
    assert {p.kind for p in first.participants} == {"mediator", "party", "liaison"}
    assert [p.capacity for p in first.participants if p.kind == "party"] == ["申请人", "被申请人"]

    # Same room, overlapping by half an hour.
    with pytest.raises(SessionConflictError) as err:
        scheduling.create_session(store, actor, _session(c2, at(DAY, 10), at(DAY, 11), room=o.rooms[0],
                                                         mediators=[o.mediators[1]]))
    assert [c.kind for c in err.value.conflicts] == ["room"]
    assert "第一调解室" in err.value.message() and "（2026）安调字第001号" in err.value.message()

    # Same mediator and same liaison in another room.
    found = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 10), ends_at=at(DAY, 11),
                                       room_id=o.rooms[1], mediator_ids=[o.mediators[0]], liaison_ids=[o.liaisons[0]])
    kinds = sorted(c.kind for c in found)
    assert kinds == ["liaison", "mediator"]
    liaison = next(c for c in found if c.kind == "liaison")
    assert liaison.blocking and "周警官（安宁派出所）" in liaison.message and liaison.session_id == first.id

    # Back-to-back is not a conflict; another liaison is free.
    assert scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 10, 30), ends_at=at(DAY, 11),
                                      room_id=o.rooms[0], mediator_ids=[o.mediators[0]],
                                      liaison_ids=[o.liaisons[0]]) == []
    assert scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 10), ends_at=at(DAY, 11),
                                      room_id=o.rooms[1], liaison_ids=[o.liaisons[1]]) == []

    # An override is possible and is recorded on the result.
    forced = scheduling.create_session(store, actor, _session(c2, at(DAY, 10), at(DAY, 11), room=o.rooms[0],
                                                              mediators=[o.mediators[1]]), allow_conflicts=True)
    assert [c.kind for c in forced.warnings] == ["room"]


def test_a_party_of_two_cases_cannot_be_in_both_sessions_at_once(store, actor):
    o = org(store, actor)
    first_case = case(store, actor, n=1)
    # The same two people fall out again (same ID numbers): intake reuses their party rows.
    second_case = case(store, actor, date(2026, 11, 20), n=1)
    other_people = case(store, actor, n=2)
    first_parties, second_parties = case_parties(store, first_case), case_parties(store, second_case)
    assert set(first_parties).isdisjoint(second_parties)  # different case parties, the same persons
    booked = scheduling.create_session(store, actor, _session(
        first_case, at(DAY, 9), at(DAY, 10), room=o.rooms[0], mediators=[o.mediators[0]], parties=first_parties))

    with pytest.raises(SessionConflictError) as err:
        scheduling.create_session(store, actor, _session(
            second_case, at(DAY, 9, 30), at(DAY, 10, 30), room=o.rooms[1], mediators=[o.mediators[1]],
            parties=second_parties))
    found = err.value.conflicts
    assert [(c.kind, c.who, c.session_id) for c in found] == [("party", "张1", booked.id), ("party", "李1", booked.id)]
    assert all(c.blocking for c in found)
    assert "当事人张1在" in err.value.message() and "（2026）安调字第001号" in err.value.message()

    # The live check in the session dialog says the same; other people at that time are no clash.
    live = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 9, 30), ends_at=at(DAY, 10, 30),
                                      room_id=o.rooms[1], case_party_ids=second_parties[:1])
    assert [(c.kind, c.who) for c in live] == [("party", "张1")]
    assert scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 9, 30), ends_at=at(DAY, 10, 30),
                                      room_id=o.rooms[1], case_party_ids=case_parties(store, other_people)) == []
    # A session that no longer holds its time (postponed) frees the party again.
    scheduling.set_status(store, actor, booked.id, booked.version, "postponed")
    assert scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 9, 30), ends_at=at(DAY, 10, 30),
                                      case_party_ids=second_parties) == []


def test_clashes_of_a_week_match_the_check_for_each_session(store, actor):
    o = org(store, actor)
    c1, c1_again, c2 = case(store, actor, n=1), case(store, actor, date(2026, 11, 20), n=1), case(store, actor, n=2)
    base = scheduling.create_session(store, actor, _session(
        c1, at(DAY, 9), at(DAY, 10), room=o.rooms[0], mediators=[o.mediators[0]], parties=case_parties(store, c1)))
    same_room = scheduling.create_session(store, actor, _session(
        c2, at(DAY, 9, 30), at(DAY, 10, 30), room=o.rooms[0], mediators=[o.mediators[1]]), allow_conflicts=True)
    same_party = scheduling.create_session(store, actor, _session(
        c1_again, at(DAY, 9), at(DAY, 9, 30), room=o.rooms[1], mediators=[o.mediators[1]],
        parties=case_parties(store, c1_again)[:1]), allow_conflicts=True)
    apart = scheduling.create_session(store, actor, _session(
        c2, at(DAY, 14), at(DAY, 15), room=o.rooms[0], mediators=[o.mediators[0]]))
    week = scheduling.sessions_between(store, actor.committee_id, at(DAY, 0), at(DAY, 23))
    found = scheduling.clashes_of(store, actor.committee_id, week)
    assert set(found) == {base.id, same_room.id, same_party.id}
    assert [c.kind for c in found[base.id]] == ["room", "party"]
    assert [(c.kind, c.who) for c in found[same_party.id]] == [("party", "张1")]
    for x in week:
        expected = [c for c in scheduling.check_conflicts(
            store, actor.committee_id, starts_at=x.starts_at, ends_at=x.ends_at, room_id=x.room_id,
            mediator_ids=[p.mediator_id for p in x.participants if p.mediator_id is not None],
            liaison_ids=[p.liaison_id for p in x.participants if p.liaison_id is not None],
            case_party_ids=[p.case_party_id for p in x.participants if p.case_party_id is not None],
            ignore_session_id=x.id) if c.blocking]
        assert found.get(x.id, []) == expected
    assert apart.id not in found
    # A cancelled session neither has nor causes clashes.
    scheduling.cancel_session(store, actor, same_room.id, same_room.version, "申请人要求改期")
    week = scheduling.sessions_between(store, actor.committee_id, at(DAY, 0), at(DAY, 23))
    assert set(scheduling.clashes_of(store, actor.committee_id, week)) == {base.id, same_party.id}


def test_free_slots_wait_for_a_party_booked_in_another_case(store, actor):
    o = org(store, actor)
    first_case, second_case = case(store, actor, n=1), case(store, actor, date(2026, 11, 20), n=1)
    scheduling.create_session(store, actor, _session(first_case, at(DAY, 8, 30), at(DAY, 11), room=o.rooms[0],
                                                     mediators=[o.mediators[0]],
                                                     parties=case_parties(store, first_case)[:1]))
    draft = _session(second_case, at(DAY, 9), at(DAY, 10), mediators=[o.mediators[1]],
                     parties=case_parties(store, second_case))
    slots = scheduling.suggest_for(store, actor, draft, count=2)
    # Room 1 and mediator 1 are free all morning, but 张1 is in the other case's session until 11:00.
    assert [s.starts_at for s in slots] == [at(DAY, 11), at(DAY, 12)]


def test_rest_time_warnings(store, actor):
    o = org(store, actor)
    c1 = case(store, actor)
    saturday = date(2026, 11, 28)
    found = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(saturday, 9), ends_at=at(saturday, 10),
                                       room_id=o.rooms[0])
    assert [c.kind for c in found] == ["non_workday"] and "星期六" in found[0].message
    assert not found[0].blocking
    evening = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 18), ends_at=at(DAY, 19))
    assert [c.kind for c in evening] == ["outside_hours"] and "08:30–17:30" in evening[0].message
    national_day = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(date(2026, 10, 2), 9),
                                              ends_at=at(date(2026, 10, 2), 10))
    assert [c.kind for c in national_day] == ["non_workday"] and "法定节假日" in national_day[0].message
    makeup = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(date(2026, 10, 10), 9),
                                        ends_at=at(date(2026, 10, 10), 10))
    assert makeup == []  # a make-up Saturday is a working day
    uncovered = scheduling.check_conflicts(store, actor.committee_id, starts_at=at(date(2027, 1, 5), 9),
                                           ends_at=at(date(2027, 1, 5), 10))
    assert [c.kind for c in uncovered] == ["calendar_uncovered"]
    # Warnings do not block creation; they come back with the session.
    made = scheduling.create_session(store, actor, _session(c1, at(saturday, 9), at(saturday, 10), room=o.rooms[0],
                                                            mediators=[o.mediators[0]]))
    assert [c.kind for c in made.warnings] == ["non_workday"]


def test_validation(store, actor):
    o = org(store, actor)
    c1, c2 = case(store, actor, n=1), case(store, actor, n=2)
    with pytest.raises(ValidationError) as err:
        scheduling.create_session(store, actor, SessionInput(
            c1, at(DAY, 10), at(DAY, 9), [ParticipantInput("party", case_party_id=case_parties(store, c2)[0]),
                                          ParticipantInput("invitee")]))
    fields = err.value.by_field()
    assert {"ends_at", "room_id", "participants", "participants[0]", "participants[1]"} <= set(fields)
    with pytest.raises(ValidationError):
        scheduling.create_session(store, actor, _session(c1, at(DAY, 8), at(DAY, 21), room=o.rooms[0],
                                                         mediators=[o.mediators[0]]))
    invitees = [ParticipantInput("mediator", mediator_id=o.mediators[0]),
                ParticipantInput("invitee", name="赵律师", capacity="律师"),
                ParticipantInput("invitee", name="钱代表", capacity="人大代表", required=False)]
    made = scheduling.create_session(store, actor, SessionInput(c1, at(DAY, 9), at(DAY, 10), invitees,
                                                                place="东关村村委会"))
    assert made.where == "东关村村委会"
    assert [(p.name, p.capacity) for p in made.participants if p.kind == "invitee"] == [("赵律师", "律师"),
                                                                                        ("钱代表", "人大代表")]


def test_move_postpone_cancel(store, actor):
    o = org(store, actor)
    c1, c2 = case(store, actor, n=1), case(store, actor, n=2)
    s1 = scheduling.create_session(store, actor, _session(c1, at(DAY, 9), at(DAY, 10), room=o.rooms[0],
                                                          mediators=[o.mediators[0]], parties=case_parties(store, c1)))
    s2 = scheduling.create_session(store, actor, _session(c2, at(DAY, 14), at(DAY, 15), room=o.rooms[0],
                                                          mediators=[o.mediators[1]]))
    with pytest.raises(SessionConflictError):
        scheduling.move_session(store, actor, s1.id, s1.version, starts_at=at(DAY, 14), ends_at=at(DAY, 15))
    moved = scheduling.move_session(store, actor, s1.id, s1.version, starts_at=at(DAY, 14), ends_at=at(DAY, 15),
                                    room_id=o.rooms[1])
    assert moved.room == "第二调解室" and moved.version > s1.version
    assert len(moved.participants) == len(s1.participants)
    with pytest.raises(StaleEditError):
        scheduling.move_session(store, actor, s1.id, s1.version, starts_at=at(DAY, 16), ends_at=at(DAY, 17))
    # Postponing frees the slot; moving it again makes it planned.
    postponed = scheduling.set_status(store, actor, s2.id, s2.version, "postponed", note="当事人生病")
    assert postponed.status == "postponed" and "当事人生病" in postponed.note
    assert scheduling.check_conflicts(store, actor.committee_id, starts_at=at(DAY, 14), ends_at=at(DAY, 15),
                                      room_id=o.rooms[0]) == []
    again = scheduling.move_session(store, actor, s2.id, postponed.version, starts_at=at(DAY + timedelta(days=1), 9),
                                    ends_at=at(DAY + timedelta(days=1), 10))
    assert again.status == "planned"
    cancelled = scheduling.cancel_session(store, actor, again.id, again.version, "双方已自行和解")
    assert cancelled.status == "cancelled"
    with pytest.raises(UserError):
        scheduling.move_session(store, actor, s2.id, cancelled.version, starts_at=at(DAY, 9), ends_at=at(DAY, 10))
    with pytest.raises(UserError):
        scheduling.set_status(store, actor, moved.id, moved.version, "held", now=datetime(2026, 11, 25, tzinfo=UTC))
    held = scheduling.set_status(store, actor, moved.id, moved.version, "held", now=datetime(2026, 12, 2, tzinfo=UTC))
    assert held.status == "held"
    week = scheduling.sessions_between(store, actor.committee_id, at(DAY, 0), at(DAY + timedelta(days=7), 0))
    assert [s.id for s in week] == [moved.id]
    everything = scheduling.sessions_between(store, actor.committee_id, at(DAY, 0), at(DAY + timedelta(days=7), 0),
                                             include_cancelled=True)
    assert {s.id for s in everything} == {s1.id, s2.id}


def test_free_slots_skip_busy_people_and_rooms(store, actor):
    o = org(store, actor)
    c1, c2, c3 = (case(store, actor, n=i) for i in (1, 2, 3))
    # Mediator 0 is busy all morning; liaison 0 is busy 14:00-15:00; room 0 is busy 15:00-17:30.
    scheduling.create_session(store, actor, _session(c1, at(DAY, 8, 30), at(DAY, 12), room=o.rooms[1],
                                                     mediators=[o.mediators[0]]))
    scheduling.create_session(store, actor, _session(c2, at(DAY, 14), at(DAY, 15), place="派出所",
                                                     mediators=[o.mediators[1]], liaisons=[o.liaisons[0]]))
    scheduling.create_session(store, actor, _session(c3, at(DAY, 15), at(DAY, 17, 30), room=o.rooms[0],
                                                     mediators=[o.mediators[1]]))
    slots = scheduling.suggest_slots(store, actor.committee_id, duration=timedelta(hours=1), not_before=at(DAY, 0),
                                     mediator_ids=[o.mediators[0]], liaison_ids=[o.liaisons[0]], count=4)
    assert [(s.starts_at, s.room) for s in slots] == [
        (at(DAY, 12), "第一调解室"), (at(DAY, 13), "第一调解室"), (at(DAY, 15), "第二调解室"),
        (at(DAY, 16), "第二调解室")]
    # Only room 0 allowed: the afternoon after 15:00 is taken, so the next is the following morning.
    only_room0 = scheduling.suggest_slots(store, actor.committee_id, duration=timedelta(hours=2),
                                          not_before=at(DAY, 12), mediator_ids=[o.mediators[0]],
                                          liaison_ids=[o.liaisons[0]], room_ids=[o.rooms[0]], count=2)
    assert [s.starts_at for s in only_room0] == [at(DAY, 12), at(DAY + timedelta(days=1), 8, 30)]
    # Friday afternoon → the next slot skips the weekend.
    friday = date(2026, 12, 4)
    after = scheduling.suggest_slots(store, actor.committee_id, duration=timedelta(hours=1),
                                     not_before=at(friday, 17), count=1)
    assert after[0].starts_at == at(date(2026, 12, 7), 8, 30)
    # National Day week: the first slot is on the first working day after the holiday.
    holiday = scheduling.suggest_slots(store, actor.committee_id, duration=timedelta(hours=1),
                                       not_before=at(date(2026, 9, 30), 17), count=1)
    assert holiday[0].starts_at == at(date(2026, 10, 8), 8, 30)


def test_session_notices(store, actor):
    o = org(store, actor)
    c1 = case(store, actor)
    parties = case_parties(store, c1)
    made = scheduling.create_session(store, actor, _session(c1, at(DAY, 9), at(DAY, 10), room=o.rooms[0],
                                                            mediators=[o.mediators[0]], liaisons=[o.liaisons[1]],
                                                            parties=parties))
    notices = scheduling.session_notices(store, actor, made.id)
    assert [n.party_name for n in notices] == ["张1", "李1"]
    first = notices[0]
    assert first.party_role == "申请人" and first.other_parties == ["李1"]
    assert first.starts_at.hour == 9 and first.place == "第一调解室"
    assert first.mediators == ["王建国"] and first.liaisons == ["孙明（安宁派出所）"]
    assert first.case_number == "（2026）安调字第001号" and first.committee_name == "安宁镇人民调解委员会"
    assert first.dispute_type == "邻里"


def test_closed_case_cannot_be_scheduled(store, actor):
    from mediation_desk.db.models import Case

    o = org(store, actor)
    c1 = case(store, actor)
    with store.write(actor) as uow:
        row = uow.session.get(Case, c1)
        row.status, row.outcome, row.closed_on = "closed", "terminated", date(2026, 11, 20)
    with pytest.raises(UserError) as err:
        scheduling.create_session(store, actor, _session(c1, at(DAY, 9), at(DAY, 10), room=o.rooms[0],
                                                         mediators=[o.mediators[0]]))
    assert "已结案" in err.value.message()
    assert scheduling.sessions_between(store, actor.committee_id, at(DAY, 0), at(DAY, 23)) == []


def test_suggestions_for_a_clashing_draft_use_its_required_people(store, actor):
    o = org(store, actor)
    c1, c2 = case(store, actor, n=1), case(store, actor, n=2)
    scheduling.create_session(store, actor, _session(c1, at(DAY, 9), at(DAY, 11), room=o.rooms[0],
                                                     mediators=[o.mediators[0]], liaisons=[o.liaisons[0]]))
    draft = SessionInput(c2, at(DAY, 9), at(DAY, 10), [
        ParticipantInput("mediator", mediator_id=o.mediators[1]),
        ParticipantInput("liaison", liaison_id=o.liaisons[0]),
        # An optional invitee's other bookings do not hold the session back.
        ParticipantInput("mediator", mediator_id=o.mediators[0], required=False)], room_id=o.rooms[1])
    with pytest.raises(SessionConflictError) as err:
        scheduling.create_session(store, actor, draft)
    assert {c.kind for c in err.value.conflicts} == {"liaison", "mediator"}
    slots = scheduling.suggest_for(store, actor, draft, count=2)
    assert [(s.starts_at, s.room) for s in slots] == [(at(DAY, 11), "第二调解室"), (at(DAY, 12), "第二调解室")]
    made = scheduling.create_session(store, actor, SessionInput(
        c2, slots[0].starts_at, slots[0].ends_at, draft.participants, room_id=slots[0].room_id))
    assert made.warnings == ()

"""调解记录 / 调查记录: drafts, autosave with optimistic locking, signing, corrections, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from mediation_desk.db.models import MediationSession, Room, SessionParticipant
from mediation_desk.drafts import DraftStore
from mediation_desk.errors import (
    ImmutableRecordError,
    PermissionDeniedError,
    StaleEditError,
    UserError,
    ValidationError,
)
from mediation_desk.services import case_changes, records, search
from tests.core.casework import TODAY, actor_with_role, audit_events, case_version, new_case

AT = datetime(2026, 5, 8, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai


def _filled(view: records.RecordView, **kw: object) -> records.RecordContent:
    base = replace(view.content, occurred_at=AT, body="张三称：雨水从彩钢棚流入院内。李四称：愿意改建。",
                   result="双方同意由李四拆除彩钢棚。")
    return replace(base, **kw)  # type: ignore[arg-type]


def test_new_draft_is_prefilled_from_the_case(store, actor):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    assert r.status == "draft" and r.kind == "session_record" and r.version_no == 1
    assert r.content.subject == "张三与李四邻里纠纷"
    assert "权利和承担的义务" in r.content.notices
    inv = records.create_draft(store, actor, case_id, records.RecordKind.INVESTIGATION_RECORD)
    assert inv.content.notices == ""
    assert [x.id for x in records.list_records(store, actor, case_id)] == [r.id, inv.id]


def test_draft_for_a_session_takes_time_place_and_people(store, actor):
    case_id = new_case(store, actor)
    with store.write(actor) as uow:
        s = uow.session
        room = Room(committee_id=actor.committee_id, name="第一调解室")
        s.add(room)
        s.flush()
        ms = MediationSession(case_id=case_id, room_id=room.id, starts_at=AT, ends_at=AT + timedelta(hours=1))
        ms.participants = [SessionParticipant(kind="mediator", name="王建国"),
                           SessionParticipant(kind="invitee", name="赵六", capacity="村民代表")]
        s.add(ms)
        s.flush()
        session_id = ms.id
    r = records.create_draft(store, actor, case_id, session_id=session_id)
    assert r.session_id == session_id
    assert r.content.occurred_at == AT
    assert r.content.place == "第一调解室"
    assert r.content.present == "调解员：王建国；邀请参与人员：赵六（村民代表）"


def test_save_draft_is_idempotent_and_versioned(store, actor):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    v2 = records.save_draft(store, actor, r.id, _filled(r), r.edit_version)
    assert v2 == r.edit_version + 1
    saves = len(audit_events(store, "record", "save_draft"))
    # Autosaving the same text again writes nothing and keeps the version.
    assert records.save_draft(store, actor, r.id, _filled(r), v2) == v2
    assert len(audit_events(store, "record", "save_draft")) == saves
    stored = records.get_record(store, actor, r.id)
    assert stored.content.body.startswith("张三称") and stored.edit_version == v2


def test_stale_save_is_refused_and_loses_nothing(store, actor, tmp_path):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    drafts = DraftStore(tmp_path / "drafts")
    # Two editors opened version 1. The first saves.
    first = _filled(r, body="第一位调解员的记录")
    records.save_draft(store, actor, r.id, first, r.edit_version)
    # The second editor's text is in the local draft store before the database save is tried.
    second = _filled(r, body="第二位调解员的记录")
    drafts.save(f"record-{r.id}", {"body": second.body}, base_version=r.edit_version)
    with pytest.raises(StaleEditError) as err:
        records.save_draft(store, actor, r.id, second, r.edit_version)
    assert "重新载入" in err.value.message()
    assert records.get_record(store, actor, r.id).content.body == "第一位调解员的记录"
    kept = drafts.recover(f"record-{r.id}")
    assert kept is not None and kept.content["body"] == "第二位调解员的记录" and kept.base_version == 1


def test_signed_record_cannot_be_edited(store, actor):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    with pytest.raises(ValidationError) as err:
        records.sign(store, actor, r.id, r.edit_version)
    assert {p.field for p in err.value.problems} == {"occurred_at", "body", "result"}
    v = records.save_draft(store, actor, r.id, _filled(r), r.edit_version)
    signed = records.sign(store, actor, r.id, v)
    assert signed.status == "signed" and signed.signed_by == actor.user_id and signed.signed_at is not None
    with pytest.raises(ImmutableRecordError) as err2:
        records.save_draft(store, actor, r.id, _filled(r, body="改"), signed.edit_version)
    assert "已签字确认" in err2.value.message()
    with pytest.raises(ImmutableRecordError):
        records.sign(store, actor, r.id, signed.edit_version)
    with pytest.raises(ImmutableRecordError):
        records.discard_draft(store, actor, r.id, signed.edit_version)
    assert records.get_record(store, actor, r.id).content.body.startswith("张三称")


def test_correction_supersedes_only_when_signed(store, actor):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    old = records.sign(store, actor, r.id, records.save_draft(store, actor, r.id, _filled(r), r.edit_version))
    with pytest.raises(UserError):
        records.correct(store, actor, records.create_draft(store, actor, case_id).id)  # a draft: just edit it
    fix = records.correct(store, actor, old.id)
    assert (fix.version_no, fix.supersedes_id, fix.status) == (2, old.id, "draft")
    assert fix.content.body == old.content.body
    with pytest.raises(UserError):
        records.correct(store, actor, old.id)  # one pending correction at a time
    assert records.get_record(store, actor, old.id).status == "signed"
    v = records.save_draft(store, actor, fix.id, replace(fix.content, result="双方同意由李四于六月底前拆除彩钢棚。"),
                           fix.edit_version)
    records.sign(store, actor, fix.id, v)
    assert records.get_record(store, actor, old.id).status == "superseded"
    chain = records.history(store, actor, fix.id)
    assert [(x.version_no, x.status) for x in chain] == [(1, "superseded"), (2, "signed")]
    current = records.list_records(store, actor, case_id, include_superseded=False)
    assert old.id not in [x.id for x in current] and fix.id in [x.id for x in current]


def test_words_in_records_are_searchable(store, actor):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    assert search.search(store, actor.committee_id, "彩钢瓦漏水").total == 0
    records.save_draft(store, actor, r.id, _filled(r, body="经查彩钢瓦漏水严重"), r.edit_version)
    assert [x.id for x in search.search(store, actor.committee_id, "彩钢瓦漏水").rows] == [case_id]


def test_saves_are_audited_with_before_and_after(store, actor):
    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    records.save_draft(store, actor, r.id, replace(r.content, body="第一稿"), r.edit_version)
    ev = audit_events(store, "record", "save_draft")[-1]
    assert ev.before == {"body": ""} and ev.after == {"body": "第一稿"}
    assert ev.case_id == case_id and ev.username == actor.username


def test_liaison_may_not_write_records(store, actor):
    case_id = new_case(store, actor)
    liaison = actor_with_role(store, actor, "liaison")
    with pytest.raises(PermissionDeniedError) as err:
        records.create_draft(store, liaison, case_id)
    assert "修改案件" in err.value.message()
    assert records.list_records(store, liaison, case_id) == []  # but may read


def test_no_new_records_on_a_closed_case(store, actor):
    case_id = new_case(store, actor)
    case_changes.close_case(store, actor, case_id, case_version(store, actor, case_id),
                            case_changes.Closing("withdrawn", TODAY, note="申请人撤回申请"), today=TODAY)
    with pytest.raises(UserError) as err:
        records.create_draft(store, actor, case_id)
    assert err.value.code == "case.not_open"


def test_concurrent_saves_one_wins_the_other_is_told(store, actor):
    import threading

    case_id = new_case(store, actor)
    r = records.create_draft(store, actor, case_id)
    barrier = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def save(name: str) -> None:
        barrier.wait()
        try:
            outcome[name] = records.save_draft(store, actor, r.id, replace(r.content, body=f"{name}的记录"),
                                               r.edit_version)
        except StaleEditError as exc:
            outcome[name] = exc

    threads = [threading.Thread(target=save, args=(n,)) for n in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [n for n, v in outcome.items() if isinstance(v, int)]
    losers = [n for n, v in outcome.items() if isinstance(v, StaleEditError)]
    assert len(winners) == 1 and len(losers) == 1
    assert records.get_record(store, actor, r.id).content.body == f"{winners[0]}的记录"

"""Changing a case after intake: fields, flags, parties, closing rules, reopening."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.errors import PermissionDeniedError, StaleEditError, UserError, ValidationError
from mediation_desk.services import agreements as ag
from mediation_desk.services import case_changes as cc
from mediation_desk.services import cases, committees, search
from mediation_desk.services.intake import PartyInput
from tests.core.casework import TODAY, actor_with_role, audit_events, case_version, new_case
from tests.factories import make_id


def test_update_fields_with_version_audit_and_search(store, actor):
    case_id = new_case(store, actor)
    v = case_version(store, actor, case_id)
    li = committees.mediators(store, actor.committee_id)[1]
    d = cc.update_case(store, actor, case_id, v, cc.CaseChanges(
        summary="李四搭建的彩钢棚排水不畅，雨水倒灌张三家厨房。", dispute_type="房屋宅基地", mediator_id=li.id,
        people_involved=5))
    assert d.version == v + 1 and d.dispute_type == "housing_land" and d.mediator == "李秀英"
    assert d.people_involved == 5 and d.claims == "请求拆除彩钢棚。"  # untouched field kept
    ev = audit_events(store, "case", "update")[-1]
    assert ev.before["dispute_type"] == "neighbour" and ev.after["dispute_type"] == "housing_land"
    assert ev.before["summary"].startswith("张三与李四系邻居") and "claims" not in ev.after
    assert [r.id for r in search.search(store, actor.committee_id, "倒灌").rows] == [case_id]
    with pytest.raises(StaleEditError):
        cc.update_case(store, actor, case_id, v, cc.CaseChanges(claims="另请求赔偿"))
    assert cases.get_case_detail(store, actor, case_id).claims == "请求拆除彩钢棚。"
    # No change: no new version, no audit event.
    same = cc.update_case(store, actor, case_id, d.version, cc.CaseChanges(people_involved=5))
    assert same.version == d.version


def test_mediator_can_be_unassigned_and_unknown_values_refused(store, actor):
    case_id = new_case(store, actor)
    v = case_version(store, actor, case_id)
    with pytest.raises(ValidationError) as err:
        cc.update_case(store, actor, case_id, v, cc.CaseChanges(dispute_type="打架", summary=" "))
    assert {p.field for p in err.value.problems} == {"dispute_type", "summary"}
    d = cc.update_case(store, actor, case_id, v, cc.CaseChanges(mediator_id=None))
    assert d.mediator_id is None


def test_prevention_flags_need_people(store, actor):
    case_id = new_case(store, actor)
    v = case_version(store, actor, case_id)
    with pytest.raises(ValidationError) as err:
        cc.update_case(store, actor, case_id, v, cc.CaseChanges(prevented_criminal=True))
    assert err.value.problems[0].field == "prevented_criminal_people"
    cc.update_case(store, actor, case_id, v, cc.CaseChanges(prevented_criminal=True, prevented_criminal_people=2,
                                                            prevented_petition=True, prevented_petition_people=12))
    d = cc.update_case(store, actor, case_id, v + 1, cc.CaseChanges(prevented_petition=False))
    with store.read() as s:
        from mediation_desk.db.models import Case

        row = s.get(Case, case_id)
        assert row is not None
        assert (row.prevented_criminal, row.prevented_criminal_people) == (True, 2)
        assert (row.prevented_petition, row.prevented_petition_people) == (False, 0)
    assert d.version == v + 2


def test_edit_party_revalidates_id_and_phone(store, actor):
    case_id = new_case(store, actor)
    p = cases.get_case_detail(store, actor, case_id).parties[0]
    with store.read() as s:
        from mediation_desk.db.models import Party

        version = s.get(Party, p.party_id).version  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as err:
        cc.update_party(store, actor, case_id, p.party_id, version,
                        cc.PartyChanges(id_number="620402198001011230", phone="12345"), today=TODAY)
    assert {x.code for x in err.value.problems} == {"id.checksum", "phone.invalid"}
    new_id = make_id(born="19920315", order="222")  # even sequence digit: female
    d = cc.update_party(store, actor, case_id, p.party_id, version,
                        cc.PartyChanges(id_number=new_id, phone="138-1234-0000", occupation="农民",
                                        agent_name="张小三", agent_kind="entrusted"), today=TODAY)
    got = d.parties[0]
    assert got.sex == "female" and got.birth_date == date(1992, 3, 15) and got.occupation == "农民"
    assert got.phone == "13812340000" and got.agent_name == "张小三"
    ev = audit_events(store, "party", "update_party")[-1]
    assert ev.before["phone"] == "13812345678" and ev.after["phone"] == "13812340000"
    assert ev.after["birth_date"] == "1992-03-15"
    assert [r.id for r in search.search(store, actor.committee_id, "0000").rows] == [case_id]
    with pytest.raises(StaleEditError):
        cc.update_party(store, actor, case_id, p.party_id, version, cc.PartyChanges(address="新地址"), today=TODAY)
    li = d.parties[1]
    with store.read() as s:
        li_version = s.get(Party, li.party_id).version  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as err2:  # 张三's number typed on 李四
        cc.update_party(store, actor, case_id, li.party_id, li_version, cc.PartyChanges(id_number=new_id),
                        today=TODAY)
    assert err2.value.problems[0].code == "party.name_mismatch"


def test_add_and_remove_party(store, actor):
    case_id = new_case(store, actor)
    v = case_version(store, actor, case_id)
    d = cc.add_party(store, actor, case_id, v, PartyInput(role="respondent", name="王五",
                                                           id_number=make_id(order="456"), phone="13900001111"),
                     today=TODAY)
    assert [p.name for p in d.parties] == ["张三", "李四", "王五"] and d.version == v + 1
    with pytest.raises(ValidationError):
        cc.add_party(store, actor, case_id, d.version, PartyInput(role="respondent", name="赵六", phone="1"),
                     today=TODAY)
    with pytest.raises(UserError):
        cc.add_party(store, actor, case_id, d.version, PartyInput(role="third_party", name="王五",
                                                                   id_number=make_id(order="456")), today=TODAY)
    zhang, li, wang = (p.party_id for p in d.parties)
    with pytest.raises(UserError) as err:
        cc.remove_party(store, actor, case_id, zhang, d.version)
    assert err.value.code == "case.party_last_of_role"
    d2 = cc.remove_party(store, actor, case_id, wang, d.version)
    assert [p.name for p in d2.parties] == ["张三", "李四"]
    assert audit_events(store, "case", "remove_party")[-1].before["name"] == "王五"
    # A party named in an agreement stays.
    a = ag.draft_agreement(store, actor, case_id)
    ag.save_agreement(store, actor, a.id, ag.AgreementContent(facts="x", clauses=(ag.ClauseInput("付款", li),)),
                      a.edit_version)
    d3 = cc.add_party(store, actor, case_id, d2.version, PartyInput(role="respondent", name="王五",
                                                                     id_number=make_id(order="456")), today=TODAY)
    with pytest.raises(UserError) as err2:
        cc.remove_party(store, actor, case_id, li, d3.version)
    assert err2.value.code == "case.party_in_use"


def _signed_agreement(store, actor, case_id: int, kind: str = "written") -> None:
    a = ag.draft_agreement(store, actor, case_id, kind)
    a = ag.save_agreement(store, actor, a.id, ag.AgreementContent(facts="事实", clauses=(ag.ClauseInput("和睦相处"),)),
                          a.edit_version)
    ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), today=TODAY)


def test_closing_rules(store, actor):
    case_id = new_case(store, actor)
    v = case_version(store, actor, case_id)
    close = cc.Closing("written_agreement", date(2026, 5, 20))
    with pytest.raises(ValidationError) as err:
        cc.close_case(store, actor, case_id, v, close, today=TODAY)
    assert "调解协议书" in err.value.message()
    _signed_agreement(store, actor, case_id, "oral")
    with pytest.raises(ValidationError):
        cc.close_case(store, actor, case_id, v, close, today=TODAY)  # an oral agreement is not a written one
    with pytest.raises(ValidationError) as err2:
        cc.close_case(store, actor, case_id, v, cc.Closing("terminated", date(2026, 5, 20)), today=TODAY)
    assert err2.value.problems[0].field == "note"
    with pytest.raises(ValidationError):
        cc.close_case(store, actor, case_id, v, cc.Closing("oral_agreement", date(2026, 5, 1)), today=TODAY)
    d = cc.close_case(store, actor, case_id, v, cc.Closing("oral_agreement", date(2026, 5, 20),
                                                           prevented_criminal=True, prevented_criminal_people=2),
                      today=TODAY)
    assert (d.status, d.outcome, d.closed_on) == ("closed", "oral_agreement", date(2026, 5, 20))
    ev = audit_events(store, "case", "close")[-1]
    assert ev.before["status"] == "accepted" and ev.after["status"] == "closed"
    assert ev.after["prevented_criminal_people"] == 2
    with pytest.raises(UserError) as err3:
        cc.update_case(store, actor, case_id, d.version, cc.CaseChanges(claims="再加一条"))
    assert err3.value.code == "case.not_open"
    with pytest.raises(UserError):
        cc.close_case(store, actor, case_id, d.version, cc.Closing("withdrawn", date(2026, 5, 20), note="撤回"),
                      today=TODAY)


def test_terminated_with_note_and_reopen_by_admin_only(store, actor):
    case_id = new_case(store, actor)
    mediator = actor_with_role(store, actor, "mediator")
    d = cc.close_case(store, mediator, case_id, case_version(store, actor, case_id),
                      cc.Closing("terminated", date(2026, 5, 25), note="双方分歧较大，已告知通过诉讼途径解决"),
                      today=TODAY)
    assert d.outcome == "terminated" and d.outcome_note.startswith("双方分歧较大")
    with pytest.raises(PermissionDeniedError) as err:
        cc.reopen_case(store, mediator, case_id, d.version, "误操作")
    assert "重新打开" in err.value.message()
    with pytest.raises(ValidationError):
        cc.reopen_case(store, actor, case_id, d.version, " ")
    r = cc.reopen_case(store, actor, case_id, d.version, "结案方式登记错误")
    assert (r.status, r.outcome, r.closed_on) == ("accepted", None, None)
    ev = audit_events(store, "case", "reopen")[-1]
    assert ev.before["outcome"] == "terminated" and ev.after["reason"] == "结案方式登记错误"


def test_liaison_cannot_edit_and_sees_masked_data(store, actor):
    case_id = new_case(store, actor)
    liaison = actor_with_role(store, actor, "liaison")
    with pytest.raises(PermissionDeniedError):
        cc.update_case(store, liaison, case_id, case_version(store, actor, case_id), cc.CaseChanges(claims="x"))
    clerk = actor_with_role(store, actor, "clerk")
    d = cc.update_case(store, clerk, case_id, case_version(store, actor, case_id), cc.CaseChanges(claims="新请求"))
    assert d.claims == "新请求"
    assert "*" in d.parties[0].id_number and "*" in d.parties[0].phone  # the clerk may not see them in full
    full = cc.update_case(store, actor, case_id, d.version, cc.CaseChanges(claims="新请求二"))
    assert "*" not in full.parties[0].id_number

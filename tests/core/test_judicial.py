"""司法确认: the 30-day window, forcing with a reason, the court's case number and decision."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.errors import ConflictError, PermissionDeniedError, UserError, ValidationError
from mediation_desk.services import agreements as ag
from mediation_desk.services import judicial
from tests.core.casework import actor_with_role, audit_events, new_case

TODAY = date(2026, 8, 1)


def _agreement(store, actor, case_id: int, sign: bool = True) -> ag.AgreementView:
    a = ag.draft_agreement(store, actor, case_id)
    content = ag.AgreementContent(facts=a.facts, clauses=(ag.ClauseInput("李四赔偿张三损失。", None, "5000"),))
    a = ag.save_agreement(store, actor, a.id, content, a.edit_version)
    return ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), today=TODAY) if sign else a


def test_application_within_30_days(store, actor):
    case_id = new_case(store, actor)
    a = _agreement(store, actor, case_id)
    assert judicial.application_deadline(store, actor, a.id) == date(2026, 6, 11)
    j = judicial.apply(store, actor, a.id, court="安宁区人民法院", applied_on=date(2026, 6, 11), today=TODAY)
    assert j.decision == "pending" and j.deadline == date(2026, 6, 11) and j.agreement_number == a.number
    with pytest.raises(ConflictError):
        judicial.apply(store, actor, a.id, court="安宁区人民法院", applied_on=date(2026, 6, 1), today=TODAY)


def test_late_application_is_refused_unless_forced(store, actor):
    case_id = new_case(store, actor)
    a = _agreement(store, actor, case_id)
    with pytest.raises(ValidationError) as err:
        judicial.apply(store, actor, a.id, court="安宁区人民法院", applied_on=date(2026, 6, 12), today=TODAY)
    msg = err.value.message()
    assert "30 日" in msg and "2026-06-11" in msg and "原因" in msg
    assert judicial.list_confirmations(store, actor, case_id) == []
    j = judicial.apply(store, actor, a.id, court="安宁区人民法院", applied_on=date(2026, 6, 12),
                       force_reason="法院同意受理逾期申请", today=TODAY)
    assert j.applied_on == date(2026, 6, 12)
    ev = audit_events(store, "judicial_confirmation", "apply")[-1]
    assert ev.after["forced_late"] is True and ev.after["force_reason"] == "法院同意受理逾期申请"


def test_refusals(store, actor):
    case_id = new_case(store, actor)
    draft = _agreement(store, actor, case_id, sign=False)
    with pytest.raises(UserError) as err:
        judicial.apply(store, actor, draft.id, court="安宁区人民法院", applied_on=date(2026, 6, 1), today=TODAY)
    assert err.value.code == "judicial.not_signed"
    a = ag.sign_agreement(store, actor, draft.id, draft.edit_version, date(2026, 5, 12), today=TODAY)
    with pytest.raises(ValidationError):
        judicial.apply(store, actor, a.id, court="安宁区人民法院", applied_on=date(2026, 5, 11), today=TODAY)
    with pytest.raises(ValidationError):
        judicial.apply(store, actor, a.id, court=" ", applied_on=date(2026, 5, 20), today=TODAY)
    liaison = actor_with_role(store, actor, "liaison")
    with pytest.raises(PermissionDeniedError):
        judicial.apply(store, liaison, a.id, court="安宁区人民法院", applied_on=date(2026, 5, 20), today=TODAY)


def test_court_number_and_decision(store, actor):
    case_id = new_case(store, actor)
    a = _agreement(store, actor, case_id)
    j = judicial.apply(store, actor, a.id, court="安宁区人民法院", applied_on=date(2026, 5, 20), today=TODAY)
    with pytest.raises(ValidationError):
        judicial.record_court_result(store, actor, j.id, j.version, court_case_number="（2026）甘0402民初12号",
                                     today=TODAY)
    j = judicial.record_court_result(store, actor, j.id, j.version, court_case_number="(2026)安调确字第5号",
                                     today=TODAY)
    assert j.court_case_number == "（2026）安调确字第5号" and j.decision == "pending"
    with pytest.raises(ValidationError):
        judicial.record_court_result(store, actor, j.id, j.version, decision="confirmed",
                                     decided_on=date(2026, 5, 19), today=TODAY)
    j = judicial.record_court_result(store, actor, j.id, j.version, decision="confirmed",
                                     decided_on=date(2026, 5, 22), today=TODAY)
    assert (j.decision, j.decided_on) == ("confirmed", date(2026, 5, 22))
    ev = audit_events(store, "judicial_confirmation", "court_result")[-1]
    assert ev.before["decision"] == "pending" and ev.after["decision"] == "confirmed"

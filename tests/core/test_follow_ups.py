"""回访: planning from the agreement's date and the committee setting, visits updating performance."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.errors import StaleEditError, ValidationError
from mediation_desk.services import agreements as ag
from mediation_desk.services import committees
from mediation_desk.services import follow_ups as fu
from tests.core.casework import TODAY, actor_with_role, audit_events, new_case


def _signed(store, actor, case_id: int, signed_on: date = date(2026, 5, 12)) -> ag.AgreementView:
    a = ag.draft_agreement(store, actor, case_id)
    li = a.parties[1].party_id
    content = ag.AgreementContent(facts=a.facts, copies=3, clauses=(
        ag.ClauseInput("李四拆除彩钢棚。", li, None, date(2026, 5, 31)),
        ag.ClauseInput("李四赔偿张三损失。", li, "800", date(2026, 5, 31)),
    ))
    a = ag.save_agreement(store, actor, a.id, content, a.edit_version)
    return ag.sign_agreement(store, actor, a.id, a.edit_version, signed_on, today=TODAY)


def _visit(performance: str, **kw: object) -> fu.VisitInput:
    base: dict[str, object] = dict(visited_on=date(2026, 5, 28), performance=performance, visitor="王建国",
                                   method="visit", satisfaction="satisfied", note="上门了解情况")
    base.update(kw)
    return fu.VisitInput(**base)  # type: ignore[arg-type]


def test_plan_defaults_to_signing_plus_setting(store, actor):
    case_id = new_case(store, actor)
    a = _signed(store, actor, case_id)
    f = fu.plan_follow_up(store, actor, case_id)
    assert f.agreement_id == a.id and f.agreement_number == a.number
    assert f.due_on == date(2026, 5, 27)  # 12 May + 15 days
    assert f.party_names == "张三、李四" and f.reason == "了解调解协议履行情况" and not f.done
    info = committees.get_committee(store, actor.committee_id)
    committees.update_committee(store, actor, info.version, settings={**info.settings, "follow_up_days": 30})
    assert fu.plan_follow_up(store, actor, case_id).due_on == date(2026, 6, 11)
    assert [x.due_on for x in fu.due_follow_ups(store, actor, date(2026, 5, 31))] == [date(2026, 5, 27)]


def test_plan_without_agreement_needs_a_date(store, actor):
    case_id = new_case(store, actor)
    with pytest.raises(ValidationError):
        fu.plan_follow_up(store, actor, case_id)
    f = fu.plan_follow_up(store, actor, case_id, due_on=date(2026, 6, 10), reason="了解纠纷是否反弹")
    assert f.agreement_id is None and f.reason == "了解纠纷是否反弹"


def test_visit_finding_non_performance_updates_the_agreement(store, actor):
    case_id = new_case(store, actor)
    a = _signed(store, actor, case_id)
    f = fu.plan_follow_up(store, actor, case_id)
    done = fu.record_visit(store, actor, f.id, f.version,
                           _visit("not", satisfaction="dissatisfied", new_risk="张三扬言要拆李四的棚子",
                                  lawsuit=False), today=TODAY)
    assert done.done and done.performance == "not" and done.visitor == "王建国"
    assert done.new_risk == "张三扬言要拆李四的棚子"
    assert ag.get_agreement(store, actor, a.id).performance_status == "not_performed"
    ev = audit_events(store, "agreement", "performance")[-1]
    assert ev.before == {"performance_status": "pending"}
    assert ev.after["performance_status"] == "not_performed"
    visit_ev = audit_events(store, "follow_up", "visit")[-1]
    assert visit_ev.before["visited_on"] is None and visit_ev.after["visited_on"] == "2026-05-28"


def test_visit_finding_performance(store, actor):
    case_id = new_case(store, actor)
    a = _signed(store, actor, case_id)
    f = fu.plan_follow_up(store, actor, case_id)
    fu.record_visit(store, actor, f.id, f.version, _visit("performed"), today=TODAY)
    after = ag.get_agreement(store, actor, a.id)
    assert after.performance_status == "performed" and after.performed_on == date(2026, 5, 28)
    assert all(c.performed_on == date(2026, 5, 28) for c in after.clauses)


def test_visit_is_validated_and_versioned(store, actor):
    case_id = new_case(store, actor)
    _signed(store, actor, case_id)
    f = fu.plan_follow_up(store, actor, case_id)
    with pytest.raises(ValidationError) as err:
        fu.record_visit(store, actor, f.id, f.version,
                        _visit("maybe", visitor=" ", visited_on=date(2026, 5, 1)), today=TODAY)
    assert {p.field for p in err.value.problems} == {"performance", "visitor", "visited_on"}
    fu.record_visit(store, actor, f.id, f.version, _visit("partial"), today=TODAY)
    with pytest.raises(StaleEditError):
        fu.record_visit(store, actor, f.id, f.version, _visit("performed"), today=TODAY)
    assert fu.get_follow_up(store, actor, f.id).performance == "partial"


def test_liaison_may_record_a_visit(store, actor):
    case_id = new_case(store, actor)
    a = _signed(store, actor, case_id)
    liaison = actor_with_role(store, actor, "liaison")
    f = fu.plan_follow_up(store, liaison, case_id)
    fu.record_visit(store, liaison, f.id, f.version, _visit("partial", visitor="刘警官"), today=TODAY)
    assert ag.get_agreement(store, actor, a.id).performance_status == "partial"
    assert [x.visitor for x in fu.list_follow_ups(store, liaison, case_id)] == ["刘警官"]

from datetime import date, timedelta
from decimal import Decimal

from mediation_desk.db.models import Agreement, AgreementClause, Case, FollowUp, JudicialConfirmation
from mediation_desk.services import deadlines, referrals, transfers
from mediation_desk.services.intake import ReferralInput
from tests.core.sched_support import case, org

TODAY = date(2026, 11, 25)


def _agreement(store, actor, case_id, *, signed_on, due, status="pending", clauses=()):
    """A settled case's agreement as the agreements service will store it (that service is built elsewhere)."""
    with store.write(actor) as uow:
        c = uow.session.get(Case, case_id)
        c.status, c.outcome, c.closed_on = "closed", "written_agreement", signed_on
        a = Agreement(case_id=case_id, number=f"协-{case_id}", status="signed", signed_on=signed_on,
                      performance_due=due, performance_status=status, total_amount=Decimal("3000.00"))
        uow.session.add(a)
        uow.session.flush()
        for pos, (clause_due, performed) in enumerate(clauses, start=1):
            uow.session.add(AgreementClause(agreement_id=a.id, position=pos, text=f"第{pos}期付款",
                                            due_on=clause_due, performed_on=performed))
        uow.session.flush()
        return a.id


def test_attention_lists_every_kind(store, actor):
    o = org(store, actor)
    wang, li = o.mediators
    # 1. mediation limit: received 10-20 → due 11-19 (overdue 6 days); received 11-02 → due 12-02 (in 7 days).
    late = case(store, actor, date(2026, 10, 20), n=1, mediator_id=wang)
    soon = case(store, actor, date(2026, 11, 2), n=2, mediator_id=li)
    case(store, actor, date(2026, 11, 24), n=3, mediator_id=wang)  # due 12-24: outside the window
    # 2. feedback owed to the police (15 days from 11-05 = 11-20).
    referred = case(store, actor, date(2026, 11, 5), n=4, mediator_id=li, source="公安机关移送",
                    referral=ReferralInput(agency_id=o.police_id, reference="J2026110500001"))
    # 3. performance: an agreement paid in instalments whose final date lies beyond the window (its
    # overdue first instalment is listed; the performed one is not), and one due within the window.
    settled = case(store, actor, date(2026, 10, 1), n=5, mediator_id=wang)
    agreement = _agreement(store, actor, settled, signed_on=date(2026, 11, 10), due=date(2026, 12, 31),
                           clauses=[(date(2026, 11, 20), None), (date(2026, 11, 15), date(2026, 11, 15)),
                                    (date(2026, 12, 31), None)])
    lump_sum = case(store, actor, date(2026, 10, 3), n=7, mediator_id=wang)
    _agreement(store, actor, lump_sum, signed_on=date(2026, 11, 2), due=date(2026, 11, 30),
               clauses=[(date(2026, 11, 30), None)])
    performed = case(store, actor, date(2026, 10, 2), n=6, mediator_id=wang)
    _agreement(store, actor, performed, signed_on=date(2026, 10, 10), due=date(2026, 11, 1), status="performed")
    # 4. follow-up visit and 5. a planned judicial confirmation (30 days from 11-10 = 12-10, outside 7 days).
    with store.write(actor) as uow:
        uow.session.add(FollowUp(case_id=settled, agreement_id=agreement, due_on=date(2026, 11, 26),
                                 reason="了解协议履行情况"))
        uow.session.add(FollowUp(case_id=settled, agreement_id=agreement, due_on=date(2026, 11, 1),
                                 visited_on=date(2026, 11, 1)))
        uow.session.add(JudicialConfirmation(case_id=settled, agreement_id=agreement, court="安宁区人民法院"))
    # 6. a transfer due tomorrow.
    transfers.create_transfer(store, actor, soon, department="安宁区市场监督管理局", matter="核查商品质量",
                              sent_on=date(2026, 11, 20), due_on=date(2026, 11, 26))

    result = deadlines.attention(store, actor.committee_id, within_days=7, today=TODAY)
    got = [(i.kind, i.case_id, i.due_on, i.days_left) for i in result.items]
    assert got == [
        ("mediation", late, date(2026, 11, 19), -6),
        ("feedback", referred, date(2026, 11, 20), -5),
        ("performance", settled, date(2026, 11, 20), -5),
        ("transfer", soon, date(2026, 11, 26), 1),  # same day: ordered by case number
        ("follow_up", settled, date(2026, 11, 26), 1),
        ("performance", lump_sum, date(2026, 11, 30), 5),
        ("mediation", soon, date(2026, 12, 2), 7),
    ]
    assert len(result.overdue) == 3 and len(result.due_soon) == 4
    assert result.items[0].mediator == "王建国" and result.items[0].kind_label == "调解期限"
    assert result.items[1].detail == "安宁派出所 J2026110500001"
    assert result.items[2].detail == "协议第 1 条"
    assert result.items[5].detail == f"协议 协-{lump_sum}"
    assert result.warnings == ()
    assert result.counts["performance"].overdue == 1 and result.counts["performance"].due_soon == 1
    assert result.total == 7 and result.total_overdue == 3 and not result.truncated

    # A page of the list: the first items by due date, with the counts of everything.
    page = deadlines.attention(store, actor.committee_id, within_days=7, today=TODAY, limit=1)
    assert [(i.kind, i.case_id) for i in page.items] == [("mediation", late)]
    assert page.truncated and page.total == 7 and page.total_overdue == 3
    assert page.counts["mediation"].overdue == 1 and page.counts["mediation"].due_soon == 1

    # A wider window reaches the judicial-confirmation deadline and the third case.
    wide = deadlines.attention(store, actor.committee_id, within_days=40, today=TODAY)
    jc = [i for i in wide.items if i.kind == "judicial_confirmation"]
    assert [(i.due_on, i.detail) for i in jc] == [(date(2026, 12, 10), "安宁区人民法院")]
    assert wide.warnings and "2027" in wide.warnings[0]  # the window reaches into a year without data

    # One mediator's list.
    mine = deadlines.attention(store, actor.committee_id, within_days=7, today=TODAY, mediator_id=li)
    assert {(i.kind, i.case_id) for i in mine.items} == {("feedback", referred), ("transfer", soon),
                                                         ("mediation", soon)}

    # Once feedback is sent it leaves the list.
    ref = referrals.get_referral(store, actor, referred, today=TODAY)
    referrals.record_feedback(store, actor, referred, ref.version, sent_on=TODAY, today=TODAY)
    after = deadlines.attention(store, actor.committee_id, within_days=7, today=TODAY, kinds={"feedback"})
    assert after.items == []


def test_closed_cases_leave_the_list(store, actor):
    o = org(store, actor)
    cid = case(store, actor, date(2026, 10, 1), mediator_id=o.mediators[0])
    assert [i.case_id for i in deadlines.attention(store, actor.committee_id, today=TODAY).items] == [cid]
    with store.write(actor) as uow:
        c = uow.session.get(Case, cid)
        assert c is not None
        c.status, c.closed_on, c.outcome = "closed", TODAY - timedelta(days=1), "terminated"
    assert deadlines.attention(store, actor.committee_id, today=TODAY).items == []


def test_case_deadlines_for_the_detail_view(store, actor):
    o = org(store, actor)
    cid = case(store, actor, date(2026, 11, 2), mediator_id=o.mediators[0], source="公安机关移送",
               referral=ReferralInput(agency_id=o.police_id, reference="J2026110200007"))
    # Signed on Friday 11-20: the follow-up (15 days) falls on Saturday 12-05 → Monday 12-07; the
    # judicial-confirmation window (30 days) ends on Sunday 12-20 → Monday 12-21.
    _agreement(store, actor, cid, signed_on=date(2026, 11, 20), due=date(2026, 12, 15))
    ref = referrals.get_referral(store, actor, cid, today=TODAY)
    referrals.record_feedback(store, actor, cid, ref.version, sent_on=date(2026, 11, 21), today=TODAY)
    found, warnings = deadlines.case_deadlines(store, actor, cid)
    assert [(d.kind, d.due_on, d.done_on, d.suggested) for d in found] == [
        ("feedback", date(2026, 11, 17), date(2026, 11, 21), False),
        ("mediation", date(2026, 12, 2), date(2026, 11, 20), False),
        ("follow_up", date(2026, 12, 7), None, True),
        ("performance", date(2026, 12, 15), None, False),
        ("judicial_confirmation", date(2026, 12, 21), None, True),
    ]
    assert found[0].detail == "安宁派出所 J2026110200007" and warnings == ()

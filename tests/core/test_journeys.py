"""The mediator's two everyday journeys after intake, at the service level (sessions are skipped).

1. A police-referred neighbour dispute: record → agreement → (print data) → follow-up → close → feedback.
2. A court-delegated dispute that ends without agreement and is reported back to the court.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mediation_desk.domain.money import to_capitals
from mediation_desk.drafts import DraftStore
from mediation_desk.errors import ValidationError
from mediation_desk.services import agreements as ag
from mediation_desk.services import case_changes as cc
from mediation_desk.services import cases, feedback, intake, records, search
from mediation_desk.services import follow_ups as fu
from mediation_desk.services.intake import ReferralInput
from tests.core.casework import actor_with_role
from tests.factories import neighbour_case

TODAY = date(2026, 6, 20)


def test_police_referred_neighbour_dispute(store, actor, tmp_path):
    mediator = actor_with_role(store, actor, "mediator", personal=True, username="wangjg")
    referral = ReferralInput(agency="安宁派出所", reference="J62040220260506001", received_on=date(2026, 5, 6),
                             request="双方因彩钢棚排水发生口角，请调委会调处。")
    taken = intake.create_case(store, actor, neighbour_case(source="公安机关移送", referral=referral), today=TODAY)
    case_id = taken.case_id
    detail = cases.get_case_detail(store, mediator, case_id)
    assert detail.source == "police_referral" and detail.referral is not None
    assert detail.referral.agency_kind == "police"

    # The session record, typed with local drafts and database autosaves, then signed.
    drafts = DraftStore(tmp_path / "drafts")
    rec = records.create_draft(store, mediator, case_id)
    text = replace(rec.content, occurred_at=datetime(2026, 5, 10, 2, 0, tzinfo=UTC), place="安宁派出所联合调解室",
                   present="调解员：王建国；当事人：张三、李四；联络员：刘警官",
                   body="张三称雨水从彩钢棚流入院内；李四称愿意改建排水。", recorder="李秀英",
                   result="经调解，双方自愿达成协议，另行制作调解协议书。")
    drafts.save(f"record-{rec.id}", {"body": text.body}, base_version=rec.edit_version)
    version = records.save_draft(store, mediator, rec.id, text, rec.edit_version)
    drafts.discard(f"record-{rec.id}")
    signed_record = records.sign(store, mediator, rec.id, version)
    assert signed_record.status == "signed" and drafts.list() == []

    # The written agreement, clauses from templates, signed by everyone.
    a = ag.draft_agreement(store, mediator, case_id)
    zhang, li = a.parties[0].party_id, a.parties[1].party_id
    clauses = (
        ag.clause_from_template(store, mediator, case_id, "remove_structure", obligor_party_id=li,
                                obligee_party_id=zhang, due_on=date(2026, 5, 31)),
        ag.clause_from_template(store, mediator, case_id, "compensate_loss", obligor_party_id=li,
                                obligee_party_id=zhang, amount="3,500.50", due_on=date(2026, 5, 25)),
        ag.clause_from_template(store, mediator, case_id, "goodwill"),
    )
    a = ag.save_agreement(store, mediator, a.id, replace(a.content(), clauses=clauses,
                                                         performance_method="现金当面交付，当场出具收条"),
                          a.edit_version)
    a = ag.sign_agreement(store, mediator, a.id, a.edit_version, date(2026, 5, 12), today=TODAY)

    # What the agreement form prints is all there.
    assert a.number == "（2026）安调协字第001号" and a.copies == 3
    assert [p.name for p in a.parties] == ["张三", "李四"]
    assert [c.position for c in a.clauses] == [1, 2, 3]
    assert a.total_amount == Decimal("3500.50") and to_capitals(a.total_amount) == "人民币叁仟伍佰元伍角"
    assert "人民币叁仟伍佰元伍角（3,500.50元）" in a.clauses[1].text
    assert a.performance_due == date(2026, 5, 31) and a.signed_on == date(2026, 5, 12)

    # Follow-up: planned from the signing date, the visit finds the agreement performed.
    f = fu.plan_follow_up(store, mediator, case_id)
    assert f.due_on == date(2026, 5, 27)
    fu.record_visit(store, mediator, f.id, f.version,
                    fu.VisitInput(visited_on=date(2026, 6, 2), performance="performed", visitor="王建国",
                                  method="visit", satisfaction="satisfied", note="彩钢棚已拆除，赔偿款已付清"),
                    today=TODAY)
    assert ag.get_agreement(store, mediator, a.id).performance_status == "performed"

    # Close with the written agreement, then report back to the police station.
    version = cases.get_case_detail(store, mediator, case_id).version
    closed = cc.close_case(store, mediator, case_id, version,
                           cc.Closing("written_agreement", date(2026, 6, 2), prevented_criminal=True,
                                      prevented_criminal_people=2), today=TODAY)
    assert closed.status == "closed" and closed.outcome == "written_agreement"
    letter = feedback.draft_feedback_text(store, mediator, case_id)
    assert "警情号：J62040220260506001" in letter and "（2026）安调协字第001号" in letter and "3,500.50" in letter
    fb = feedback.get_feedback(store, mediator, case_id)
    sent = feedback.record_feedback(store, mediator, case_id, fb.version, sent_on=date(2026, 6, 3), text=letter,
                                    today=TODAY)
    assert sent.feedback_sent_on == date(2026, 6, 3)

    final = cases.get_case_detail(store, mediator, case_id)
    assert final.referral is not None and final.referral.feedback_sent_on == date(2026, 6, 3)
    assert [x["status"] for x in final.records] == ["signed"]
    assert [x["performance_status"] for x in final.agreements] == ["performed"]
    actions = [(h.entity, h.action) for h in cases.case_history(store, mediator, case_id)]
    for step in [("case", "create"), ("record", "sign"), ("agreement", "sign"), ("follow_up", "visit"),
                 ("case", "close"), ("referral", "feedback")]:
        assert step in actions
    assert actions.index(("record", "sign")) < actions.index(("agreement", "sign")) < actions.index(("case", "close"))
    assert [r.id for r in search.search(store, actor.committee_id, "改建排水").rows] == [case_id]


def test_court_delegated_case_ends_without_agreement(store, actor):
    mediator = actor_with_role(store, actor, "mediator", username="lixy")
    referral = ReferralInput(agency="安宁区人民法院", reference="（2026）甘0402民诉前调123号",
                             received_on=date(2026, 6, 1), request="诉前委派调解")
    data = neighbour_case(received_on=date(2026, 6, 1), source="人民法院委派", referral=referral,
                          summary="张三诉李四相邻关系纠纷，法院诉前委派调解。")
    taken = intake.create_case(store, actor, data, today=TODAY)
    case_id = taken.case_id
    detail = cases.get_case_detail(store, mediator, case_id)
    assert detail.source == "court_delegation" and detail.due_on == date(2026, 7, 1)

    inv = records.create_draft(store, mediator, case_id, records.RecordKind.INVESTIGATION_RECORD)
    v = records.save_draft(store, mediator, inv.id,
                           replace(inv.content, occurred_at=datetime(2026, 6, 3, 6, 0, tzinfo=UTC),
                                   place="东关村 3 组现场", body="现场查看：彩钢棚距院墙 0.5 米，排水槽朝向张三院内。"),
                           inv.edit_version)
    records.sign(store, mediator, inv.id, v)
    rec = records.create_draft(store, mediator, case_id)
    v = records.save_draft(store, mediator, rec.id,
                           replace(rec.content, occurred_at=datetime(2026, 6, 8, 2, 0, tzinfo=UTC),
                                   body="张三坚持拆除；李四只同意改造排水槽。",
                                   result="双方分歧较大，未能达成调解协议。"), rec.edit_version)
    records.sign(store, mediator, rec.id, v)

    version = cases.get_case_detail(store, mediator, case_id).version
    with pytest.raises(ValidationError):
        cc.close_case(store, mediator, case_id, version, cc.Closing("written_agreement", date(2026, 6, 10)),
                      today=TODAY)
    closed = cc.close_case(store, mediator, case_id, version,
                           cc.Closing("terminated", date(2026, 6, 10),
                                      note="双方分歧较大，调解不成，已告知当事人通过诉讼途径解决，退回法院立案。"),
                           today=TODAY)
    assert (closed.status, closed.outcome) == ("closed", "terminated")

    letter = feedback.draft_feedback_text(store, mediator, case_id)
    assert "案号：（2026）甘0402民诉前调123号" in letter and "调解不成" in letter
    fb = feedback.get_feedback(store, mediator, case_id)
    feedback.record_feedback(store, mediator, case_id, fb.version, sent_on=date(2026, 6, 10), text=letter,
                             today=TODAY)
    final = cases.get_case_detail(store, mediator, case_id)
    assert final.referral is not None and final.referral.feedback_text == letter
    assert final.agreements == [] and [x["kind"] for x in final.records] == ["investigation_record",
                                                                              "session_record"]

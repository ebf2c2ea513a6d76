from datetime import date

import pytest

from mediation_desk.errors import StaleEditError, UserError, ValidationError
from mediation_desk.services import cases, committees, referrals
from mediation_desk.services.intake import ReferralInput
from tests.core.sched_support import case, org

TODAY = date(2026, 11, 25)


def _police_case(store, actor, received: date, n: int = 1) -> int:
    o = org(store, actor) if n == 1 else None
    agency_id = o.police_id if o else committees.agencies(store, actor.committee_id)[0].id
    return case(store, actor, received, n=n, source="公安机关移送",
                referral=ReferralInput(agency_id=agency_id, reference=f"J2026110{n}00012", request="请调解后反馈"))


def test_referral_limits_come_from_the_agency(store, actor):
    cid = _police_case(store, actor, date(2026, 11, 2))
    row = referrals.get_referral(store, actor, cid, today=TODAY)
    # The police station gives 15 calendar days: 11-17 is a Tuesday.
    assert row.feedback_due_on == date(2026, 11, 17)
    assert row.reference_label == "警情号" and row.agency == "安宁派出所"
    # Switch the station to 10 working days; later referrals are counted so.
    agency = committees.agencies(store, actor.committee_id)[0]
    with pytest.raises(ValidationError):
        referrals.set_agency_limits(store, actor, agency.id, 1, mediation_days=None, feedback_days=0)
    referrals.set_agency_limits(store, actor, agency.id, 1, mediation_days=None, feedback_days=10,
                                feedback_in_workdays=True)
    cid2 = _police_case(store, actor, date(2026, 9, 28), n=2)
    # 9-28 + 10 working days: 9-29, 9-30, (National Day) 10-8, 10-9, make-up Saturday 10-10, 10-12 … 10-16.
    assert referrals.get_referral(store, actor, cid2, today=TODAY).feedback_due_on == date(2026, 10, 16)


def test_awaiting_late_and_feedback_sent(store, actor):
    late_case = _police_case(store, actor, date(2026, 11, 2))
    fresh_case = _police_case(store, actor, date(2026, 11, 20), n=2)
    case(store, actor, n=3)  # not referred: not in the ledger
    waiting = referrals.awaiting_feedback(store, actor.committee_id, today=TODAY)
    assert [(r.case_id, r.state) for r in waiting] == [(late_case, "late"), (fresh_case, "awaiting")]
    assert waiting[0].days_late == 8
    assert [r.case_id for r in referrals.awaiting_feedback(store, actor.committee_id, today=TODAY,
                                                           late_only=True)] == [late_case]
    with pytest.raises(ValidationError):
        referrals.record_feedback(store, actor, late_case, waiting[0].version, sent_on=date(2026, 10, 1), today=TODAY)
    sent = referrals.record_feedback(store, actor, late_case, waiting[0].version, sent_on=date(2026, 11, 24),
                                     text="双方达成协议，已履行。", today=TODAY)
    assert sent.state == "sent_late" and sent.days_late == 7
    with pytest.raises(StaleEditError):
        referrals.record_feedback(store, actor, late_case, waiting[0].version, sent_on=date(2026, 11, 24), today=TODAY)
    assert [r.case_id for r in referrals.awaiting_feedback(store, actor.committee_id, today=TODAY)] == [fresh_case]
    letter = referrals.feedback_letter_data(store, actor, late_case)
    assert letter.agency == "安宁派出所" and letter.reference_label == "警情号"
    assert letter.reference == "J2026110100012" and letter.feedback_text == "双方达成协议，已履行。"
    assert letter.parties == [("applicant", "张1"), ("respondent", "李1")]
    assert letter.committee_name == "安宁镇人民调解委员会" and letter.outcome_label == "调解中"
    with pytest.raises(UserError):
        referrals.feedback_letter_data(store, actor, case(store, actor, n=4))


def test_extensions_need_reason_and_consent(store, actor):
    cid = _police_case(store, actor, date(2026, 11, 2))
    detail = cases.get_case_detail(store, actor, cid)
    assert detail.due_on == date(2026, 12, 2)
    with pytest.raises(ValidationError) as err:
        referrals.extend_limit(store, actor, cid, detail.version, kind="mediation", new_due_on=date(2026, 12, 31),
                               reason=" ")
    assert set(err.value.by_field()) == {"reason", "parties_consented"}
    with pytest.raises(ValidationError):
        referrals.extend_limit(store, actor, cid, detail.version, kind="mediation", new_due_on=date(2026, 12, 1),
                               reason="需要补充证据", parties_consented=True)
    ext = referrals.extend_limit(store, actor, cid, detail.version, kind="mediation", new_due_on=date(2027, 1, 4),
                                 reason="需要等待伤情鉴定结果", parties_consented=True)
    assert ext.old_due_on == date(2026, 12, 2) and ext.new_due_on == date(2027, 1, 4)
    assert ext.warnings and "2027" in ext.warnings[0]  # the new limit lies in a year without holiday data
    assert cases.get_case_detail(store, actor, cid).due_on == date(2027, 1, 4)
    ref = referrals.get_referral(store, actor, cid, today=TODAY)
    fb = referrals.extend_limit(store, actor, cid, ref.version, kind="feedback", new_due_on=date(2026, 12, 10),
                                reason="派出所同意延期反馈")
    assert fb.kind == "feedback" and not fb.parties_consented
    assert referrals.get_referral(store, actor, cid, today=TODAY).feedback_due_on == date(2026, 12, 10)
    assert [(e.kind, e.reason) for e in referrals.extensions(store, actor, cid)] == [
        ("mediation", "需要等待伤情鉴定结果"), ("feedback", "派出所同意延期反馈")]
    plain = case(store, actor, n=5)
    with pytest.raises(UserError):
        referrals.extend_limit(store, actor, plain, 1, kind="feedback", new_due_on=date(2026, 12, 31), reason="x")

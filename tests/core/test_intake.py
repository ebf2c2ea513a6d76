from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from mediation_desk.db.models import AuditEvent, Case, CaseParty, Party, Referral
from mediation_desk.errors import StaleEditError, UserError, ValidationError
from mediation_desk.services import cases, intake
from mediation_desk.services.intake import PartyInput, ReferralInput
from tests.factories import make_credit_code, make_id, neighbour_case

TODAY = date(2026, 6, 1)


def row_counts(store):
    with store.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Case, CaseParty, Party, Referral, AuditEvent)}


def test_intake_stores_case_parties_and_derived_particulars(store, actor):
    result = intake.create_case(store, actor, neighbour_case(applicant_id=make_id(born="19800101", order="124")),
                                today=TODAY)
    detail = cases.get_case_detail(store, actor, result.case_id, full_personal_data=True)
    assert detail.case_number == "（2026）安调字第001号"
    assert detail.status == "accepted"
    assert detail.due_on == date(2026, 6, 5)  # one month (30 days) from 2026-05-06
    applicant = detail.parties[0]
    assert (applicant.name, applicant.role, applicant.sex) == ("张三", "applicant", "female")
    assert applicant.birth_date == date(1980, 1, 1)
    assert applicant.age == 46
    assert applicant.phone == "13812345678"


def test_lists_mask_personal_data_unless_allowed(store, actor):
    result = intake.create_case(store, actor, neighbour_case(), today=TODAY)
    masked = cases.get_case_detail(store, actor, result.case_id)
    assert masked.parties[0].phone == "138****5678"
    assert "*" in masked.parties[0].id_number
    clerk = replace(actor, may_see_personal_data=False)
    assert "*" in cases.get_case_detail(store, clerk, result.case_id, full_personal_data=True).parties[0].id_number


def test_every_problem_is_reported_and_nothing_written(store, actor):
    before = row_counts(store)
    good_id = make_id()
    bad = neighbour_case(applicant_id=good_id[:17] + ("1" if good_id[17] == "0" else "0"))
    bad.dispute_type = "吵架"
    bad.summary = "  "
    bad.parties[1].phone = "12345"
    bad.received_on = TODAY + timedelta(days=3)
    with pytest.raises(ValidationError) as err:
        intake.create_case(store, actor, bad, today=TODAY)
    fields = err.value.by_field()
    assert set(fields) == {"dispute_type", "summary", "parties[0].id_number", "parties[1].phone", "received_on"}
    assert "校验位" in fields["parties[0].id_number"][0]
    assert "邻里" in fields["dispute_type"][0]  # lists the valid choices
    assert row_counts(store) == before


def test_organisation_party_with_credit_code(store, actor):
    data = neighbour_case()
    data.dispute_type = "物业"
    data.parties[1] = PartyInput(role="respondent", kind="organisation", name="安宁物业服务有限公司",
                                 credit_code=make_credit_code().lower(), phone="0931-8123456",
                                 legal_representative="赵六")
    result = intake.create_case(store, actor, data, today=TODAY)
    detail = cases.get_case_detail(store, actor, result.case_id, full_personal_data=True)
    org = detail.parties[1]
    assert org.kind == "organisation" and org.credit_code == make_credit_code()
    assert org.legal_representative == "赵六" and org.phone == "09318123456"


def test_needs_applicant_and_respondent(store, actor):
    data = neighbour_case()
    data.parties = data.parties[:1]
    with pytest.raises(ValidationError) as err:
        intake.create_case(store, actor, data, today=TODAY)
    assert err.value.problems[0].code == "party.no_respondent"


def test_numbers_run_per_year(store, actor):
    numbers = [intake.create_case(store, actor, neighbour_case(date(2025, 12, 30)), today=TODAY).case_number,
               intake.create_case(store, actor, neighbour_case(date(2026, 1, 2)), today=TODAY).case_number,
               intake.create_case(store, actor, neighbour_case(date(2026, 1, 3)), today=TODAY).case_number]
    assert numbers == ["（2025）安调字第001号", "（2026）安调字第001号", "（2026）安调字第002号"]


def test_referral_recorded_with_feedback_due(store, actor):
    ref = ReferralInput(agency="安宁派出所", reference="J2026050600123", request="请调解并反馈")
    result = intake.create_case(store, actor, neighbour_case(referral=ref, source="公安机关移送"), today=TODAY)
    detail = cases.get_case_detail(store, actor, result.case_id)
    assert detail.source == "police_referral"
    assert detail.referral is not None
    assert (detail.referral.agency, detail.referral.agency_kind) == ("安宁派出所", "police")
    assert detail.referral.reference == "J2026050600123"
    assert detail.referral.feedback_due_on is not None and detail.referral.feedback_due_on > date(2026, 5, 6)


def test_repeat_dispute_detection_and_risk(store, actor):
    first = intake.create_case(store, actor, neighbour_case(date(2026, 3, 1)), today=TODAY)
    assert first.history == [] and first.risk.level == "low"
    second_input = neighbour_case(date(2026, 5, 20), summary="李四又在墙边堆放杂物，双方发生推搡，李四扬言报复。")
    history = intake.party_history(store, actor.committee_id, second_input.parties, today=TODAY)
    assert [h.name for h in history] == ["张三", "李四"]
    assert history[0].open_cases == 1 and history[0].flagged
    second = intake.create_case(store, actor, second_input, today=TODAY)
    rules = {r["rule"] for r in cases.get_case_detail(store, actor, second.case_id).risk_reasons}
    assert {"violence", "repeat", "open_case"} <= rules
    assert second.risk.level == "high"
    # The same people are one party row each, reused across the two cases.
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Party)) == 2


def test_same_name_and_phone_is_the_same_party_without_id(store, actor):
    data = neighbour_case()
    data.parties[1].id_number = ""
    intake.create_case(store, actor, data, today=TODAY)
    again = neighbour_case()
    again.parties[1].id_number = ""
    history = intake.party_history(store, actor.committee_id, again.parties, today=TODAY)
    assert {h.name for h in history} == {"张三", "李四"}


def test_decline_needs_reason_and_accept_checks_version(store, actor):
    with pytest.raises(ValidationError):
        intake.create_case(store, actor, neighbour_case(), decision="decline", today=TODAY)
    registered = intake.create_case(store, actor, neighbour_case(), decision="register", today=TODAY)
    detail = cases.get_case_detail(store, actor, registered.case_id)
    assert detail.status == "registered" and detail.due_on is None
    new_version = intake.accept_case(store, actor, registered.case_id, detail.version, date(2026, 5, 8))
    with pytest.raises(StaleEditError):
        intake.decline_case(store, actor, registered.case_id, detail.version, "已起诉")
    with pytest.raises(UserError):
        intake.decline_case(store, actor, registered.case_id, new_version, "已起诉")
    # 30 days from 05-08 is Sunday 06-07; a period ending on a rest day ends on the next working day
    # (民法典第二百零三条), so the limit is Monday 06-08.
    assert cases.get_case_detail(store, actor, registered.case_id).due_on == date(2026, 6, 8)


def test_audit_log_records_and_is_append_only(store, actor):
    result = intake.create_case(store, actor, neighbour_case(), today=TODAY)
    history = cases.case_history(store, actor, result.case_id)
    assert [(h.action, h.username) for h in history] == [("create", "admin")]
    assert history[0].after is not None and history[0].after["parties"] == ["张三", "李四"]
    with pytest.raises(Exception, match="append-only"), store.write(actor) as uow:
        uow.session.execute(text("UPDATE audit_event SET action = 'x'"))
    with pytest.raises(Exception, match="append-only"), store.write(actor) as uow:
        uow.session.execute(text("DELETE FROM audit_event"))
    assert len(cases.case_history(store, actor, result.case_id)) == 1


def test_key_case_plan(store, actor):
    result = intake.create_case(store, actor, neighbour_case(), today=TODAY)
    with pytest.raises(ValidationError):
        intake.set_key_case_plan(store, actor, result.case_id, leader="", responsible_person="王", plan="x",
                                 due_on=TODAY)
    intake.set_key_case_plan(store, actor, result.case_id, leader="司法所长", responsible_person="王建国",
                             plan="每周走访一次，联合派出所化解", due_on=date(2026, 6, 30))
    detail = cases.get_case_detail(store, actor, result.case_id)
    assert detail.key_case and detail.key_case_plan is not None
    assert detail.key_case_plan["leader"] == "司法所长"


def test_known_id_number_under_another_name_is_refused(store, actor):
    intake.create_case(store, actor, neighbour_case(), today=TODAY)
    clash = neighbour_case(respondent="李斯")
    clash.parties[1].id_number = neighbour_case().parties[1].id_number
    with pytest.raises(ValidationError) as err:
        intake.create_case(store, actor, clash, today=TODAY)
    assert "已登记为“李四”" in err.value.message()

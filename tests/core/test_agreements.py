"""调解协议书 / 口头协议: drafting, clauses with exact amounts, signing, re-issue, performance, templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from mediation_desk.domain import clause_templates
from mediation_desk.errors import ConflictError, ImmutableRecordError, StaleEditError, UserError, ValidationError
from mediation_desk.services import agreements as ag
from mediation_desk.services import case_changes, search
from mediation_desk.services.intake import PartyInput
from tests.core.casework import TODAY, audit_events, case_version, new_case
from tests.factories import make_id


def _parties(view: ag.AgreementView) -> tuple[int, int]:
    return view.parties[0].party_id, view.parties[1].party_id


def _with_clauses(store, actor, case_id: int) -> ag.AgreementView:
    a = ag.draft_agreement(store, actor, case_id)
    zhang, li = _parties(a)
    content = replace(a.content(), clauses=(
        ag.ClauseInput("李四于2026年5月31日前拆除彩钢棚。", li, None, date(2026, 5, 31)),
        ag.ClauseInput("李四赔偿张三财产损失。", li, "12000.50", date(2026, 6, 15)),
        ag.ClauseInput("张三返还李四垫付的材料费。", zhang, Decimal("0.25"), date(2026, 5, 20)),
    ))
    return ag.save_agreement(store, actor, a.id, content, a.edit_version)


def test_draft_is_prefilled_from_the_case(store, actor):
    case_id = new_case(store, actor)
    a = ag.draft_agreement(store, actor, case_id)
    assert a.kind == "written" and a.status == "draft" and a.version_no == 1
    assert a.number == "（2026）安调协字第001号"
    assert a.facts.startswith("张三与李四系邻居") and a.matters == "请求拆除彩钢棚。"
    assert a.copies == 3  # two parties + the committee
    assert [p.name for p in a.parties] == ["张三", "李四"]
    with pytest.raises(ConflictError):
        ag.draft_agreement(store, actor, case_id)


def test_copies_follow_the_number_of_parties(store, actor):
    case_id = new_case(store, actor)
    case_changes.add_party(store, actor, case_id, case_version(store, actor, case_id),
                           PartyInput(role="respondent", name="王五", id_number=make_id(order="456")), today=TODAY)
    assert ag.draft_agreement(store, actor, case_id).copies == 4


def test_amounts_are_exact_decimals(store, actor):
    case_id = new_case(store, actor)
    a = _with_clauses(store, actor, case_id)
    assert a.total_amount == Decimal("12000.75")
    assert isinstance(a.total_amount, Decimal)
    again = ag.get_agreement(store, actor, a.id)
    assert [c.amount for c in again.clauses] == [None, Decimal("12000.50"), Decimal("0.25")]
    assert again.total_amount == Decimal("12000.50") + Decimal("0.25")
    assert [c.obligor_name for c in again.clauses] == ["李四", "李四", "张三"]
    assert [c.position for c in again.clauses] == [1, 2, 3]


def test_bad_amount_and_foreign_obligor_are_refused(store, actor):
    case_id = new_case(store, actor)
    a = ag.draft_agreement(store, actor, case_id)
    bad = replace(a.content(), clauses=(ag.ClauseInput("赔偿", None, "一万二"),
                                        ag.ClauseInput("赔偿", 999_999, "-5"),))
    with pytest.raises(ValidationError) as err:
        ag.save_agreement(store, actor, a.id, bad, a.edit_version)
    fields = {p.field for p in err.value.problems}
    assert fields == {"clauses[0].amount", "clauses[1].amount", "clauses[1].obligor_party_id"}
    assert ag.get_agreement(store, actor, a.id).clauses == ()


def test_amount_typed_in_wan_and_template_fill(store, actor):
    case_id = new_case(store, actor)
    a = ag.draft_agreement(store, actor, case_id)
    zhang, li = _parties(a)
    clause = ag.clause_from_template(store, actor, case_id, "compensate_loss", obligor_party_id=li,
                                     obligee_party_id=zhang, amount="1.2万", due_on=date(2026, 6, 30))
    assert clause.amount == Decimal("12000.00")
    assert clause.text == "李四于2026年6月30日前赔偿张三财产损失人民币壹万贰仟元整（12,000.00元）。"
    saved = ag.save_agreement(store, actor, a.id, replace(a.content(), clauses=(clause,)), a.edit_version)
    assert saved.total_amount == Decimal("12000.00")
    assert "compensate_loss" in [t.code for t in ag.clause_templates_for(store, actor, case_id)]


def test_templates_cover_common_disputes_and_fill_every_placeholder():
    for dispute in ("neighbour", "marriage_family", "damages", "traffic", "labour", "contract", "housing_land"):
        templates = clause_templates.templates_for(dispute)
        assert templates, dispute
        for t in templates:
            filled = clause_templates.fill(t.text, obligor="李四", obligee="张三", amount=Decimal("3050.05"),
                                           due=date(2026, 7, 1))
            assert "{" not in filled and "}" not in filled
            if t.needs_amount:
                assert "人民币叁仟零伍拾元零伍分" in filled or "3,050.05元" in filled
    blank = clause_templates.fill(clause_templates.find("pay_once").text)  # type: ignore[union-attr]
    assert "＿" in blank and "{" not in blank
    assert clause_templates.templates_for("custom_1") == clause_templates.GENERIC


def test_performance_due_defaults_to_the_latest_clause(store, actor):
    case_id = new_case(store, actor)
    a = _with_clauses(store, actor, case_id)
    assert a.performance_due is None and a.effective_performance_due == date(2026, 6, 15)
    signed = ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), today=TODAY)
    assert signed.performance_due == date(2026, 6, 15)


def test_signing_makes_it_effective_and_immutable(store, actor):
    case_id = new_case(store, actor)
    empty = ag.draft_agreement(store, actor, case_id)
    with pytest.raises(ValidationError) as err:
        ag.sign_agreement(store, actor, empty.id, empty.edit_version, date(2026, 5, 12), today=TODAY)
    assert "clauses" in {p.field for p in err.value.problems}
    ag.discard_draft(store, actor, empty.id, empty.edit_version)
    a = _with_clauses(store, actor, case_id)
    with pytest.raises(ValidationError):
        ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 1), today=TODAY)  # before intake
    zhang, li = _parties(a)
    with pytest.raises(ValidationError) as err2:
        ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), signed_party_ids=[zhang],
                          today=TODAY)
    assert "李四" in err2.value.message() and "张三" not in err2.value.problems[0].message()
    signed = ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), signed_party_ids=[zhang, li],
                               today=TODAY)
    assert signed.status == "signed" and signed.signed_on == date(2026, 5, 12)
    assert signed.performance_status == "pending"
    with pytest.raises(ImmutableRecordError):
        ag.save_agreement(store, actor, a.id, replace(signed.content(), facts="改"), signed.edit_version)
    with pytest.raises(ImmutableRecordError):
        ag.discard_draft(store, actor, a.id, signed.edit_version)
    assert ag.get_agreement(store, actor, a.id).facts == signed.facts


def test_stale_save_is_refused(store, actor):
    case_id = new_case(store, actor)
    a = ag.draft_agreement(store, actor, case_id)
    first = ag.save_agreement(store, actor, a.id, replace(a.content(), performance_method="银行转账"), a.edit_version)
    assert first.edit_version == a.edit_version + 1
    with pytest.raises(StaleEditError):
        ag.save_agreement(store, actor, a.id, replace(a.content(), performance_method="现金"), a.edit_version)
    assert ag.get_agreement(store, actor, a.id).performance_method == "银行转账"
    # Saving unchanged content (autosave) keeps the version.
    assert ag.save_agreement(store, actor, a.id, first.content(), first.edit_version).edit_version == \
        first.edit_version


def test_clause_only_edit_bumps_the_version(store, actor):
    case_id = new_case(store, actor)
    a = _with_clauses(store, actor, case_id)
    content = a.content()
    changed = replace(content, clauses=(*content.clauses[:2], replace(content.clauses[2], amount="0.30")))
    b = ag.save_agreement(store, actor, a.id, changed, a.edit_version)
    assert b.edit_version == a.edit_version + 1 and b.total_amount == Decimal("12000.80")
    assert [c.id for c in b.clauses] == [c.id for c in a.clauses]  # clause ids stay stable


def test_reissue_keeps_the_old_version(store, actor):
    case_id = new_case(store, actor)
    a = _with_clauses(store, actor, case_id)
    old = ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), today=TODAY)
    with pytest.raises(ValidationError):
        ag.reissue(store, actor, old.id, "  ")
    new = ag.reissue(store, actor, old.id, "双方变更履行期限")
    assert new.version_no == 2 and new.supersedes_id == old.id and new.status == "draft"
    assert new.number == "（2026）安调协字第001号（第2版）"
    assert [c.amount for c in new.clauses] == [c.amount for c in old.clauses]
    assert ag.get_agreement(store, actor, old.id).status == "signed"  # still in force until the new one is signed
    content = new.content()
    later = replace(content, clauses=tuple(replace(c, due_on=date(2026, 7, 31)) for c in content.clauses))
    new = ag.save_agreement(store, actor, new.id, later, new.edit_version)
    ag.sign_agreement(store, actor, new.id, new.edit_version, date(2026, 5, 20), today=TODAY)
    kept = ag.get_agreement(store, actor, old.id)
    assert kept.status == "superseded"
    assert kept.performance_due == date(2026, 6, 15) and kept.signed_on == date(2026, 5, 12)
    assert [x.version_no for x in ag.list_agreements(store, actor, case_id)] == [1, 2]
    current = ag.current_agreement(store, actor, case_id)
    assert current is not None and current.id == new.id and current.performance_due == date(2026, 7, 31)
    assert audit_events(store, "agreement", "reissue")[-1].after["reason"] == "双方变更履行期限"


def test_record_performance(store, actor):
    case_id = new_case(store, actor)
    a = _with_clauses(store, actor, case_id)
    with pytest.raises(UserError):
        ag.record_performance(store, actor, a.id, a.edit_version, {a.clauses[0].id: date(2026, 5, 20)})
    s = ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 12), today=TODAY)
    p1 = ag.record_performance(store, actor, a.id, s.edit_version, {s.clauses[0].id: date(2026, 5, 20)})
    assert p1.performance_status == "partial" and p1.performed_on is None
    p2 = ag.record_performance(store, actor, a.id, p1.edit_version,
                               {c.id: date(2026, 5, 28) for c in p1.clauses[1:]})
    assert p2.performance_status == "performed" and p2.performed_on == date(2026, 5, 28)
    assert p2.clauses[0].performed_on == date(2026, 5, 20)
    with pytest.raises(ValidationError):
        ag.record_performance(store, actor, a.id, p2.edit_version, {s.clauses[0].id: date(2026, 5, 1)})
    ev = audit_events(store, "agreement", "performance")[-1]
    assert ev.before["performance_status"] == "partial" and ev.after["performance_status"] == "performed"


def test_oral_agreement(store, actor):
    case_id = new_case(store, actor)
    a = ag.draft_agreement(store, actor, case_id, ag.AgreementKind.ORAL,
                           content=ag.AgreementContent(clauses=(ag.ClauseInput("双方同意和睦相处。"),), copies=1))
    signed = ag.sign_agreement(store, actor, a.id, a.edit_version, date(2026, 5, 9), today=TODAY)
    assert signed.kind == "oral" and signed.status == "signed" and signed.total_amount == Decimal("0.00")


def test_clause_words_are_searchable_and_audit_has_before_after(store, actor):
    case_id = new_case(store, actor)
    a = _with_clauses(store, actor, case_id)
    assert [r.id for r in search.search(store, actor.committee_id, "垫付的材料费").rows] == [case_id]
    ev = audit_events(store, "agreement", "update")[-1]
    assert ev.before["clauses"] == [] and ev.after["total_amount"] == "12000.75"
    assert ev.after["clauses"][1]["amount"] == "12000.50"
    assert a.total_amount == Decimal("12000.75")

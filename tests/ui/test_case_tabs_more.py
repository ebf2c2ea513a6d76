"""More of the case's work: an oral agreement, performance, judicial confirmation with its 30-day
window, extending the mediation limit (consent required), cancelling the case-file export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from mediation_desk.services import agreements, cases, intake, judicial
from tests.factories import neighbour_case
from tests.ui.conftest import save_screen, type_text
from tests.ui.journey_helpers import click, dialog_errors, open_tab, press_ok
from ui.case_tabs.agreements import AgreementsTab
from ui.case_tabs.documents import DocumentsTab
from ui.case_tabs.follow_ups import FollowUpsTab
from ui.case_tabs.referral import ReferralTab
from ui.qt import QPushButton


def _open(window, store, actor, received: date | None = None, **kw):  # type: ignore[no-untyped-def]
    created = intake.create_case(store, actor, neighbour_case(received or date.today() - timedelta(days=60), **kw))
    window.ctx.nav.open_case.emit(created.case_id)
    return window.page("case"), created.case_id


def _sign_in_tab(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, tab.sign_button)
    dialog = tab.dialog
    for box in [*dialog.checks.values(), dialog.mediator]:
        click(qtbot, box)
    click(qtbot, dialog.ok)


def test_oral_agreement_signed_performed_and_case_closed(qtbot, window, ui_store, ui_actor):
    page, case_id = _open(window, ui_store, ui_actor)
    tab = open_tab(qtbot, page, AgreementsTab)
    click(qtbot, tab.draft_oral)
    assert tab.current is not None and tab.current.kind == "oral"
    assert "口头协议" in tab.state.text()
    click(qtbot, tab.editor.add_clause)
    clauses = tab.editor.clauses
    clauses.table.item(0, 0).setText("李四当场向张三支付修缮费。")
    clauses.obligor_combo(0).setCurrentIndex(clauses.obligor_combo(0).findText("李四"))
    type_text(qtbot, clauses.amount_edit(0), "0.3万")
    assert clauses.capitals_label(0).text() == "人民币叁仟元整"
    click(qtbot, tab.save_button)
    assert tab.current.total_amount == 3000
    _sign_in_tab(qtbot, tab)
    assert tab.current.status == "signed" and tab.performance_button.isEnabled()

    click(qtbot, tab.performance_button)
    done, _on = next(iter(tab.dialog.rows.values()))
    click(qtbot, done)
    save_screen(tab.dialog, "dialog_performance")
    press_ok(qtbot, tab.dialog)
    assert tab.current.performance_status == "performed"

    click(qtbot, page.case_actions.close_button)
    close = page.case_actions.dialog
    close.outcome.setCurrentIndex(close.outcome.findData("oral_agreement"))
    press_ok(qtbot, close)
    assert not close.isVisible(), dialog_errors(close)
    assert cases.get_case_detail(ui_store, ui_actor, case_id).outcome == "oral_agreement"
    assert not page.case_actions.close_button.isVisible()


def test_closing_with_agreement_outcome_needs_a_signed_agreement(qtbot, window, ui_store, ui_actor):
    page, case_id = _open(window, ui_store, ui_actor)
    click(qtbot, page.case_actions.close_button)
    close = page.case_actions.dialog
    close.outcome.setCurrentIndex(close.outcome.findData("written_agreement"))
    press_ok(qtbot, close)
    assert close.isVisible() and "调解协议书" in close.errors["outcome"].text()
    assert cases.get_case_detail(ui_store, ui_actor, case_id).status == "accepted"


def test_judicial_confirmation_window_and_decision(qtbot, window, ui_store, ui_actor):
    page, case_id = _open(window, ui_store, ui_actor)
    a = agreements.draft_agreement(ui_store, ui_actor, case_id)
    signed_on = date.today() - timedelta(days=40)
    content = replace(a.content(), clauses=(agreements.ClauseInput("李四拆除彩钢棚。", a.parties[1].party_id),))
    a = agreements.save_agreement(ui_store, ui_actor, a.id, content, a.edit_version)
    agreements.sign_agreement(ui_store, ui_actor, a.id, a.edit_version, signed_on)
    page.refresh()
    tab = open_tab(qtbot, page, FollowUpsTab)
    assert "已过" in tab.window_label.text()
    click(qtbot, tab.apply_button)
    dialog = tab.dialog
    type_text(qtbot, dialog.court, "安宁区人民法院")
    press_ok(qtbot, dialog)  # 40 days after signing: refused unless a reason is given
    assert dialog.isVisible() and "30 日" in dialog.errors["applied_on"].text()
    save_screen(dialog, "dialog_judicial_too_late")
    assert not dialog.force_reason.isEnabled()
    click(qtbot, dialog.force)
    type_text(qtbot, dialog.force_reason, "当事人住院，无法按期申请。")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog_errors(dialog)
    assert [c.court for c in judicial.list_confirmations(ui_store, ui_actor, case_id)] == ["安宁区人民法院"]
    click(qtbot, tab.decision_button)
    decision = tab.dialog
    type_text(qtbot, decision.number, "（2026）甘0402民特123号")
    decision.decision.setCurrentIndex(decision.decision.findData("confirmed"))
    press_ok(qtbot, decision)
    assert not decision.isVisible(), dialog_errors(decision)
    assert judicial.list_confirmations(ui_store, ui_actor, case_id)[0].decision == "confirmed"
    assert tab.judicial_table.item(0, 5).text() == "确认有效"
    save_screen(tab, "tab_follow_ups_judicial")


def test_extending_the_mediation_limit_needs_consent(qtbot, window, ui_store, ui_actor):
    from mediation_desk.services.intake import ReferralInput

    page, case_id = _open(window, ui_store, ui_actor, referral=ReferralInput(agency="安宁派出所", reference="J1"),
                          source="公安机关移送")
    before = cases.get_case_detail(ui_store, ui_actor, case_id).due_on
    tab = open_tab(qtbot, page, ReferralTab)
    click(qtbot, tab.extend_button)
    dialog = tab.dialog
    type_text(qtbot, dialog.reason, "需要等待伤情鉴定结果。")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.errors["parties_consented"].isHidden()
    click(qtbot, dialog.consent)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog_errors(dialog)
    after = cases.get_case_detail(ui_store, ui_actor, case_id).due_on
    assert before is not None and after is not None and after > before


def test_case_file_export_can_be_cancelled(qtbot, window, ui_store, ui_actor, tmp_path):
    page, _case_id = _open(window, ui_store, ui_actor)
    tab = open_tab(qtbot, page, DocumentsTab)
    # The user clicks 取消 in the progress dialog as soon as the first paper is done.
    def cancel_at_first_step(step: int, _total: int) -> None:
        if step == 1 and tab.progress is not None:
            save_screen(tab.progress, "dialog_case_file_progress")
            click(qtbot, tab.progress.findChild(QPushButton))

    tab.progress_changed.connect(cancel_at_first_step)
    out = tmp_path / "case.pdf"
    click(qtbot, tab.case_file_button)
    tab.documents.last_dialog.fileSelected.emit(str(out))
    assert not out.exists() and tab.progress is None


def test_agreement_edits_are_saved_when_leaving_the_tab(qtbot, window, ui_store, ui_actor):
    from ui.case_tabs.parties import PartiesTab

    page, case_id = _open(window, ui_store, ui_actor)
    tab = open_tab(qtbot, page, AgreementsTab)
    click(qtbot, tab.draft_written)
    assert not tab.editor.dirty
    type_text(qtbot, tab.editor.responsibility, "李四对漏雨负主要责任。")
    assert tab.editor.dirty
    open_tab(qtbot, page, PartiesTab)
    saved = agreements.current_agreement(ui_store, ui_actor, case_id)
    assert saved is not None and saved.responsibility == "李四对漏雨负主要责任。"
    assert not tab.editor.dirty

"""The other case tabs at work: party particulars re-validated inline, attachments, documents
(preview in the PDF viewer, save, the whole case file with progress), reopening a closed case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mediation_desk.services import agreements, attachments, case_changes, cases, intake
from tests.factories import neighbour_case
from tests.ui.conftest import save_screen, type_text
from tests.ui.journey_helpers import click, click_box_button, dialog_errors, open_tab, press_ok
from ui.case_tabs.attachments import AttachmentsTab
from ui.case_tabs.documents import DocumentsTab
from ui.case_tabs.parties import PartiesTab
from ui.pdf_preview import PdfPreviewDialog


def _open(window, store, actor, **kw):  # type: ignore[no-untyped-def]
    created = intake.create_case(store, actor, neighbour_case(date(2026, 5, 6), **kw))
    window.ctx.nav.open_case.emit(created.case_id)
    return window.page("case"), created.case_id


def test_party_particulars_are_revalidated_with_inline_chinese_errors(qtbot, window, ui_store, ui_actor):
    page, case_id = _open(window, ui_store, ui_actor)
    tab = open_tab(qtbot, page, PartiesTab)
    tab.table.selectRow(1)
    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    phone = dialog.edits["phone"]
    phone.selectAll()
    type_text(qtbot, phone, "12345")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.errors["phone"].isHidden()
    assert "电话" in dialog.errors["phone"].text() or "号码" in dialog.errors["phone"].text()
    save_screen(dialog, "dialog_party_error")
    phone.selectAll()
    type_text(qtbot, phone, "13909319999")
    type_text(qtbot, dialog.edits["agent_name"], "李小四")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog_errors(dialog)
    detail = cases.get_case_detail(ui_store, ui_actor, case_id, full_personal_data=True)
    assert (detail.parties[1].phone, detail.parties[1].agent_name) == ("13909319999", "李小四")
    assert "李小四" in tab.table.item(1, 8).text()  # the page reloaded itself


def test_attachments_are_added_listed_opened_and_removed(qtbot, window, ui_store, ui_actor, tmp_path):
    page, case_id = _open(window, ui_store, ui_actor)
    tab = open_tab(qtbot, page, AttachmentsTab)
    assert tab.empty.isVisible() and "添加文件" in tab.empty.text()
    photo = tmp_path / "彩钢棚照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    tab.kind.setCurrentIndex(tab.kind.findData("evidence"))
    click(qtbot, tab.add_button)
    tab.file_dialog.filesSelected.emit([str(photo)])  # what choosing the file in the dialog does
    assert [a.title for a in attachments.list_attachments(ui_store, ui_actor, case_id)] == ["彩钢棚照片"]
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "证据材料"
    save_screen(tab, "tab_attachments")
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.opened) as opened:
        click(qtbot, tab.open_button)
    assert Path(opened.args[0]).read_bytes() == photo.read_bytes()
    click(qtbot, tab.remove_button)
    click_box_button(qtbot, "移除")
    assert attachments.list_attachments(ui_store, ui_actor, case_id) == []
    assert tab.empty.isVisible()


def test_documents_preview_save_and_whole_case_file(qtbot, window, ui_store, ui_actor, tmp_path):
    page, case_id = _open(window, ui_store, ui_actor)
    tab = open_tab(qtbot, page, DocumentsTab)
    tab.select_form("intake_register")
    click(qtbot, tab.preview_button)
    preview = tab.documents.last_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count() >= 1
    qtbot.wait(800)  # QPdfView renders its pages in the background
    save_screen(preview, "dialog_preview")
    preview.accept()
    target = tmp_path / "登记表.docx"
    click(qtbot, tab.docx_button)
    tab.documents.last_dialog.fileSelected.emit(str(target))
    assert target.exists() and target.read_bytes()[:2] == b"PK"
    # Forms that need something the case lacks are listed but cannot be chosen yet.
    disabled = [tab.list.item(i).text() for i in range(tab.list.count()) if not tab.list.item(i).flags()
                & tab.list.item(i).flags().ItemIsEnabled]
    assert any("人民调解协议书" in x for x in disabled)

    steps: list[tuple[int, int]] = []
    tab.progress_changed.connect(lambda s, n: steps.append((s, n)))
    click(qtbot, tab.case_file_button)
    out = tmp_path / "卷宗.pdf"
    tab.documents.last_dialog.fileSelected.emit(str(out))
    assert out.exists() and out.read_bytes()[:4] == b"%PDF"
    assert steps and steps[-1][0] == steps[-1][1]
    assert tab.progress is None  # closed when done


def test_closed_case_can_be_reopened_by_an_administrator(qtbot, window, ui_store, ui_actor):
    page, case_id = _open(window, ui_store, ui_actor)
    detail = cases.get_case_detail(ui_store, ui_actor, case_id)
    case_changes.close_case(ui_store, ui_actor, case_id, detail.version,
                            case_changes.Closing("withdrawn", date.today(), "申请人撤回申请。"))
    page.refresh()
    actions = page.case_actions
    assert actions.reopen_button.isVisible() and not actions.close_button.isVisible()
    click(qtbot, actions.reopen_button)
    dialog = actions.dialog
    assert not dialog.buttons.buttons()[0].isEnabled()  # a reason first
    type_text(qtbot, dialog.text, "结案登记有误。")
    press_ok(qtbot, dialog)
    assert cases.get_case_detail(ui_store, ui_actor, case_id).status == "accepted"
    assert actions.close_button.isVisible()


def test_agreement_reissue_keeps_the_old_version(qtbot, window, ui_store, ui_actor):
    from ui.case_tabs.agreements import AgreementsTab

    page, case_id = _open(window, ui_store, ui_actor)
    a = agreements.draft_agreement(ui_store, ui_actor, case_id)
    content = a.content()
    from dataclasses import replace

    content = replace(content, clauses=(agreements.ClauseInput("李四赔偿张三500元。", a.parties[1].party_id, "500",
                                                               date.today()),))
    a = agreements.save_agreement(ui_store, ui_actor, a.id, content, a.edit_version)
    agreements.sign_agreement(ui_store, ui_actor, a.id, a.edit_version, date.today())
    page.refresh()
    tab = open_tab(qtbot, page, AgreementsTab)
    assert tab.current is not None and tab.current.status == "signed"
    assert tab.editor.facts.isReadOnly() and not tab.save_button.isEnabled()
    click(qtbot, tab.reissue_button)
    type_text(qtbot, tab.dialog.text, "金额写错，重新出具。")
    press_ok(qtbot, tab.dialog)
    assert tab.current.version_no == 2 and tab.current.editable
    assert tab.editor.clauses.capitals_label(0).text() == "人民币伍佰元整"
    versions = agreements.list_agreements(ui_store, ui_actor, case_id)
    # The signed version stays in force (and on file) until the reissued one is signed.
    assert sorted((v.version_no, v.status) for v in versions) == [(1, "signed"), (2, "draft")]
    assert tab.table.rowCount() == 2
    save_screen(tab, "tab_agreements_reissued")

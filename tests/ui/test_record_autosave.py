"""The record editor never loses typed text: a local draft survives a killed app and is offered back;
a save based on an old version is refused with a plain message and a reload."""

from __future__ import annotations

from datetime import date

from mediation_desk.drafts import DraftStore
from mediation_desk.services import intake, records
from tests.factories import neighbour_case
from tests.ui.conftest import save_screen, type_text
from tests.ui.journey_helpers import click
from ui.qt import Qt
from ui.record_editor import LOCAL_DEBOUNCE_MS, RecordEditor, draft_key

TYPED = "申请人称李四的彩钢棚漏雨，要求拆除。"


def _editor(qtbot, ctx, record) -> RecordEditor:  # type: ignore[no-untyped-def]
    editor = RecordEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    editor.open_record(record)
    return editor


def _record(store, actor):  # type: ignore[no-untyped-def]
    case = intake.create_case(store, actor, neighbour_case(date(2026, 5, 6)))
    return records.create_draft(store, actor, case.case_id)


def test_local_draft_survives_a_killed_app_and_is_offered_back(qtbot, window, ui_store, ui_actor):
    record = _record(ui_store, ui_actor)
    first = _editor(qtbot, window.ctx, record)
    type_text(qtbot, first.fields["body"], TYPED)
    # After a short pause the text is on disk, before any database save (those come every ~10 s).
    qtbot.waitUntil(lambda: DraftStore().recover(draft_key(record.id)) is not None,
                    timeout=LOCAL_DEBOUNCE_MS + 2000)
    assert records.get_record(ui_store, ui_actor, record.id).content.body == ""

    # The app is killed here: nothing more of ``first`` runs. Next start, the same record is opened.
    second = _editor(qtbot, window.ctx, records.get_record(ui_store, ui_actor, record.id))
    assert second.banner.isVisible() and second.recover_button.isVisible()
    assert "未保存到数据库的草稿" in second.banner_text.text()
    assert second.fields["body"].toPlainText() == ""
    save_screen(second, "record_recovery_offer")
    click(qtbot, second.recover_button)
    assert second.fields["body"].toPlainText() == TYPED
    assert not second.banner.isVisible()
    # Recovering saves to the database at once and the local draft is no longer needed.
    assert records.get_record(ui_store, ui_actor, record.id).content.body == TYPED
    assert DraftStore().recover(draft_key(record.id)) is None


def test_no_offer_when_the_database_already_has_the_text(qtbot, window, ui_store, ui_actor):
    record = _record(ui_store, ui_actor)
    first = _editor(qtbot, window.ctx, record)
    type_text(qtbot, first.fields["body"], TYPED)
    first.save_to_database()  # e.g. on focus-out
    assert records.get_record(ui_store, ui_actor, record.id).content.body == TYPED
    assert DraftStore().recover(draft_key(record.id)) is None
    second = _editor(qtbot, window.ctx, records.get_record(ui_store, ui_actor, record.id))
    assert not second.banner.isVisible()
    assert second.fields["body"].toPlainText() == TYPED


def test_discarding_the_offered_draft_keeps_the_database_text(qtbot, window, ui_store, ui_actor):
    record = _record(ui_store, ui_actor)
    DraftStore().save(draft_key(record.id), {"body": "旧草稿", "subject": "x", "occurred_at": None}, 1)
    editor = _editor(qtbot, window.ctx, records.get_record(ui_store, ui_actor, record.id))
    assert editor.banner.isVisible()
    click(qtbot, editor.discard_button)
    assert editor.fields["body"].toPlainText() == "" and DraftStore().recover(draft_key(record.id)) is None


def test_a_stale_save_is_refused_with_a_reload(qtbot, window, ui_store, ui_actor):
    record = _record(ui_store, ui_actor)
    mine = _editor(qtbot, window.ctx, record)
    theirs = _editor(qtbot, window.ctx, record)
    type_text(qtbot, theirs.fields["body"], "另一位调解员的内容。")
    theirs.save_to_database()
    type_text(qtbot, mine.fields["body"], TYPED)
    mine.save_to_database()
    assert mine.banner.isVisible() and mine.reload_button.isVisible()
    assert "已在别处被修改" in mine.banner_text.text()
    assert records.get_record(ui_store, ui_actor, record.id).content.body == "另一位调解员的内容。"
    assert DraftStore().recover(draft_key(record.id)) is not None  # what I typed is still on disk
    save_screen(mine, "record_stale_save")
    click(qtbot, mine.reload_button)
    assert mine.fields["body"].toPlainText() == "另一位调解员的内容。" and not mine.banner.isVisible()


def test_signed_record_is_read_only_and_correction_makes_a_new_version(qtbot, window, ui_store, ui_actor):
    record = _record(ui_store, ui_actor)
    editor = _editor(qtbot, window.ctx, record)
    for name, text in (("body", TYPED), ("result", "双方达成协议。")):
        type_text(qtbot, editor.fields[name], text)
    click(qtbot, editor.sign_button)
    editor.confirm_box.buttons()[0].click()  # 签字确认
    assert editor.record is not None and editor.record.status == "signed"
    assert editor.fields["body"].isReadOnly()
    click(qtbot, editor.correct_button)
    assert editor.record.version_no == 2 and editor.record.editable
    assert editor.fields["body"].toPlainText() == TYPED and not editor.fields["body"].isReadOnly()
    versions = records.list_records(ui_store, ui_actor, record.case_id)
    assert [(v.version_no, v.status) for v in versions] == [(1, "signed"), (2, "draft")]


def test_leaving_a_field_saves_it_to_the_database(qtbot, window, ui_store, ui_actor):
    record = _record(ui_store, ui_actor)
    editor = _editor(qtbot, window.ctx, record)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.fields["body"].setFocus()
    type_text(qtbot, editor.fields["body"], TYPED)
    assert records.get_record(ui_store, ui_actor, record.id).content.body == ""
    qtbot.keyClick(editor.fields["body"], Qt.Key.Key_Tab)  # Tab leaves the text area, it types no tab
    assert not editor.fields["body"].hasFocus()
    assert editor.fields["body"].toPlainText() == TYPED
    assert records.get_record(ui_store, ui_actor, record.id).content.body == TYPED


def test_destroying_an_editor_while_a_field_has_focus_is_safe(qtbot, window, ui_store, ui_actor):
    # Qt sends a focus-out to a widget while destroying it; the editor must not react to it then
    # (a Python event filter called for a half-destroyed widget used to crash the test run).
    record = _record(ui_store, ui_actor)
    editor = RecordEditor(window.ctx)
    editor.show()
    editor.open_record(record)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.fields["subject"].setFocus()
    editor.fields["subject"].clear()
    type_text(qtbot, editor.fields["subject"], "邻里纠纷")
    qtbot.waitUntil(lambda: DraftStore().recover(draft_key(record.id)) is not None,
                    timeout=LOCAL_DEBOUNCE_MS + 2000)
    with qtbot.waitSignal(editor.destroyed, timeout=5000):
        editor.deleteLater()
    draft = DraftStore().recover(draft_key(record.id))
    assert draft is not None and draft.content["subject"] == "邻里纠纷"

"""移送与反馈 dialogs: record the feedback sent to the referring agency; extend a time limit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from mediation_desk.services import feedback, referrals
from mediation_desk.services.cases import CaseDetail
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog, date_edit, date_of
from ui.qt import QCheckBox, QComboBox, QPlainTextEdit, QWidget


class FeedbackDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, text: str,
                 on_done: Callable[[Any], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记已反馈"), ok_text=self.tr("登记"),
                         intro=self.tr("把调解结果反馈函寄送或交给移送单位后，在这里登记反馈日期和内容。"),
                         changes=Changes(cases=True, case_ids=frozenset({detail.id}), schedule=True),
                         on_done=on_done, parent=parent)
        assert detail.referral is not None
        self.detail = detail
        self.sent_on = date_edit()
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.add_field("sent_on", self.tr("反馈日期"), self.sent_on)
        self.add_field("text", self.tr("反馈内容"), self.text)

    def prepare(self) -> Callable[[], Any]:
        assert self.detail.referral is not None
        store, actor, case_id, version = self.ctx.store, self.ctx.actor, self.detail.id, self.detail.referral.version
        sent_on, text = date_of(self.sent_on), self.text.toPlainText()
        return lambda: feedback.record_feedback(store, actor, case_id, version, sent_on=sent_on, text=text)


class ExtendDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, on_done: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("延长期限"), ok_text=self.tr("延长"),
                         intro=self.tr("延长调解期限须经双方当事人同意；延长反馈期限须写明原因并告知移送单位。"),
                         changes=Changes(cases=True, case_ids=frozenset({detail.id}), schedule=True),
                         on_done=on_done, parent=parent)
        self.detail = detail
        self.kind = QComboBox()
        self.kind.addItem(self.tr("调解期限"), "mediation")
        if detail.referral is not None and detail.referral.feedback_due_on is not None:
            self.kind.addItem(self.tr("反馈期限"), "feedback")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.new_due = date_edit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(70)
        self.consent = QCheckBox(self.tr("双方当事人同意延长"))
        self.add_field("kind", self.tr("期限"), self.kind)
        self.add_field("new_due_on", self.tr("延长至"), self.new_due)
        self.add_field("reason", self.tr("原因"), self.reason)
        self.add_field("parties_consented", "", self.consent)
        self._kind_changed()

    def _old_due(self) -> date | None:
        if self.kind.currentData() == "feedback" and self.detail.referral is not None:
            return self.detail.referral.feedback_due_on
        return self.detail.due_on

    def _kind_changed(self) -> None:
        old = self._old_due() or date.today()
        edit = date_edit(old + timedelta(days=15))
        self.new_due.setDate(edit.date())
        self.consent.setVisible(self.kind.currentData() == "mediation")

    def prepare(self) -> Callable[[], Any]:
        kind = str(self.kind.currentData())
        d = self.detail
        version = d.version if kind == "mediation" or d.referral is None else d.referral.version
        store, actor = self.ctx.store, self.ctx.actor
        new_due, reason, consent = date_of(self.new_due), self.reason.toPlainText(), self.consent.isChecked()
        return lambda: referrals.extend_limit(store, actor, d.id, version, kind=kind, new_due_on=new_due,
                                              reason=reason, parties_consented=consent)

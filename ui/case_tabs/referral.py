"""移送与反馈: how an agency sent the case, and the feedback owed to it."""

from __future__ import annotations

from mediation_desk.domain.vocab import REFERENCE_LABELS
from ui.case_tabs.base import CaseBundle, CaseTab, t
from ui.context import AppContext
from ui.formatting import agency_kind_label, fmt_date
from ui.qt import QT_TRANSLATE_NOOP, QFormLayout, QLabel, QWidget


class ReferralTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "移送与反馈")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.empty = QLabel(t(QT_TRANSLATE_NOOP("CaseTabs", "本案不是移送案件（来源为当事人申请或调委会主动调解）。")))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.form_box)
        self.layout_.addStretch(1)

    def show_case(self, bundle: CaseBundle) -> None:
        r = bundle.detail.referral
        self.empty.setVisible(r is None)
        self.form_box.setVisible(r is not None)
        while self.form.rowCount():
            self.form.removeRow(0)
        if r is None:
            return
        lang = self.ctx.lang
        feedback = fmt_date(r.feedback_sent_on) if r.feedback_sent_on else t(
            QT_TRANSLATE_NOOP("CaseTabs", "尚未反馈"))
        for label, value in (
            (QT_TRANSLATE_NOOP("CaseTabs", "移送单位"), f"{r.agency}（{agency_kind_label(r.agency_kind, lang)}）"),
            (REFERENCE_LABELS.get(r.agency_kind, QT_TRANSLATE_NOOP("CaseTabs", "编号")), r.reference),
            (QT_TRANSLATE_NOOP("CaseTabs", "联络员"), r.liaison),
            (QT_TRANSLATE_NOOP("CaseTabs", "移送日期"), fmt_date(r.received_on)),
            (QT_TRANSLATE_NOOP("CaseTabs", "移送要求"), r.request),
            (QT_TRANSLATE_NOOP("CaseTabs", "反馈期限"), fmt_date(r.feedback_due_on)),
            (QT_TRANSLATE_NOOP("CaseTabs", "反馈情况"), feedback),
            (QT_TRANSLATE_NOOP("CaseTabs", "反馈内容"), r.feedback_text),
        ):
            value_label = QLabel(value or "—")
            value_label.setWordWrap(True)
            self.form.addRow(QLabel(t(label)), value_label)

"""移送与反馈: how an agency sent the case, the feedback owed to it (due / late), extensions, and the
调解结果反馈函 to preview, print or save."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.vocab import REFERENCE_LABELS
from mediation_desk.services import feedback
from ui.case_tabs.base import CaseBundle, CaseTab, t
from ui.context import AppContext
from ui.document_actions import DocumentActions
from ui.formatting import agency_kind_label, fmt_date
from ui.qt import QT_TRANSLATE_NOOP, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget
from ui.referral_dialogs import ExtendDialog, FeedbackDialog


class ReferralTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "移送与反馈")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.dialog: QDialog | None = None
        self.documents = DocumentActions(ctx, self)
        self.empty = QLabel(t(QT_TRANSLATE_NOOP("CaseTabs", "本案不是移送案件（来源为当事人申请或调委会主动调解），"
                                                          "不需要向其他单位反馈。")))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("noticeBanner")
        self.state.setWordWrap(True)
        bar = QHBoxLayout()
        self.feedback_button = QPushButton(self.tr("登记已反馈…"))
        self.feedback_button.clicked.connect(self.record_feedback)
        self.extend_button = QPushButton(self.tr("延长期限…"))
        self.extend_button.clicked.connect(self.extend)
        self.preview_button = QPushButton(self.tr("预览反馈函"))
        self.preview_button.clicked.connect(lambda: self._letter("preview"))
        self.print_button = QPushButton(self.tr("打印反馈函…"))
        self.print_button.clicked.connect(lambda: self._letter("print"))
        self.save_button = QPushButton(self.tr("保存反馈函…"))
        self.save_button.clicked.connect(lambda: self._letter("save"))
        self.bar = QWidget()
        bar.setContentsMargins(0, 0, 0, 0)
        for b in (self.feedback_button, self.extend_button, self.preview_button, self.print_button,
                  self.save_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.bar.setLayout(bar)
        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.state)
        self.layout_.addWidget(self.bar)
        self.layout_.addWidget(self.form_box)
        self.layout_.addStretch(1)

    def show_case(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        r = bundle.detail.referral
        for w in (self.form_box, self.state, self.bar):
            w.setVisible(r is not None)
        self.empty.setVisible(r is None)
        while self.form.rowCount():
            self.form.removeRow(0)
        if r is None:
            return
        lang = self.ctx.lang
        today = date.today()
        self.extend_button.setEnabled(bundle.detail.status in ("accepted", "registered"))
        if r.feedback_sent_on is not None:
            self.state.setText(self.tr("已于 {on} 反馈。").format(on=fmt_date(r.feedback_sent_on)))
            self.state.setProperty("tone", "ok")
        elif r.feedback_due_on is not None and r.feedback_due_on < today:
            self.state.setText(self.tr("反馈已逾期 {days} 天（期限 {due}）。请尽快把调解结果反馈函送交移送单位，"
                                       "然后点“登记已反馈”。").format(days=(today - r.feedback_due_on).days,
                                                               due=fmt_date(r.feedback_due_on)))
            self.state.setProperty("tone", "late")
        elif r.feedback_due_on is not None:
            self.state.setText(self.tr("应于 {due} 前反馈（还剩 {days} 天）。"
                                       "调解结束后生成反馈函，送交后点“登记已反馈”。")
                               .format(due=fmt_date(r.feedback_due_on), days=(r.feedback_due_on - today).days))
            self.state.setProperty("tone", "due")
        else:
            self.state.setText(self.tr("移送单位没有规定反馈期限。"))
        self.feedback_button.setText(self.tr("修改反馈登记…") if r.feedback_sent_on else self.tr("登记已反馈…"))
        feedback_text = fmt_date(r.feedback_sent_on) if r.feedback_sent_on else t(
            QT_TRANSLATE_NOOP("CaseTabs", "尚未反馈"))
        for label, value in (
            (QT_TRANSLATE_NOOP("CaseTabs", "移送单位"), f"{r.agency}（{agency_kind_label(r.agency_kind, lang)}）"),
            (REFERENCE_LABELS.get(r.agency_kind, QT_TRANSLATE_NOOP("CaseTabs", "编号")), r.reference),
            (QT_TRANSLATE_NOOP("CaseTabs", "联络员"), r.liaison),
            (QT_TRANSLATE_NOOP("CaseTabs", "移送日期"), fmt_date(r.received_on)),
            (QT_TRANSLATE_NOOP("CaseTabs", "移送要求"), r.request),
            (QT_TRANSLATE_NOOP("CaseTabs", "反馈期限"), fmt_date(r.feedback_due_on)),
            (QT_TRANSLATE_NOOP("CaseTabs", "反馈情况"), feedback_text),
            (QT_TRANSLATE_NOOP("CaseTabs", "反馈内容"), r.feedback_text),
        ):
            value_label = QLabel(value or "—")
            value_label.setWordWrap(True)
            self.form.addRow(QLabel(t(label)), value_label)

    def record_feedback(self) -> None:
        if self.bundle is None or self.bundle.detail.referral is None:
            return
        detail = self.bundle.detail
        assert detail.referral is not None
        existing = detail.referral.feedback_text
        store, actor = self.ctx.store, self.ctx.actor

        def open_dialog(text: str) -> None:
            self.dialog = FeedbackDialog(self.ctx, detail, existing or text, parent=self)
            self.dialog.open()

        self.ctx.tasks.op(lambda: feedback.draft_feedback_text(store, actor, detail.id), parent=self) \
            .success(open_dialog).run()

    def extend(self) -> None:
        if self.bundle is not None:
            self.dialog = ExtendDialog(self.ctx, self.bundle.detail, parent=self)
            self.dialog.open()

    def _letter(self, what: str) -> None:
        if self.bundle is None:
            return
        case_id = self.bundle.detail.id
        if what == "preview":
            self.documents.preview(case_id, "feedback_letter")
        elif what == "print":
            self.documents.print_(case_id, "feedback_letter")
        else:
            self.documents.save_as(case_id, "feedback_letter", "docx")

"""回访: planned and recorded follow-ups, and the 司法确认 of the signed agreement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mediation_desk.services import agreements, follow_ups, judicial
from mediation_desk.services.agreements import AgreementView
from mediation_desk.services.follow_ups import FollowUpView
from mediation_desk.services.judicial import ConfirmationView
from mediation_desk.store import Actor, Store
from ui.case_tabs.base import CaseBundle, CaseTab, ReadOnlyTable, t
from ui.context import AppContext
from ui.follow_up_dialogs import PlanFollowUpDialog, VisitDialog
from ui.formatting import fmt_date
from ui.judicial_dialogs import ApplyDialog, DecisionDialog
from ui.qt import QT_TRANSLATE_NOOP, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget
from ui.widgets import heading


@dataclass(frozen=True)
class FollowUpData:
    follow_ups: list[FollowUpView]
    confirmations: list[ConfirmationView]
    agreement: AgreementView | None  # the signed one, if any
    deadline: date | None


def load(store: Store, actor: Actor, case_id: int) -> FollowUpData:
    current = agreements.current_agreement(store, actor, case_id)
    signed = current if current is not None and current.status == "signed" else None
    deadline = judicial.application_deadline(store, actor, signed.id) if signed is not None else None
    return FollowUpData(follow_ups.list_follow_ups(store, actor, case_id),
                        judicial.list_confirmations(store, actor, case_id), signed, deadline)


def _empty(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    return label


class FollowUpsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "回访")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.data: FollowUpData | None = None
        self.dialog: QDialog | None = None
        bar = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("安排回访…"))
        self.plan_button.clicked.connect(self.plan)
        self.visit_button = QPushButton(self.tr("登记回访…"))
        self.visit_button.clicked.connect(self.visit)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.visit_button)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.table = ReadOnlyTable([self.tr("回访日期"), self.tr("实际回访"), self.tr("方式"), self.tr("履行情况"),
                                    self.tr("满意程度"), self.tr("回访人"), self.tr("回访情况")])
        self.layout_.addWidget(self.table, 2)
        self.empty = _empty(self.tr("还没有回访。协议签订后点“安排回访”定下回访日期；回访后点“登记回访”记下履行情况。"))
        self.layout_.addWidget(self.empty)

        self.layout_.addWidget(heading(self.tr("司法确认")))
        jbar = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("申请司法确认…"))
        self.apply_button.clicked.connect(self.apply)
        self.decision_button = QPushButton(self.tr("登记法院决定…"))
        self.decision_button.clicked.connect(self.decide)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        jbar.addWidget(self.apply_button)
        jbar.addWidget(self.decision_button)
        jbar.addWidget(self.window_label, 1)
        self.layout_.addLayout(jbar)
        self.judicial_table = ReadOnlyTable([self.tr("协议"), self.tr("受理法院"), self.tr("申请日期"),
                                             self.tr("申请期限"), self.tr("法院案号"), self.tr("决定"),
                                             self.tr("裁定日期")])
        self.layout_.addWidget(self.judicial_table, 1)
        self.judicial_empty = _empty(self.tr("没有司法确认申请。协议签订后，当事人可在三十日内共同申请司法确认。"))
        self.layout_.addWidget(self.judicial_empty)

    def show_case(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        store, actor, case_id = self.ctx.store, self.ctx.actor, bundle.detail.id
        self.ctx.tasks.op(lambda: load(store, actor, case_id), parent=self).success(self.show_data).run()

    def show_data(self, data: FollowUpData) -> None:
        self.data = data
        rows = [[fmt_date(f.due_on), fmt_date(f.visited_on) or self.tr("未回访"),
                 t(follow_ups.METHOD_LABELS.get(f.method, f.method)),
                 t(follow_ups.VISIT_PERFORMANCE_LABELS.get(f.performance, f.performance)) if f.performance else "",
                 t(follow_ups.SATISFACTION_LABELS.get(f.satisfaction, f.satisfaction)) if f.satisfaction else "",
                 f.visitor, f.note] for f in data.follow_ups]
        self.table.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.visit_button.setEnabled(any(not f.done for f in data.follow_ups))
        j = [[c.agreement_number, c.court, fmt_date(c.applied_on), fmt_date(c.deadline), c.court_case_number,
              t(judicial.DECISION_LABELS.get(c.decision, c.decision)), fmt_date(c.decided_on)]
             for c in data.confirmations]
        self.judicial_table.set_rows(j)
        self.judicial_table.setVisible(bool(j))
        self.judicial_empty.setVisible(not j)
        self.apply_button.setEnabled(data.agreement is not None and
                                     all(c.decision != "pending" for c in data.confirmations))
        self.decision_button.setEnabled(bool(data.confirmations))
        if data.agreement is None:
            self.window_label.setText(self.tr("协议签订后才能申请。"))
        elif data.deadline is not None:
            left = (data.deadline - date.today()).days
            self.window_label.setText(self.tr("申请期限至 {deadline}（还剩 {days} 天）").format(
                deadline=fmt_date(data.deadline), days=left) if left >= 0 else
                self.tr("申请期限 {deadline} 已过").format(deadline=fmt_date(data.deadline)))

    def plan(self) -> None:
        if self.bundle is None:
            return
        due = None
        if self.data is not None and self.data.agreement is not None and self.data.agreement.signed_on:
            from datetime import timedelta

            due = self.data.agreement.signed_on + timedelta(days=15)
        self.dialog = PlanFollowUpDialog(self.ctx, self.bundle.detail.id, due, parent=self)
        self.dialog.open()

    def visit(self) -> None:
        if self.data is None or self.bundle is None:
            return
        pending = [f for f in self.data.follow_ups if not f.done]
        if pending:
            self.dialog = VisitDialog(self.ctx, pending[0], self.bundle.detail.mediator, parent=self)
            self.dialog.open()

    def apply(self) -> None:
        if self.data is not None and self.data.agreement is not None and self.bundle is not None:
            self.dialog = ApplyDialog(self.ctx, self.bundle.detail.id, self.data.agreement.id, self.data.deadline,
                                      parent=self)
            self.dialog.open()

    def decide(self) -> None:
        if self.data is not None and self.data.confirmations:
            self.dialog = DecisionDialog(self.ctx, self.data.confirmations[-1], parent=self)
            self.dialog.open()

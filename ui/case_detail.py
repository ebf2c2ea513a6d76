"""One case: a header with its number, status, risk and time limit, and the tabs of ``ui.case_tabs``."""

from __future__ import annotations

from mediation_desk.services.cases import CaseDetail
from ui.case_actions import CaseActions
from ui.case_tabs import CASE_TABS, CaseBundle, CaseTab, load_case_bundle
from ui.changes import Changes
from ui.context import AppContext
from ui.formatting import fmt_date, outcome_label, risk_label, status_label
from ui.qt import (
    QCoreApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import muted


class CaseHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        top = QHBoxLayout()
        self.number = QLabel()
        self.number.setObjectName("caseNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        self.risk = QLabel()
        self.risk.setObjectName("riskBadge")
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addWidget(self.risk)
        top.addStretch(1)
        layout.addLayout(top)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(24)
        self.facts.setVerticalSpacing(4)
        layout.addLayout(self.facts)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("caseSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.reasons = muted()
        layout.addWidget(self.reasons)

    def show_detail(self, d: CaseDetail, dispute: str, source: str, lang: str) -> None:
        self.number.setText(d.case_number)
        self.status.setText(status_label(d.status, lang))
        self.status.setProperty("status", d.status)
        self.risk.setText(self.tr("风险：{level}").format(level=risk_label(d.risk_level, lang)))
        self.risk.setProperty("level", d.risk_level)
        for badge in (self.status, self.risk):
            badge.style().unpolish(badge)
            badge.style().polish(badge)
        while self.facts.count():
            item = self.facts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        facts = [
            (self.tr("纠纷类型"), dispute), (self.tr("案件来源"), source),
            (self.tr("受理日期"), fmt_date(d.received_on)), (self.tr("调解期限"), fmt_date(d.due_on) or "—"),
            (self.tr("调解员"), d.mediator or self.tr("未指定")), (self.tr("涉及人数"), str(d.people_involved)),
        ]
        if d.outcome:
            facts.append((self.tr("结果"), outcome_label(d.outcome, lang)))
        if d.closed_on:
            facts.append((self.tr("结案日期"), fmt_date(d.closed_on)))
        if d.decline_reason:
            facts.append((self.tr("不予受理理由"), d.decline_reason))
        for i, (label, value) in enumerate(facts):
            row, col = divmod(i, 3)
            caption = QLabel(label)
            caption.setObjectName("factCaption")
            value_label = QLabel(value)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(caption, row, col * 2)
            self.facts.addWidget(value_label, row, col * 2 + 1)
        claims = f"\n{self.tr('申请事项')}：{d.claims}" if d.claims else ""
        self.summary.setText(f"{self.tr('纠纷简要情况')}：{d.summary}{claims}")
        reasons = [str(r.get("text", "")) for r in d.risk_reasons if r.get("text")]
        self.reasons.setText(self.tr("风险依据：{reasons}").format(reasons="；".join(reasons)) if reasons else "")
        self.reasons.setVisible(bool(reasons))


class CaseDetailPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.bundle: CaseBundle | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        bar = QHBoxLayout()
        back = QPushButton(self.tr("← 返回"))
        back.setObjectName("backButton")
        back.clicked.connect(ctx.nav.go_back.emit)
        bar.addWidget(back)
        bar.addStretch(1)
        self.loading = muted()
        bar.addWidget(self.loading)
        self.case_actions = CaseActions(ctx, self)
        for button in self.case_actions.buttons():
            bar.addWidget(button)
        layout.addLayout(bar)
        self.notice = QLabel()
        self.notice.setObjectName("noticeBanner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.header = CaseHeader()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tab_widgets: list[CaseTab] = []
        for cls in CASE_TABS:
            tab = cls(ctx)
            self.tab_widgets.append(tab)
            self.tabs.addTab(tab, QCoreApplication.translate("CaseTabs", cls.TITLE))
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(self._changed)

    def load(self, case_id: int, notice: str = "") -> None:
        if case_id != self.case_id:
            self.notice.hide()
        self.case_id = case_id
        if notice:
            self.notice.setText(notice)
            self.notice.show()
        self.loading.setText(self.tr("正在读取案件…"))
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: load_case_bundle(store, actor, case_id), parent=self,
                          label=self.tr("正在读取案件…")).success(self.show_bundle).run()

    def show_bundle(self, bundle: CaseBundle) -> None:
        if bundle.detail.id != self.case_id:
            return  # an older request finishing after a newer one
        self.bundle = bundle
        self.loading.setText("")
        lookups, lang = self.ctx.lookups.current, self.ctx.lang
        d = bundle.detail
        self.header.show_detail(d, lookups.dispute_label(d.dispute_type, lang), lookups.source_label(d.source, lang),
                                lang)
        for tab in self.tab_widgets:
            tab.show_case(bundle)
        self.case_actions.show_case(d)

    def refresh(self) -> None:
        if self.case_id is not None:
            self.load(self.case_id)

    def _changed(self, changes: Changes) -> None:
        if self.case_id is not None and changes.touches_case(self.case_id) and self.isVisible():
            self.load(self.case_id)

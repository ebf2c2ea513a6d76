"""工作台: the day at a glance — cases by status, sessions, deadlines, referrals, high-risk cases.

Everything comes from ``services.dashboard`` in one background read; every line opens its case.
"""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.vocab import CASE_STATUS_LABELS
from mediation_desk.services import dashboard as dashboard_service
from mediation_desk.services.case_rows import CaseRow
from ui import settings
from ui.changes import Changes
from ui.context import AppContext
from ui.formatting import fmt_date, fmt_local, risk_label, status_label
from ui.qt import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading, muted

CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class Section(QFrame):
    """A titled list whose rows each open a case (double-click or Enter)."""

    def __init__(self, title: str, empty_text: str, headers: list[str], ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("dashboardSection")
        self.ctx = ctx
        self.empty_text = empty_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.title = heading(title)
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setMinimumHeight(120)
        self.tree.setMaximumHeight(260)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 10)
        self.empty = muted(empty_text)
        self.empty.setObjectName("emptyState")
        layout.addWidget(self.empty)
        layout.addStretch(1)  # an empty section keeps its sentence under the title
        self._base_title = title

    def set_rows(self, rows: list[tuple[int, list[str]]], *, total: int | None = None) -> None:
        self.tree.clear()
        for case_id, cells in rows:
            item = QTreeWidgetItem(cells)
            item.setData(0, CASE_ID_ROLE, case_id)
            item.setToolTip(1, cells[1] if len(cells) > 1 else "")
            self.tree.addTopLevelItem(item)
        for col in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(col)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        count = total if total is not None else len(rows)
        self.title.setText(f"{self._base_title}（{count}）" if count else self._base_title)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ID_ROLE)
        if case_id:
            self.ctx.nav.open_case.emit(int(case_id))


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dashboard_service.Dashboard | None = None
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("dashboardBody")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("工作台"), "pageTitle"))
        top.addStretch(1)
        self.today_label = muted()
        top.addWidget(self.today_label)
        layout.addLayout(top)

        self.cards_row = QHBoxLayout()
        self.cards_row.setSpacing(12)
        self.cards: dict[str, QLabel] = {}
        for key, title in [(code, term.zh) for code, term in CASE_STATUS_LABELS.items()] + [
                ("high_risk", self.tr("高风险未结"))]:
            card = QFrame()
            card.setObjectName("statCard")
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(16, 10, 16, 10)
            number = QLabel("–")
            number.setObjectName("statNumber")
            caption = QLabel(status_label(key, ctx.lang) if key in CASE_STATUS_LABELS else title)
            caption.setObjectName("statCaption")
            card_layout.addWidget(number)
            card_layout.addWidget(caption)
            self.cards[key] = number
            self.cards_row.addWidget(card)
        self.cards_row.addStretch(1)
        layout.addLayout(self.cards_row)

        when, case, what = self.tr("时间"), self.tr("案件"), self.tr("情况")
        self.sessions_today = Section(self.tr("今日调解"), self.tr("今天没有安排调解。"), [when, case, what], ctx)
        self.sessions_week = Section(self.tr("本周调解"), self.tr("本周没有安排调解。"), [when, case, what], ctx)
        self.overdue = Section(self.tr("已超过调解期限"), self.tr("没有超期的案件。"),
                               [self.tr("期限"), case, what], ctx)
        self.due_soon = Section(self.tr("即将到期"), self.tr("近期没有到期的案件。"),
                                [self.tr("期限"), case, what], ctx)
        self.referrals = Section(self.tr("待反馈的移送案件"), self.tr("没有等待反馈的移送案件。"),
                                 [self.tr("反馈期限"), case, self.tr("移送单位")], ctx)
        self.high_risk = Section(self.tr("高风险未结案件"), self.tr("没有高风险的未结案件。"),
                                 [self.tr("受理日期"), case, what], ctx)
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, section in enumerate([self.sessions_today, self.overdue, self.sessions_week, self.due_soon,
                                     self.referrals, self.high_risk]):
            grid.addWidget(section, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        ctx.changes.changed.connect(self._changed)

    # --- loading -------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        store, committee = self.ctx.store, self.ctx.committee_id
        days = settings.DASHBOARD_DAYS_AHEAD.get()
        self.ctx.tasks.op(lambda: dashboard_service.dashboard(store, committee, days_ahead=days), parent=self,
                          label=self.tr("正在读取工作台…")).success(self.show_data).run()

    def _changed(self, changes: Changes) -> None:
        if changes.cases or changes.schedule:
            self._stale = True
            if self.isVisible():
                self.refresh()

    # --- showing -------------------------------------------------------------------------------
    def show_data(self, data: dashboard_service.Dashboard) -> None:
        self.data = data
        self.today_label.setText(self.tr("今天是 {day}").format(day=fmt_date(data.today)))
        for key, label in self.cards.items():
            value = len(data.high_risk) if key == "high_risk" else data.status_counts.get(key, 0)
            label.setText(f"{value:,}")
        self.sessions_today.set_rows([
            (x.case_id, [fmt_local(x.starts_at, "%H:%M"), f"{x.case_number}  {x.parties}", x.place])
            for x in data.sessions_today])
        self.sessions_week.set_rows([
            (x.case_id, [fmt_local(x.starts_at, "%m-%d %H:%M"), f"{x.case_number}  {x.parties}", x.place])
            for x in data.sessions_week])
        self.overdue.set_rows([self._case_line(r, r.due_on) for r in data.overdue])
        self.due_soon.set_rows([self._case_line(r, r.due_on) for r in data.due_soon])
        self.high_risk.set_rows([self._case_line(r, r.received_on) for r in data.high_risk])
        self.referrals.set_rows([
            (x.case_id, [fmt_date(x.feedback_due_on) + (self.tr("（已超期）") if x.overdue else ""),
                         f"{x.case_number}  {x.parties}", f"{x.agency} {x.reference}".strip()])
            for x in data.referrals_awaiting])

    def _case_line(self, row: CaseRow, day: date | None) -> tuple[int, list[str]]:
        lang = self.ctx.lang
        what = f"{self.ctx.lookups.current.dispute_label(row.dispute_type, lang)} · " \
               f"{self.tr('风险')}{risk_label(row.risk_level, lang)}"
        return row.id, [fmt_date(day), f"{row.case_number}  {row.parties}", what]

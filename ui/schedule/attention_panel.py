"""待办提醒: what is overdue or due within N days, for one mediator or the whole committee.

Read from ``services.deadlines.attention``; each line opens its case.
"""

from __future__ import annotations

from mediation_desk.services import deadlines
from mediation_desk.services.deadlines import Attention
from ui.context import AppContext
from ui.qt import (
    QColor,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading, muted

PAGE_LIMIT = 200


class AttentionPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("待办提醒")))
        row = QHBoxLayout()
        self.who = QComboBox()
        self.who.addItem(self.tr("全调委会"), None)
        for m in ctx.lookups.current.mediators:
            if m.active:
                self.who.addItem(m.name, m.id)
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" 天内"))
        row.addWidget(self.who, 1)
        row.addWidget(QLabel(self.tr("到期：")))
        row.addWidget(self.days)
        layout.addLayout(row)
        self.summary = muted()
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("到期"), self.tr("事项"), self.tr("案件"), self.tr("说明")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 92)
        self.tree.setColumnWidth(1, 84)
        self.tree.setColumnWidth(2, 150)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.tree, 1)
        self.empty = muted(self.tr("所选范围内没有逾期或即将到期的事项。"))
        layout.addWidget(self.empty)
        layout.addStretch(0)  # takes the space while the list is hidden, so the heading stays on top
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.days.valueChanged.connect(lambda _v: self.refresh())

    def refresh(self) -> None:
        mediator, within = self.who.currentData(), self.days.value()
        self.ctx.tasks.op(lambda: deadlines.attention(self.ctx.store, self.ctx.committee_id, within_days=within,
                                                      mediator_id=mediator, limit=PAGE_LIMIT),
                          parent=self).success(self.show_attention).run()

    def show_attention(self, att: Attention) -> None:
        self.tree.clear()
        for item in att.items:
            when = self.tr("逾期 {n} 天").format(n=-item.days_left) if item.overdue else \
                (self.tr("今天") if item.days_left == 0 else self.tr("{n} 天后").format(n=item.days_left))
            row = QTreeWidgetItem([when, item.kind_label, item.case_number, item.detail])
            row.setData(0, Qt.ItemDataRole.UserRole, item.case_id)
            row.setToolTip(3, f"{item.due_on.isoformat()}  {item.mediator}\n{item.detail}")
            if item.overdue:
                row.setForeground(0, QColor("#c62828"))
            self.tree.addTopLevelItem(row)
        text = self.tr("共 {total} 项，其中逾期 {overdue} 项。").format(total=att.total, overdue=att.total_overdue)
        if att.truncated:
            text += self.tr("这里列出最早到期的 {n} 项。").format(n=len(att.items))
        if att.warnings:
            text += "\n" + "\n".join(att.warnings)
        self.summary.setText(text)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setVisible(bool(att.items))
        self.empty.setVisible(not att.items)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.ctx.nav.open_case.emit(int(case_id))

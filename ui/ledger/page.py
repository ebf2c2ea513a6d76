"""台账与统计: three tabs — the ledger export, the statistics, and the data tools."""

from __future__ import annotations

from ui.context import AppContext
from ui.ledger.data_tab import DataTab
from ui.ledger.ledger_tab import LedgerTab
from ui.ledger.stats_tab import StatsTab
from ui.qt import QLabel, QTabWidget, QVBoxLayout, QWidget


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("台账与统计"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.ledger = LedgerTab(ctx)
        self.stats = StatsTab(ctx)
        self.data = DataTab(ctx)
        self.tabs.addTab(self.ledger, self.tr("台账"))
        self.tabs.addTab(self.stats, self.tr("统计"))
        self.tabs.addTab(self.data, self.tr("数据"))
        self.tabs.currentChanged.connect(lambda _i: self.page_shown())
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(lambda _c: self.refresh() if self.isVisible() else None)

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.ledger:
            self.ledger.refresh()
        elif current is self.stats:
            self.stats.refresh()
        else:
            self.data.refresh_state()

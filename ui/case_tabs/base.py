"""What every case tab shares: the loaded case, and a read-only table helper.

A tab is one class in its own module; the case detail page builds the tabs listed in
``ui.case_tabs.CASE_TABS`` and hands each the same :class:`CaseBundle` after every load, so a tab
can later grow into an editor without touching the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from mediation_desk.services import cases as case_service
from mediation_desk.services.cases import CaseDetail, HistoryEntry
from mediation_desk.store import Actor, Store
from ui.context import AppContext
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class CaseBundle:
    detail: CaseDetail
    history: list[HistoryEntry]


def load_case_bundle(store: Store, actor: Actor, case_id: int) -> CaseBundle:
    return CaseBundle(case_service.get_case_detail(store, actor, case_id),
                      case_service.case_history(store, actor, case_id))


def t(text: str) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("CaseTabs", …)``."""
    return QCoreApplication.translate("CaseTabs", text)


class CaseTab(QWidget):
    """Base class: ``TITLE`` is the Chinese tab title (context "CaseTabs")."""

    TITLE = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)

    def show_case(self, bundle: CaseBundle) -> None:
        raise NotImplementedError


class ReadOnlyTable(QTableWidget):
    """A plain table of strings, with an empty-state sentence in place of an empty grid."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        for c in range(self.columnCount() - 1):
            self.setColumnWidth(c, min(max(self.columnWidth(c), 70), 320))


class TableTab(CaseTab):
    """A tab that is one table, or an empty-state sentence when the case has nothing of the kind."""

    HEADERS: list[str] = []
    EMPTY = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = ReadOnlyTable([t(h) for h in self.HEADERS])
        self.empty = QLabel(t(self.EMPTY))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        self.stretch_when_empty = self.layout_.count()
        self.layout_.addStretch(0)

    def show_case(self, bundle: CaseBundle) -> None:
        rows = self.rows(bundle)
        self.table.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        raise NotImplementedError

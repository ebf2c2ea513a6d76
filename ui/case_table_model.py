"""The case list's model: light rows paged in from the core on demand, sorted and filtered in SQL.

Rows arrive a page at a time (``canFetchMore``/``fetchMore``) from ``services.cases.list_cases`` on
a worker thread, so a list over a million cases opens as fast as one over a hundred. A new filter,
sort or search bumps a generation number: late pages of an older query are dropped. Search results
from ``services.search`` are shown by the same model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from mediation_desk.services import cases as case_service
from mediation_desk.services import search as search_service
from mediation_desk.services.case_rows import CaseRow
from mediation_desk.services.cases import CaseFilter
from ui.context import AppContext, Lookups
from ui.formatting import fmt_date, risk_label, status_label
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from ui.tasks import CancelToken

SEARCH_LIMIT = 500
COUNT_DELAY_MS = 120  # let the first page paint before the (slower) count competes for the CPU
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # Chinese source text, context "CaseTable"
    sort_key: str | None  # a key of services.cases.SORT_COLUMNS, or None if not sortable


COLUMNS: tuple[Column, ...] = (
    Column("case_number", QT_TRANSLATE_NOOP("CaseTable", "案号"), "case_number"),
    Column("received_on", QT_TRANSLATE_NOOP("CaseTable", "受理日期"), "received_on"),
    Column("parties", QT_TRANSLATE_NOOP("CaseTable", "当事人"), None),
    Column("dispute_type", QT_TRANSLATE_NOOP("CaseTable", "纠纷类型"), "dispute_type"),
    Column("source", QT_TRANSLATE_NOOP("CaseTable", "来源"), None),
    Column("status", QT_TRANSLATE_NOOP("CaseTable", "状态"), "status"),
    Column("risk_level", QT_TRANSLATE_NOOP("CaseTable", "风险"), "risk_level"),
    Column("mediator", QT_TRANSLATE_NOOP("CaseTable", "调解员"), None),
    Column("due_on", QT_TRANSLATE_NOOP("CaseTable", "调解期限"), "due_on"),
    Column("agency", QT_TRANSLATE_NOOP("CaseTable", "移送单位"), None),
)
assert all(c.sort_key is None or c.sort_key in case_service.SORT_COLUMNS for c in COLUMNS)

HIGH_RISK = QColor("#b3261e")
OVERDUE = QColor("#9a5b00")
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    CASE_ID_ROLE})
_RISK_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "risk_level")
_DUE_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "due_on")


@dataclass(frozen=True)
class Page:
    """One page of rows with their cell texts, prepared off the GUI thread."""

    rows: list[CaseRow]
    texts: list[tuple[str, ...]]
    overdue: list[bool]


def _overdue(row: CaseRow, today: date) -> bool:
    return row.due_on is not None and row.due_on < today and row.status in ("registered", "accepted")


def row_texts(row: CaseRow, lang: str, lookups: Lookups) -> tuple[str, ...]:
    """The text of each column for one row, in COLUMNS order."""
    values = {
        "case_number": row.case_number, "received_on": fmt_date(row.received_on), "parties": row.parties,
        "dispute_type": lookups.dispute_label(row.dispute_type, lang), "source": lookups.source_label(row.source, lang),
        "status": status_label(row.status, lang), "risk_level": risk_label(row.risk_level, lang),
        "mediator": row.mediator, "due_on": fmt_date(row.due_on), "agency": f"{row.agency} {row.reference}".strip(),
    }
    return tuple(values[c.key] for c in COLUMNS)


class CaseTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    total_changed = Signal(object)  # int, or None while unknown
    page_loaded = Signal(int)  # number of rows now held

    def __init__(self, ctx: AppContext, page_size: int = 200) -> None:
        super().__init__()
        self.ctx = ctx
        self.page_size = page_size
        self.rows: list[CaseRow] = []
        self.texts: list[tuple[str, ...]] = []
        self.overdue: list[bool] = []
        self.filter = CaseFilter()
        self.sort_key = "received_on"
        self.descending = True
        self.search_text = ""
        self.search_capped = False
        self.total: int | None = None
        self._generation = 0
        self._exhausted = True
        self._loading = False
        self._tokens: list[CancelToken] = []
        self._started = False

    # --- queries -------------------------------------------------------------------------------
    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self.search_text = ""
        self.reload()

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        self.reload()

    def set_sort(self, sort_key: str, descending: bool) -> None:
        self.sort_key, self.descending = sort_key, descending
        if self._started:  # the view sets its sort before the page starts the first query
            self.reload()

    def reload(self) -> None:
        """Start the query afresh; the rows shown stay until the first new page replaces them."""
        for token in self._tokens:
            token.cancel()
        self._tokens.clear()
        self._generation += 1
        self._started = True
        self.total = None
        self.total_changed.emit(None)
        if self.search_text:
            self._load_search(self._generation)
        else:
            self._load_page(self._generation, offset=0)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _load_page(self, generation: int, offset: int) -> None:
        store, committee, f = self.ctx.store, self.ctx.committee_id, self.filter
        sort, desc, limit = self.sort_key, self.descending, self.page_size
        texts = self._formatter()
        self._set_loading(True)
        op = self.ctx.tasks.op(
            lambda: texts(case_service.list_cases(store, committee, f, sort=sort, descending=desc, offset=offset,
                                                  limit=limit)),
            label=QCoreApplication.translate("CaseTable", "正在读取案件…"))
        op.success(lambda rows: self._page_arrived(generation, offset, rows))
        op.failure(lambda exc: self._failed(generation, exc))
        self._tokens.append(op.run())

    def _formatter(self) -> Callable[[list[CaseRow]], Page]:
        """Cell texts are made on the worker with a snapshot of the labels, so ``data()`` is a lookup."""
        lang, lookups, today = self.ctx.lang, self.ctx.lookups.current, date.today()

        def texts(rows: list[CaseRow]) -> Page:
            return Page(rows, [row_texts(r, lang, lookups) for r in rows], [_overdue(r, today) for r in rows])

        return texts

    def _page_arrived(self, generation: int, offset: int, page: Page) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        rows = page.rows
        self._exhausted = len(rows) < self.page_size
        if offset == 0:
            self.beginResetModel()
            self.rows, self.texts, self.overdue = list(rows), list(page.texts), list(page.overdue)
            self.endResetModel()
            # The total matters less than the first rows: ask for it once they are on screen.
            if self.ctx.tasks.synchronous:
                self._count(generation)
            else:
                QTimer.singleShot(COUNT_DELAY_MS, lambda: self._count(generation))
        elif rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.texts.extend(page.texts)
            self.overdue.extend(page.overdue)
            self.endInsertRows()
        if self._exhausted and self.total is None:
            self._set_total(len(self.rows))
        self.page_loaded.emit(len(self.rows))

    def _count(self, generation: int) -> None:
        if self._exhausted or generation != self._generation:
            return
        store, committee, f = self.ctx.store, self.ctx.committee_id, self.filter
        op = self.ctx.tasks.op(lambda: case_service.count_cases(store, committee, f),
                               label=QCoreApplication.translate("CaseTable", "正在统计…"))
        op.success(lambda n: self._set_total(n) if generation == self._generation else None)
        self._tokens.append(op.run())

    def _set_total(self, total: int) -> None:
        self.total = total
        self.total_changed.emit(total)

    def _load_search(self, generation: int) -> None:
        store, committee, text = self.ctx.store, self.ctx.committee_id, self.search_text
        texts = self._formatter()
        self._set_loading(True)

        def find() -> tuple[search_service.SearchResult, Page]:
            result = search_service.search(store, committee, text, limit=SEARCH_LIMIT)
            return result, texts(result.rows)

        op = self.ctx.tasks.op(find,
                               label=QCoreApplication.translate("CaseTable", "正在搜索…"))
        op.success(lambda found: self._search_arrived(generation, found))
        op.failure(lambda exc: self._failed(generation, exc))
        self._tokens.append(op.run())

    def _search_arrived(self, generation: int, found: tuple[search_service.SearchResult, Page]) -> None:
        if generation != self._generation:
            return
        result, page = found
        self._set_loading(False)
        self._exhausted = True
        self.beginResetModel()
        self.rows, self.texts, self.overdue = list(page.rows), list(page.texts), list(page.overdue)
        self.endResetModel()
        self.search_capped = result.capped
        self._set_total(result.total)
        self.page_loaded.emit(len(self.rows))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._exhausted = True
        from ui.dialogs import show_error

        show_error(None, exc)

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._load_page(self._generation, offset=len(self.rows))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CaseTable", COLUMNS[section].title)
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort_key is None:
                return QCoreApplication.translate("CaseTable", "此列不能排序")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each repaint: answer from the prepared texts.
        if role not in _ROLES or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self.rows) and 0 <= c < len(COLUMNS)):
            return None
        if role == CASE_ID_ROLE:
            return self.rows[r].id
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == _RISK_COLUMN and self.rows[r].risk_level == "high":
                return HIGH_RISK
            if c == _DUE_COLUMN and self.overdue[r]:
                return OVERDUE
            return None
        return self.texts[r][c]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort in SQL; columns without an index are refused (see ``is_sortable``)."""
        if not self.is_sortable(column):
            return
        key = COLUMNS[column].sort_key
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.set_sort(key, descending)

    @staticmethod
    def is_sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].sort_key is not None

    def case_id(self, row: int) -> int:
        return self.rows[row].id

    @property
    def loading(self) -> bool:
        return self._loading

"""Checkable lists of people for the session dialog, and the invitees table."""

from __future__ import annotations

from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)


class CheckList(QListWidget):
    """Items carry an id; ``checked_ids()`` says which are ticked."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(72)
        self.setMaximumHeight(110)
        self.itemChanged.connect(lambda _item: self.toggled.emit())

    def set_entries(self, entries: list[tuple[int, str]], checked: set[int] = frozenset()) -> None:  # type: ignore[assignment]
        self.blockSignals(True)
        self.clear()
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.toggled.emit()

    def set_checked(self, key: int, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


class InviteeTable(QWidget):
    """邀请参与人员: name and capacity (亲属、律师、人大代表 …), one per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("SessionDialog", "姓名"),
                                              QCoreApplication.translate("SessionDialog", "身份（如亲属、律师）")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(100)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(QCoreApplication.translate("SessionDialog", "添加人员"))
        remove = QPushButton(QCoreApplication.translate("SessionDialog", "删除所选"))
        add.clicked.connect(lambda: self.add("", ""))
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)

    def add(self, name: str, capacity: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name))
        self.table.setItem(r, 1, QTableWidgetItem(capacity))

    def _remove(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def entries(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            name, cap = (_text(self.table.item(r, c)) for c in (0, 1))
            if name:
                out.append((name, cap))
        return out


def _text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""

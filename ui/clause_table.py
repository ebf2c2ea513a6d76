"""The clauses of an agreement as an editable table: text, obligor, amount (with its capitals, live),
due date; plus the running total in figures and capitals.

A clause inserted from a template remembers the template, so typing the amount, due date or obligor
afterwards refills its text — until the mediator edits the text by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediation_desk.domain import clause_templates
from mediation_desk.domain.money import AmountError, format_amount, parse_amount, to_capitals
from mediation_desk.services.agreements import AgreementParty, ClauseInput
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

TEXT, OBLIGOR, AMOUNT, CAPITALS, DUE = range(5)
NO_DATE = QDate(2000, 1, 1)


@dataclass
class _Template:
    code: str
    filled: str


def amount_or_none(text: str) -> Decimal | None:
    """The typed amount, or None when empty or not an amount."""
    if not text.strip():
        return None
    try:
        return parse_amount(text)
    except AmountError:
        return None


class ClauseTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties: tuple[AgreementParty, ...] = ()
        self.templates: dict[int, _Template] = {}  # row widget id → template
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("条款内容"), self.tr("义务人"), self.tr("金额（元）"),
                                              self.tr("大写"), self.tr("履行期限")])
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((OBLIGOR, 110), (AMOUNT, 120), (CAPITALS, 230), (DUE, 120)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.itemChanged.connect(self._text_edited)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        self.total.setObjectName("agreementTotal")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self._update_total()

    # --- rows -----------------------------------------------------------------------------------
    def set_parties(self, parties: tuple[AgreementParty, ...]) -> None:
        self.parties = parties

    def set_clauses(self, clauses: tuple[ClauseInput, ...] | list[ClauseInput]) -> None:
        self.table.setRowCount(0)
        self.templates.clear()
        for c in clauses:
            self.add_clause(c)
        self._update_total()

    def add_clause(self, clause: ClauseInput | None = None, template: str = "") -> int:
        c = clause or ClauseInput("")
        row = self.table.rowCount()
        self._filling = True
        self.table.insertRow(row)
        self.table.setItem(row, TEXT, QTableWidgetItem(c.text))
        obligor = QComboBox()
        obligor.addItem(self.tr("（无）"), None)
        for p in self.parties:
            obligor.addItem(p.name, p.party_id)
        if c.obligor_party_id is not None:
            obligor.setCurrentIndex(max(0, obligor.findData(c.obligor_party_id)))
        amount = QLineEdit("" if c.amount is None else format_amount(Decimal(str(c.amount))))
        amount.setPlaceholderText(self.tr("如 12000 或 1.2万"))
        capitals = QLabel()
        capitals.setObjectName("amountCapitals")
        capitals.setWordWrap(True)
        due = QDateEdit()
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setMinimumDate(NO_DATE)
        due.setSpecialValueText(self.tr("（未定）"))
        due.setDate(QDate(c.due_on.year, c.due_on.month, c.due_on.day) if c.due_on else NO_DATE)
        self.table.setCellWidget(row, OBLIGOR, obligor)
        self.table.setCellWidget(row, AMOUNT, amount)
        self.table.setCellWidget(row, CAPITALS, capitals)
        self.table.setCellWidget(row, DUE, due)
        if template:
            self.templates[id(amount)] = _Template(template, c.text)
        obligor.currentIndexChanged.connect(lambda _i, w=amount: self._row_edited(w))
        amount.textChanged.connect(lambda _t, w=amount: self._row_edited(w))
        due.dateChanged.connect(lambda _d, w=amount: self._row_edited(w))
        self._filling = False
        self._show_capitals(row)
        self.table.resizeRowToContents(row)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            amount = self.table.cellWidget(row, AMOUNT)
            self.templates.pop(id(amount), None)
            self.table.removeRow(row)
        self._update_total()
        self.changed.emit()

    def amount_edit(self, row: int) -> QLineEdit:
        w = self.table.cellWidget(row, AMOUNT)
        assert isinstance(w, QLineEdit)
        return w

    def capitals_label(self, row: int) -> QLabel:
        w = self.table.cellWidget(row, CAPITALS)
        assert isinstance(w, QLabel)
        return w

    def obligor_combo(self, row: int) -> QComboBox:
        w = self.table.cellWidget(row, OBLIGOR)
        assert isinstance(w, QComboBox)
        return w

    def due_edit(self, row: int) -> QDateEdit:
        w = self.table.cellWidget(row, DUE)
        assert isinstance(w, QDateEdit)
        return w

    def clauses(self) -> tuple[ClauseInput, ...]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TEXT)
            text = item.text() if item else ""
            amount_text = self.amount_edit(row).text().strip()
            qd = self.due_edit(row).date()
            due = None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())
            out.append(ClauseInput(text, self.obligor_combo(row).currentData(), amount_text or None, due))
        return tuple(out)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.AllEditTriggers)
        for row in range(self.table.rowCount()):
            for col in (OBLIGOR, AMOUNT, DUE):
                w = self.table.cellWidget(row, col)
                if w is not None:
                    w.setEnabled(not read_only)

    # --- live values ----------------------------------------------------------------------------
    def _row_of(self, amount_widget: QLineEdit) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, AMOUNT) is amount_widget:
                return row
        return -1

    def _row_edited(self, amount_widget: QLineEdit) -> None:
        if self._filling:
            return
        row = self._row_of(amount_widget)
        if row < 0:
            return
        self._show_capitals(row)
        self._refill(row)
        self._update_total()
        self.changed.emit()

    def _text_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != TEXT:
            return
        tpl = self.templates.get(id(self.table.cellWidget(item.row(), AMOUNT)))
        if tpl is not None and item.text() != tpl.filled:
            self.templates.pop(id(self.table.cellWidget(item.row(), AMOUNT)), None)  # edited by hand: keep it
        self.changed.emit()

    def _refill(self, row: int) -> None:
        tpl = self.templates.get(id(self.table.cellWidget(row, AMOUNT)))
        template = clause_templates.find(tpl.code) if tpl else None
        if tpl is None or template is None:
            return
        obligor_id = self.obligor_combo(row).currentData()
        names = {p.party_id: p.name for p in self.parties}
        obligee = next((p.name for p in self.parties if p.party_id != obligor_id), "")
        qd = self.due_edit(row).date()
        due = None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())
        text = clause_templates.fill(template.text, obligor=names.get(obligor_id, ""), obligee=obligee,
                                     amount=amount_or_none(self.amount_edit(row).text()), due=due)
        tpl.filled = text
        self._filling = True
        item = self.table.item(row, TEXT)
        if item is not None:
            item.setText(text)
        self._filling = False
        self.table.resizeRowToContents(row)

    def _show_capitals(self, row: int) -> None:
        text = self.amount_edit(row).text()
        value = amount_or_none(text)
        label = self.capitals_label(row)
        if not text.strip():
            label.setText("")
        elif value is None:
            label.setText(self.tr("金额格式不对"))
        else:
            label.setText(to_capitals(value))

    def total_amount(self) -> Decimal:
        values = [amount_or_none(self.amount_edit(r).text()) for r in range(self.table.rowCount())]
        return sum((v for v in values if v is not None), Decimal("0.00"))

    def _update_total(self) -> None:
        value = self.total_amount()
        self.total.setText(self.tr("合计金额：{amount} 元（{capitals}）").format(
            amount=format_amount(value), capitals=to_capitals(value)))

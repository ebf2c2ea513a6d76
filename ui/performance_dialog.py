"""登记履行: mark each clause of a signed agreement performed on a date, or not yet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mediation_desk.domain.money import format_amount
from mediation_desk.services.agreements import AgreementView
from ui.qt import QCheckBox, QDate, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget


class PerformanceDialog(QDialog):
    def __init__(self, agreement: AgreementView, on_accept: Callable[[dict[int, date | None]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记履行情况"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.rows: dict[int, tuple[QCheckBox, QDateEdit]] = {}
        for i, c in enumerate(agreement.clauses):
            text = f"{c.position}. {c.text[:60]}" + (f"（{format_amount(c.amount)} 元）" if c.amount else "")
            label = QLabel(text)
            label.setWordWrap(True)
            done = QCheckBox(self.tr("已履行"))
            on = QDateEdit(QDate.currentDate())
            on.setCalendarPopup(True)
            on.setDisplayFormat("yyyy-MM-dd")
            if c.performed_on:
                done.setChecked(True)
                on.setDate(QDate(c.performed_on.year, c.performed_on.month, c.performed_on.day))
            grid.addWidget(label, i, 0)
            grid.addWidget(done, i, 1)
            grid.addWidget(on, i, 2)
            self.rows[c.id] = (done, on)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._on_accept = on_accept

    def _accept(self) -> None:
        out: dict[int, date | None] = {}
        for cid, (done, on) in self.rows.items():
            d = on.date()
            out[cid] = date(d.year(), d.month(), d.day()) if done.isChecked() else None
        self.accept()
        self._on_accept(out)

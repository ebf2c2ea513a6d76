"""签订 an agreement: the signing checklist (every party signed, sealed or put a fingerprint) and the date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mediation_desk.services.agreements import AgreementView
from ui.formatting import role_label
from ui.qt import QCheckBox, QDate, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class SignAgreementDialog(QDialog):
    def __init__(self, agreement: AgreementView, on_accept: Callable[[date, list[int]], None], lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("签订调解协议"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("请逐一确认以下当事人已在协议上签名、盖章或按指印，"
                               "调解员已签名，并已加盖调解委员会印章。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.checks: dict[int, QCheckBox] = {}
        for p in agreement.parties:
            box = QCheckBox(f"{role_label(p.role, lang)}  {p.name}")
            box.toggled.connect(self._update)
            self.checks[p.party_id] = box
            layout.addWidget(box)
        self.mediator = QCheckBox(self.tr("调解员已签名，已加盖调解委员会印章"))
        self.mediator.toggled.connect(self._update)
        layout.addWidget(self.mediator)
        form = QFormLayout()
        self.signed_on = QDateEdit(QDate.currentDate())
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("签订日期"), self.signed_on)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("确认签订"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_accept = on_accept
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.mediator.isChecked() and all(b.isChecked() for b in self.checks.values()))

    def _accept(self) -> None:
        d = self.signed_on.date()
        self.accept()
        self._on_accept(date(d.year(), d.month(), d.day()), [pid for pid, b in self.checks.items() if b.isChecked()])

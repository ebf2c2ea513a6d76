"""The case list's filter bar: status, dispute type, source, agency, mediator, risk, date range.

Choices come from the lookups (vocabularies, mediators, agencies); the bar only builds a
``CaseFilter`` and remembers the last one in the settings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.domain.vocab import CASE_STATUS_LABELS, RISK_LABELS
from mediation_desk.services.cases import CaseFilter
from ui import settings
from ui.context import AppContext
from ui.qt import QComboBox, QDate, QDateEdit, QGridLayout, QLabel, QPushButton, QWidget, Signal

NO_DATE = QDate(2000, 1, 1)  # the minimum date doubles as "不限" (special value text)


class CaseFilterBar(QWidget):
    filter_changed = Signal(object)  # CaseFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseFilterBar")
        self._quiet = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.status = self._combo("filterStatus")
        self.dispute_type = self._combo("filterDisputeType")
        self.source = self._combo("filterSource")
        self.agency = self._combo("filterAgency")
        self.mediator = self._combo("filterMediator")
        self.risk = self._combo("filterRisk")
        self.received_from = self._date("filterFrom")
        self.received_to = self._date("filterTo")
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("状态"), self.status), (self.tr("纠纷类型"), self.dispute_type), (self.tr("来源"), self.source),
            (self.tr("风险"), self.risk), (self.tr("移送单位"), self.agency), (self.tr("调解员"), self.mediator),
            (self.tr("受理日期从"), self.received_from), (self.tr("到"), self.received_to),
        ]
        for i, (label, widget) in enumerate(cells):
            row, col = divmod(i, 4)
            grid.addWidget(QLabel(label), row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
        grid.addWidget(self.clear_button, 0, 8)
        self.fill_choices()
        ctx.lookups.changed.connect(self.fill_choices)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._emit)
        return edit

    def fill_choices(self) -> None:
        """(Re)fill every list, keeping the current choices."""
        lookups, lang = self.ctx.lookups.current, self.ctx.lang
        current = self.current_filter()
        self._quiet = True
        any_text = self.tr("全部")
        self._fill(self.status, any_text, [(code, t.label(lang)) for code, t in CASE_STATUS_LABELS.items()])
        self._fill(self.dispute_type, any_text, [(e.code, e.label(lang)) for e in lookups.dispute_types])
        self._fill(self.source, any_text, [(e.code, e.label(lang)) for e in lookups.sources])
        self._fill(self.agency, any_text, [(a.id, a.name) for a in lookups.agencies])
        self._fill(self.mediator, any_text, [(m.id, m.name) for m in lookups.mediators])
        self._fill(self.risk, any_text, [(code, t.label(lang)) for code, t in RISK_LABELS.items()])
        self.set_filter(current, emit=False)
        self._quiet = False

    @staticmethod
    def _fill(combo: QComboBox, any_text: str, items: list[tuple[Any, str]]) -> None:
        combo.clear()
        combo.addItem(any_text, None)
        for value, label in items:
            combo.addItem(label, value)

    # --- the filter ----------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        def date_of(edit: QDateEdit) -> date | None:
            d = edit.date()
            return None if d == NO_DATE else date(d.year(), d.month(), d.day())

        return CaseFilter(
            status=self.status.currentData(), dispute_type=self.dispute_type.currentData(),
            source=self.source.currentData(), agency_id=self.agency.currentData(),
            mediator_id=self.mediator.currentData(), risk_level=self.risk.currentData(),
            received_from=date_of(self.received_from), received_to=date_of(self.received_to),
        )

    def set_filter(self, f: CaseFilter, *, emit: bool = True) -> None:
        quiet, self._quiet = self._quiet, True
        for combo, value in ((self.status, f.status), (self.dispute_type, f.dispute_type), (self.source, f.source),
                             (self.agency, f.agency_id), (self.mediator, f.mediator_id), (self.risk, f.risk_level)):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
        for edit, day in ((self.received_from, f.received_from), (self.received_to, f.received_to)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self._quiet = quiet
        if emit:
            self._emit()

    def clear(self) -> None:
        self.set_filter(CaseFilter())

    def _emit(self) -> None:
        if self._quiet:
            return
        f = self.current_filter()
        settings.CASE_LIST_FILTERS.set(filter_to_dict(f))
        self.filter_changed.emit(f)


def filter_to_dict(f: CaseFilter) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in f.__dict__.items() if v is not None}


def filter_from_dict(d: dict[str, Any]) -> CaseFilter:
    known = set(CaseFilter.__dataclass_fields__)
    values: dict[str, Any] = {}
    for key, value in d.items():
        if key not in known or value in (None, ""):
            continue
        if key in ("received_from", "received_to"):
            try:
                value = date.fromisoformat(str(value))
            except ValueError:
                continue
        elif key in ("agency_id", "mediator_id"):
            value = int(value)
        values[key] = value
    return CaseFilter(**values)

"""The editor of one agreement (调解协议书 or 口头协议): facts, matters, responsibility, clauses,
performance method and due date, copies. Signed versions are shown read-only."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.clause_templates import ClauseTemplate
from mediation_desk.services.agreements import AgreementContent, AgreementView, ClauseInput
from ui.clause_table import NO_DATE, ClauseTable
from ui.qt import (
    QDate,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)


def _text_box(height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class AgreementEditor(QWidget):
    template_chosen = Signal(str)  # template code: the tab asks the core for the filled clause
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement: AgreementView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.facts = _text_box(70)
        self.matters = _text_box(48)
        self.responsibility = _text_box(48)
        form.addRow(self.tr("纠纷主要事实"), self.facts)
        form.addRow(self.tr("争议事项"), self.matters)
        form.addRow(self.tr("各方责任"), self.responsibility)
        layout.addLayout(form)

        clause_bar = QHBoxLayout()
        self.clauses = ClauseTable()
        self.add_clause = QPushButton(self.tr("添加条款"))
        self.add_clause.clicked.connect(lambda: self.clauses.add_clause())
        self.template_button = QPushButton(self.tr("插入模板条款"))
        self.template_menu = QMenu(self)
        self.template_button.setMenu(self.template_menu)
        self.remove_clause = QPushButton(self.tr("删除选中条款"))
        clause_bar.addWidget(self.add_clause)
        clause_bar.addWidget(self.template_button)
        clause_bar.addWidget(self.remove_clause)
        clause_bar.addStretch(1)
        layout.addLayout(clause_bar)
        self.clauses.setMinimumHeight(180)
        self.remove_clause.clicked.connect(self.clauses.remove_selected)
        layout.addWidget(self.clauses, 1)

        tail = QFormLayout()
        self.performance_method = QLineEdit()
        self.performance_method.setPlaceholderText(self.tr("如：即时履行 / 银行转账 / 分期履行"))
        self.performance_due = QDateEdit()
        self.performance_due.setCalendarPopup(True)
        self.performance_due.setDisplayFormat("yyyy-MM-dd")
        self.performance_due.setMinimumDate(NO_DATE)
        self.performance_due.setSpecialValueText(self.tr("（按最后一项条款的期限）"))
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.copies.setSuffix(self.tr(" 份"))
        tail.addRow(self.tr("履行方式"), self.performance_method)
        tail.addRow(self.tr("履行期限"), self.performance_due)
        tail.addRow(self.tr("协议份数"), self.copies)
        layout.addLayout(tail)
        self.dirty = False
        self._showing = False
        for box in (self.facts, self.matters, self.responsibility):
            box.textChanged.connect(self._edited)
        self.performance_method.textChanged.connect(self._edited)
        self.performance_due.dateChanged.connect(self._edited)
        self.copies.valueChanged.connect(self._edited)
        self.clauses.changed.connect(self._edited)
        self.clauses.table.itemChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._showing and self.agreement is not None and self.agreement.editable:
            self.dirty = True
            self.edited.emit()

    def set_templates(self, templates: tuple[ClauseTemplate, ...]) -> None:
        self.template_menu.clear()
        for tpl in templates:
            action = self.template_menu.addAction(tpl.title)
            action.setObjectName(f"template_{tpl.code}")
            action.triggered.connect(lambda _checked=False, code=tpl.code: self.template_chosen.emit(code))

    def insert_clause(self, clause: ClauseInput, template: str) -> int:
        return self.clauses.add_clause(clause, template)

    def show_agreement(self, a: AgreementView) -> None:
        self._showing = True
        try:
            self._show(a)
        finally:
            self._showing = False
        self.dirty = False

    def _show(self, a: AgreementView) -> None:
        self.agreement = a
        self.facts.setPlainText(a.facts)
        self.matters.setPlainText(a.matters)
        self.responsibility.setPlainText(a.responsibility)
        self.clauses.set_parties(a.parties)
        self.clauses.set_clauses(a.content().clauses)
        self.performance_method.setText(a.performance_method)
        due = a.performance_due
        self.performance_due.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
        self.copies.setValue(a.copies)
        read_only = not a.editable
        for box in (self.facts, self.matters, self.responsibility):
            box.setReadOnly(read_only)
        self.performance_method.setReadOnly(read_only)
        self.performance_due.setReadOnly(read_only)
        self.copies.setReadOnly(read_only)
        for b in (self.add_clause, self.template_button, self.remove_clause):
            b.setEnabled(not read_only)
        self.clauses.set_read_only(read_only)

    def content(self) -> AgreementContent:
        qd = self.performance_due.date()
        due = None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())
        return AgreementContent(self.facts.toPlainText(), self.matters.toPlainText(),
                                self.responsibility.toPlainText(), self.performance_method.text(), due,
                                self.copies.value(), self.clauses.clauses())

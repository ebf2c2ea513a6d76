"""One party on the intake form. Typing a resident ID number fills sex, birth date and age at once;
a wrong number gets its Chinese explanation right under the field.

The checks are the core's (``domain.identity``); this widget only shows what they say.
"""

from __future__ import annotations

from datetime import date

from mediation_desk.domain import identity
from mediation_desk.domain.vocab import PARTY_ROLE_LABELS, PartyKind
from mediation_desk.services.intake import PartyInput
from ui.dialogs import current_lang
from ui.formatting import sex_label
from ui.qt import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import ErrorLabel, FormLineEdit


class PartyEditor(QGroupBox):
    identity_changed = Signal()  # an ID number became valid, or name/phone changed: look up history
    remove_requested = Signal(object)  # self

    def __init__(self, role: str = "applicant", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyEditor")
        self.errors: dict[str, ErrorLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        lang = current_lang()

        self.role = QComboBox()
        for code, term in PARTY_ROLE_LABELS.items():
            self.role.addItem(term.label(lang), code)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("自然人"), PartyKind.PERSON.value)
        self.kind.addItem(self.tr("单位/组织"), PartyKind.ORGANISATION.value)
        self.name = self._line(self.tr("姓名"))
        self.id_number = self._line(self.tr("18 位身份证号码"))
        self.id_number.setMaxLength(22)  # room for spaces typed while copying from a card
        self.credit_code = self._line(self.tr("18 位统一社会信用代码"))
        self.legal_representative = self._line(self.tr("法定代表人"))
        self.sex = QComboBox()
        self.sex.addItem(self.tr("未填"), "")
        self.sex.addItem(self.tr("男"), "male")
        self.sex.addItem(self.tr("女"), "female")
        self.born = QLabel()
        self.born.setObjectName("bornLabel")
        self.phone = self._line(self.tr("手机或座机"))
        self.ethnicity = self._line(self.tr("如：汉族"))
        self.occupation = self._line("")
        self.address = self._line(self.tr("单位或住址"))
        self.agent_name = self._line(self.tr("没有可不填"))
        self.agent_phone = self._line("")
        self.remove_button = QPushButton(self.tr("删除此当事人"))
        self.remove_button.setObjectName("removeParty")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        cells: list[tuple[str, str, QWidget, int, int, int]] = [
            ("role", self.tr("身份"), self.role, 0, 0, 1), ("kind", self.tr("类型"), self.kind, 0, 1, 1),
            ("name", self.tr("姓名/名称"), self.name, 0, 2, 1),
            ("id_number", self.tr("身份证号"), self.id_number, 1, 0, 1),
            ("credit_code", self.tr("信用代码"), self.credit_code, 1, 0, 1),
            ("sex", self.tr("性别"), self.sex, 1, 1, 1), ("born", self.tr("出生日期/年龄"), self.born, 1, 2, 1),
            ("legal_representative", self.tr("法定代表人"), self.legal_representative, 1, 1, 1),
            ("phone", self.tr("电话"), self.phone, 2, 0, 1), ("ethnicity", self.tr("民族"), self.ethnicity, 2, 1, 1),
            ("occupation", self.tr("职业或职务"), self.occupation, 2, 2, 1),
            ("address", self.tr("住址"), self.address, 3, 0, 3),
            ("agent_name", self.tr("代理人"), self.agent_name, 4, 0, 1),
            ("agent_phone", self.tr("代理人电话"), self.agent_phone, 4, 1, 1),
        ]
        self._cells: dict[str, QWidget] = {}
        for key, label, widget, row, col, span in cells:
            widget.setObjectName(key)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 4)
            box.setSpacing(2)
            caption = QLabel(label)
            caption.setObjectName("fieldCaption")
            box.addWidget(caption)
            box.addWidget(widget)
            error = ErrorLabel()
            self.errors[key] = error
            box.addWidget(error)
            self._cells[key] = cell
            grid.addWidget(cell, row, col, 1, span, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.remove_button, 4, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.id_number.textChanged.connect(self._id_typed)
        self.id_number.editingFinished.connect(self._id_finished)
        self.credit_code.editingFinished.connect(self._credit_finished)
        self.phone.editingFinished.connect(self._phone_finished)
        self.agent_phone.editingFinished.connect(self._phone_finished)
        self.name.editingFinished.connect(self.identity_changed.emit)
        self._kind_changed()

    def _line(self, placeholder: str) -> QLineEdit:
        edit = FormLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def set_title(self, index: int) -> None:
        self.setTitle(self.tr("当事人 {n}").format(n=index + 1))

    @property
    def is_person(self) -> bool:
        return self.kind.currentData() == PartyKind.PERSON.value

    def _kind_changed(self) -> None:
        person = self.is_person
        for key in ("id_number", "sex", "born", "ethnicity"):
            self._cells[key].setVisible(person)
        for key in ("credit_code", "legal_representative"):
            self._cells[key].setVisible(not person)

    # --- live checks ---------------------------------------------------------------------------
    def _id_typed(self, text: str) -> None:
        """Decode the number as soon as it is complete; say nothing while it is still being typed."""
        number = identity.normalise_id_number(text)
        if len(number) < 18:
            self.errors["id_number"].clear_message()
            self._set_identity(None)
            return
        self._check_id(number)

    def _id_finished(self) -> None:
        number = identity.normalise_id_number(self.id_number.text())
        if number:
            self._check_id(number)

    def _check_id(self, number: str) -> None:
        problems = identity.check_resident_id(number, "id_number", date.today())
        lang = current_lang()
        self.errors["id_number"].show_messages([p.message(lang) for p in problems])
        if problems:
            self._set_identity(None)
            return
        was_valid = self.sex.isEnabled() is False
        self._set_identity(identity.parse_resident_id(number))
        if not was_valid:
            self.identity_changed.emit()

    def _set_identity(self, rid: identity.ResidentId | None) -> None:
        if rid is None:
            self.sex.setEnabled(True)
            self.born.setText("")
            return
        # The ID number is authoritative for sex and birth date, as the core also enforces.
        self.sex.setCurrentIndex(max(self.sex.findData(rid.sex), 0))
        self.sex.setEnabled(False)
        self.born.setText(self.tr("{born}（{age} 岁）").format(born=rid.birth_date.isoformat(),
                                                             age=rid.age_on(date.today())))

    def _credit_finished(self) -> None:
        raw = self.credit_code.text().strip()
        problems = identity.check_credit_code(raw, "credit_code") if raw else []
        self.errors["credit_code"].show_messages([p.message(current_lang()) for p in problems])
        if raw and not problems:
            self.identity_changed.emit()

    def _phone_finished(self) -> None:
        for key, edit in (("phone", self.phone), ("agent_phone", self.agent_phone)):
            raw = edit.text().strip()
            problems = identity.check_phone(raw, key) if raw else []
            self.errors[key].show_messages([p.message(current_lang()) for p in problems])
        self.identity_changed.emit()

    # --- values --------------------------------------------------------------------------------
    def age_text(self) -> str:
        return self.born.text()

    def sex_text(self) -> str:
        return sex_label(self.sex.currentData() or "", current_lang()) if self.sex.currentData() else ""

    def to_input(self, *, only_valid_ids: bool = False) -> PartyInput:
        """The party as typed; ``only_valid_ids`` drops a half-typed ID (for the live history lookup)."""
        person = self.is_person
        id_number = self.id_number.text() if person else ""
        if only_valid_ids and id_number:
            id_number = identity.normalise_id_number(id_number)
            if identity.check_resident_id(id_number, "id_number", date.today()):
                id_number = ""
        phone = self.phone.text()
        if only_valid_ids and phone and identity.check_phone(phone):
            phone = ""
        elif only_valid_ids and phone:
            phone = identity.normalise_phone(phone)
        return PartyInput(
            role=self.role.currentData(), name=self.name.text(), kind=self.kind.currentData(), id_number=id_number,
            phone=phone, address=self.address.text(), sex=(self.sex.currentData() or "") if person else "",
            ethnicity=self.ethnicity.text() if person else "", occupation=self.occupation.text(),
            credit_code=self.credit_code.text() if not person else "",
            legal_representative=self.legal_representative.text() if not person else "",
            agent_name=self.agent_name.text(), agent_phone=self.agent_phone.text(),
        )

    def show_errors(self, by_field: dict[str, list[str]]) -> None:
        for key, error in self.errors.items():
            error.show_messages(by_field.get(key, []))

    def first_error_widget(self) -> QWidget | None:
        for key, error in self.errors.items():
            if not error.isHidden():
                return self.findChild(QWidget, key)
        return None

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in (self.name, self.id_number, self.phone, self.credit_code))

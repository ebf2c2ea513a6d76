"""First run: name the committee, its 字号, address, seal text and first mediator — then work."""

from __future__ import annotations

from mediation_desk.errors import UserError, ValidationError
from mediation_desk.services import committees
from mediation_desk.store import Actor, Store
from ui.dialogs import field_messages, show_error
from ui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from ui.widgets import ErrorLabel, FormLineEdit, heading, muted


class FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("首次设置 — 调解室工作台"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(heading(self.tr("欢迎使用调解室工作台"), "pageTitle"))
        layout.addWidget(muted(self.tr("请填写本调委会的基本信息。以后可以在“设置”中修改。")))
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.name = FormLineEdit()
        self.name.setPlaceholderText(self.tr("例如：安宁镇人民调解委员会"))
        self.short_name = FormLineEdit()
        self.short_name.setPlaceholderText(self.tr("例如：安（案号为（2026）安调字第001号）"))
        self.short_name.setMaxLength(10)
        self.address = FormLineEdit()
        self.seal_text = FormLineEdit()
        self.seal_text.setPlaceholderText(self.tr("不填则与调委会名称相同"))
        self.first_mediator = FormLineEdit()
        self.first_mediator.setPlaceholderText(self.tr("调解员姓名，可稍后添加更多"))
        self.errors: dict[str, ErrorLabel] = {}
        for key, label, widget in (
            ("name", self.tr("调委会名称"), self.name),
            ("short_name", self.tr("字号"), self.short_name),
            ("address", self.tr("地址"), self.address),
            ("seal_text", self.tr("印章文字"), self.seal_text),
            ("first_mediator", self.tr("第一位调解员"), self.first_mediator),
        ):
            widget.setObjectName(key)
            error = ErrorLabel()
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(QLabel(label), box)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("开始使用"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("startButton")
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        try:
            self.actor = committees.setup_committee(
                self.store, name=self.name.text(), short_name=self.short_name.text(), address=self.address.text(),
                seal_text=self.seal_text.text(), first_mediator=self.first_mediator.text())
        except ValidationError as exc:
            by_field = field_messages(exc)
            for key, messages in by_field.items():
                self.errors.get(key, self.errors["name"]).show_messages(messages)
            first = next(iter(by_field), "name")
            target = self.findChild(QLineEdit, first)
            if target is not None:
                target.setFocus()
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()

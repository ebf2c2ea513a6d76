"""A dialog of labelled fields that submits one core service call on the worker.

The core re-validates; its problems come back as a ValidationError and are shown in Chinese under
the fields they concern (anything else above the buttons). The dialog closes only on success.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from mediation_desk.errors import UserError, ValidationError
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import current_lang, field_messages, unexpected_error_text
from ui.qt import (
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import ErrorLabel


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class FormDialog(QDialog):
    def __init__(self, ctx: AppContext, title: str, *, intro: str = "", ok_text: str = "",
                 changes: Changes | None = None, on_done: Callable[[Any], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.changes = changes
        self.on_done = on_done
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        self.main_layout = layout
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        error = ErrorLabel()
        inner.addWidget(error)
        self.errors[name] = error
        self.form.addRow(label, box)
        return widget

    def prepare(self) -> Callable[[], Any] | None:
        """Read the fields on the GUI thread; return the call to run, or None to stay open."""
        raise NotImplementedError

    def submit(self) -> None:
        for e in (*self.errors.values(), self.general_error):
            e.clear_message()
        fn = self.prepare()
        if fn is None:
            return
        op = self.ctx.tasks.op(fn, parent=self, label=self.windowTitle(), write=True)
        if self.changes is not None:
            op.announces(self.changes)
        op.success(self._done).failure(self.show_problems).run()

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()
        if self.on_done is not None:
            self.on_done(value)

    def show_problems(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            rest: list[str] = []
            for name, messages in field_messages(exc).items():
                if name in self.errors:
                    self.errors[name].show_messages(messages)
                else:
                    rest += messages
            self.general_error.show_messages(rest)
        elif isinstance(exc, UserError):
            self.general_error.show_messages([exc.message(current_lang())])
        else:
            import logging

            logging.getLogger(__name__).error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
            self.general_error.show_messages([unexpected_error_text()])
        # Sentences under the fields wrap; let the dialog grow so none is cut off.
        self.main_layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

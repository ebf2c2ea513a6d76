"""Small widgets shared by the forms: inline error labels, Enter-to-advance fields, headings."""

from __future__ import annotations

from ui.qt import QFocusEvent, QKeyEvent, QLabel, QLineEdit, QPlainTextEdit, Qt, QWidget, Signal


class ErrorLabel(QLabel):
    """A red sentence under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))

    def clear_message(self) -> None:
        self.show_messages([])


class FormLineEdit(QLineEdit):
    """A one-line field where Enter moves to the next field, as clerks expect from paper-like forms.

    This is a subclass, not an event filter, on purpose: Qt sends events (focus-out, hide) to a
    widget while it is being destroyed, and a Python event filter called for a half-destroyed
    widget crashes the interpreter. A Python override is never called once destruction starts.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)  # emits returnPressed and editingFinished
            self.focusNextChild()
            event.accept()  # a dialog's default button must not fire as well
            return
        super().keyPressEvent(event)


class AutosaveLineEdit(QLineEdit):
    """A line field that says when focus leaves it (the record editor saves then)."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_left.emit()


class AutosavePlainTextEdit(QPlainTextEdit):
    """A text area that says when focus leaves it; Tab moves on instead of typing a tab."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focus_left.emit()


def heading(text: str, object_name: str = "sectionTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label

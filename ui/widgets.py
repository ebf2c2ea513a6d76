"""Small widgets shared by the forms: inline error labels, Enter-to-advance, section headings."""

from __future__ import annotations

from ui.qt import QEvent, QKeyEvent, QLabel, QLineEdit, QObject, Qt, QWidget


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


class EnterAdvances(QObject):
    """Enter in a one-line field moves to the next field, as clerks expect from paper-like forms."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and key_event.modifiers() == Qt.KeyboardModifier.NoModifier:
                watched.editingFinished.emit()
                watched.focusNextChild()
                return True
        return False


def heading(text: str, object_name: str = "sectionTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label

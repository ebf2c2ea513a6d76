"""Message boxes that say what happened in plain Chinese, and never show a traceback.

Boxes are opened window-modal with ``open()`` rather than ``exec()``, so a background operation's
failure never starts a nested event loop (and tests never hang on one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from mediation_desk.errors import UserError, ValidationError
from mediation_desk.logs import log_path
from ui.qt import QCoreApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from ui.widgets import ErrorLabel

log = logging.getLogger(__name__)
_open_boxes: set[QMessageBox] = set()  # a box without a parent must outlive the call that opened it


def _keep_open(box: QMessageBox) -> None:
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()


def current_lang() -> str:
    from ui import settings

    return "en" if settings.LANGUAGE.get() == "en" else "zh"


def field_messages(exc: ValidationError) -> dict[str, list[str]]:
    """Each field's problems as sentences in the interface language (``by_field`` is Chinese only)."""
    lang = current_lang()
    out: dict[str, list[str]] = {}
    for p in exc.problems:
        out.setdefault(p.field, []).append(p.message(lang))
    return out


def unexpected_error_text() -> str:
    return QCoreApplication.translate("Dialogs", "操作没有完成：程序遇到了意外问题。您的数据没有受到影响，请重试；"
              "如果问题重复出现，请把日志文件 {path} 发给技术支持人员。").format(path=log_path())


def show_message(parent: QWidget | None, text: str, *, title: str = "", warning: bool = True) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    default_title = QCoreApplication.translate("Dialogs", "无法完成") if warning else \
        QCoreApplication.translate("Dialogs", "提示")
    box.setWindowTitle(title or default_title)
    box.setText(text)
    ok = box.addButton(QCoreApplication.translate("Dialogs", "知道了"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setObjectName("messageBox")
    _keep_open(box)
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A user error's own sentence, or — for a bug — a logged traceback and a plain sentence."""
    if isinstance(exc, UserError):
        return show_message(parent, exc.message(current_lang()))
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return show_message(parent, unexpected_error_text())


def errors_inline(parent: QWidget, label: ErrorLabel) -> Callable[[Exception], None]:
    """A failure handler: validation problems as sentences under the form, anything else in a box."""

    def failed(exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            label.show_messages([m for ms in field_messages(exc).values() for m in ms])
        else:
            show_error(parent, exc)

    return failed


def confirm(parent: QWidget | None, text: str, on_yes: Callable[[], None], *, yes_text: str = "",
            title: str = "") -> QMessageBox:
    """Ask before a destructive act; ``on_yes`` runs only if the user confirms."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "请确认"))
    box.setText(text)
    yes = box.addButton(yes_text or QCoreApplication.translate("Dialogs", "确定"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("Dialogs", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setObjectName("confirmBox")

    def done() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    _keep_open(box)
    return box

"""Message boxes that say what happened in plain Chinese, and never show a traceback.

Boxes are opened window-modal with ``open()`` rather than ``exec()``, so a background operation's
failure never starts a nested event loop (and tests never hang on one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mediation_desk.errors import UserError, ValidationError
from mediation_desk.logs import log_path
from ui.qt import QCoreApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


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
    return _t("操作没有完成：程序遇到了意外问题。您的数据没有受到影响，请重试；"
              "如果问题重复出现，请把日志文件 {path} 发给技术支持人员。").format(path=log_path())


def show_message(parent: QWidget | None, text: str, *, title: str = "", warning: bool = True) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title or (_t("提示") if not warning else _t("无法完成")))
    box.setText(text)
    ok = box.addButton(_t("知道了"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setObjectName("messageBox")
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A user error's own sentence, or — for a bug — a logged traceback and a plain sentence."""
    if isinstance(exc, UserError):
        return show_message(parent, exc.message(current_lang()))
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return show_message(parent, unexpected_error_text())


def confirm(parent: QWidget | None, text: str, on_yes: Callable[[], None], *, yes_text: str = "",
            title: str = "") -> QMessageBox:
    """Ask before a destructive act; ``on_yes`` runs only if the user confirms."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title or _t("请确认"))
    box.setText(text)
    yes = box.addButton(yes_text or _t("确定"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_t("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setObjectName("confirmBox")

    def done() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box

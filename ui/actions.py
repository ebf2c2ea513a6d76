"""The application's actions in one registry keyed by an enum, with shortcuts and ``retranslate()``
(Picard's ``mainwindow/actions.py``): the main window only places them."""

from __future__ import annotations

from enum import Enum, auto

from ui.qt import QT_TRANSLATE_NOOP, QAction, QCoreApplication, QKeySequence, Qt, QWidget


class ActionId(Enum):
    NEW_CASE = auto()
    SEARCH = auto()
    REFRESH = auto()
    QUIT = auto()
    GO_BACK = auto()
    NAV_DASHBOARD = auto()
    NAV_CASES = auto()
    NAV_SCHEDULE = auto()
    NAV_LEDGER = auto()
    NAV_SETTINGS = auto()


# Chinese source texts (marked for lupdate) and shortcuts; retranslate() looks them up in the
# current language.
_SPECS: dict[ActionId, tuple[str, str, str]] = {
    ActionId.NEW_CASE: (QT_TRANSLATE_NOOP("Actions", "新建受理"),
                        QT_TRANSLATE_NOOP("Actions", "登记一件新的纠纷案件"), "Ctrl+N"),
    ActionId.SEARCH: (QT_TRANSLATE_NOOP("Actions", "搜索"),
                      QT_TRANSLATE_NOOP("Actions", "按案号、姓名、电话或身份证尾号、警情号、事实中的词查找案件"),
                      "Ctrl+F"),
    ActionId.REFRESH: (QT_TRANSLATE_NOOP("Actions", "刷新"),
                       QT_TRANSLATE_NOOP("Actions", "重新读取当前页面的数据"), "F5"),
    ActionId.QUIT: (QT_TRANSLATE_NOOP("Actions", "退出"), "", "Ctrl+Q"),
    ActionId.GO_BACK: (QT_TRANSLATE_NOOP("Actions", "返回"), QT_TRANSLATE_NOOP("Actions", "回到上一个页面"),
                       "Alt+Left"),
    ActionId.NAV_DASHBOARD: (QT_TRANSLATE_NOOP("Actions", "工作台"), "", "Ctrl+1"),
    ActionId.NAV_CASES: (QT_TRANSLATE_NOOP("Actions", "案件"), "", "Ctrl+2"),
    ActionId.NAV_SCHEDULE: (QT_TRANSLATE_NOOP("Actions", "日程"), "", "Ctrl+3"),
    ActionId.NAV_LEDGER: (QT_TRANSLATE_NOOP("Actions", "台账与统计"), "", "Ctrl+4"),
    ActionId.NAV_SETTINGS: (QT_TRANSLATE_NOOP("Actions", "设置"), "", "Ctrl+5"),
}


class ActionRegistry:
    """Creates every QAction once, owned by ``parent`` (the main window) so shortcuts work everywhere."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for action_id, (_text, _tip, shortcut) in _SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{action_id.name.lower()}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            parent.addAction(action)
            self._actions[action_id] = action
        self.retranslate()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def retranslate(self) -> None:
        for action_id, action in self._actions.items():
            text, tip, _shortcut = _SPECS[action_id]
            translated = QCoreApplication.translate("Actions", text)
            action.setText(translated)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tooltip = QCoreApplication.translate("Actions", tip) if tip else translated
            action.setToolTip(f"{tooltip}（{shortcut}）" if shortcut else tooltip)

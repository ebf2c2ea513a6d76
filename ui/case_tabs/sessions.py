"""调解: the case's scheduled and held sessions."""

from __future__ import annotations

from ui.case_tabs.base import CaseBundle, TableTab, t
from ui.formatting import fmt_local
from ui.qt import QT_TRANSLATE_NOOP

SESSION_STATUS = {"planned": QT_TRANSLATE_NOOP("CaseTabs", "已安排"), "held": QT_TRANSLATE_NOOP("CaseTabs", "已进行"),
                  "postponed": QT_TRANSLATE_NOOP("CaseTabs", "已改期"),
                  "cancelled": QT_TRANSLATE_NOOP("CaseTabs", "已取消")}


class SessionsTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "调解")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "开始"), QT_TRANSLATE_NOOP("CaseTabs", "结束"),
               QT_TRANSLATE_NOOP("CaseTabs", "状态"), QT_TRANSLATE_NOOP("CaseTabs", "地点")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "还没有安排调解。安排后会在这里列出每一次调解的时间和地点。")

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        return [[fmt_local(x["starts_at"]), fmt_local(x["ends_at"], "%H:%M"),
                 t(SESSION_STATUS.get(x["status"], x["status"])), str(x.get("place") or "")]
                for x in bundle.detail.sessions]

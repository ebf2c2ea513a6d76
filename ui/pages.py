"""The navigation's pages as a registry: adding a screen is one ``PageSpec`` line.

A page is any QWidget built from the :class:`AppContext`; it may define ``refresh()`` (F5) and
``page_shown()`` (called each time it comes to the front). Pages are built the first time they are
shown, which keeps start-up fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ui.actions import ActionId
from ui.context import AppContext
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Chinese source text in the "Pages" context
    action: ActionId
    factory: Callable[[AppContext], QWidget]

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


def _dashboard(ctx: AppContext) -> QWidget:
    from ui.dashboard import DashboardPage

    return DashboardPage(ctx)


def _cases(ctx: AppContext) -> QWidget:
    from ui.case_list import CaseListPage

    return CaseListPage(ctx)


def _schedule(ctx: AppContext) -> QWidget:
    from ui.schedule.page import SchedulePage

    return SchedulePage(ctx)


def _ledger(ctx: AppContext) -> QWidget:
    from ui.ledger.page import LedgerPage

    return LedgerPage(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from ui.settings_page import SettingsPage

    return SettingsPage(ctx)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "工作台"), ActionId.NAV_DASHBOARD, _dashboard),
        PageSpec("cases", QT_TRANSLATE_NOOP("Pages", "案件"), ActionId.NAV_CASES, _cases),
        PageSpec("schedule", QT_TRANSLATE_NOOP("Pages", "日程"), ActionId.NAV_SCHEDULE, _schedule),
        PageSpec("ledger", QT_TRANSLATE_NOOP("Pages", "台账与统计"), ActionId.NAV_LEDGER, _ledger),
        PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "设置"), ActionId.NAV_SETTINGS, _settings),
    ]

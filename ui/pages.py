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
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLabel, Qt, QVBoxLayout, QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Chinese source text in the "Pages" context
    action: ActionId
    factory: Callable[[AppContext], QWidget]

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


class PlaceholderPage(QWidget):
    """A calm empty state saying what this page will show once its part of the product lands."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        heading = QLabel(QCoreApplication.translate("Pages", title))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        body = QLabel("\n".join("· " + QCoreApplication.translate("Pages", line) for line in lines))
        body.setObjectName("emptyState")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(body)
        layout.addStretch(1)


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

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
    return PlaceholderPage(QT_TRANSLATE_NOOP("Pages", "日程"), [
        QT_TRANSLATE_NOOP("Pages", "这里将按周显示各调解室的调解安排，可以新建、改期和取消调解。"),
        QT_TRANSLATE_NOOP("Pages", "调解员、联络员或调解室时间冲突时会在安排前提示。"),
        QT_TRANSLATE_NOOP("Pages", "今天和本周的调解目前可在“工作台”查看。"),
    ])


def _ledger(ctx: AppContext) -> QWidget:
    return PlaceholderPage(QT_TRANSLATE_NOOP("Pages", "台账与统计"), [
        QT_TRANSLATE_NOOP("Pages", "这里将显示人民调解案件台账，可按年度、月份筛选并导出 Excel。"),
        QT_TRANSLATE_NOOP("Pages", "司法局要求的统计报表（受理、调解成功、协议金额、防止民转刑等）也将在此生成。"),
        QT_TRANSLATE_NOOP("Pages", "在此之前，可在“案件”页按条件筛选查看全部案件。"),
    ])


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

"""Every GUI setting declared once, with its key and typed default (Picard's ``options.py`` idea).

Settings live in an INI file in the user's data directory, so a ``MEDIATION_DESK_HOME`` override (as
the tests use) also isolates them. Code reads ``settings.LANGUAGE.get()``, never a raw key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from mediation_desk.config import data_dir
from ui.qt import QByteArray, QSettings

T = TypeVar("T", str, int, bool, bytes, dict[str, Any])

_store: QSettings | None = None


def qsettings() -> QSettings:
    """The one QSettings object, created lazily in the data directory that is current at that moment."""
    global _store
    if _store is None:
        _store = QSettings(str(data_dir() / "gui-settings.ini"), QSettings.Format.IniFormat)
    return _store


def reset_backend() -> None:
    """Forget the QSettings object (tests point MEDIATION_DESK_HOME elsewhere between runs)."""
    global _store
    if _store is not None:
        _store.sync()
    _store = None


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        raw = qsettings().value(self.key)
        if raw is None:
            return self.default
        return self._convert(raw)

    def set(self, value: T) -> None:
        s = qsettings()
        if isinstance(self.default, bytes):
            s.setValue(self.key, QByteArray(bytes(value)))
        elif isinstance(self.default, dict):
            s.setValue(self.key, json.dumps(value, ensure_ascii=False))
        else:
            s.setValue(self.key, value)

    def reset(self) -> None:
        qsettings().remove(self.key)

    def _convert(self, raw: Any) -> T:
        default = self.default
        try:
            if isinstance(default, bool):  # before int: bool is an int
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            elif isinstance(default, int):
                value = int(raw)
            elif isinstance(default, bytes):
                value = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
            elif isinstance(default, dict):
                value = json.loads(raw) if isinstance(raw, str) else dict(raw)
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return default
        return cast(T, value)


# --- the settings ----------------------------------------------------------------------------------

LANGUAGE = Setting("ui/language", "zh")  # "zh" (built in) or "en" (resources/translations)
MAIN_GEOMETRY = Setting("window/main_geometry", b"")
MAIN_STATE = Setting("window/main_state", b"")
MAIN_SPLITTER = Setting("window/main_splitter", b"")
LAST_PAGE = Setting("window/last_page", "dashboard")
CASE_LIST_HEADER = Setting("case_list/header_state", b"")  # column widths, order and sort indicator
CASE_LIST_FILTERS = Setting("case_list/filters", {})  # last filter choices, as plain values
CASE_LIST_PAGE_SIZE = Setting("case_list/page_size", 200)
INTAKE_SPLITTER = Setting("intake/splitter", b"")
DASHBOARD_DAYS_AHEAD = Setting("dashboard/days_ahead", 7)
SCHEDULE_SPLITTER = Setting("schedule/splitter", b"")  # week view | reminders

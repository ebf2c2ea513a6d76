"""The committee's local time zone, robust to a machine without the IANA time-zone database.

Windows has no system zoneinfo; China has used UTC+8 without daylight saving since 1991, so a
fixed offset is an exact stand-in for Asia/Shanghai when the database is missing.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "CST")


@lru_cache(maxsize=8)
def local_zone(name: str = "Asia/Shanghai") -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name in ("Asia/Shanghai", "Asia/Chongqing", "Asia/Urumqi", "PRC", "Asia/Harbin"):
            return CHINA_STANDARD_TIME
        raise

"""Reading the cells of hand-kept Excel ledgers: dates, amounts, names, full-width digits.

Pure functions, no I/O. Each parser returns a value or raises :class:`CellError` whose ``code`` is a
message code, so the import can say in Chinese exactly which cell is wrong and how to fix it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from mediation_desk.domain.money import AmountError, parse_amount
from mediation_desk.domain.text import clean, to_halfwidth

# Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29, so serials from 61 on line up).
EXCEL_EPOCH = date(1899, 12, 30)
# Serials for 1950-01-01 .. 2100-01-01: anything else in a date column is not a plausible ledger date.
SERIAL_MIN, SERIAL_MAX = 18264, 73051

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "十": 10}
_DATE_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?$")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Only punctuation and spaces separate names: 和/与 also occur inside names (王和平).
_NAME_SPLIT = re.compile(r"[、，,；;/／\s]+")


class CellError(ValueError):
    def __init__(self, code: str, value: object) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


def normalise_text(value: object) -> str:
    """A cell as clean half-width text: full-width digits and letters folded, spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(to_halfwidth(str(value)))


def _cn_number(text: str) -> int | None:
    """二〇二三 → 2023 (digit by digit), 十二 → 12, 二十六 → 26; None if not Chinese numerals."""
    if not text or any(ch not in _CN_DIGITS for ch in text):
        return None
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _cn_date(text: str) -> date | None:
    m = re.fullmatch(r"(.+?)年(.+?)月(.+?)[日号]", text)
    if not m:
        return None
    parts = [_cn_number(g) for g in m.groups()]
    if any(p is None for p in parts):
        return None
    y, mo, d = parts
    assert y is not None and mo is not None and d is not None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def excel_serial_to_date(serial: float) -> date:
    if not SERIAL_MIN <= serial <= SERIAL_MAX:
        raise CellError("ledger.bad_date", serial)
    return EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date(value: object) -> date | None:
    """``2023.5.6``, ``2023/5/6``, ``2023-05-06``, ``2023年5月6日``, ``２０２３年５月６日``,
    ``二〇二三年五月六日``, ``20230506``, an Excel serial (45052) or a cell's own date; blank → None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("ledger.bad_date", value)
    if isinstance(value, int | float | Decimal):
        return excel_serial_to_date(float(value))
    text = normalise_text(value).replace(" ", "")
    if not text:
        return None
    m = _DATE_RE.match(text) or _COMPACT_RE.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise CellError("ledger.bad_date", value) from exc
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return excel_serial_to_date(float(text))
    found = _cn_date(text)
    if found is not None:
        return found
    raise CellError("ledger.bad_date", value)


def parse_money(value: object) -> Decimal | None:
    """``12000``, ``12,000.50元``, ``1.2万元``, ``１２０００元``, ``￥800``; blank or 无 → None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError("ledger.bad_amount", value)
    if isinstance(value, float):
        # Excel stores numbers as binary floats; a ledger amount has at most two decimals.
        value = Decimal(repr(value))
    if isinstance(value, int | Decimal):
        try:
            return parse_amount(Decimal(value))
        except AmountError as exc:
            raise CellError("ledger.bad_amount", value) from exc
    text = normalise_text(value).replace(" ", "")
    if text in ("", "无", "-", "—", "/", "0元"):
        return None if text != "0元" else Decimal("0.00")
    try:
        return parse_amount(text)
    except AmountError as exc:
        raise CellError("ledger.bad_amount", value) from exc


def split_names(value: object) -> list[str]:
    """``张三、李四``, ``张三 李四``, ``张三，李四``, ``张三;李四`` → ``["张三", "李四"]``.

    A name with a middle dot (阿卜杜·热合曼) stays whole."""
    text = normalise_text(value)
    if not text:
        return []
    return [n for n in (p.strip() for p in _NAME_SPLIT.split(text)) if n]


def parse_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError("ledger.bad_number", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = normalise_text(value).replace(" ", "").removesuffix("人").removesuffix("件")
    if not text:
        return None
    if text.isdigit():
        return int(text)
    cn = _cn_number(text)
    if cn is not None:
        return cn
    raise CellError("ledger.bad_number", value)


def parse_flag(value: object) -> bool | None:
    """是/否, √/×, Y/N, 1/0; blank → None."""
    text = normalise_text(value).lower()
    if not text:
        return None
    if text in ("是", "√", "✓", "y", "yes", "1", "true", "有"):
        return True
    if text in ("否", "×", "x", "n", "no", "0", "false", "无"):
        return False
    raise CellError("ledger.bad_flag", value)

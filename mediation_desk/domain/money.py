"""Money as Decimal: parsing what people type, and amounts in Chinese capitals (大写).

Amounts are stored as whole fen (分) so sums are exact on every database.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from mediation_desk.domain.text import to_halfwidth

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")
CENT = Decimal("0.01")


class AmountError(ValueError):
    pass


def parse_amount(raw: str | int | Decimal) -> Decimal:
    """Parse ``12000.50``, ``1.2万``, ``12,000元``, ``１２０００`` into a Decimal of yuan.

    Floats are refused on purpose: they cannot hold most amounts exactly.
    """
    if isinstance(raw, bool) or isinstance(raw, float):
        raise AmountError(str(raw))
    if isinstance(raw, Decimal | int):
        value = Decimal(raw)
    else:
        text = to_halfwidth(raw).strip().replace(",", "").replace("，", "").replace(" ", "")
        text = text.removeprefix("人民币").removeprefix("¥").removeprefix("￥")
        factor = Decimal(1)
        if text.endswith("万元") or text.endswith("万"):
            factor = Decimal(10000)
            text = text.removesuffix("元").removesuffix("万")
        text = text.removesuffix("元")
        if not re.fullmatch(r"-?\d+(\.\d+)?", text):
            raise AmountError(raw)
        try:
            value = Decimal(text) * factor
        except InvalidOperation as exc:
            raise AmountError(raw) from exc
    if value != value.quantize(CENT):
        raise AmountError(str(raw))
    return value.quantize(CENT)


def to_fen(value: Decimal) -> int:
    return int((value.quantize(CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def format_amount(value: Decimal) -> str:
    """``12000.5`` → ``12,000.50``."""
    return f"{value.quantize(CENT):,}"


def _four_digits(n: int) -> str:
    """Capitals for 0 < n < 10000, with 零 where a zero stands between digits."""
    out = []
    digits = f"{n:04d}"
    zero_pending = False
    started = False
    for i, d in enumerate(digits):
        unit = _SMALL_UNITS[3 - i]
        if d == "0":
            if started:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[int(d)] + unit)
        started = True
    return "".join(out)


def to_capitals(value: Decimal, prefix: str = "人民币") -> str:
    """``Decimal('12000.50')`` → ``人民币壹万贰仟元伍角``; whole amounts end in 整."""
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if value < 0:
        return prefix + "负" + to_capitals(-value, prefix="")
    fen_total = to_fen(value)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    parts: list[str] = []
    if yuan:
        groups = []
        n = yuan
        while n:
            n, g = divmod(n, 10000)
            groups.append(g)
        text = ""
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(text)
                continue
            if text and (need_zero or g < 1000):
                text += "零"
            text += _four_digits(g) + _BIG_UNITS[idx]
            need_zero = False
        parts.append(text + "元")
    if not jiao and not fen:
        return prefix + ("".join(parts) if parts else "零元") + "整"
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif yuan:
        parts.append("零")
    if fen:
        parts.append(_DIGITS[fen] + "分")
    return prefix + "".join(parts)

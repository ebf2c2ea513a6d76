from decimal import Decimal

import pytest

from mediation_desk.domain.money import AmountError, format_amount, parse_amount, to_capitals


@pytest.mark.parametrize("amount, capitals", [
    ("12000.50", "人民币壹万贰仟元伍角"),
    ("12000", "人民币壹万贰仟元整"),
    ("10.05", "人民币壹拾元零伍分"),
    ("1005", "人民币壹仟零伍元整"),
    ("100000", "人民币壹拾万元整"),
    ("100500", "人民币壹拾万零伍佰元整"),
    ("1010", "人民币壹仟零壹拾元整"),
    ("200000001", "人民币贰亿零壹元整"),
    ("0.5", "人民币伍角"),
    ("0", "人民币零元整"),
    ("35000.25", "人民币叁万伍仟元贰角伍分"),
    ("3500.25", "人民币叁仟伍佰元贰角伍分"),
])
def test_capitals(amount, capitals):
    assert to_capitals(Decimal(amount)) == capitals


@pytest.mark.parametrize("raw, value", [
    ("12,000.50", "12000.50"), ("1.2万", "12000.00"), ("1.2万元", "12000.00"), ("3500元", "3500.00"),
    ("１２０００", "12000.00"), ("人民币800", "800.00"), (Decimal("7.1"), "7.10"), (5, "5.00"),
])
def test_parse_amount(raw, value):
    assert parse_amount(raw) == Decimal(value)


@pytest.mark.parametrize("raw", ["abc", "1.234", "", "12..5"])
def test_parse_amount_rejects(raw):
    with pytest.raises(AmountError):
        parse_amount(raw)


def test_floats_are_refused():
    with pytest.raises(AmountError):
        parse_amount(0.1)  # type: ignore[arg-type]


def test_format_amount():
    assert format_amount(Decimal("12000.5")) == "12,000.50"

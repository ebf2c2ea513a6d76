"""The pure parsers for hand-kept ledger cells: dates, amounts, names, numbers, flags."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_desk.domain.ledger_parsing import (
    CellError,
    parse_date,
    parse_flag,
    parse_int,
    parse_money,
    split_names,
)

FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("raw", [
    "2023.5.6", "2023/5/6", "2023-05-06", "2023年5月6日", "2023年05月06日", "２０２３年５月６日", "２０２３.５.６",
    "二〇二三年五月六日", "20230506", " 2023 年 5 月 6 日 ", "2023.5.6号", 45052, 45052.0, "45052",
    date(2023, 5, 6), datetime(2023, 5, 6, 9, 30),
])
def test_every_written_form_of_a_date(raw: object) -> None:
    assert parse_date(raw) == date(2023, 5, 6)


def test_chinese_numerals_with_tens() -> None:
    assert parse_date("二〇二三年十二月二十六日") == date(2023, 12, 26)
    assert parse_date("二〇二三年十月十日") == date(2023, 10, 10)


@pytest.mark.parametrize("raw", ["2023.13.5", "2023.2.30", "明天", "2023年", 12, True, "1.5"])
def test_bad_dates_are_reported_not_guessed(raw: object) -> None:
    with pytest.raises(CellError) as info:
        parse_date(raw)
    assert info.value.code == "ledger.bad_date"


def test_blank_date_is_none() -> None:
    assert parse_date(None) is None
    assert parse_date("  ") is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("1.2万元", "12000.00"), ("1.2万", "12000.00"), ("12,000.50元", "12000.50"), ("１２０００元", "12000.00"),
    ("￥800", "800.00"), ("人民币3500元", "3500.00"), (3500, "3500.00"), (1200.5, "1200.50"), (0.1, "0.10"),
    (Decimal("99.99"), "99.99"), ("0元", "0.00"),
])
def test_amounts(raw: object, expected: str) -> None:
    assert parse_money(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", ["一万二", "12.345", "约5000元", 12.345])
def test_bad_amounts(raw: object) -> None:
    with pytest.raises(CellError) as info:
        parse_money(raw)
    assert info.value.code == "ledger.bad_amount"


@pytest.mark.parametrize("raw", [None, "", "无", "-"])
def test_no_amount(raw: object) -> None:
    assert parse_money(raw) is None


@pytest.mark.parametrize(("raw", "names"), [
    ("张三、李四", ["张三", "李四"]), ("张三 李四", ["张三", "李四"]), ("张三，李四,王五", ["张三", "李四", "王五"]),
    ("张三　李四", ["张三", "李四"]), ("张三;李四", ["张三", "李四"]), ("王和平", ["王和平"]),
    ("阿卜杜·热合曼、李四", ["阿卜杜·热合曼", "李四"]), (None, []), ("", []),
])
def test_names(raw: object, names: list[str]) -> None:
    assert split_names(raw) == names


def test_numbers_and_flags() -> None:
    assert parse_int("１２人") == 12
    assert parse_int("十二") == 12
    assert parse_int(3.0) == 3
    assert parse_flag("是") is True and parse_flag("×") is False and parse_flag("") is None
    with pytest.raises(CellError):
        parse_int("很多")
    with pytest.raises(CellError):
        parse_flag("也许")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 5))
def test_any_date_in_any_form_round_trips(d: date, form: int) -> None:
    forms = [f"{d.year}.{d.month}.{d.day}", f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日",
             f"{d.year}年{d.month}月{d.day}日".translate(FULL), (d - date(1899, 12, 30)).days, d.strftime("%Y%m%d")]
    assert parse_date(forms[form]) == d


@given(st.integers(0, 10**10), st.booleans())
def test_any_amount_in_fen_round_trips(fen: int, full_width: bool) -> None:
    value = Decimal(fen) / 100
    text = f"{value:,.2f}元"
    if full_width:
        text = text.translate(FULL)
    assert parse_money(text) == value.quantize(Decimal("0.01"))


@given(st.integers(1, 9999))
def test_wan_amounts(tenths: int) -> None:
    assert parse_money(f"{Decimal(tenths) / 10}万元") == Decimal(tenths) * 1000


@given(st.lists(st.text(alphabet="张王李赵刘陈杨黄周吴伟芳娜敏静强", min_size=1, max_size=4), min_size=1, max_size=5),
       st.sampled_from(["、", " ", "，", "；", "、 "]))
def test_any_names_split_back(names: list[str], sep: str) -> None:
    assert split_names(sep.join(names)) == names


def test_serial_bounds() -> None:
    assert parse_date(18264) == date(1950, 1, 1)
    assert parse_date(73051) == date(1899, 12, 30) + timedelta(days=73051)

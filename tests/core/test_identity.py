from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_desk.domain import identity
from tests.factories import make_credit_code, make_id


def codes(problems):
    return [p.code for p in problems]


def test_valid_id_decodes_birth_sex_and_age():
    number = make_id("620402", "19800229", "123")
    assert identity.check_resident_id(number, today=date(2026, 1, 1)) == []
    rid = identity.parse_resident_id(number)
    assert rid.birth_date == date(1980, 2, 29)
    assert rid.sex == "male"  # 17th digit 3 is odd
    assert rid.age_on(date(2026, 2, 28)) == 45
    assert rid.age_on(date(2026, 3, 1)) == 46


def test_known_public_sample_number():
    # The GB 11643 worked example: 11010519491231002X.
    assert identity.check_resident_id("11010519491231002X") == []
    assert identity.parse_resident_id("11010519491231002x").sex == "female"


@pytest.mark.parametrize("raw, code", [
    ("62040219800101123", "id.length"),
    ("6204021980010112AB", "id.chars"),
    ("990402198001011234", "id.region"),
    ("620402198002301230", "id.birth"),
])
def test_invalid_ids_name_the_problem(raw, code):
    assert code in codes(identity.check_resident_id(raw))


def test_wrong_check_digit_says_which_is_expected():
    good = make_id()
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    [p] = identity.check_resident_id(bad)
    assert p.code == "id.checksum"
    assert good[17] in p.message()


def test_full_width_digits_are_accepted():
    good = make_id()
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in good)
    assert identity.check_resident_id(wide) == []


@given(st.integers(min_value=0, max_value=16), st.integers(min_value=1, max_value=9),
       st.dates(min_value=date(1930, 1, 1), max_value=date(2020, 12, 31)))
def test_any_single_digit_error_is_caught(position, delta, born):
    number = make_id("620402", born.strftime("%Y%m%d"), "051")
    digit = (int(number[position]) + delta) % 10
    typo = number[:position] + str(digit) + number[position + 1:]
    assert identity.check_resident_id(typo) != []


def test_credit_code_check():
    code = make_credit_code()
    assert identity.check_credit_code(code) == []
    assert identity.check_credit_code("91350100M000100Y43") == []  # a published sample code
    assert codes(identity.check_credit_code(code[:17] + ("0" if code[17] != "0" else "1"))) == ["credit.checksum"]
    assert codes(identity.check_credit_code("91350100M000100YI3")) == ["credit.chars"]
    assert codes(identity.check_credit_code("123")) == ["credit.length"]


@pytest.mark.parametrize("raw", ["13812345678", "138 1234 5678", "+8613812345678", "0931-8123456", "09318123456",
                                 "010-12345678"])
def test_phone_numbers_accepted(raw):
    assert identity.check_phone(raw) == []


@pytest.mark.parametrize("raw", ["12345", "1381234567", "23812345678", "abc"])
def test_bad_phone_numbers(raw):
    assert codes(identity.check_phone(raw)) == ["phone.invalid"]

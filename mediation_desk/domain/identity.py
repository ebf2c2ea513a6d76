"""Identity numbers: resident ID (GB 11643), unified social credit code (GB 32100), phones.

Each check returns the list of problems rather than raising, so a form can show all of them at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.text import to_halfwidth
from mediation_desk.errors import FieldProblem, problem

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Province-level prefixes of GB/T 2260 in use on resident IDs (incl. Hong Kong, Macao, Taiwan residents).
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)

_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")
# With area code (010-12345678, 0931-8123456) or a bare local number; an extension needs a marker.
_LANDLINE = re.compile(r"^(?:0\d{9,11}|[2-9]\d{6,7})(?:(?:转|ext|x)\d{1,6})?$", re.IGNORECASE)


@dataclass(frozen=True)
class ResidentId:
    """What a valid resident ID number tells about its holder."""

    number: str
    region: str
    birth_date: date
    sex: str  # "male" or "female"

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


def normalise_id_number(raw: str) -> str:
    return to_halfwidth(raw).strip().replace(" ", "").upper()


def id_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def check_resident_id(raw: str, field: str = "id_number", today: date | None = None) -> list[FieldProblem]:
    number = normalise_id_number(raw)
    if len(number) != 18:
        return [problem(field, "id.length", length=len(number))]
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return [problem(field, "id.chars")]
    problems: list[FieldProblem] = []
    region = number[:6]
    if int(region[:2]) not in _PROVINCES or region[2:4] == "00" and region[4:] != "00":
        problems.append(problem(field, "id.region", region=region))
    birth = number[6:14]
    try:
        born = date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
        if born.year < 1890 or born > (today or date.today()):
            raise ValueError(birth)
    except ValueError:
        problems.append(problem(field, "id.birth", birth=birth))
    expected = id_check_char(number[:17])
    if number[17] != expected:
        problems.append(problem(field, "id.checksum", expected=expected))
    return problems


def parse_resident_id(raw: str) -> ResidentId:
    """Decode a number that :func:`check_resident_id` accepted."""
    number = normalise_id_number(raw)
    birth = number[6:14]
    return ResidentId(
        number=number,
        region=number[:6],
        birth_date=date(int(birth[:4]), int(birth[4:6]), int(birth[6:])),
        sex="male" if int(number[16]) % 2 else "female",
    )


def credit_check_char(first17: str) -> str:
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[(31 - total % 31) % 31]


def normalise_credit_code(raw: str) -> str:
    return to_halfwidth(raw).strip().replace(" ", "").upper()


def check_credit_code(raw: str, field: str = "credit_code") -> list[FieldProblem]:
    code = normalise_credit_code(raw)
    if len(code) != 18:
        return [problem(field, "credit.length", length=len(code))]
    for ch in code:
        if ch not in _CREDIT_CHARS:
            return [problem(field, "credit.chars", char=ch)]
    expected = credit_check_char(code[:17])
    if code[17] != expected:
        return [problem(field, "credit.checksum", expected=expected)]
    return []


def normalise_phone(raw: str) -> str:
    """Digits of a phone number with separators removed; keeps an extension's digits at the end."""
    text = to_halfwidth(raw).strip()
    for sep in (" ", "-", "(", ")", "（", "）"):
        text = text.replace(sep, "")
    return text


def check_phone(raw: str, field: str = "phone") -> list[FieldProblem]:
    text = normalise_phone(raw)
    if _MOBILE.match(text) or _LANDLINE.match(text):
        return []
    return [problem(field, "phone.invalid", value=raw)]


def phone_kind(raw: str) -> str:
    return "mobile" if _MOBILE.match(normalise_phone(raw)) else "landline"

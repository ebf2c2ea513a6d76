"""Valid test data: ID numbers with correct check digits, and ready-made case inputs."""

from __future__ import annotations

from datetime import date

from mediation_desk.domain.identity import credit_check_char, id_check_char
from mediation_desk.services.intake import CaseInput, PartyInput, ReferralInput


def make_id(region: str = "620402", born: str = "19800101", order: str = "123") -> str:
    first17 = region + born + order
    return first17 + id_check_char(first17)


def make_credit_code(body: str = "91620402MA71234") -> str:
    first17 = (body + "00")[:17]
    return first17 + credit_check_char(first17)


def neighbour_case(received_on: date = date(2026, 5, 6), *, applicant: str = "张三", respondent: str = "李四",
                   applicant_id: str | None = None, respondent_phone: str = "13909311234",
                   referral: ReferralInput | None = None, source: str = "当事人申请",
                   summary: str = "张三与李四系邻居，李四在院墙边搭建彩钢棚，雨水流入张三家院内。") -> CaseInput:
    return CaseInput(
        dispute_type="邻里", source=source, received_on=received_on, summary=summary,
        claims="请求拆除彩钢棚。",
        parties=[
            PartyInput(role="applicant", name=applicant, id_number=applicant_id or make_id(),
                       phone="13812345678", address="安宁镇东关村 3 组 12 号"),
            PartyInput(role="respondent", name=respondent,
                       id_number=make_id(born="19751212", order=f"{sum(map(ord, respondent)) % 1000:03d}"),
                       phone=respondent_phone, address="安宁镇东关村 3 组 14 号"),
        ],
        referral=referral,
    )

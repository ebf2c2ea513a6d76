"""A case with every kind of paper a case file can hold, written straight through the ORM.

The services for records, agreements and follow-ups are built elsewhere; the documents only read
the model, so the test data is inserted row by row here (with valid IDs and Decimal amounts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from mediation_desk.db.models import (
    Agreement,
    AgreementClause,
    Attachment,
    Case,
    CaseParty,
    FollowUp,
    JudicialConfirmation,
    MediationSession,
    Party,
    Record,
    SessionParticipant,
)
from mediation_desk.domain.case_number import agreement_number
from mediation_desk.services import intake
from mediation_desk.services.intake import PartyInput, ReferralInput
from mediation_desk.store import Actor, Store
from tests.factories import make_credit_code, make_id, neighbour_case

LONG_FACTS = (
    "张三与李四系东关村三组相邻住户。2026年3月，李四在其院墙东侧搭建彩钢棚一处，棚顶向张三家一侧倾斜，"
    "雨水经棚顶直接流入张三家院内，致使张三家院墙墙根长期浸泡、部分墙皮脱落，院内堆放的农具亦有锈蚀。"
    "张三多次找李四协商，要求拆除或改造彩钢棚，李四认为彩钢棚建在自家宅基地范围内，拒绝拆除，双方为此多次"
    "发生口角。2026年4月下旬一次争吵中，双方亲属一度发生推搡，经村委会干部劝阻未造成人身伤害。"
)


_serial = iter(range(10, 99))


def _ids() -> tuple[str, str]:
    """Fresh ID numbers per case: intake reuses a party found by ID number."""
    n = next(_serial)
    # The 17th digit is odd for men: the applicant is a man, the respondent a woman.
    return make_id(order=f"{n:02d}1"), make_id(born="19751212", order=f"{n:02d}2")


@dataclass(frozen=True)
class RichCase:
    case_id: int
    case_number: str
    agreement_id: int
    applicant_party_id: int


def rich_case(store: Store, actor: Actor, *, applicant: str = "张三", referral: bool = True,
              clauses: int = 4, amount: Decimal = Decimal("12000.50")) -> RichCase:
    applicant_id, respondent_id = _ids()
    data = neighbour_case(applicant=applicant, summary=LONG_FACTS, applicant_id=applicant_id,
                          referral=ReferralInput(agency="安宁派出所", reference="J2026050600123",
                                                 received_on=date(2026, 5, 6), request="请依法调解并反馈结果。")
                          if referral else None,
                          source="公安机关移送" if referral else "当事人申请")
    data.parties[1].id_number = respondent_id
    data.parties[0] = PartyInput(role="applicant", name=applicant, id_number=applicant_id, phone="13812345678",
                                 address="安宁镇东关村 3 组 12 号", sex="male", birth_date=date(1980, 1, 1),
                                 ethnicity="汉", occupation="农民", agent_name="王律师", agent_phone="13909310000",
                                 agent_kind="entrusted")
    data.parties.append(PartyInput(role="respondent", name="安宁镇宏达建材有限公司", kind="organisation",
                                   credit_code=make_credit_code(f"91620402MA71{next(_serial):02d}0"),
                                   address="安宁区建宁路 88 号",
                                   legal_representative="赵宏达", phone="0931-7654321"))
    data.claims = "请求拆除彩钢棚。\n请求赔偿院墙修复费用。"
    result = intake.create_case(store, actor, data, today=date(2026, 5, 6))
    with store.write(actor) as uow:
        s = uow.session
        case = s.get(Case, result.case_id)
        assert case is not None
        case.archive_keeper = "刘档案"
        case.archived_on = date(2026, 6, 20)
        case.retention = "长期"
        case.outcome = "written_agreement"
        case.status = "closed"
        case.closed_on = date(2026, 5, 20)
        cps = list(s.query(CaseParty).filter(CaseParty.case_id == case.id).order_by(CaseParty.position))
        ms = MediationSession(case_id=case.id, starts_at=datetime(2026, 5, 12, 1, 30, tzinfo=UTC),
                              ends_at=datetime(2026, 5, 12, 3, 0, tzinfo=UTC), status="held", place="第一调解室")
        s.add(ms)
        s.flush()
        s.add(SessionParticipant(session_id=ms.id, kind="party", case_party_id=cps[0].id))
        s.add(Record(case_id=case.id, kind="investigation_record", status="signed",
                     occurred_at=datetime(2026, 5, 8, 2, 0, tzinfo=UTC), place="东关村三组现场",
                     subject="查看彩钢棚及院墙受损情况", present="调解员王建国、村委会主任马文斌",
                     body="现场查看：彩钢棚长约六米，棚顶向东倾斜。\n张三家院墙墙根约三米长度墙皮脱落。",
                     facts_checked="彩钢棚排水直接流向张三家院内属实。", recorder="李秀英"))
        body = ("调解员向双方告知了人民调解的性质、原则和效力。\n" + "申请人陈述：" + LONG_FACTS * 2
                + "\n被申请人陈述：彩钢棚建在自家宅基地范围内，但愿意改造排水。")
        s.add(Record(case_id=case.id, session_id=ms.id, kind="session_record", status="signed",
                     occurred_at=datetime(2026, 5, 12, 1, 30, tzinfo=UTC), place="第一调解室",
                     subject="张三与李四邻里纠纷调解", present="调解员王建国、李秀英，村委会主任马文斌",
                     body=body, facts_checked="彩钢棚排水流入张三家院内，致院墙受损。",
                     risk_warning="双方曾发生推搡，已提示双方不得采取过激行为。", result="双方达成书面调解协议。",
                     recorder="李秀英"))
        old = Agreement(case_id=case.id, number=agreement_number(case.case_number), version_no=1,
                        status="superseded", facts="旧版本事实", matters="旧版本争议", copies=4,
                        total_amount=Decimal("10000.00"), signed_on=date(2026, 5, 18))
        s.add(old)
        s.flush()
        agreement = Agreement(
            case_id=case.id, number=agreement_number(case.case_number, 2), version_no=2, supersedes_id=old.id,
            status="signed", facts=LONG_FACTS, matters="彩钢棚是否拆除；院墙修复费用由谁承担。",
            responsibility="李四搭建彩钢棚排水不当，应承担主要责任。", performance_method="银行转账",
            performance_due=date(2026, 6, 30), copies=4, total_amount=amount, signed_on=date(2026, 5, 20))
        s.add(agreement)
        s.flush()
        texts = ["李四于2026年6月30日前将彩钢棚排水改向自家院内。",
                 "李四于2026年6月30日前向张三支付院墙修复费用。",
                 "双方今后和睦相处，不得再因此事发生争执。",
                 "本协议履行完毕后，双方就此纠纷再无其他争议。"]
        for i in range(clauses):
            s.add(AgreementClause(agreement_id=agreement.id, position=i + 1, text=texts[i % len(texts)],
                                  amount=amount if i == 1 else None, due_on=date(2026, 6, 30) if i < 2 else None,
                                  obligor_party_id=cps[1].party_id if i < 2 else None))
        s.add(FollowUp(case_id=case.id, agreement_id=agreement.id, due_on=date(2026, 7, 5),
                       visited_on=date(2026, 7, 5), method="visit", party_names=f"{applicant}、李四",
                       reason="了解协议履行情况", performance="performed", satisfaction="满意",
                       note="彩钢棚排水已改向，修复费用已支付，双方关系缓和。", visitor="王建国"))
        s.add(JudicialConfirmation(case_id=case.id, agreement_id=agreement.id, court="安宁区人民法院",
                                   applied_on=date(2026, 5, 25)))
        for kind, title in (("identity_proof", "张三身份证复印件"), ("power_of_attorney", "授权委托书"),
                            ("evidence", "院墙受损照片"), ("performance_proof", "修复费用转账凭证")):
            s.add(Attachment(case_id=case.id, kind=kind, title=title, filename=f"{kind}.jpg",
                             media_type="image/jpeg", sha256="0" * 64, size=1, pages=1))
        s.flush()
        applicant_id = s.query(Party.id).filter(Party.name == applicant).scalar()
        return RichCase(case.id, case.case_number, agreement.id, applicant_id)


def oral_case(store: Store, actor: Actor) -> int:
    """A settled case whose agreement was oral, recorded in the register."""
    a, b = _ids()
    data = neighbour_case(applicant="王五", respondent="赵六", applicant_id=a)
    data.parties[1].id_number = b
    result = intake.create_case(store, actor, data, today=date(2026, 5, 6))
    with store.write(actor) as uow:
        s = uow.session
        case = s.get(Case, result.case_id)
        assert case is not None
        agreement = Agreement(case_id=case.id, kind="oral", number=agreement_number(case.case_number),
                              status="signed", facts="王五与赵六因院墙滴水发生争执。", matters="滴水如何处理。",
                              performance_method="当场履行", performance_due=date(2026, 5, 10), copies=3,
                              total_amount=Decimal("800.00"), signed_on=date(2026, 5, 8))
        s.add(agreement)
        s.flush()
        s.add(AgreementClause(agreement_id=agreement.id, position=1, text="赵六当场支付王五修缮费。",
                              amount=Decimal("800.00")))
        s.add(AgreementClause(agreement_id=agreement.id, position=2, text="赵六加装接水槽。"))
    return result.case_id


def declined_case(store: Store, actor: Actor) -> int:
    a, b = _ids()
    data = neighbour_case(applicant="孙七", respondent="周八", applicant_id=a)
    data.parties[1].id_number = b
    result = intake.create_case(store, actor, data,
                                decision="decline", decline_reason="该纠纷已由人民法院立案受理。",
                                today=date(2026, 5, 6))
    return result.case_id

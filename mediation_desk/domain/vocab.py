"""The controlled vocabularies, each in one place with its Chinese and English labels.

Dispute types and sources are *extendable*: these are the defaults seeded into the ``vocab_item``
table, where a committee may add its own entries (or hide unused ones) without a code change.
The other lists are fixed because rules depend on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Term:
    code: str
    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


# Official people's-mediation statistics categories; the last three appear in newer reports.
DISPUTE_TYPES: tuple[Term, ...] = (
    Term("marriage_family", "婚姻家庭", "Marriage and family"),
    Term("neighbour", "邻里", "Neighbours"),
    Term("housing_land", "房屋宅基地", "Housing and homestead"),
    Term("contract", "合同", "Contract"),
    Term("business", "生产经营", "Production and business"),
    Term("damages", "损害赔偿", "Damages"),
    Term("forest_land", "山林土地", "Forest and land"),
    Term("land_requisition", "征地拆迁", "Land requisition and demolition"),
    Term("pollution", "环境污染", "Environmental pollution"),
    Term("labour", "劳动争议", "Labour dispute"),
    Term("consumer", "消费", "Consumer"),
    Term("medical", "医疗", "Medical"),
    Term("traffic", "道路交通事故", "Road traffic accident"),
    Term("property_mgmt", "物业", "Property management"),
    Term("tourism", "旅游", "Tourism"),
    Term("ip", "知识产权", "Intellectual property"),
    Term("internet", "互联网", "Internet"),
    Term("other", "其他", "Other"),
)

SOURCES: tuple[Term, ...] = (
    Term("party_application", "当事人申请", "Party's application"),
    Term("committee_initiative", "调委会主动调解", "Committee's own initiative"),
    Term("police_referral", "公安机关移送", "Referred by police"),
    Term("court_delegation", "人民法院委派", "Delegated by a court (before filing)"),
    Term("court_entrustment", "人民法院委托", "Entrusted by a court (after filing)"),
    Term("petition_referral", "信访部门转办", "Referred by the petition office"),
    Term("hotline_12345", "12345 热线", "12345 hotline"),
    Term("grid_screening", "网格排查", "Grid screening"),
    Term("department_referral", "其他部门移交", "Referred by another department"),
)

VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "dispute_type": DISPUTE_TYPES,
    "source": SOURCES,
}

# Which agency kind a referral source implies: intake asks for the agency when one is implied.
SOURCE_AGENCY_KIND: dict[str, str] = {
    "police_referral": "police",
    "court_delegation": "court",
    "court_entrustment": "court",
    "petition_referral": "petition",
    "hotline_12345": "hotline",
    "grid_screening": "grid",
    "department_referral": "department",
}


class AgencyKind(StrEnum):
    POLICE = "police"
    COURT = "court"
    PETITION = "petition"
    JUDICIAL_OFFICE = "judicial_office"
    HOTLINE = "hotline"
    GRID = "grid"
    DEPARTMENT = "department"


AGENCY_KIND_LABELS: dict[str, Term] = {
    "police": Term("police", "派出所", "Police station"),
    "court": Term("court", "人民法院/法庭", "Court"),
    "petition": Term("petition", "信访办", "Petition office"),
    "judicial_office": Term("judicial_office", "司法所", "Judicial office"),
    "hotline": Term("hotline", "12345 热线", "12345 hotline"),
    "grid": Term("grid", "网格", "Grid"),
    "department": Term("department", "其他部门", "Other department"),
}

# What an agency's own reference number is called, by agency kind.
REFERENCE_LABELS: dict[str, str] = {
    "police": "警情号",
    "court": "案号",
    "petition": "信访件号",
    "hotline": "工单号",
    "grid": "排查编号",
    "judicial_office": "编号",
    "department": "文号",
}

COMMITTEE_KINDS: tuple[Term, ...] = (
    Term("village", "村", "Village"),
    Term("community", "社区", "Community"),
    Term("township", "乡镇", "Township"),
    Term("subdistrict", "街道", "Subdistrict"),
    Term("enterprise", "企事业", "Enterprise or institution"),
    Term("professional", "行业性专业性", "Sectoral or professional"),
)


class PartyRole(StrEnum):
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    THIRD_PARTY = "third_party"


PARTY_ROLE_LABELS = {
    "applicant": Term("applicant", "申请人", "Applicant"),
    "respondent": Term("respondent", "被申请人", "Respondent"),
    "third_party": Term("third_party", "第三人", "Third party"),
}


class PartyKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class CaseStatus(StrEnum):
    REGISTERED = "registered"  # 登记，待受理
    ACCEPTED = "accepted"  # 已受理，调解中
    DECLINED = "declined"  # 不予受理
    CLOSED = "closed"  # 已结案


CASE_STATUS_LABELS = {
    "registered": Term("registered", "待受理", "Registered"),
    "accepted": Term("accepted", "调解中", "In mediation"),
    "declined": Term("declined", "不予受理", "Declined"),
    "closed": Term("closed", "已结案", "Closed"),
}


class Outcome(StrEnum):
    WRITTEN_AGREEMENT = "written_agreement"  # 调解成功（书面协议）
    ORAL_AGREEMENT = "oral_agreement"  # 调解成功（口头协议）
    TERMINATED = "terminated"  # 调解不成 / 终止
    WITHDRAWN = "withdrawn"  # 当事人撤回


OUTCOME_LABELS = {
    "written_agreement": Term("written_agreement", "调解成功（书面协议）", "Settled (written)"),
    "oral_agreement": Term("oral_agreement", "调解成功（口头协议）", "Settled (oral)"),
    "terminated": Term("terminated", "调解不成", "No agreement"),
    "withdrawn": Term("withdrawn", "当事人撤回", "Withdrawn"),
}

SETTLED_OUTCOMES = frozenset({Outcome.WRITTEN_AGREEMENT, Outcome.ORAL_AGREEMENT})


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


RISK_LABELS = {
    "low": Term("low", "一般", "Low"),
    "medium": Term("medium", "较高", "Medium"),
    "high": Term("high", "高", "High"),
}

RISK_ORDER = {"low": 0, "medium": 1, "high": 2}


class UserRole(StrEnum):
    ADMIN = "admin"
    MEDIATOR = "mediator"
    CLERK = "clerk"
    LIAISON = "liaison"


USER_ROLE_LABELS = {
    "admin": Term("admin", "管理员", "Administrator"),
    "mediator": Term("mediator", "调解员", "Mediator"),
    "clerk": Term("clerk", "内勤", "Clerk"),
    "liaison": Term("liaison", "联络员", "Liaison"),
}


def default_term(vocabulary: str, code: str) -> Term | None:
    for term in VOCABULARIES[vocabulary]:
        if term.code == code:
            return term
    return None

"""The whole store's tables, named after the glossary.

Rules live in services and ``domain``; these classes only say what is stored. Editable rows are
:class:`Versioned` (optimistic locking); signed records and agreements are never edited in place but
superseded by a new version that points at the old one.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mediation_desk.db.base import Base, Versioned
from mediation_desk.db.types import Money, UTCDateTime, utcnow

# --- organisation -------------------------------------------------------------------------------


class Committee(Versioned, Base):
    """人民调解委员会: owns cases, their numbering (字号) and the seal text printed on documents."""

    __tablename__ = "committee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(20))  # 字号, as in （2026）安调字第012号
    kind: Mapped[str] = mapped_column(String(20), default="township")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    seal_text: Mapped[str] = mapped_column(String(100), default="")
    letterhead: Mapped[str] = mapped_column(String(200), default="")
    # Committee-tunable settings (time limits, risk rules, repeat window, copies ...), merged over
    # the defaults in ``services.settings`` so an upgrade adds new keys without losing old ones.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CaseNumberCounter(Base):
    """Last serial given per committee and year; bumped inside the case's own transaction."""

    __tablename__ = "case_number_counter"
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class VocabItem(Base):
    """An entry of an extendable vocabulary (dispute types, sources) with its labels."""

    __tablename__ = "vocab_item"
    __table_args__ = (UniqueConstraint("vocabulary", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(40))
    label_zh: Mapped[str] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(String(80), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Mediator(Versioned, Base):
    """人民调解员, with roster number (证号)."""

    __tablename__ = "mediator"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    roster_number: Mapped[str] = mapped_column(String(40), default="")
    full_time: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Versioned, Base):
    """Someone who signs in; every change is audited against a user."""

    __tablename__ = "app_user"
    __table_args__ = (UniqueConstraint("committee_id", "username"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    username: Mapped[str] = mapped_column(String(50))
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"))
    liaison_id: Mapped[int | None] = mapped_column(ForeignKey("liaison.id"))
    may_see_personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Agency(Versioned, Base):
    """对接单位: police station, court, petition office, judicial office, 12345, grid, department."""

    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Per-agency limits override the committee's; None means "use the committee's".
    mediation_days: Mapped[int | None] = mapped_column(Integer)
    feedback_days: Mapped[int | None] = mapped_column(Integer)
    feedback_in_workdays: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    liaisons: Mapped[list[Liaison]] = relationship(back_populates="agency")


class Liaison(Versioned, Base):
    """联络员 / 对接民警 / 对接法官: an agency's person assigned to the mediation room."""

    __tablename__ = "liaison"
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    agency: Mapped[Agency] = relationship(back_populates="liaisons")


class Room(Versioned, Base):
    __tablename__ = "room"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    capacity: Mapped[int] = mapped_column(Integer, default=8)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- parties and cases ---------------------------------------------------------------------------


class Party(Versioned, Base):
    """当事人: a natural person or an organisation. One row per real person, reused across cases."""

    __tablename__ = "party"
    # Composite indexes match how intake finds a known party (per committee), so the planner never
    # falls back to scanning every party of the committee.
    __table_args__ = (
        Index("ix_party_committee_id_number", "committee_id", "id_number"),
        Index("ix_party_committee_name_phone", "committee_id", "name", "phone"),
        Index("ix_party_committee_credit_code", "committee_id", "credit_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"))
    kind: Mapped[str] = mapped_column(String(20), default="person")
    name: Mapped[str] = mapped_column(String(100))
    id_number: Mapped[str | None] = mapped_column(String(18))
    sex: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[date | None] = mapped_column(Date)
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    credit_code: Mapped[str | None] = mapped_column(String(18))
    legal_representative: Mapped[str] = mapped_column(String(50), default="")


class Case(Versioned, Base):
    """案件: one dispute taken in by a committee; the unit of the ledger."""

    __tablename__ = "mediation_case"
    __table_args__ = (
        UniqueConstraint("committee_id", "year", "serial"),
        Index("ix_case_committee_received", "committee_id", "received_on"),
        Index("ix_case_status_received", "status", "received_on"),
        Index("ix_case_attention", "committee_id", "status", "due_on"),
        # One per case-list filter, ending in received_on: any filter's newest page is an index seek
        # (migration 0003).
        Index("ix_case_list_status", "committee_id", "status", "received_on"),
        Index("ix_case_list_dispute_type", "committee_id", "dispute_type", "received_on"),
        Index("ix_case_list_source", "committee_id", "source", "received_on"),
        Index("ix_case_list_risk", "committee_id", "risk_level", "received_on"),
        Index("ix_case_list_mediator", "committee_id", "mediator_id", "received_on"),
        Index("ix_case_list_due", "committee_id", "due_on", "received_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    case_number: Mapped[str] = mapped_column(String(60), unique=True)
    dispute_type: Mapped[str] = mapped_column(String(40), index=True)
    source: Mapped[str] = mapped_column(String(40), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")  # 纠纷简要情况 / main facts
    claims: Mapped[str] = mapped_column(Text, default="")  # 申请事项, one per line
    status: Mapped[str] = mapped_column(String(20), default="registered")
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    accepted_on: Mapped[date | None] = mapped_column(Date)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"), index=True)
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"))
    registrar_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)  # mediation time limit
    outcome: Mapped[str | None] = mapped_column(String(30))
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    people_involved: Mapped[int] = mapped_column(Integer, default=2)
    risk_level: Mapped[str] = mapped_column(String(10), default="low", index=True)
    risk_reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    key_case: Mapped[bool] = mapped_column(Boolean, default=False)  # 重点案件
    found_by_screening: Mapped[bool] = mapped_column(Boolean, default=False)  # 排查发现
    prevented_criminal: Mapped[bool] = mapped_column(Boolean, default=False)  # 防止民转刑
    prevented_criminal_people: Mapped[int] = mapped_column(Integer, default=0)
    prevented_petition: Mapped[bool] = mapped_column(Boolean, default=False)  # 防止群体性上访
    prevented_petition_people: Mapped[int] = mapped_column(Integer, default=0)
    archived_on: Mapped[date | None] = mapped_column(Date)  # 立卷日期
    archive_keeper: Mapped[str] = mapped_column(String(50), default="")  # 立卷人
    retention: Mapped[str] = mapped_column(String(20), default="")  # 保管期限

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", order_by="CaseParty.position", cascade="all, delete-orphan"
    )
    referral: Mapped[Referral | None] = relationship(back_populates="case", uselist=False)
    key_case_plan: Mapped[KeyCasePlan | None] = relationship(back_populates="case", uselist=False)


class CaseParty(Base):
    """A party's role in one case (申请人 / 被申请人 / 第三人), with the agent acting for them."""

    __tablename__ = "case_party"
    __table_args__ = (UniqueConstraint("case_id", "party_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    agent_name: Mapped[str] = mapped_column(String(50), default="")
    agent_kind: Mapped[str] = mapped_column(String(20), default="")  # entrusted / legal
    agent_id_number: Mapped[str] = mapped_column(String(18), default="")
    agent_phone: Mapped[str] = mapped_column(String(40), default="")
    agent_authority: Mapped[str] = mapped_column(String(50), default="")  # 一般授权 / 特别授权

    case: Mapped[Case] = relationship(back_populates="parties")
    party: Mapped[Party] = relationship()


class KeyCasePlan(Versioned, Base):
    """五定四包 for a high-risk or key case: leader, responsible person, plan and time limit."""

    __tablename__ = "key_case_plan"
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), primary_key=True)
    leader: Mapped[str] = mapped_column(String(50))
    responsible_person: Mapped[str] = mapped_column(String(50))
    plan: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="key_case_plan")


class CaseMediator(Base):
    """Further mediators on a case besides the lead one (``Case.mediator_id``)."""

    __tablename__ = "case_mediator"
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), primary_key=True)
    mediator_id: Mapped[int] = mapped_column(ForeignKey("mediator.id"), primary_key=True)


class Referral(Versioned, Base):
    """移送 / 委派 / 转办: how an agency sent the case, and the feedback owed to it."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_pending", "feedback_sent_on", "feedback_due_on", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), unique=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    liaison_id: Mapped[int | None] = mapped_column(ForeignKey("liaison.id"))
    reference: Mapped[str] = mapped_column(String(80), default="", index=True)  # 警情号/案号/信访件号
    received_on: Mapped[date] = mapped_column(Date)
    request: Mapped[str] = mapped_column(Text, default="")
    feedback_due_on: Mapped[date | None] = mapped_column(Date, index=True)
    feedback_sent_on: Mapped[date | None] = mapped_column(Date)
    feedback_text: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="referral")
    agency: Mapped[Agency] = relationship()


class DeadlineExtension(Base):
    """An extension of a time limit, with its reason and whether both parties consented."""

    __tablename__ = "deadline_extension"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # mediation / feedback
    old_due_on: Mapped[date | None] = mapped_column(Date)
    new_due_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    parties_consented: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Transfer(Versioned, Base):
    """分项转办: a matter (or part of a case) sent to another department, tracked until closed."""

    __tablename__ = "transfer"
    __table_args__ = (Index("ix_transfer_open", "closed_on", "due_on", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    department: Mapped[str] = mapped_column(String(100))
    matter: Mapped[str] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")


class TransferReply(Base):
    __tablename__ = "transfer_reply"
    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfer.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


# --- sessions and records ------------------------------------------------------------------------


class MediationSession(Versioned, Base):
    """调解 (次): one scheduled meeting of a case; a joint session has agency liaisons present."""

    __tablename__ = "mediation_session"
    __table_args__ = (Index("ix_session_room_time", "room_id", "starts_at", "ends_at"),
                      Index("ix_session_time", "starts_at", "ends_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned/held/postponed/cancelled
    place: Mapped[str] = mapped_column(String(200), default="")  # when not in one of the rooms
    note: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[SessionParticipant]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class SessionParticipant(Base):
    """Who takes part: a mediator, a party, a liaison, or an invitee (relative, lawyer, 两代表一委员)."""

    __tablename__ = "session_participant"
    __table_args__ = (Index("ix_participant_mediator", "mediator_id", "session_id"),
                      Index("ix_participant_liaison", "liaison_id", "session_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("mediation_session.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(20))  # mediator / party / liaison / invitee / recorder
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"))
    case_party_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id"))
    liaison_id: Mapped[int | None] = mapped_column(ForeignKey("liaison.id"))
    name: Mapped[str] = mapped_column(String(50), default="")
    capacity: Mapped[str] = mapped_column(String(50), default="")  # 亲属 / 律师 / 心理咨询师 ...
    required: Mapped[bool] = mapped_column(Boolean, default=True)

    session: Mapped[MediationSession] = relationship(back_populates="participants")


class Record(Base):
    """调解记录 or 调查记录. A draft is edited in place; a signed record is immutable and a
    correction is a new row whose ``supersedes_id`` points at the one it corrects."""

    __tablename__ = "record"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_session.id"))
    kind: Mapped[str] = mapped_column(String(30))  # session_record / investigation_record
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("record.id"))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / signed / superseded
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")  # 事由
    present: Mapped[str] = mapped_column(Text, default="")  # 参加人员
    notices: Mapped[str] = mapped_column(Text, default="")  # 告知事项
    body: Mapped[str] = mapped_column(Text, default="")  # statements / findings
    facts_checked: Mapped[str] = mapped_column(Text, default="")
    risk_warning: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    recorder: Mapped[str] = mapped_column(String(50), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    edit_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": edit_version}  # noqa: RUF012


class Agreement(Base):
    """调解协议书 (or a registered 口头协议). Immutable once signed; re-issue makes a new version."""

    __tablename__ = "agreement"
    __table_args__ = (Index("ix_agreement_pending", "performance_status", "performance_due", "status",
                            "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="written")  # written / oral
    number: Mapped[str] = mapped_column(String(80))  # follows the case number
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / signed / superseded
    facts: Mapped[str] = mapped_column(Text, default="")  # 纠纷主要事实
    matters: Mapped[str] = mapped_column(Text, default="")  # 争议事项
    responsibility: Mapped[str] = mapped_column(Text, default="")
    performance_method: Mapped[str] = mapped_column(Text, default="")  # 履行方式
    performance_due: Mapped[date | None] = mapped_column(Date, index=True)
    copies: Mapped[int] = mapped_column(Integer, default=3)
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    signed_on: Mapped[date | None] = mapped_column(Date)  # takes effect when all have signed
    performance_status: Mapped[str] = mapped_column(String(20), default="pending")
    performed_on: Mapped[date | None] = mapped_column(Date)
    edit_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    clauses: Mapped[list[AgreementClause]] = relationship(
        back_populates="agreement", order_by="AgreementClause.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": edit_version}  # noqa: RUF012


class AgreementClause(Base):
    """协议条款: one numbered term, with who owes what, how much and by when."""

    __tablename__ = "agreement_clause"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    obligor_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    performed_on: Mapped[date | None] = mapped_column(Date)

    agreement: Mapped[Agreement] = relationship(back_populates="clauses")


class FollowUp(Versioned, Base):
    """回访: a planned or done check on whether an agreement was performed."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_pending", "visited_on", "due_on", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    visited_on: Mapped[date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="phone")  # phone / visit / other
    party_names: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # 回访事由
    performance: Mapped[str] = mapped_column(String(20), default="")  # performed / partial / not
    satisfaction: Mapped[str] = mapped_column(String(20), default="")
    lawsuit: Mapped[bool] = mapped_column(Boolean, default=False)
    new_risk: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    visitor: Mapped[str] = mapped_column(String(50), default="")


class JudicialConfirmation(Versioned, Base):
    """司法确认: the joint application to a court within 30 days of the agreement taking effect."""

    __tablename__ = "judicial_confirmation"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"))
    court: Mapped[str] = mapped_column(String(100), default="")
    applied_on: Mapped[date | None] = mapped_column(Date)
    court_case_number: Mapped[str] = mapped_column(String(80), default="")  # contains 调确字
    decision: Mapped[str] = mapped_column(String(20), default="")  # confirmed / rejected / pending
    decided_on: Mapped[date | None] = mapped_column(Date)


class Attachment(Base):
    """A file kept with the case (identity proof, evidence, receipt ...), addressed by content hash."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # identity_proof / power_of_attorney / evidence ...
    title: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Holiday(Base):
    """An official holiday notice entered by an administrator for a year the calendar data lacks.

    ``is_workday`` marks a make-up working day (调休上班) on a weekend."""

    __tablename__ = "holiday"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(50), default="")


class AuditEvent(Base):
    """Append-only log of every change: who, when, what, before and after.

    Database triggers refuse UPDATE and DELETE on this table (see the first migration)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_case_at", "case_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(50), default="")
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- search --------------------------------------------------------------------------------------


class CaseSearch(Base):
    """The searchable text of a case (names, numbers, facts, records), normalised.

    The engine-specific gram index over it lives in ``services.search_index``; this text is what a
    candidate is confirmed against, so both back ends return exactly the same cases."""

    __tablename__ = "case_search"
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"),
                                         primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class SearchKey(Base):
    """Reversed digit strings (phones, ID numbers, references) so a suffix search is a range scan."""

    __tablename__ = "search_key"
    key_rev: Mapped[str] = mapped_column(String(40), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)

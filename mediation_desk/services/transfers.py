"""分项转办 and 跟踪督办: matters sent from the one-stop window to another department, tracked to closure.

A transfer names the department, the matter, what is asked and by when; the department's replies
are recorded against it; it stays open (and, once past its date, in the attention list) until it is
closed with a result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Case, Committee, Mediator, Transfer, TransferReply
from mediation_desk.domain.text import clean
from mediation_desk.errors import FieldProblem, NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import calendar_admin
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.common import check_version, get_case
from mediation_desk.store import Actor, Store

messages.register("transfer.due_before_sent", "办理期限（{due}）不能早于转办日期（{sent}）。",
                  "The due date ({due}) cannot be before the date sent ({sent}).")
messages.register("transfer.closed", "该转办事项已于 {closed} 办结，不能再修改。如有新情况，请新建转办。",
                  "This transfer was closed on {closed}; make a new one instead.")
messages.register("transfer.reply_before_sent", "回复日期不能早于转办日期（{sent}）。",
                  "A reply cannot be dated before the transfer was sent ({sent}).")


@dataclass(frozen=True)
class ReplyInfo:
    id: int
    received_on: date
    text: str


@dataclass(frozen=True)
class TransferInfo:
    id: int
    case_id: int
    case_number: str
    department: str
    matter: str
    request: str
    sent_on: date
    due_on: date | None
    closed_on: date | None
    result: str
    mediator: str
    replies: list[ReplyInfo]
    state: str  # open / overdue / closed
    days_overdue: int
    version: int


def _info(s: Session, t: Transfer, case: Case, today: date, with_replies: bool = True) -> TransferInfo:
    replies = [ReplyInfo(r.id, r.received_on, r.text) for r in s.scalars(
        select(TransferReply).where(TransferReply.transfer_id == t.id).order_by(TransferReply.received_on,
                                                                                  TransferReply.id))] \
        if with_replies else []
    mediator = s.get(Mediator, case.mediator_id) if case.mediator_id else None
    overdue = (today - t.due_on).days if t.closed_on is None and t.due_on is not None else 0
    state = "closed" if t.closed_on else ("overdue" if overdue > 0 else "open")
    return TransferInfo(t.id, t.case_id, case.case_number, t.department, t.matter, t.request, t.sent_on, t.due_on,
                        t.closed_on, t.result, mediator.name if mediator else "", replies, state, max(overdue, 0),
                        t.version)


def _load(s: Session, actor: Actor, transfer_id: int) -> tuple[Transfer, Case]:
    t = s.get(Transfer, transfer_id)
    case = s.get(Case, t.case_id) if t is not None else None
    if t is None or case is None or case.committee_id != actor.committee_id:
        raise NotFoundError(what="转办事项", key=str(transfer_id))
    return t, case


def create_transfer(store: Store, actor: Actor, case_id: int, *, department: str, matter: str, request: str = "",
                    sent_on: date, due_on: date | None = None, due_workdays: int | None = None) -> TransferInfo:
    """转办 a matter; the limit is a date, or working days from ``sent_on`` (default: the committee's setting)."""
    problems: list[FieldProblem] = []
    if not clean(department):
        problems.append(problem("department", "field.required", label="承办部门"))
    if not clean(matter):
        problems.append(problem("matter", "field.required", label="转办事项"))
    if due_on is not None and due_on < sent_on:
        problems.append(problem("due_on", "transfer.due_before_sent", due=due_on.isoformat(),
                                sent=sent_on.isoformat()))
    if problems:
        raise ValidationError(problems)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        if due_on is None:
            # Every transfer is tracked against a date: without one, the committee's default applies.
            if due_workdays is None:
                committee = s.get(Committee, actor.committee_id)
                due_workdays = int(settings_mod.merged(committee.settings if committee else {})["transfer_workdays"])
            due_on = calendar_admin.load_calendar(s).add_workdays(sent_on, due_workdays)
        t = Transfer(case_id=case.id, department=clean(department), matter=matter.strip(), request=request.strip(),
                     sent_on=sent_on, due_on=due_on)
        s.add(t)
        s.flush()
        uow.audit("create", "transfer", t.id, case_id=case.id,
                  after={"department": t.department, "matter": t.matter, "sent_on": sent_on.isoformat(),
                         "due_on": due_on.isoformat() if due_on else None})
        return _info(s, t, case, date.today())


def record_reply(store: Store, actor: Actor, transfer_id: int, expected_version: int, *, received_on: date,
                 text: str, close: bool = False, result: str = "") -> TransferInfo:
    """Record the department's reply; ``close`` marks the matter 办结 with ``result`` (or the reply)."""
    if not clean(text):
        raise ValidationError([problem("text", "field.required", label="回复内容")])
    with store.write(actor) as uow:
        s = uow.session
        t, case = _load(s, actor, transfer_id)
        check_version(t, expected_version, "转办事项", t.department)
        if t.closed_on is not None:
            raise UserError("transfer.closed", closed=t.closed_on.isoformat())
        if received_on < t.sent_on:
            raise ValidationError([problem("received_on", "transfer.reply_before_sent", sent=t.sent_on.isoformat())])
        reply = TransferReply(transfer_id=t.id, received_on=received_on, text=text.strip())
        s.add(reply)
        if close:
            t.closed_on = received_on
            t.result = (result or text).strip()
        s.flush()
        uow.audit("reply", "transfer", t.id, case_id=case.id,
                  after={"received_on": received_on.isoformat(), "text": reply.text, "closed": close})
        return _info(s, t, case, date.today())


def close_transfer(store: Store, actor: Actor, transfer_id: int, expected_version: int, *, closed_on: date,
                   result: str) -> TransferInfo:
    if not clean(result):
        raise ValidationError([problem("result", "field.required", label="办理结果")])
    with store.write(actor) as uow:
        s = uow.session
        t, case = _load(s, actor, transfer_id)
        check_version(t, expected_version, "转办事项", t.department)
        if t.closed_on is not None:
            raise UserError("transfer.closed", closed=t.closed_on.isoformat())
        t.closed_on, t.result = closed_on, result.strip()
        s.flush()
        uow.audit("close", "transfer", t.id, case_id=case.id,
                  after={"closed_on": closed_on.isoformat(), "result": t.result})
        return _info(s, t, case, date.today())


def get_transfer(store: Store, actor: Actor, transfer_id: int, *, today: date | None = None) -> TransferInfo:
    with store.read() as s:
        t, case = _load(s, actor, transfer_id)
        return _info(s, t, case, today or date.today())


def list_transfers(store: Store, committee_id: int, *, today: date | None = None, open_only: bool = True,
                   overdue_only: bool = False, case_id: int | None = None) -> list[TransferInfo]:
    """Transfers of the committee (督办 list): open ones by due date, overdue first."""
    today = today or date.today()
    stmt = select(Transfer, Case).join(Case, Case.id == Transfer.case_id).where(Case.committee_id == committee_id)
    if open_only or overdue_only:
        stmt = stmt.where(Transfer.closed_on.is_(None))
    if overdue_only:
        stmt = stmt.where(Transfer.due_on < today)
    if case_id is not None:
        stmt = stmt.where(Transfer.case_id == case_id)
    stmt = stmt.order_by(Transfer.due_on.is_(None), Transfer.due_on, Transfer.id)
    with store.read() as s:
        return [_info(s, t, c, today, with_replies=case_id is not None) for t, c in s.execute(stmt)]

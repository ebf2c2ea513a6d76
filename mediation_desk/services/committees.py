"""First-run setup and the committee's people and places: mediators, users, agencies, rooms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from mediation_desk.db.models import Agency, Committee, Liaison, Mediator, Room, User
from mediation_desk.domain.text import clean
from mediation_desk.errors import NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import settings as settings_mod
from mediation_desk.store import Actor, Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class CommitteeInfo:
    id: int
    name: str
    short_name: str
    kind: str
    address: str
    phone: str
    seal_text: str
    letterhead: str
    settings: dict[str, Any]
    version: int


@dataclass(frozen=True)
class MediatorInfo:
    id: int
    name: str
    roster_number: str
    full_time: bool
    phone: str
    active: bool


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    kind: str
    name: str
    liaisons: list[tuple[int, str, str]]  # (id, name, title)
    feedback_days: int | None
    mediation_days: int | None


def _committee_info(c: Committee) -> CommitteeInfo:
    return CommitteeInfo(c.id, c.name, c.short_name, c.kind, c.address, c.phone, c.seal_text, c.letterhead,
                         settings_mod.merged(c.settings), c.version)


def system_actor(committee_id: int, user_id: int | None = None, username: str = "system") -> Actor:
    return Actor(user_id=user_id, username=username, committee_id=committee_id, role="admin")


def setup_committee(store: Store, *, name: str, short_name: str, address: str = "", seal_text: str = "",
                    kind: str = "township", phone: str = "", first_mediator: str = "",
                    admin_username: str = "admin", admin_display_name: str = "管理员") -> Actor:
    """First run: the committee, its administrator, and optionally its first mediator."""
    name, short_name = clean(name), clean(short_name)
    problems = []
    if not name:
        problems.append(problem("name", "field.required", label="调委会名称"))
    if not short_name:
        problems.append(problem("short_name", "field.required", label="字号"))
    elif len(short_name) > 10:
        problems.append(problem("short_name", "field.too_long", label="字号", max=10))
    if problems:
        raise ValidationError(problems)
    with store.write(Actor(None, "setup", 0)) as uow:
        s = uow.session
        committee = Committee(name=name, short_name=short_name, kind=kind, address=clean(address),
                              phone=clean(phone), seal_text=clean(seal_text) or name, settings={})
        s.add(committee)
        s.flush()
        mediator_id = None
        if clean(first_mediator):
            m = Mediator(committee_id=committee.id, name=clean(first_mediator), full_time=True)
            s.add(m)
            s.flush()
            mediator_id = m.id
        admin = User(committee_id=committee.id, username=admin_username, display_name=admin_display_name,
                     role="admin", mediator_id=mediator_id, may_see_personal_data=True)
        s.add(admin)
        s.flush()
        actor = Actor(admin.id, admin.username, committee.id, "admin", True)
        uow.actor = actor
        uow.audit("setup", "committee", committee.id, after={"name": name, "short_name": short_name})
    return actor


def committees(store: Store) -> list[CommitteeInfo]:
    with store.read() as s:
        return [_committee_info(c) for c in s.scalars(select(Committee).order_by(Committee.id))]


def get_committee(store: Store, committee_id: int) -> CommitteeInfo:
    with store.read() as s:
        c = s.get(Committee, committee_id)
        if c is None:
            raise NotFoundError(what="调委会", key=str(committee_id))
        return _committee_info(c)


def update_committee(store: Store, actor: Actor, expected_version: int, **changes: Any) -> CommitteeInfo:
    allowed = {"name", "short_name", "kind", "address", "phone", "seal_text", "letterhead", "settings"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown committee fields {unknown}")
    with store.write(actor) as uow:
        c = uow.session.get(Committee, actor.committee_id)
        if c is None:
            raise NotFoundError(what="调委会", key=str(actor.committee_id))
        if c.version != expected_version:
            from mediation_desk.errors import StaleEditError

            raise StaleEditError(what="调委会设置", key=c.name)
        before = {k: getattr(c, k) for k in changes}
        for key, value in changes.items():
            setattr(c, key, clean(value) if isinstance(value, str) else value)
        uow.audit("update", "committee", c.id, before=before, after=changes)
        uow.session.flush()
        return _committee_info(c)


def actor_for(store: Store, committee_id: int | None = None, username: str = "admin") -> Actor:
    """The acting user for the CLI and the GUI's default sign-in; picks the only committee if any."""
    with store.read() as s:
        if committee_id is None:
            ids = list(s.scalars(select(Committee.id).order_by(Committee.id)))
            if not ids:
                raise UserError("error.no_committee")
            if len(ids) > 1:
                raise UserError("error.several_committees")
            committee_id = ids[0]
        user = s.scalars(select(User).where(User.committee_id == committee_id, User.username == username)).first()
        if user is None:
            user = s.scalars(select(User).where(User.committee_id == committee_id, User.role == "admin")
                             .order_by(User.id)).first()
        if user is None:
            return system_actor(committee_id)
        return Actor(user.id, user.username, committee_id, user.role, user.may_see_personal_data)


def add_mediator(store: Store, actor: Actor, name: str, roster_number: str = "", full_time: bool = False,
                 phone: str = "") -> MediatorInfo:
    if not clean(name):
        raise ValidationError([problem("name", "field.required", label="调解员姓名")])
    with store.write(actor) as uow:
        m = Mediator(committee_id=actor.committee_id, name=clean(name), roster_number=clean(roster_number),
                     full_time=full_time, phone=clean(phone))
        uow.session.add(m)
        uow.session.flush()
        uow.audit("create", "mediator", m.id, after={"name": m.name})
        return MediatorInfo(m.id, m.name, m.roster_number, m.full_time, m.phone, m.active)


def mediators(store: Store, committee_id: int, active_only: bool = True) -> list[MediatorInfo]:
    with store.read() as s:
        q = select(Mediator).where(Mediator.committee_id == committee_id).order_by(Mediator.id)
        if active_only:
            q = q.where(Mediator.active.is_(True))
        return [MediatorInfo(m.id, m.name, m.roster_number, m.full_time, m.phone, m.active) for m in s.scalars(q)]


def add_agency(store: Store, actor: Actor, kind: str, name: str, liaisons: list[tuple[str, str]] | None = None,
               feedback_days: int | None = None, mediation_days: int | None = None) -> AgencyInfo:
    if not clean(name):
        raise ValidationError([problem("name", "field.required", label="对接单位名称")])
    with store.write(actor) as uow:
        a = Agency(committee_id=actor.committee_id, kind=kind, name=clean(name), feedback_days=feedback_days,
                   mediation_days=mediation_days)
        uow.session.add(a)
        uow.session.flush()
        made = []
        for lname, title in liaisons or []:
            li = Liaison(agency_id=a.id, name=clean(lname), title=clean(title))
            uow.session.add(li)
            uow.session.flush()
            made.append((li.id, li.name, li.title))
        uow.audit("create", "agency", a.id, after={"name": a.name, "kind": kind})
        return AgencyInfo(a.id, a.kind, a.name, made, feedback_days, mediation_days)


def add_liaison(store: Store, actor: Actor, agency_id: int, name: str, title: str = "",
                phone: str = "") -> AgencyInfo:
    """Add a liaison (对接民警, 对接法官, 信访干部) to one of the committee's agencies."""
    if not clean(name):
        raise ValidationError([problem("liaison_name", "field.required", label="联络员姓名")])
    with store.write(actor) as uow:
        agency = uow.session.get(Agency, agency_id)
        if agency is None or agency.committee_id != actor.committee_id:
            raise NotFoundError(what="对接单位", key=str(agency_id))
        li = Liaison(agency_id=agency.id, name=clean(name), title=clean(title), phone=clean(phone))
        uow.session.add(li)
        uow.session.flush()
        uow.audit("create", "liaison", li.id, after={"agency_id": agency.id, "name": li.name, "title": li.title})
        return _agency_infos(uow.session, [agency])[0]


def agencies(store: Store, committee_id: int) -> list[AgencyInfo]:
    with store.read() as s:
        rows = s.scalars(select(Agency).where(Agency.committee_id == committee_id, Agency.active.is_(True))
                         .order_by(Agency.id)).all()
        return _agency_infos(s, list(rows))


def _agency_infos(s: Session, rows: list[Agency]) -> list[AgencyInfo]:
    """The agencies with their liaisons, read in one query rather than one per agency."""
    liaisons: dict[int, list[tuple[int, str, str]]] = {a.id: [] for a in rows}
    if rows:
        for lid, agency_id, name, title in s.execute(
                select(Liaison.id, Liaison.agency_id, Liaison.name, Liaison.title)
                .where(Liaison.agency_id.in_(list(liaisons))).order_by(Liaison.id)):
            liaisons[agency_id].append((lid, name, title))
    return [AgencyInfo(a.id, a.kind, a.name, liaisons[a.id], a.feedback_days, a.mediation_days) for a in rows]


def add_room(store: Store, actor: Actor, name: str, capacity: int = 8) -> int:
    if not clean(name):
        raise ValidationError([problem("name", "field.required", label="调解室名称")])
    with store.write(actor) as uow:
        r = Room(committee_id=actor.committee_id, name=clean(name), capacity=capacity)
        uow.session.add(r)
        uow.session.flush()
        uow.audit("create", "room", r.id, after={"name": r.name})
        return r.id


def rooms(store: Store, committee_id: int) -> list[tuple[int, str]]:
    with store.read() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(Room.id, Room.name).where(Room.committee_id == committee_id, Room.active.is_(True))
            .order_by(Room.id))]


def count_committees(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count(Committee.id))) or 0)

"""The search index: each case's searchable text, its two-character grams, and digit suffix keys.

A case's text gathers its number, parties, references, facts and records, normalised (half-width,
lower case, single spaces). Every pair of adjacent non-space characters is a gram — so the
two-character names common in Chinese (张三) are found whole — and the database's own inverted
index finds the cases holding all of a query's grams: FTS5 on SQLite, a GIN expression index over
``md_grams(text)`` on PostgreSQL. Each candidate is then confirmed against the text itself, so both
back ends return exactly the same cases. Phones, ID numbers and references are also stored reversed
in ``search_key``, which turns "ends with 5678" into an index range scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from mediation_desk.db.base import table_of
from mediation_desk.db.models import (
    Agency,
    Agreement,
    AgreementClause,
    Case,
    CaseParty,
    CaseSearch,
    Party,
    Record,
    Referral,
    SearchKey,
)
from mediation_desk.domain.text import digits_only, to_halfwidth

MIN_SUFFIX = 4  # shortest digit string searched as a phone/ID suffix


def normalise(value: str) -> str:
    return " ".join(to_halfwidth(value).lower().split())


def grams(value: str) -> list[str]:
    """Distinct grams of already-normalised text, in first-seen order (must match ``md_grams``)."""
    pairs = dict.fromkeys(value[i:i + 2] for i in range(len(value) - 1))
    return [g for g in pairs if " " not in g]


@cache
def fts_token(gram: str) -> str:
    """FTS5 tokenizers split on punctuation, so each gram is spelled as an opaque ASCII word."""
    return "g" + "x".join(f"{ord(c):x}" for c in gram)


def fts_document(value: str) -> str:
    return " ".join(fts_token(g) for g in grams(value))


def search_keys(values: Iterable[str]) -> set[str]:
    keys = set()
    for v in values:
        d = digits_only(v) if not v or v[-1:] not in "xX" else digits_only(v[:-1]) + "X"
        if len(d) >= MIN_SUFFIX:
            keys.add(d[::-1][:40])
    return keys


def compose(case_number: str, summary: str, claims: str,
            parties: Iterable[tuple[str, str, str, str, str, str]],
            reference: tuple[str, str] | None, texts: Iterable[str]) -> tuple[str, set[str]]:
    """The searchable text and digit keys of a case from its parts.

    ``parties`` holds (name, phone, id_number, credit_code, agent_name, agent_phone); ``texts`` the
    record and agreement passages. Bulk loaders call this too, so every path indexes alike."""
    parts: list[str] = [case_number, summary, claims]
    key_values: list[str] = []
    for name, phone, id_number, credit_code, agent_name, agent_phone in parties:
        parts += [name, agent_name, digits_only(phone), id_number, credit_code]
        key_values += [phone, id_number, credit_code, agent_phone]
    if reference:
        parts += [reference[0], reference[1]]
        key_values.append(reference[0])
    parts += list(texts)
    return normalise(" ".join(p for p in parts if p)), search_keys(key_values)


def case_text(session: Session, case_id: int) -> tuple[str, set[str]]:
    """Everything a user may search a case by, and its digit keys."""
    case = session.get(Case, case_id)
    assert case is not None
    parties = [(name, phone or "", id_number or "", credit_code or "", agent_name or "", agent_phone or "")
               for name, phone, id_number, credit_code, agent_name, agent_phone in session.execute(
                   select(Party.name, Party.phone, Party.id_number, Party.credit_code, CaseParty.agent_name,
                          CaseParty.agent_phone)
                   .join(CaseParty, CaseParty.party_id == Party.id).where(CaseParty.case_id == case_id)
                   .order_by(CaseParty.position))]
    ref = session.execute(select(Referral.reference, Agency.name).join(Agency)
                          .where(Referral.case_id == case_id)).first()
    texts: list[str] = []
    for subject, body, facts, result in session.execute(
        select(Record.subject, Record.body, Record.facts_checked, Record.result)
        .where(Record.case_id == case_id, Record.status != "superseded").order_by(Record.id)
    ):
        texts += [subject, body, facts, result]
    texts += list(session.scalars(
        select(AgreementClause.text).join(Agreement)
        .where(Agreement.case_id == case_id, Agreement.status != "superseded")
        .order_by(Agreement.id, AgreementClause.position)))
    return compose(case.case_number, case.summary, case.claims, parties,
                   (ref[0], ref[1]) if ref else None, texts)


def refresh(session: Session, case_id: int) -> None:
    """Rebuild one case's entry; call in the same transaction as the change it reflects."""
    new_text, keys = case_text(session, case_id)
    old = session.get(CaseSearch, case_id)
    sqlite = session.get_bind().dialect.name == "sqlite"
    if old is not None:
        if old.text == new_text:
            _replace_keys(session, case_id, keys)
            return
        if sqlite:
            session.execute(text("INSERT INTO case_search_fts(case_search_fts, rowid, grams) "
                                 "VALUES('delete', :id, :g)"), {"id": case_id, "g": fts_document(old.text)})
        old.text = new_text
    else:
        session.add(CaseSearch(case_id=case_id, text=new_text))
    session.flush()
    if sqlite:
        session.execute(text("INSERT INTO case_search_fts(rowid, grams) VALUES(:id, :g)"),
                        {"id": case_id, "g": fts_document(new_text)})
    _replace_keys(session, case_id, keys)


def _replace_keys(session: Session, case_id: int, keys: set[str]) -> None:
    session.execute(delete(SearchKey).where(SearchKey.case_id == case_id))
    if keys:
        session.execute(insert(SearchKey), [{"key_rev": k, "case_id": case_id} for k in sorted(keys)])


def bulk_insert(session: Session, docs: Sequence[tuple[int, str, set[str]]]) -> None:
    """Index many new cases at once (demo data, imports): ``(case_id, normalised text, keys)``."""
    if not docs:
        return
    session.execute(table_of(CaseSearch).insert(), [{"case_id": cid, "text": t} for cid, t, _ in docs])
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO case_search_fts(rowid, grams) VALUES(:id, :g)"),
                        [{"id": cid, "g": fts_document(t)} for cid, t, _ in docs])
    keys = [{"key_rev": k, "case_id": cid} for cid, _, ks in docs for k in ks]
    if keys:
        session.execute(table_of(SearchKey).insert(), keys)

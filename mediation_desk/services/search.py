"""The one search box: case number, party name, ID or phone (or their last digits), agency
reference, and words in the facts and records — the same results on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from mediation_desk.db.models import Case, CaseSearch, SearchKey
from mediation_desk.domain.text import digits_only
from mediation_desk.services import search_index
from mediation_desk.services.case_rows import CaseRow, ids_in, load_rows
from mediation_desk.store import Store

CANDIDATE_CAP = 5000  # newest matches kept; a broader query is told to narrow down


@dataclass(frozen=True)
class SearchResult:
    query: str
    rows: list[CaseRow]
    total: int
    capped: bool  # more than CANDIDATE_CAP cases matched; only the newest were ranked


def search(store: Store, committee_id: int, query: str, limit: int = 200) -> SearchResult:
    q = search_index.normalise(query)
    if not q:
        return SearchResult(query, [], 0, False)
    with store.read() as s:
        found = _matching(s, committee_id, q)
        capped = len(found) > CANDIDATE_CAP
        found = found[:CANDIDATE_CAP]
        # Newest received first; ties by case id.
        ranked = [cid for cid, _ in sorted(found, key=lambda r: (r[1], r[0]), reverse=True)[:limit]]
        return SearchResult(query, load_rows(s, ranked), len(found), capped)


def _is_digit_query(q: str) -> bool:
    core = q[:-1] if q.endswith("x") else q
    return core.isdigit() and len(q) >= search_index.MIN_SUFFIX


def _matching(s: Session, committee_id: int, q: str) -> list[tuple[int, date]]:
    """(id, received_on) of matching cases of the committee, newest id first, at most CANDIDATE_CAP + 1."""
    found: set[int] = set()
    if _is_digit_query(q):
        rev = (digits_only(q[:-1]) + "X" if q.endswith("x") else q)[::-1]
        # "ends with" on the number is "starts with" on its reverse: an index range scan.
        found.update(s.scalars(
            select(SearchKey.case_id).where(SearchKey.key_rev >= rev, SearchKey.key_rev < rev + "\U0010ffff")
            .limit(CANDIDATE_CAP + 1)))
    terms = q.split(" ")
    all_grams = sorted({g for t in terms for g in search_index.grams(t)})
    if all_grams and not (_is_digit_query(q) and found):
        found.update(_gram_ids(s, terms, all_grams))
    elif not all_grams:
        found.update(_scan_ids(s, terms))
    if not found:
        return []
    # Filter by committee in Python: given both an id list and committee_id, SQLite may pick the
    # committee's index and scan all its cases instead of looking the ids up by primary key.
    rows = s.execute(select(Case.id, Case.committee_id, Case.received_on)
                     .where(ids_in("mediation_case.id", found))).all()
    owned = sorted(((r.id, r.received_on) for r in rows if r.committee_id == committee_id), reverse=True)
    return owned[:CANDIDATE_CAP + 1]


def _gram_ids(s: Session, terms: list[str], all_grams: list[str]) -> list[int]:
    conditions = " AND ".join(f"cs.text LIKE :p{i} ESCAPE '\\'" for i in range(len(terms)))
    params: dict[str, object] = {f"p{i}": "%" + _escape_like(t) + "%" for i, t in enumerate(terms)}
    params["cap"] = CANDIDATE_CAP + 1
    if s.get_bind().dialect.name == "sqlite":
        params["m"] = " ".join(search_index.fts_token(g) for g in all_grams)
        sql = ("SELECT cs.case_id FROM case_search cs JOIN "
               "(SELECT rowid AS id FROM case_search_fts WHERE case_search_fts MATCH :m) f "
               f"ON cs.case_id = f.id WHERE {conditions} ORDER BY cs.case_id DESC LIMIT :cap")
        return list(s.scalars(text(sql), params))
    sql = (f"SELECT cs.case_id FROM case_search cs WHERE md_grams(cs.text) @> :g AND {conditions} "
           "ORDER BY cs.case_id DESC LIMIT :cap")
    from sqlalchemy.dialects.postgresql import ARRAY
    from sqlalchemy.types import Text

    stmt = text(sql).bindparams(bindparam("g", type_=ARRAY(Text)))
    params["g"] = all_grams
    return list(s.scalars(stmt, params))


def _scan_ids(s: Session, terms: list[str]) -> list[int]:
    """One-character queries have no gram: a plain scan, newest first, capped."""
    stmt = select(CaseSearch.case_id)
    for t in terms:
        stmt = stmt.where(CaseSearch.text.contains(t, autoescape=True))
    return list(s.scalars(stmt.order_by(CaseSearch.case_id.desc()).limit(CANDIDATE_CAP + 1)))


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_scan(store: Store, committee_id: int, query: str, limit: int = 200) -> list[int]:
    """The same query done as a plain ``LIKE '%…%'`` scan: the baseline the benchmark compares with."""
    q = search_index.normalise(query)
    with store.read() as s:
        ids = list(s.scalars(
            select(CaseSearch.case_id).join(Case, Case.id == CaseSearch.case_id)
            .where(Case.committee_id == committee_id, CaseSearch.text.contains(q, autoescape=True))
            .order_by(Case.received_on.desc(), Case.id.desc()).limit(limit)))
        return ids

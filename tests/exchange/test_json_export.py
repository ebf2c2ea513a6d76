"""The complete JSON export: documented shape, exact values, and a lossless round trip on both back ends."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.db.base import Base
from mediation_desk.db.engine import make_engine
from mediation_desk.db.schema import head_revision
from mediation_desk.errors import UserError
from mediation_desk.services import json_export, json_import, search
from mediation_desk.services.jobs import Cancelled
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, close, fingerprint

DOC = Path(__file__).resolve().parents[2] / "docs" / "json-export.md"


@pytest.fixture
def filled(store: Store, actor: Actor) -> Store:
    a = add_case(store, actor, date(2026, 3, 2), applicant="张三", respondent="李四", order=1)
    add_case(store, actor, date(2026, 4, 9), applicant="王五", respondent="赵六", order=2, referral="安宁派出所",
             reference="J2026040900123")
    close(store, actor, a, "written_agreement", date(2026, 3, 20), amount="12000.50", performed=True)
    return store


def test_export_shape_and_values(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    res = json_export.export_json(filled, out)
    data = json.loads(out.read_text(encoding="utf-8"))  # plain JSON for any reader
    assert data["format"] == "mediation-desk-export" and data["format_version"] == 1
    assert data["schema_revision"] == head_revision() == res.schema_revision
    names = [t["name"] for t in data["tables"]]
    assert names == [t.name for t in Base.metadata.sorted_tables]
    by_name = {t["name"]: t for t in data["tables"]}
    cases = by_name["mediation_case"]
    assert cases["row_count"] == len(cases["rows"]) == 2 == res.tables["mediation_case"]
    row = dict(zip(cases["columns"], cases["rows"][0], strict=True))
    assert row["case_number"] == "（2026）安调字第001号" and row["received_on"] == "2026-03-02"
    assert row["created_at"].endswith("+00:00")
    agreement = dict(zip(by_name["agreement"]["columns"], by_name["agreement"]["rows"][0], strict=True))
    assert agreement["total_amount"] == "12000.50"  # exact decimal string, never a float
    committee = dict(zip(by_name["committee"]["columns"], by_name["committee"]["rows"][0], strict=True))
    assert isinstance(committee["settings"], dict)


def test_every_table_is_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for table in Base.metadata.sorted_tables:
        assert f"`{table.name}`" in doc, table.name


def test_round_trip_into_an_empty_sqlite_store(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    json_export.export_json(filled, out)
    engine = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    counts = json_import.load_export(engine, out)
    engine.dispose()
    assert counts["mediation_case"] == 2
    copy = Store(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    assert fingerprint(copy) == fingerprint(filled)
    # The search index (FTS on SQLite) is rebuilt: the copy finds what the original finds.
    assert search.search(copy, 1, "王五").total == search.search(filled, 1, "王五").total == 1
    with pytest.raises(UserError, match="已有数据"):
        json_import.load_export(copy.engine, out)
    copy.dispose()


def test_round_trip_into_postgresql(filled: Store, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    import os

    if not os.environ.get("MEDIATION_DESK_TEST_PG"):
        pytest.skip("needs PostgreSQL")
    from tests.conftest import _drop_pg, _fresh_pg

    out = tmp_path / "all.json"
    json_export.export_json(filled, out)
    name, url = _fresh_pg(request.getfixturevalue("pg_template"))
    try:
        target = Store(url)
        json_import.load_export(target.engine, out)
        assert fingerprint(target) == fingerprint(filled)
        assert search.search(target, 1, "王五").total == search.search(filled, 1, "王五").total == 1
        # Sequences moved past the loaded ids: a new case can be added.
        from sqlalchemy import select

        from mediation_desk.db.models import User
        from mediation_desk.services.committees import actor_for

        with target.read() as s:
            assert s.scalar(select(User.username)) == "admin"
        new = add_case(target, actor_for(target), date(2026, 6, 1), applicant="孙七", respondent="周八", order=7)
        assert new == 3
        target.dispose()
    finally:
        _drop_pg(name)


def test_cancelled_export_leaves_nothing(filled: Store, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(Cancelled):
        json_export.export_json(filled, out_dir / "x.json", cancel=lambda: True)
    assert list(out_dir.iterdir()) == []


def test_truncated_export_is_refused(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    json_export.export_json(filled, out)
    text = out.read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2].rsplit("\n", 1)[0] + "\n", encoding="utf-8")
    engine = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    with pytest.raises(UserError, match="不是完整的"):
        json_import.load_export(engine, cut)
    engine.dispose()
    assert json_import.is_empty(make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}"))

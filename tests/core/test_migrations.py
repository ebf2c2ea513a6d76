"""The schema: migrations build exactly the models, and init upgrades an existing database in place."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from mediation_desk.db.base import Base
from mediation_desk.db.models import Case
from mediation_desk.db.schema import current_revision, head_revision, upgrade
from mediation_desk.services import intake
from tests.factories import neighbour_case


def test_migrations_match_the_models(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    # The FTS5 shadow tables and the PostgreSQL expression index are made by hand on purpose.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("case_search_fts"))
            and not (d[0] == "remove_index" and d[1].name == "ix_case_search_grams")]
    assert diff == []


def test_upgrade_is_idempotent_and_keeps_data(store, actor):
    from datetime import date

    intake.create_case(store, actor, neighbour_case(), today=date(2026, 6, 1))
    assert current_revision(store.engine) == head_revision()
    before, after = upgrade(store.engine)
    assert before == after == head_revision()
    with store.read() as s:
        assert s.scalar(select(func.count(Case.id))) == 1


def test_vocabularies_are_seeded_once_and_extendable(store, actor):
    from mediation_desk.services import vocabulary

    types = vocabulary.entries(store, "dispute_type")
    assert [t.zh for t in types][:3] == ["婚姻家庭", "邻里", "房屋宅基地"]
    vocabulary.add_entry(store, actor, "dispute_type", "养老服务", "Elderly care")
    upgrade(store.engine)
    again = vocabulary.entries(store, "dispute_type")
    assert len(again) == len(types) + 1 and again[-1].zh == "养老服务"
    assert vocabulary.resolve(again, "养老服务") == again[-1].code


def test_a_database_of_the_first_release_upgrades_in_place(tmp_path):
    """A store made at revision 0001 (the first release) with a case in it upgrades to head, data intact."""
    from datetime import date

    from alembic import command

    from mediation_desk.db.schema import alembic_config
    from mediation_desk.services import cases, committees, search
    from mediation_desk.store import Store

    store = Store(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert current_revision(store.engine) == "0001"
    from mediation_desk.db.schema import seed_vocabularies

    seed_vocabularies(store.engine)
    actor = committees.setup_committee(store, name="旧版调委会", short_name="旧")
    made = intake.create_case(store, actor, neighbour_case(), today=date(2026, 6, 1))

    before, after = upgrade(store.engine)
    assert (before, after) == ("0001", head_revision())
    assert cases.get_case_detail(store, actor, made.case_id).case_number == "（2026）旧调字第001号"
    assert search.search(store, actor.committee_id, "张三").total == 1
    store.dispose()

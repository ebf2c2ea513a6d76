"""The quick "is the database current?" check agrees with Alembic and upgrades what is behind."""

from __future__ import annotations

from mediation_desk.db.engine import make_engine
from mediation_desk.db.schema import current_revision, ensure_current, head_revision, head_revision_from_files


def test_head_from_files_matches_alembic():
    assert head_revision_from_files() == head_revision()


def test_ensure_current_upgrades_a_new_database_then_only_checks(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert ensure_current(engine) is True
    assert current_revision(engine) == head_revision()
    assert ensure_current(engine) is False
    engine.dispose()


def test_ensure_current_on_a_migrated_store(store):
    assert ensure_current(store.engine) is False
    assert current_revision(store.engine) == head_revision()

"""Shared fixtures: a real database per test, on SQLite and (when configured) on PostgreSQL.

The schema is built once per back end and copied for each test (a file copy on SQLite, a
``CREATE DATABASE … TEMPLATE`` on PostgreSQL), so tests start from a migrated, empty store quickly.
Set ``MEDIATION_DESK_TEST_PG`` to a server URL (``.ci/run`` does) to run every store test on both.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("MEDIATION_DESK_TEST_PG", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep logs, settings and default databases of the code under test out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(home))
    monkeypatch.delenv("MEDIATION_DESK_DB", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mediation_desk.db.engine import make_engine
    from mediation_desk.db.schema import upgrade

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _pg_admin_url() -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("MEDIATION_DESK_TEST_PG is not set")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from mediation_desk.db.engine import make_engine
    from mediation_desk.db.schema import upgrade

    name = f"md_tpl_{uuid.uuid4().hex[:8]}"
    admin = create_engine(_pg_admin_url().replace("postgresql://", "postgresql+psycopg://"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _fresh_pg(template: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"md_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_pg_admin_url().replace("postgresql://", "postgresql+psycopg://"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    return name, make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _drop_pg(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(_pg_admin_url().replace("postgresql://", "postgresql+psycopg://"),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a freshly migrated, empty database on each back end."""
    if request.param == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
    else:
        name, url = _fresh_pg(request.getfixturevalue("pg_template"))
        yield url
        _drop_pg(name)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:  # noqa: F821 - imported lazily to keep collection fast
    from mediation_desk.store import Store

    s = Store(db_url)
    yield s
    s.dispose()


@pytest.fixture
def actor(store: Store) -> Actor:  # noqa: F821
    from mediation_desk.services.committees import add_mediator, setup_committee

    a = setup_committee(store, name="安宁镇人民调解委员会", short_name="安", address="安宁镇人民路 18 号",
                        first_mediator="王建国")
    add_mediator(store, a, "李秀英", roster_number="甘调证20190002")
    return a

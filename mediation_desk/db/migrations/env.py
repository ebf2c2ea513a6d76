"""Alembic environment: runs on the connection handed over by ``mediation_desk.db.schema``."""

from __future__ import annotations

from alembic import context

from mediation_desk.db import models  # noqa: F401 - registers the tables on Base.metadata
from mediation_desk.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic is run by hand
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()

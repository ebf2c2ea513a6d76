"""Create or upgrade a database in place, and seed the built-in vocabularies."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, select

from mediation_desk.db.models import VocabItem
from mediation_desk.domain.vocab import VOCABULARIES

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest schema; returns (revision before, revision after)."""
    before = current_revision(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    seed_vocabularies(engine)
    return before, head_revision()


def seed_vocabularies(engine: Engine) -> None:
    """Add built-in entries that are missing; a committee's own entries and edits are kept."""
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        have = {(v, c) for v, c in session.execute(select(VocabItem.vocabulary, VocabItem.code))}
        for vocabulary, terms in VOCABULARIES.items():
            for position, term in enumerate(terms):
                if (vocabulary, term.code) not in have:
                    session.add(VocabItem(vocabulary=vocabulary, code=term.code, label_zh=term.zh,
                                          label_en=term.en, position=position * 10, builtin=True))

"""Create or upgrade a database in place, and seed the built-in vocabularies."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, select, text

from mediation_desk.db.models import VocabItem
from mediation_desk.domain.vocab import VOCABULARIES

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration really has to run: importing it costs a noticeable part
# of the desktop app's start-up, and an up-to-date database (the usual case) does not need it.
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest schema; returns (revision before, revision after)."""
    from alembic import command

    before = current_revision(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    seed_vocabularies(engine)
    return before, head_revision()


def head_revision_from_files() -> str | None:
    """The newest revision, read from the migration files without importing Alembic (one head only)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
            down = _DOWN.search(source)
            if down:
                parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def ensure_current(engine: Engine) -> bool:
    """Upgrade the database if it is behind; returns True if a migration ran.

    The quick check reads the stored revision with one query and compares it with the newest
    migration file; only a database that is behind (or new) pays for Alembic."""
    head = head_revision_from_files()
    stored: str | None = None
    if head is not None and inspect(engine).has_table("alembic_version"):
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if head is not None and stored == head:
        seed_vocabularies(engine)
        return False
    upgrade(engine)
    return True


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

"""Where the database is, and the plain settings the core receives from its callers."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_DB = "MEDIATION_DESK_DB"
APP_DIR_NAME = "mediation-desk"


def data_dir() -> Path:
    """The user's data directory (database, attachments, logs, drafts, backups)."""
    override = os.environ.get("MEDIATION_DESK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'mediation_desk.sqlite3'}"


def resolve_db_url(explicit: str | None = None) -> str:
    """``--db`` first, then ``MEDIATION_DESK_DB``, then the default file. A bare path means SQLite."""
    url = explicit or os.environ.get(ENV_DB) or default_db_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def describe_url(url: str) -> str:
    """A short, password-free description of a database for title bars and messages."""
    if url.startswith("sqlite"):
        return url.split("///", 1)[-1] or "(内存数据库)"
    rest = url.split("://", 1)[-1]
    host_part = rest.rsplit("@", 1)[-1]
    return f"PostgreSQL {host_part}"

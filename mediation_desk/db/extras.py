"""Schema objects Alembic cannot describe: the search index and the audit log's guards.

Called from migrations, with the dialect deciding which form each object takes.
"""

from __future__ import annotations

from alembic import op

PG_GRAMS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION md_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[])
  FROM (SELECT substr(t, i, 2) AS g FROM generate_series(1, length(t) - 1) AS i) AS s
  WHERE g !~ '\s'
$$
"""


def create_search_index() -> None:
    """A gram index over ``case_search.text``: FTS5 on SQLite, a GIN expression index on PostgreSQL.

    Both index the same grams (every two adjacent non-space characters), see services.search_index.
    """
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE case_search_fts USING fts5(grams, content='', detail=none, columnsize=0)")
    else:
        op.execute(PG_GRAMS_FUNCTION)
        op.execute("CREATE INDEX ix_case_search_grams ON case_search USING gin (md_grams(text))")


def drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_search_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_case_search_grams")
        op.execute("DROP FUNCTION IF EXISTS md_grams(text)")


def create_audit_guards() -> None:
    """The audit log is append-only: the database itself refuses UPDATE and DELETE on it."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
            )
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
        )


def drop_audit_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")

"""Planner statistics after content changes in bulk.

PostgreSQL gathers a table's statistics when autovacuum gets round to it (never, where it
is off), and pg_restore brings none back: until then the planner takes 50,000 events for
a dozen and reads them all to show six. SQLite keeps its own as connections close
(filmhub/sqlite/base.py), but a bulk load should not wait for that either.
"""

from django.db.backends.base.base import BaseDatabaseWrapper


def refresh_statistics(connection: BaseDatabaseWrapper, table: str | None = None) -> None:
    """ANALYZE one table, or every table."""
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}" if table else "ANALYZE")

"""What the database's query planner knows of a table's rows."""

from django.db import connection


def counted_rows(table: str) -> int | None:
    """The rows the planner's statistics count in `table`; None if it has none."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Column statistics come only from ANALYZE (an index build counts rows too).
            cursor.execute("SELECT count(*) FROM pg_stats WHERE tablename = %s", [table])
            if not cursor.fetchone()[0]:
                return None
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
            return int(cursor.fetchone()[0])
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchone():
            return None
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s", [table])
        row = cursor.fetchone()
        return int(row[0].split()[0]) if row else None

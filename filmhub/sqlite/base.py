"""Django's SQLite backend, keeping the query planner's statistics current.

Without statistics SQLite's planner guesses, and at scale it guesses wrong: it read every
published article, newest first, to find the two related to one article. SQLite's advice
is to run `PRAGMA optimize` as each connection closes: it runs ANALYZE on the tables
that connection used, when their statistics are missing or their size has changed a
lot, and does nothing otherwise. The statistics are exact: ones sampled with
`analysis_limit` made the planner take "status = published" for a narrow condition and
read every event for the home page (70 ms instead of 0.1 ms at 50,000 events). The
request that happens to run ANALYZE takes longer, once.
"""

import contextlib
import sqlite3

from django.db.backends.sqlite3 import base


class DatabaseWrapper(base.DatabaseWrapper):
    def _close(self):
        if self.connection is not None:
            # Should another writer hold the lock, the next connection to close tries again.
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("PRAGMA optimize")
        super()._close()

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from filmhub.backups import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write a backup archive (.tar.gz) of the database and the media files while the "
        "site runs: a consistent snapshot of the database (SQLite's online backup API, or "
        "pg_dump on PostgreSQL), the files under MEDIA_ROOT, and a manifest. "
        "`manage.py restore` brings it back."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The archive to write, e.g. backup.tar.gz.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to back up.")

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] >= 1 else (lambda message: None)
        try:
            create_backup(options["path"], using=options["database"], log=log)
        except BackupError as error:
            raise CommandError(str(error)) from error

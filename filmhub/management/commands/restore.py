from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from filmhub.backups import BackupError, CacheNotEmptied, restore_backup

# The exit status of a restore that brought the content back but left the cache as it was.
CACHE_NOT_EMPTIED = 3


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: the database (on an empty database, "
        "migrated or not; one with content only with --force) and the media files. Stop "
        "the site's app servers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The backup archive (.tar.gz).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that already holds content.",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="The database to restore into."
        )

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] >= 1 else (lambda message: None)
        try:
            restore_backup(
                options["path"], using=options["database"], force=options["force"], log=log
            )
        except CacheNotEmptied as error:
            # Restored, unlike every other failure: a script can tell the two apart.
            raise CommandError(str(error), returncode=CACHE_NOT_EMPTIED) from error
        except BackupError as error:
            raise CommandError(str(error)) from error

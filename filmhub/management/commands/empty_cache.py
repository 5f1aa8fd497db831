from django.core.management.base import BaseCommand, CommandError

from filmhub.backups import empty_caches


class Command(BaseCommand):
    help = (
        "Empty every cache the site uses (this site's keys alone in a shared Redis): pages "
        "and what is kept per content generation; sessions are kept in the database too. "
        "For after a restore that could not reach the cache."
    )

    def handle(self, *args, **options):
        if failed := empty_caches():
            reasons = "; ".join(f"{alias}: {error}" for alias, error in failed.items())
            raise CommandError(f"Could not empty the cache ({reasons}).")
        if options["verbosity"] >= 1:
            self.stdout.write("Emptied the cache.")

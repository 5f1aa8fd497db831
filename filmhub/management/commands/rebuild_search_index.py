from django.core.management.base import BaseCommand

from filmhub.search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the site search index from the content as it is now."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} items."))

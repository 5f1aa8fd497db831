from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from filmhub.caching import new_generation
from filmhub.demo.synthetic import SyntheticContent
from filmhub.planner import refresh_statistics


class Command(BaseCommand):
    help = (
        "Create synthetic published articles, events and programmes for load and scale "
        "tests. Slugs start with “synthetic-” and titles with “Synthetic”."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0, help="How many articles.")
        parser.add_argument("--events", type=int, default=0, help="How many events.")
        parser.add_argument("--programmes", type=int, default=0, help="How many programmes.")
        parser.add_argument(
            "--cities",
            type=int,
            default=0,
            help="At least this many cities: synthetic ones are added to make up the number.",
        )
        parser.add_argument(
            "--seed", type=int, default=None, help="Random seed, for the same content each run."
        )

    def handle(self, *args, **options):
        counts = {name: options[name] for name in ("articles", "events", "programmes", "cities")}
        if any(count < 0 for count in counts.values()):
            raise CommandError("Counts cannot be negative.")
        created = SyntheticContent(seed=options["seed"]).generate(**counts)
        # Rows written in bulk send no save signals: cached pages and figures are told here.
        new_generation()
        refresh_statistics(connection)
        if options["verbosity"] >= 1:
            summary = ", ".join(f"{number} {name}" for name, number in created.items())
            self.stdout.write(f"Synthetic content created: {summary}.")

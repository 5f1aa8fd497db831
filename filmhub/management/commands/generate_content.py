from django.core.management.base import BaseCommand, CommandError

from filmhub.demo.synthetic import SyntheticContent


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
            "--seed", type=int, default=None, help="Random seed, for the same content each run."
        )

    def handle(self, *args, **options):
        counts = {name: options[name] for name in ("articles", "events", "programmes")}
        if any(count < 0 for count in counts.values()):
            raise CommandError("Counts cannot be negative.")
        created = SyntheticContent(seed=options["seed"]).generate(**counts)
        if options["verbosity"] >= 1:
            summary = ", ".join(f"{number} {name}" for name, number in created.items())
            self.stdout.write(f"Synthetic content created: {summary}.")

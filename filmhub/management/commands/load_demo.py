from django.core.management.base import BaseCommand

from filmhub.demo.loader import AdministratorNameTaken, DemoLoader, create_administrator


class Command(BaseCommand):
    help = (
        "Load the demo site (cities, organisations, programmes, events, articles and "
        "placeholder images). Only missing items are created, so it is safe to run again; "
        "creates an administrator with a random password if there is no superuser yet."
    )

    def handle(self, *args, **options):
        created = DemoLoader().load()
        try:
            administrator = create_administrator()
        except AdministratorNameTaken as error:
            administrator = None
            self.stderr.write(
                f"No superuser exists, but the user name “{error}” is taken; "
                "create an administrator with `manage.py createsuperuser`."
            )

        if administrator:
            username, password = administrator
            # Shown once: only a hash is stored.
            self.stdout.write(
                self.style.WARNING(
                    "Created an administrator account for /admin/ "
                    "(the password is shown only this once):\n"
                    f"  username: {username}\n"
                    f"  password: {password}"
                )
            )
        if options["verbosity"] >= 1:
            if created:
                counts = ", ".join(f"{number} {name}" for name, number in created.items())
                self.stdout.write(f"Demo content created: {counts}.")
            else:
                self.stdout.write("Demo content already loaded; nothing to create.")

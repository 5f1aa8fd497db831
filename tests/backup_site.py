"""What a backup must bring back, described the same way on the machine that made it and on
the one it was restored to; and a writer that keeps a site busy during a backup.

In the test process the functions are imported. On a "fresh machine" (another database
and media folder, the production settings module) they run in a subprocess:

    python -m tests.backup_site describe      JSON of describe_site() on stdout
    python -m tests.backup_site write STOP    people, until the file STOP exists
"""

import hashlib
import itertools
import json
import sys
from pathlib import Path

SEARCHES = ["busan", "harbour", "부산", "영화", "ko-pick"]
# Each writer transaction saves one person, whose search entry is written by a signal in
# the same transaction: a consistent copy has exactly as many entries as people.
WRITER_NAME = "Writer"
WRITER_WORD = "concurrent"


def content() -> dict[str, str]:
    """Every row of the content, revision and user tables, serialised."""
    from django.apps import apps
    from django.contrib.auth.models import User
    from django.core import serializers

    models = [
        model
        for model in apps.get_models()
        if model._meta.app_label in {"filmhub", "articles", "programmes", "reversion"}
    ]
    return {
        model._meta.label: serializers.serialize("json", model._base_manager.order_by("pk"))
        for model in [*models, User]
    }


def media() -> dict[str, str]:
    from django.core.files.storage import default_storage

    root = Path(default_storage.location)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def searches() -> dict[str, list[str]]:
    from filmhub.search.backends import search

    return {query: [entry.title for entry in search(query)[:20]] for query in SEARCHES}


def public_urls() -> list[str]:
    from articles.models import Article, Series
    from filmhub.models import City, Person
    from programmes.models import Event, Programme

    urls = ["/", "/news/", "/events/", "/programmes/", "/cities/", "/search/?q=busan"]
    for model in (Article, Event, Programme):
        urls += [item.get_absolute_url() for item in model.objects.published().order_by("pk")]
    for model in (Series, Person, City):
        urls += [item.get_absolute_url() for item in model.objects.order_by("pk")]
    return urls


def pages() -> dict[str, int]:
    from django.test import Client

    client = Client()
    return {url: client.get(url).status_code for url in public_urls()}


def describe_site() -> dict:
    return {"content": content(), "media": media(), "search": searches(), "pages": pages()}


def write_until(stop: Path) -> int:
    """Save people one transaction at a time until `stop` exists; say "writing" once
    ten are saved, and how many were saved at the end.

    On SQLite, what it commits stays in the -wal file (no automatic checkpoints), where
    a copy of the database file alone would miss it.
    """
    from django.db import connection, transaction

    from filmhub.models import Person

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint=0")
    for number in itertools.count():
        if stop.exists():
            break
        with transaction.atomic():
            Person.objects.create(name=f"{WRITER_NAME} {number}", bio=WRITER_WORD)
        if number == 9:
            print("writing", flush=True)
    print(number, flush=True)
    return number


def main(argv: list[str]) -> None:
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    if argv[0] == "describe":
        # For the test client's "testserver" host.
        setup_test_environment()
        json.dump(describe_site(), sys.stdout)
    elif argv[0] == "write":
        write_until(Path(argv[1]))
    else:
        raise SystemExit(f"Unknown command {argv[0]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])

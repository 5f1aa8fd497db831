"""`manage.py backup` and `manage.py restore`: a snapshot of the database and the media
files taken while the site runs, brought back on a fresh machine as the same site.

The round trips run on the suite's database: SQLite, or PostgreSQL when DATABASE_URL
says so (then the fresh machines get scratch databases named after the test database).
A "fresh machine" is an empty database and media folder of its own, driven through
manage.py in a subprocess with the production settings module, as an operator would.
"""

import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
import reversion
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article
from filmhub import backups
from filmhub.backups import BackupError, tables_with_content
from filmhub.models import Image
from filmhub.publishing import Status
from tests.backup_site import WRITER_NAME, WRITER_WORD, describe_site
from tests.factories import (
    CityFactory,
    EventFactory,
    ImageFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    UserFactory,
    article,
)
from tests.planner import counted_rows

BASE_DIR = Path(__file__).resolve().parent.parent


def build_site() -> None:
    """A small site: public and draft content, an uploaded image with its renditions, a
    staff member, and a revision."""
    busan = CityFactory(name="Busan")
    image = ImageFactory()
    series = SeriesFactory(name="Ko-pick")
    author = PersonFactory(name="Kim Jiseok")
    with reversion.create_revision():
        article(
            "부산 영화: harbour notes",
            cities=[busan],
            authors=[author],
            series=series,
            hero_image=image,
        )
    article("Ko-pick draft", series=series, status=Status.DRAFT, publish_at=None)
    EventFactory(title="Harbour festival", city=busan, hero_image=image)
    ProgrammeFactory(title="Busan incubator").cities.add(busan)
    UserFactory(username="staff")


def backup(path: Path) -> str:
    output = StringIO()
    call_command("backup", path, stdout=output)
    return output.getvalue()


def archive_members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path) as archive:
        return {
            member.name: archive.extractfile(member).read()
            for member in archive.getmembers()
            if member.isfile()
        }


def write_archive(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def manifest_for(vendor: str) -> bytes:
    dump = "database.sqlite3" if vendor == "sqlite" else "database.pgdump"
    database = {"vendor": vendor, "file": dump, "method": "", "migrations": {}}
    manifest = {"format": 1, "created_at": "", "database": database, "media": {}}
    return json.dumps(manifest).encode()


def wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


# A fresh machine -------------------------------------------------------------------------


def server_connection(server: dict, dbname: str = "postgres"):
    import psycopg

    return psycopg.connect(
        dbname=dbname,
        host=server["HOST"] or None,
        port=server["PORT"] or None,
        user=server["USER"] or None,
        password=server["PASSWORD"] or None,
        autocommit=True,
    )


class Machine:
    """An empty database (a new SQLite file, or a scratch PostgreSQL database on the
    suite's server) and an empty media folder, reached through subprocesses."""

    def __init__(self, root: Path, name: str, server: dict | None):
        self.server = server
        self.media_root = root / f"{name}-media"
        if server is None:
            self.database = str(root / f"{name}.sqlite3")
            url = f"sqlite:///{self.database}"
        else:
            self.database = f"{server['NAME']}_{name}"
            user = quote(server["USER"] or "", safe="")
            password = f":{quote(server['PASSWORD'], safe='')}" if server["PASSWORD"] else ""
            host = f"{server['HOST'] or 'localhost'}:{server['PORT'] or 5432}"
            url = f"postgres://{user}{password}@{host}/{self.database}"
        self.env = {
            **{name: value for name, value in os.environ.items() if name != "REDIS_URL"},
            "DJANGO_SETTINGS_MODULE": "filmhub.settings",
            "DJANGO_DEBUG": "true",
            "DJANGO_SECRET_KEY": "fresh-machine-test-key",
            "DATABASE_URL": url,
            "DJANGO_MEDIA_ROOT": str(self.media_root),
        }

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, *map(str, args)],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    def manage(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess:
        return self.run("manage.py", *args, check=check)

    def describe(self) -> dict:
        return json.loads(self.run("-m", "tests.backup_site", "describe").stdout)

    def query(self, sql: str) -> list[tuple]:
        if self.server is None:
            with closing(sqlite3.connect(self.database, timeout=20)) as database:
                return database.execute(sql).fetchall()
        with server_connection(self.server, self.database) as database:
            return database.execute(sql).fetchall()

    def writers(self) -> int:
        """People saved by the writer, each with its search entry if the copy is whole;
        counted in one statement, so as of one moment on a live site too."""
        if self.server is None:
            fts = "filmhub_searchentry_fts"
            indexed = (
                f"SELECT COUNT(*) FROM {fts} JOIN filmhub_searchentry e ON e.id = {fts}.rowid "
                f"WHERE {fts} MATCH '{WRITER_WORD}' AND e.language = 'en'"
            )
        else:
            vector = f"search_vector @@ to_tsquery('english', '{WRITER_WORD}')"
            indexed = f"SELECT COUNT(*) FROM filmhub_searchentry WHERE {vector} AND language = 'en'"
        [(people, entries, indexed)] = self.query(
            f"SELECT (SELECT COUNT(*) FROM filmhub_person WHERE name LIKE '{WRITER_NAME} %'), "
            "(SELECT COUNT(*) FROM filmhub_searchentry "
            f"WHERE kind = 'person' AND language = 'en' AND title LIKE '{WRITER_NAME} %'), "
            f"({indexed})"
        )
        assert people == entries == indexed
        return people


@pytest.fixture
def machines(tmp_path) -> Iterator[Callable[[str], Machine]]:
    server = dict(connection.settings_dict) if connection.vendor == "postgresql" else None
    made = []

    def drop(machine: Machine) -> None:
        with server_connection(server) as database:
            database.execute(f'DROP DATABASE IF EXISTS "{machine.database}" WITH (FORCE)')

    def make(name: str) -> Machine:
        machine = Machine(tmp_path, name, server)
        if server:
            drop(machine)
            with server_connection(server) as database:
                database.execute(f'CREATE DATABASE "{machine.database}"')
        made.append(machine)
        return machine

    yield make
    if server:
        for machine in made:
            drop(machine)


# The archive -----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_holds_a_manifest_the_database_and_every_media_file(tmp_path, media_root):
    build_site()
    path = tmp_path / "backup.tar.gz"

    output = backup(path)

    members = archive_members(path)
    manifest = json.loads(members.pop("manifest.json"))
    dump = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}[connection.vendor]
    assert members.pop(dump)
    files = {
        file.relative_to(media_root).as_posix(): file.read_bytes()
        for file in media_root.rglob("*")
        if file.is_file()
    }
    assert len(files) > 1, "the image and its renditions"
    assert members == {f"media/{name}": data for name, data in files.items()}
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["database"]["file"] == dump
    assert "0006_search_facets" in manifest["database"]["migrations"]["filmhub"]
    assert manifest["filmhub_version"] == backups.filmhub_version() != "unknown"
    assert manifest["media"] == {
        "included": True,
        "files": len(files),
        "bytes": sum(len(data) for data in files.values()),
    }
    assert f"{len(files)} media files" in output
    assert path.stat().st_mode & 0o077 == 0, "readable by its owner alone"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_media_in_object_storage_stay_out_of_the_archive_and_the_output_says_so(tmp_path, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    path = tmp_path / "backup.tar.gz"

    output = backup(path)

    assert "object storage" in output
    assert "back up the bucket" in output
    assert not [name for name in archive_members(path) if name.startswith("media")]
    manifest = json.loads(archive_members(path)["manifest.json"])
    assert manifest["media"] == {
        "included": False,
        "storage": "django.core.files.storage.memory.InMemoryStorage",
    }


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="pg_dump reads through a connection of its own"
)
def test_a_sqlite_backup_inside_a_transaction_is_refused_rather_than_left_waiting(tmp_path):
    with pytest.raises(CommandError, match="inside a transaction"):
        backup(tmp_path / "backup.tar.gz")

    assert list(tmp_path.iterdir()) == []


def test_emptying_a_redis_cache_leaves_other_sites_keys(settings):
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/1"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis not reachable at {url}: {error} (CI=true requires it)")
        pytest.skip(f"Redis not reachable at {url}: {error}")
    ours, theirs = (f"filmhub-test-{uuid.uuid4().hex}" for _ in range(2))
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    settings.CACHES = {
        "default": {**redis_cache, "KEY_PREFIX": ours},
        "neighbour": {**redis_cache, "KEY_PREFIX": theirs},
    }
    for number in range(1500):
        caches["default"].set(f"page-{number}", number)
    caches["neighbour"].set("page-1", "theirs")

    try:
        backups.empty_cache(caches["default"])

        assert caches["default"].get_many([f"page-{number}" for number in range(1500)]) == {}
        assert caches["neighbour"].get("page-1") == "theirs"
    finally:
        caches["neighbour"].delete("page-1")


def test_without_pg_dump_a_postgresql_backup_says_what_to_install(monkeypatch):
    monkeypatch.setattr(backups.shutil, "which", lambda name: None)

    with pytest.raises(BackupError, match="pg_dump is not on PATH.*postgresql-client"):
        backups.postgresql_program("pg_dump")


# Restore ---------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_forced_restore_brings_back_the_site_as_it_was_backed_up(tmp_path, media_root, settings):
    # A cache of this test's own, whatever REDIS_URL says: a restore empties it.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    build_site()
    before = describe_site()
    path = tmp_path / "backup.tar.gz"
    backup(path)
    # Then the site changes: an article goes, another comes, a picture is overwritten
    # and a rendition lost.
    Article.objects.get(status=Status.PUBLISHED).delete()
    article("Written after the backup", cities=[CityFactory(name="Busan")])
    image = Image.objects.get()
    (media_root / image.file.name).write_bytes(b"not the picture")
    next(path for path in media_root.rglob("*") if path.suffix == ".webp").unlink()
    assert describe_site() != before
    caches["default"].set("page", "as it was before the restore")

    output = StringIO()
    call_command("restore", path, force=True, stdout=output)

    assert caches["default"].get("page") is None
    assert describe_site() == before
    # pg_restore brings back no statistics: without them, the planner misjudges every
    # table until autovacuum gets round to it.
    assert counted_rows("articles_article") == Article.objects.count()
    assert set(before["pages"].values()) == {200}
    assert sorted(before["search"]["harbour"]) == ["Harbour festival", "부산 영화: harbour notes"]
    assert before["search"]["영화"] == ["부산 영화: harbour notes"]
    assert "Overwriting a database with content" in output.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_restore_that_cannot_reach_the_cache_restores_and_fails_saying_what_to_run(
    tmp_path, settings
):
    local = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "restore"}
    settings.CACHES = {"default": local}
    build_site()
    path = tmp_path / "backup.tar.gz"
    backup(path)
    article("Written after the backup")
    caches["default"].set("page", "as it was before the restore")
    # Nothing listens on port 1.
    down = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
    settings.CACHES = {"default": down}

    with pytest.raises(CommandError, match="restored, but the cache still holds pages") as error:
        call_command("restore", path, force=True, stdout=StringIO())

    assert "Run `manage.py empty_cache` once it answers." in str(error.value)
    assert error.value.returncode == 3  # not 1, as when nothing is restored
    assert not Article.objects.filter(title="Written after the backup").exists()
    with pytest.raises(CommandError, match="Could not empty the cache"):
        call_command("empty_cache", stdout=StringIO())
    # The cache answers again.
    settings.CACHES = {"default": local}
    output = StringIO()
    call_command("empty_cache", stdout=output)
    assert output.getvalue() == "Emptied the cache.\n"
    assert caches["default"].get("page") is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_refuses_a_database_with_content_unless_forced(tmp_path):
    path = tmp_path / "backup.tar.gz"
    backup(path)
    article("Written after the backup")

    with pytest.raises(CommandError, match="already holds content.*--force"):
        call_command("restore", path, stdout=StringIO())

    assert Article.objects.filter(title="Written after the backup").exists()


@pytest.mark.django_db
def test_a_migrated_database_without_content_counts_as_empty():
    assert tables_with_content(connection) == []

    UserFactory()

    assert tables_with_content(connection) == ["auth_user"]


@pytest.mark.django_db
def test_restore_refuses_an_archive_of_another_database(tmp_path):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    path = write_archive(tmp_path / "other.tar.gz", {"manifest.json": manifest_for(other)})

    with pytest.raises(CommandError, match=f"holds a {other} database.*uses {connection.vendor}"):
        call_command("restore", path, stdout=StringIO())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("files", "message"),
    [
        (None, "not a backup archive"),
        ({"notes.txt": b"hello"}, "not a filmhub backup"),
        ({"manifest.json": b'{"format": 2}'}, "archive format 2"),
    ],
)
def test_restore_refuses_what_is_not_a_backup(tmp_path, files, message):
    path = tmp_path / "backup.tar.gz"
    if files is None:
        path.write_text("just text")
    else:
        write_archive(path, files)

    with pytest.raises(CommandError, match=message):
        call_command("restore", path, stdout=StringIO())


@pytest.mark.django_db
def test_restore_refuses_a_media_file_outside_the_media_folder_before_touching_anything(
    tmp_path, media_root
):
    path = write_archive(
        tmp_path / "backup.tar.gz",
        {"manifest.json": manifest_for(connection.vendor), "media/../escaped.txt": b"x"},
    )

    with pytest.raises(CommandError, match="no media file"):
        call_command("restore", path, stdout=StringIO())

    assert not (media_root.parent / "escaped.txt").exists()


# On a fresh machine ----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("migrated", [False, True], ids=["empty", "migrated"])
def test_a_fresh_machine_restores_the_same_site(tmp_path, machines, migrated):
    build_site()
    before = describe_site()
    path = tmp_path / "backup.tar.gz"
    backup(path)
    machine = machines("restored")
    if migrated:
        machine.manage("migrate", "--verbosity=0")

    output = machine.manage("restore", path).stdout

    after = machine.describe()
    assert after["content"] == before["content"]
    assert after["media"] == before["media"]
    assert after["search"] == before["search"]
    assert after["pages"] == before["pages"]
    assert set(after["pages"].values()) == {200}
    assert "Restored" in output
    assert "migrate" not in output, "no migration is pending"
    # Restoring again would overwrite what is now there.
    refused = machine.manage("restore", path, check=False)
    assert refused.returncode == 1
    assert "--force" in refused.stderr


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_taken_while_the_site_writes_is_consistent(tmp_path, machines):
    """A copy of the database as of one moment: each transaction is in it whole or not
    at all, everything committed before the backup began is in it, and the copy is
    sound (on SQLite: PRAGMA integrity_check and the full-text index's own check)."""
    build_site()
    seed = tmp_path / "seed.tar.gz"
    backup(seed)
    live = machines("live")
    live.manage("restore", seed)
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.backup_site", "write", str(stop)],
        cwd=BASE_DIR,
        env=live.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline() == "writing\n"
        committed_before = live.writers()
        during = tmp_path / "during.tar.gz"
        live.manage("backup", during)
        copy = machines("copy")
        copy.manage("restore", during)
        in_copy = copy.writers()
        # The writer went on after the moment of the copy.
        wait_for(lambda: live.writers() > in_copy)
    finally:
        stop.touch()
        output, errors = writer.communicate(timeout=60)

    assert writer.returncode == 0, errors
    written = int(output.split()[-1])
    assert committed_before <= in_copy < written
    if connection.vendor == "sqlite":
        assert copy.query("PRAGMA integrity_check") == [("ok",)]
        fts = "filmhub_searchentry_fts"
        copy.query(f"INSERT INTO {fts}({fts}) VALUES('integrity-check')")

"""Backups: one archive with a consistent snapshot of the database and the media files,
taken while the site runs, and its restore on a fresh machine.

The archive is a .tar.gz holding

    manifest.json       what it is: filmhub version, applied migrations, database, time
    database.sqlite3    SQLite: a copy made with SQLite's online backup API
    database.pgdump     PostgreSQL: pg_dump's custom format
    media/...           the uploaded files under MEDIA_ROOT (not when media live in an
                        object storage bucket: the bucket is backed up where it lives)

Everything derived from content travels with it: the search index is tables and
triggers in the database (SQLite's FTS5 table, PostgreSQL's tsvector column, trigger
and GIN index), and image renditions are files under media/ listed on their images.
"""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from collections.abc import Callable
from importlib import metadata
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import BaseCache, caches
from django.core.cache.backends.redis import RedisCache
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from filmhub.planner import refresh_statistics

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DUMPS = {
    "sqlite": ("database.sqlite3", "SQLite online backup API"),
    "postgresql": ("database.pgdump", "pg_dump --format=custom"),
}
# Tables whose rows make a database one that a restore would overwrite: users, content,
# revisions and the admin's log. Migrations fill content types, permissions and the
# role groups, so a freshly migrated database counts as empty.
CONTENT_APPS = {"filmhub", "articles", "programmes", "reversion", "admin"}

Log = Callable[[str], None]


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


def filmhub_version() -> str:
    try:
        return metadata.version("filmhub")
    except metadata.PackageNotFoundError:
        return "unknown"


def media_storage() -> FileSystemStorage | None:
    """The storage of uploaded files when it is a folder on this machine."""
    storage = storages["default"]
    return storage if isinstance(storage, FileSystemStorage) else None


def applied_migrations(connection: BaseDatabaseWrapper) -> dict[str, list[str]]:
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return {}
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(recorder.applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def tables_with_content(connection: BaseDatabaseWrapper) -> list[str]:
    existing = set(connection.introspection.table_names())
    tables = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.app_label in CONTENT_APPS or model is User
    }
    found = []
    with connection.cursor() as cursor:
        for table in sorted(tables & existing):
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone():
                found.append(table)
    return found


# PostgreSQL ------------------------------------------------------------------------------


def postgresql_program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not on PATH. PostgreSQL databases are backed up and restored with "
            f"pg_dump and pg_restore: install the PostgreSQL client tools of the server's "
            f"major version or newer (Debian: apt-get install postgresql-client)."
        )
    return path


def postgresql_connection(connection: BaseDatabaseWrapper) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump and pg_restore, and an environment with the
    password and TLS settings, so that no secret shows on a command line."""
    settings_dict = connection.settings_dict
    service = settings_dict["OPTIONS"].get("service")
    dbname = settings_dict["NAME"] or (f"service={service}" if service else "postgres")
    # Never wait for a password prompt: a backup usually runs from cron.
    args = ["--no-password", f"--dbname={dbname}"]
    for option, key in (("--username", "USER"), ("--host", "HOST"), ("--port", "PORT")):
        if settings_dict.get(key):
            args.append(f"{option}={settings_dict[key]}")
    _, env = connection.client.settings_to_cmd_args_env(settings_dict, [])
    return args, {**os.environ, **(env or {})}


def run_program(args: list[str], env: dict[str, str]) -> None:
    name = Path(args[0]).name
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{name} failed (exit status {result.returncode}):\n{result.stderr}")


# Backup ----------------------------------------------------------------------------------


def dump_database(connection: BaseDatabaseWrapper, target: Path) -> None:
    if connection.vendor == "sqlite":
        # One step with every page: SQLite copies them inside one read transaction, so
        # the copy is the database as of one moment, and in WAL mode the site goes on
        # writing meanwhile. (A plain file copy can catch a page half written, or miss
        # what is still in the -wal file.)
        connection.ensure_connection()
        if connection.in_atomic_block:
            # The copy would wait for this very transaction to end, for ever.
            raise BackupError("Cannot back up a SQLite database inside a transaction.")
        snapshot = sqlite3.connect(target)
        try:
            connection.connection.backup(snapshot)
            # One self-contained file, with no -wal beside it.
            snapshot.execute("PRAGMA journal_mode=DELETE")
        finally:
            snapshot.close()
    else:
        # pg_dump reads everything in one repeatable-read transaction: a consistent
        # snapshot, taken without stopping writers.
        pg_dump = postgresql_program("pg_dump")
        args, env = postgresql_connection(connection)
        run_program([pg_dump, "--format=custom", f"--file={target}", *args], env)


def add_media(archive: tarfile.TarFile, root: Path) -> dict:
    """Every file under `root` into media/ of the archive; what went in."""
    files = size = 0
    paths = sorted(root.rglob("*")) if root.is_dir() else []
    for path in paths:
        if not path.is_file() or path.is_symlink():
            continue
        try:
            info = archive.gettarinfo(path, arcname=f"{MEDIA}/{path.relative_to(root).as_posix()}")
            with path.open("rb") as file:
                archive.addfile(info, file)
        except FileNotFoundError:
            continue  # deleted by the running site since the folder was listed
        files, size = files + 1, size + info.size
    return {"included": True, "files": files, "bytes": size}


def create_backup(path: Path, using: str = "default", log: Log = print) -> dict:
    """Write the archive to `path` and return its manifest. The archive appears under its
    name only when complete, readable by its owner alone: it holds password hashes."""
    connection = connections[using]
    if connection.vendor not in DUMPS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    dump_name, method = DUMPS[connection.vendor]
    if connection.vendor == "postgresql":
        postgresql_program("pg_dump")
    path = Path(path).absolute()
    if not path.parent.is_dir():
        raise BackupError(f"The folder {path.parent} does not exist.")

    storage = media_storage()
    manifest = {
        "format": ARCHIVE_FORMAT,
        "filmhub_version": filmhub_version(),
        "created_at": timezone.now().isoformat(),
        "database": {
            "vendor": connection.vendor,
            "file": dump_name,
            "method": method,
            "migrations": applied_migrations(connection),
        },
    }
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".filmhub-backup-") as work:
        dump = Path(work) / dump_name
        dump_database(connection, dump)
        partial = Path(work) / "archive.tar.gz"
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            archive.add(dump, arcname=dump_name)
            # Media after the database: a file is written before the row that names it,
            # so every file the database copy refers to exists by now. A file uploaded
            # meanwhile may come along too, unreferenced and harmless.
            if storage:
                manifest["media"] = add_media(archive, Path(storage.location))
            else:
                backend = type(storages["default"])
                manifest["media"] = {
                    "included": False,
                    "storage": f"{backend.__module__}.{backend.__qualname__}",
                }
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(data), int(timezone.now().timestamp()), 0o600
            archive.addfile(info, io.BytesIO(data))
        partial.chmod(0o600)
        os.replace(partial, path)

    database = f"the {connection.display_name} database ({method})"
    if storage:
        files, size = manifest["media"]["files"], manifest["media"]["bytes"] / 1_000_000
        log(f"Backed up {database} and {files} media files ({size:.1f} MB) to {path}.")
    else:
        log(
            f"Backed up {database} to {path}. Media files live in object storage "
            f"({manifest['media']['storage']}), not on this machine, so they are not in "
            "the archive: back up the bucket where it lives (versioning or replication)."
        )
    return manifest


# Restore ---------------------------------------------------------------------------------


def read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.load(archive.extractfile(member))
    except (KeyError, AttributeError, TypeError, ValueError) as error:
        raise BackupError("This is not a filmhub backup: it has no readable manifest.") from error
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise BackupError(
            f"This backup has archive format {manifest.get('format')!r}; this filmhub "
            f"reads format {ARCHIVE_FORMAT}. Restore it with the filmhub version that made "
            f"it ({manifest.get('filmhub_version', 'unknown')})."
        )
    return manifest


def extract_file(archive: tarfile.TarFile, name: str, target: Path) -> None:
    try:
        member = archive.getmember(name)
    except KeyError as error:
        raise BackupError(f"The backup has no {name}.") from error
    source = archive.extractfile(member) if member.isfile() else None
    if source is None:
        raise BackupError(f"{name} in the backup is not a file.")
    with source, target.open("wb") as output:
        shutil.copyfileobj(source, output, 1024 * 1024)


def restore_database(connection: BaseDatabaseWrapper, dump: Path) -> None:
    if connection.vendor == "sqlite":
        snapshot = sqlite3.connect(dump)
        try:
            if snapshot.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise BackupError("The database in this backup is damaged (integrity check).")
            connection.ensure_connection()
            if connection.in_atomic_block:
                raise BackupError("Cannot restore inside a transaction.")
            # Page by page into the site's own database file: it becomes the snapshot,
            # whatever it held before, tables, search index and triggers included.
            snapshot.backup(connection.connection)
        finally:
            snapshot.close()
        # Reconnect, so that the connection settings (WAL mode) apply to the new content.
        connection.close()
    else:
        pg_restore = postgresql_program("pg_restore")
        args, env = postgresql_connection(connection)
        connection.close()
        # All or nothing, and as whoever runs it here: --clean drops what the dump holds
        # before creating it again. Data loads before the indexes and triggers are
        # made, so the stored search vectors come back as they were.
        options = ["--clean", "--if-exists", "--single-transaction", "--exit-on-error"]
        options += ["--no-owner", "--no-privileges"]
        run_program([pg_restore, *options, *args, str(dump)], env)


def media_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    """The files under media/, named as in the media folder. A name that would lead out
    of the folder is refused before anything is restored."""
    members = []
    for member in archive.getmembers():
        path = PurePosixPath(member.name)
        if path.parts[:1] != (MEDIA,) or len(path.parts) < 2:
            continue
        if ".." in path.parts or not member.isfile():
            raise BackupError(f"The backup holds {member.name!r}, which is no media file.")
        members.append(member.replace(name=str(PurePosixPath(*path.parts[1:])), deep=False))
    return members


def empty_cache(cache: BaseCache) -> None:
    if not isinstance(cache, RedisCache):
        cache.clear()
        return
    # clear() would empty the whole Redis database, with the keys of other sites that
    # share it under prefixes of their own: delete this site's keys alone.
    client = cache._cache.get_client(write=True)
    keys = []
    for key in client.scan_iter(match=cache.make_key("*"), count=1000):
        keys.append(key)
        if len(keys) == 1000:
            client.delete(*keys)
            keys = []
    if keys:
        client.delete(*keys)


def empty_caches() -> dict[str, Exception]:
    """Empty every cache the site uses; those that could not be emptied, with why."""
    failed = {}
    for alias in settings.CACHES:
        try:
            empty_cache(caches[alias])
        except Exception as error:  # a cache server that cannot be reached
            failed[alias] = error
    return failed


class CacheNotEmptied(BackupError):
    """The content is restored but a cache still holds pages from before."""


def pending_migrations(connection: BaseDatabaseWrapper) -> tuple[list[str], list[str]]:
    """Migrations of this code not applied in the database, and applied migrations this
    code does not know (the backup came from a newer filmhub)."""
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    unknown = set(executor.loader.applied_migrations) - set(executor.loader.disk_migrations)
    return (
        [f"{migration.app_label}.{migration.name}" for migration, _ in plan],
        [f"{app}.{name}" for app, name in sorted(unknown)],
    )


def restore_backup(path: Path, using: str = "default", force: bool = False, log: Log = print):
    """Bring the database and media files back to the archive's content. A database
    with content is only overwritten with `force`."""
    connection = connections[using]
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup at {path}.")
    if not tarfile.is_tarfile(path):
        raise BackupError(f"{path} is not a backup archive (.tar.gz).")
    try:
        with tarfile.open(path, "r:*") as archive:
            manifest = restore_archive(archive, connection, force, log)
    except (tarfile.TarError, EOFError, zlib.error) as error:
        raise BackupError(f"The archive {path} is damaged or cut short: {error}") from error

    # Pages cached before the restore would show the content as it was, and cached
    # sessions could name users the restored database does not have.
    not_emptied = empty_caches()

    pending, unknown = pending_migrations(connection)
    if unknown:
        log(
            f"The backup was made by a newer filmhub ({manifest.get('filmhub_version')}): "
            f"this code does not know {len(unknown)} of its migrations ({', '.join(unknown)}). "
            "Run the same or a newer version."
        )
    if pending:
        log(
            f"This code has {len(pending)} migrations the backup predates: run `manage.py migrate`."
        )
    if not_emptied:
        # An error, so that a script restoring a machine stops here (restore exits with a
        # status of its own): once the cache server answers, it would serve the content
        # as it was before.
        reasons = "; ".join(f"{alias}: {error}" for alias, error in not_emptied.items())
        raise CacheNotEmptied(
            f"The database and media files are restored, but the cache still holds pages "
            f"from before ({reasons}). Run `manage.py empty_cache` once it answers."
        )
    return manifest


def restore_archive(
    archive: tarfile.TarFile, connection: BaseDatabaseWrapper, force: bool, log: Log
) -> dict:
    manifest = read_manifest(archive)
    database = manifest["database"]
    if database.get("vendor") != connection.vendor:
        raise BackupError(
            f"This backup holds a {database.get('vendor')} database and this site uses "
            f"{connection.vendor}: restore it on a site configured for "
            f"{database.get('vendor')} (DATABASE_URL)."
        )
    storage = media_storage()
    members = media_members(archive)
    if content := tables_with_content(connection):
        if not force:
            raise BackupError(
                f"The database already holds content ({', '.join(content[:5])}"
                f"{', …' if len(content) > 5 else ''}); a restore replaces all of it. "
                "Run again with --force to overwrite it."
            )
        log(f"Overwriting a database with content ({len(content)} tables), as forced.")

    with tempfile.TemporaryDirectory(prefix="filmhub-restore-") as work:
        dump = Path(work) / database["file"]
        extract_file(archive, database["file"], dump)
        restore_database(connection, dump)
    refresh_statistics(connection)
    log(f"Restored the {connection.display_name} database of {manifest['created_at']}.")

    if storage:
        root = Path(storage.location)
        root.mkdir(parents=True, exist_ok=True)
        # The "data" filter refuses absolute paths, "..", links out of the folder and
        # special files, whatever the archive holds.
        archive.extractall(root, members=members, filter="data")
        log(f"Restored {len(members)} media files to {root}.")
    elif members:
        log(
            f"This site keeps media in object storage, where a restore does not write: "
            f"copy the archive's {MEDIA}/ folder ({len(members)} files) into the bucket."
        )
    if not manifest.get("media", {}).get("included"):
        log(
            "The backup has no media files: they live in object storage "
            f"({manifest.get('media', {}).get('storage', 'unknown')}); "
            "restore the bucket from its own backup."
        )
    return manifest

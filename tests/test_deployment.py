"""The production set-up: gunicorn and WhiteNoise as `make serve` runs them, and media in
object storage."""

import gzip
import json
import re
import subprocess
import sys
import textwrap

import brotli

from tests.servers import PROJECT, environment, fetch, finish, gunicorn, manage

ONE_YEAR = 365 * 24 * 3600


def max_age(cache_control: str) -> int:
    match = re.search(r"max-age=(\d+)", cache_control)
    return int(match.group(1)) if match else 0


def test_production_server_serves_hashed_static_files_compressed_and_cached_for_long(tmp_path):
    database = f"sqlite:///{tmp_path / 'filmhub.sqlite3'}"
    static_root = tmp_path / "static"
    env = environment(DATABASE_URL=database, DJANGO_STATIC_ROOT=str(static_root))
    # Side by side, as they touch different things. Only the site's own static files: the
    # admin's and the rich-text editor's would take most of the time and test nothing more.
    migrate = manage("migrate", "--noinput", env=env)
    collectstatic = manage(
        "collectstatic", "--noinput", "--ignore=admin", "--ignore=django_prose_editor", env=env
    )
    finish(migrate)
    finish(collectstatic)
    hashed = json.loads((static_root / "staticfiles.json").read_text())["paths"]["css/site.css"]
    original = (static_root / hashed).read_bytes()
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "poster.txt").write_text("an upload")

    with gunicorn(
        tmp_path / "gunicorn.log",
        DATABASE_URL=database,
        DJANGO_STATIC_ROOT=str(static_root),
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
        DJANGO_SERVE_MEDIA="true",  # as `make serve` sets it
    ) as address:
        url = f"{address}/static/{hashed}"
        answers = {
            encoding: fetch(url, headers={"Accept-Encoding": encoding})
            for encoding in ["br", "gzip", "identity"]
        }
        page, again = fetch(f"{address}/"), fetch(f"{address}/")
        missing = fetch(f"{address}/no-such-page/")
        upload = fetch(f"{address}/media/images/poster.txt")

    assert hashed != "css/site.css"
    for status, headers, _ in answers.values():
        assert status == 200
        assert max_age(headers["Cache-Control"]) >= ONE_YEAR
        assert "immutable" in headers["Cache-Control"]
        assert "Accept-Encoding" in headers["Vary"]
    assert answers["br"][1]["Content-Encoding"] == "br"
    assert brotli.decompress(answers["br"][2]) == original
    assert answers["gzip"][1]["Content-Encoding"] == "gzip"
    assert gzip.decompress(answers["gzip"][2]) == original
    assert answers["identity"][1]["Content-Encoding"] is None
    assert answers["identity"][2] == original
    # The pages themselves come from the page cache after the first visitor.
    assert (page[0], page[1]["X-Cache"], again[1]["X-Cache"]) == (200, "miss", "hit")
    # Debug is off: a plain 404 page, not Django's technical one.
    assert missing[0] == 404
    assert b"URLconf" not in missing[2]
    assert (upload[0], upload[2]) == (200, b"an upload")


def test_production_server_refuses_to_start_without_a_real_secret_key(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--config", "filmhub/gunicorn.conf.py", "filmhub.wsgi"],
        cwd=PROJECT,
        env=environment(
            DJANGO_SECRET_KEY="",
            DATABASE_URL=f"sqlite:///{tmp_path / 'filmhub.sqlite3'}",
            GUNICORN_BIND="127.0.0.1:0",
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stdout + result.stderr


def storage_in_production(**variables: str) -> list[str]:
    """The default storage's class and the address of one file, worked out with every
    network connection refused."""
    code = """
        import socket

        def refuse(*args, **kwargs):
            raise OSError("no network in this test")

        socket.socket.connect = socket.create_connection = refuse
        import django

        django.setup()
        from django.core.files.storage import storages

        storage = storages["default"]
        print(f"{type(storage).__module__}.{type(storage).__name__}")
        print(storage.url("images/poster one.jpg"))
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=PROJECT,
        env=environment(AWS_EC2_METADATA_DISABLED="true", **variables),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_media_go_to_object_storage_when_a_bucket_is_named():
    assert storage_in_production(
        AWS_STORAGE_BUCKET_NAME="filmhub-media",
        AWS_S3_REGION_NAME="eu-central-1",
        DJANGO_MEDIA_URL="https://media.example.org/films/",
    ) == [
        "storages.backends.s3.S3Storage",
        "https://media.example.org/films/images/poster%20one.jpg",
    ]


def test_media_stay_on_the_file_system_without_a_bucket():
    assert storage_in_production() == [
        "django.core.files.storage.filesystem.FileSystemStorage",
        "/media/images/poster%20one.jpg",
    ]

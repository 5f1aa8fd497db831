"""Settings come from the environment and refuse unsafe production values."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    environment |= {"DJANGO_SETTINGS_MODULE": "filmhub.settings", **env}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "secret_key", ["", "django-insecure-filmhub-local-development-only"], ids=["missing", "default"]
)
def test_debug_off_refuses_a_missing_or_default_secret_key(secret_key):
    result = run_python(
        "import django; django.setup()", DJANGO_DEBUG="false", DJANGO_SECRET_KEY=secret_key
    )

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_debug_off_starts_with_a_real_secret_key():
    result = run_python(
        """
        import django; django.setup()
        from django.conf import settings
        print(settings.DEBUG, settings.USE_TZ, settings.ALLOWED_HOSTS)
        """,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="a-real-and-long-random-value-for-this-test-only-0123456789",
        DJANGO_ALLOWED_HOSTS="films.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "['films.example.org']"]


def test_database_and_cache_come_from_the_environment():
    result = run_python(
        """
        import django; django.setup()
        from django.conf import settings
        print(settings.DATABASES["default"]["ENGINE"], settings.CACHES["default"]["BACKEND"])
        """,
        DJANGO_DEBUG="true",
        DATABASE_URL="postgres://someone@db.internal:5432/filmhub",
        REDIS_URL="redis://cache.internal:6379/0",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "django.core.cache.backends.redis.RedisCache",
    ]


@pytest.mark.parametrize(("max_age", "kept"), [("", True), ("0", False)], ids=["default", "0"])
def test_a_database_connection_outlives_a_request_unless_told_otherwise(tmp_path, max_age, kept):
    """Two requests through the WSGI handler, as gunicorn makes them: by default the
    second reuses the connection the first opened; DJANGO_CONN_MAX_AGE=0 closes it."""
    result = run_python(
        """
        import io, sys
        import django; django.setup()
        from django.core.handlers.wsgi import WSGIHandler
        from django.db import connection

        def request():
            environ = {
                "REQUEST_METHOD": "GET", "PATH_INFO": "/healthz", "SERVER_NAME": "localhost",
                "SERVER_PORT": "80", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
                "wsgi.errors": sys.stderr,
            }
            response = WSGIHandler()(environ, lambda status, headers: None)
            response.close()  # what the server does once the body is sent
            return connection.connection

        first = request()
        second = request()
        print(first is not None, first is not None and second is first)
        """,
        DJANGO_DEBUG="true",
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        DJANGO_CONN_MAX_AGE=max_age,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True" if kept else "False", str(kept)]


def test_two_sqlite_writers_wait_for_each_other_instead_of_failing(tmp_path):
    """Read-then-write transactions from two threads: with deferred transactions SQLite
    answers "database is locked" at once; WAL, the busy timeout and IMMEDIATE avoid it."""
    result = run_python(
        """
        import threading
        import django; django.setup()
        from django.db import connection, connections, transaction

        with connection.cursor() as cursor:
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            cursor.execute("CREATE TABLE counter (n integer)")
            cursor.execute("INSERT INTO counter VALUES (0)")
        errors = []

        def writer():
            try:
                for _ in range(150):
                    with transaction.atomic(), connection.cursor() as cursor:
                        n = cursor.execute("SELECT n FROM counter").fetchone()[0]
                        cursor.execute("UPDATE counter SET n = %s", [n + 1])
            except Exception as error:
                errors.append(repr(error))
            finally:
                connections.close_all()

        threads = [threading.Thread(target=writer) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with connection.cursor() as cursor:
            total = cursor.execute("SELECT n FROM counter").fetchone()[0]
        print(mode, total, errors)
        """,
        DJANGO_DEBUG="true",
        DATABASE_URL=f"sqlite:///{tmp_path / 'concurrency.sqlite3'}",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "wal 300 []"


def test_manage_py_defaults_to_debug_for_developers_but_the_environment_wins():
    def manage_debug(**env: str) -> str:
        environment = {
            key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")
        }
        result = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from django.conf import settings; print(settings.DEBUG)",
            ],
            cwd=PROJECT,
            env=environment | env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return result.stdout + result.stderr

    assert manage_debug().strip().splitlines()[-1] == "True"
    assert "DJANGO_SECRET_KEY must be set" in manage_debug(DJANGO_DEBUG="false")


def test_sqlite_keeps_the_planner_statistics_current(tmp_path):
    """At scale SQLite's planner needs statistics (filmhub/sqlite/base.py): a connection
    that closes after reading a table leaves them behind."""
    database = tmp_path / "statistics.sqlite3"
    result = run_python(
        """
        import django; django.setup()
        from django.core.management import call_command
        from django.db import connection
        call_command("migrate", verbosity=0)
        from articles.models import Article
        Article.objects.bulk_create(
            Article(title=f"Article {n}", slug=f"article-{n}") for n in range(300)
        )
        connection.close()
        print(Article.objects.published().count())
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
            print(sorted(row[0] for row in cursor.fetchall()))
        """,
        DJANGO_DEBUG="true",
        DATABASE_URL=f"sqlite:///{database}",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "0"
    assert "articles_article" in result.stdout.splitlines()[1]

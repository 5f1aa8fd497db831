"""Search benchmark: 100,000 articles, then the first page of results for typical queries.

Not part of the test suite: `make bench` runs it on SQLite and, when a server is reachable,
on PostgreSQL. Each run builds its own database (a file in /tmp, or a database named
filmhub_bench), so it never touches the site's data.

What a result page costs is what is timed: one count and the first 20 results, through
the same `search()` the view uses. The index size is compared with the size of the text
it indexes (titles and bodies as plain text).
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

SQLITE_PATH = Path("/tmp/filmhub-bench.sqlite3")
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
POSTGRES_NAME = "filmhub_bench"

ENGLISH = [
    "festival",
    "market",
    "screening",
    "director",
    "producer",
    "premiere",
    "series",
    "drama",
    "documentary",
    "animation",
    "incubator",
    "residency",
    "training",
    "network",
    "university",
    "commission",
    "council",
    "audience",
    "cinema",
    "studio",
    "location",
    "camera",
    "editing",
    "script",
    "story",
    "talent",
    "exchange",
    "partnership",
    "city",
    "culture",
    "heritage",
    "harbour",
    "night",
    "coast",
    "mountain",
    "archive",
    "youth",
]
RARE_ENGLISH = "zanzibar"
COMMON_KOREAN = "영화"
RARE_KOREAN = "잔지바르"


def korean_vocabulary(rng: random.Random, size: int = 400) -> list[str]:
    syllables = [chr(code) for code in range(0xAC00, 0xD7A4, 37)]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)]


def article_texts(count: int, seed: int = 7):
    """Titles and bodies: "film" and 영화 in about 95% of them, the rare terms in 10."""
    rng = random.Random(seed)
    korean = korean_vocabulary(rng)
    rare = set(rng.sample(range(count), 10))
    for number in range(count):
        words = rng.choices(ENGLISH, k=60) + rng.choices(korean, k=25)
        if rng.random() < 0.95:
            words += ["film", f"{COMMON_KOREAN}{rng.choice(korean)}"]
        if number in rare:
            words += [RARE_ENGLISH, f"{RARE_KOREAN}{rng.choice(korean)}"]
        rng.shuffle(words)
        title = " ".join(words[:8]).capitalize()
        body = " ".join(words[8:])
        yield title, body


def prepare_database(database: str) -> None:
    if database == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_PATH}"
    else:
        import psycopg

        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {POSTGRES_NAME}")
            connection.execute(f"CREATE DATABASE {POSTGRES_NAME}")
        os.environ["DATABASE_URL"] = f"{POSTGRES_SERVER}/{POSTGRES_NAME}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "filmhub.settings"
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_SECRET_KEY"] = "benchmark-only-secret-key-not-used-anywhere-else"


def load_articles(count: int) -> int:
    """Bulk-create published articles; returns the bytes of text they hold."""
    import datetime

    from django.utils import timezone

    from articles.models import Article

    published = timezone.now() - datetime.timedelta(days=1)
    batch, text_bytes = [], 0
    for number, (title, body) in enumerate(article_texts(count)):
        text_bytes += len(title.encode()) + len(body.encode())
        batch.append(
            Article(
                title=title[:200],
                slug=f"bench-{number}",
                body=f"<p>{body}</p>",
                status="published",
                publish_at=published,
                first_published_at=published,
            )
        )
        if len(batch) == 5000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)
    return text_bytes


def file_under_a_city(count: int = 50) -> int:
    """One city with `count` of the articles, for the city filter; returns its key."""
    from articles.models import Article
    from filmhub.models import City

    city = City.objects.create(name="Bench City", slug="bench-city", time_zone="Asia/Seoul")
    Through = Article.cities.through
    article_ids = Article.objects.order_by("?").values_list("pk", flat=True)[:count]
    Through.objects.bulk_create(Through(article_id=pk, city_id=city.pk) for pk in article_ids)
    return city.pk


def index_bytes(database: str) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        if database == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'filmhub_searchentry%' "
                "OR name LIKE 'filmhub_search_fts%'"
            )
        else:
            cursor.execute("SELECT pg_total_relation_size('filmhub_searchentry')")
        return cursor.fetchone()[0] or 0


def time_query(query: str, repeat: int, **filters) -> tuple[float, float, int]:
    from filmhub.search.backends import search

    timings, found = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        results = search(query, **filters)
        found = results.count()
        list(results[0:20])
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return statistics.median(timings), p95, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", choices=["sqlite", "postgresql"])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    options = parser.parse_args()

    prepare_database(options.database)
    import django

    django.setup()
    from django.core.management import call_command

    from filmhub.search.indexing import rebuild_index

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    text_bytes = load_articles(options.articles)
    city = file_under_a_city()
    loaded = time.perf_counter()
    rebuild_index()
    indexed = time.perf_counter()
    size = index_bytes(options.database)

    print(f"\n## {options.database}: {options.articles:,} articles")
    print(f"load {loaded - started:.1f} s, index {indexed - loaded:.1f} s")
    print(
        f"index {size / 1e6:.1f} MB for {text_bytes / 1e6:.1f} MB of text "
        f"(×{size / text_bytes:.2f})"
    )
    print("| query | matches | p50 ms | p95 ms |")
    print("| --- | ---: | ---: | ---: |")
    for label, query, filters in [
        ("rare English word", RARE_ENGLISH, {}),
        ("English word in ~95% of articles", "film", {}),
        ("two Korean syllables in ~95%", COMMON_KOREAN, {}),
        ("one Korean syllable", COMMON_KOREAN[0], {}),
        ("rare Korean word (part of a word)", RARE_KOREAN[:2], {}),
        ("two English words", "festival director", {}),
        ("~95% word, type filter matching nothing", "film", {"kinds": ["event"]}),
        ("~95% word, city of 50 articles", "film", {"city": city}),
        ("~95% Korean, city of 50 articles", COMMON_KOREAN, {"city": city}),
    ]:
        p50, p95, found = time_query(query, options.repeat, **filters)
        print(f"| {label} (`{query}`) | {found:,} | {p50:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_a_migration():
    output = StringIO()

    call_command("makemigrations", "--check", "--dry-run", stdout=output)

    assert "No changes detected" in output.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_search_entries_keep_their_city_through_the_facets_migration():
    """Entries written before facets existed are found by kind and city afterwards."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from filmhub.search.backends import search

    executor = MigrationExecutor(connection)
    executor.migrate([("filmhub", "0005_search_index")])
    old_apps = executor.loader.project_state([("filmhub", "0005_search_index")]).apps
    busan = old_apps.get_model("filmhub", "City").objects.create(
        name="Busan", slug="busan", country="Korea", time_zone="Asia/Seoul"
    )
    content_type = old_apps.get_model("contenttypes", "ContentType").objects.get(
        app_label="filmhub", model="city"
    )
    old_apps.get_model("filmhub", "SearchEntry").objects.create(
        content_type_id=content_type.pk,
        object_id=busan.pk,
        kind="city",
        title="Busan",
        title_terms="busan",
        body_terms="harbour 영화 화",
        url="/cities/busan/",
        cities=" busan ",
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert [entry.title for entry in search("harbour", kinds=["city"], city=busan.pk)[0:]] == [
        "Busan"
    ]
    assert search("harbour", kinds=["article"]).count() == 0
    assert search("영화", city=busan.pk + 1).count() == 0

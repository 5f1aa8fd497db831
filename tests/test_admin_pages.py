"""Every admin page opens: wiring errors in a ModelAdmin fail the build here."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    TopicFactory,
    VenueFactory,
)

FACTORIES = [
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
    TopicFactory,
    VenueFactory,
]
CONTENT_MODELS = sorted(
    f"{model._meta.app_label}.{model._meta.model_name}"
    for model in admin.site._registry
    if model._meta.app_label in {"filmhub", "articles", "programmes"}
)


def admin_url(obj_or_model, action: str, *args) -> str:
    opts = obj_or_model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{action}", args=args)


def test_every_site_model_has_a_factory_here():
    covered = sorted(
        f"{factory._meta.model._meta.app_label}.{factory._meta.model._meta.model_name}"
        for factory in FACTORIES
    )
    assert covered == CONTENT_MODELS


# Cities are the administrator's to manage; editors see them read-only.
EDITOR_MAY_NOT_ADD = {CityFactory}


@pytest.mark.django_db
@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f._meta.model.__name__)
@pytest.mark.parametrize(
    "client_fixture", ["editor_client", "administrator_client", "superuser_client"]
)
def test_changelist_add_and_change_pages_open(factory, client_fixture, request):
    client = request.getfixturevalue(client_fixture)
    obj = factory()
    add_refused = client_fixture == "editor_client" and factory in EDITOR_MAY_NOT_ADD

    changelist = client.get(admin_url(obj, "changelist"))
    add = client.get(admin_url(obj, "add"))
    change = client.get(admin_url(obj, "change", obj.pk))
    history = client.get(admin_url(obj, "history", obj.pk))

    assert changelist.status_code == 200
    assert str(obj) in changelist.text
    assert add.status_code == (403 if add_refused else 200)
    assert change.status_code == 200
    assert history.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory", [ArticleFactory, EventFactory, ProgrammeFactory], ids=lambda f: f.__name__
)
def test_editor_opens_content_pages_and_the_recover_list(factory, editor_client):
    obj = factory()

    assert editor_client.get(admin_url(obj, "changelist")).status_code == 200
    assert editor_client.get(admin_url(obj, "add")).status_code == 200
    assert editor_client.get(admin_url(obj, "change", obj.pk)).status_code == 200
    assert editor_client.get(admin_url(obj, "recoverlist")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "query"),
    [(CityFactory, "Bus"), (ImageFactory, "crowd"), (PersonFactory, "Auth"), (TopicFactory, "Top")],
    ids=["city", "image", "person", "topic"],
)
def test_autocomplete_answers_for_related_models(factory, query, editor_client):
    obj = factory()
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": query,
            "app_label": "articles",
            "model_name": "article",
            "field_name": {
                CityFactory: "cities",
                ImageFactory: "hero_image",
                PersonFactory: "authors",
                TopicFactory: "topics",
            }[factory],
        },
    )

    assert response.status_code == 200
    assert str(obj.pk) in [result["id"] for result in response.json()["results"]]


@pytest.mark.django_db
def test_changelist_query_count_does_not_grow_with_rows(
    editor_client, django_assert_max_num_queries
):
    url = reverse("admin:programmes_event_changelist")
    EventFactory.create_batch(3, hero_image=ImageFactory())
    with django_assert_max_num_queries(20) as few:
        editor_client.get(url)
    EventFactory.create_batch(30)
    with django_assert_max_num_queries(20) as many:
        editor_client.get(url)

    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.django_db
def test_rich_text_editor_ships_its_own_assets(editor_client):
    response = editor_client.get(reverse("admin:articles_article_add"))
    page = response.text

    assert "django_prose_editor" in page
    assert "/static/django_prose_editor/" in page
    external = [
        line
        for line in page.splitlines()
        if ("<script" in line or "<link" in line) and ("http://" in line or "https://" in line)
    ]
    assert external == []


@pytest.mark.django_db
def test_draft_change_form_links_to_its_preview(editor_client):
    draft = ArticleFactory(status="draft", publish_at=None)

    response = editor_client.get(admin_url(draft, "change", draft.pk))

    assert "View on site" in response.text


@pytest.mark.django_db
def test_a_non_numeric_autocomplete_value_is_a_form_error(editor_client):
    response = editor_client.post(
        reverse("admin:programmes_event_add"), {"title": "Odd", "city": "abc", "topics": ["x"]}
    )

    assert response.status_code == 200
    assert "Select a valid choice" in response.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["starts_at__year=9999", "starts_at__year=9999&starts_at__month=12", "starts_at__year=abc"],
)
def test_an_impossible_date_hierarchy_link_is_not_an_error(query, editor_client):
    response = editor_client.get(f"{reverse('admin:programmes_event_changelist')}?{query}")

    assert response.status_code in {200, 302}


@pytest.mark.django_db
def test_contributor_opens_the_pages_of_their_work(contributor_client):
    article = ArticleFactory(status="draft", publish_at=None)

    for url in [
        reverse("admin:index"),
        admin_url(article, "changelist"),
        admin_url(article, "add"),
        admin_url(article, "change", article.pk),
        reverse("admin:filmhub_image_add"),
        reverse("admin:programmes_event_add"),
        reverse("admin:filmhub_city_changelist"),
    ]:
        assert contributor_client.get(url).status_code == 200, url

"""A city, person or image that published content uses cannot be deleted."""

import pytest
from django.db import transaction
from django.db.models.deletion import ProtectedError
from django.urls import reverse

from filmhub.models import City, Image, Person
from filmhub.publishing import Status
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    PersonFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db


def delete_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])


def test_admin_refuses_deleting_a_city_that_published_articles_name(superuser_client):
    city = CityFactory(name="Gwangju")
    article = ArticleFactory(title="Media arts facade")
    article.cities.add(city)

    page = superuser_client.get(delete_url(city))
    attempt = superuser_client.post(delete_url(city), {"post": "yes"})

    assert "Media arts facade" in page.text
    assert "protected" in page.text
    assert attempt.status_code == 200  # the same refusal page, nothing deleted
    assert City.objects.filter(pk=city.pk).exists()


def test_admin_refuses_deleting_an_author_of_a_published_article(superuser_client):
    author = PersonFactory(name="Natalie")
    ArticleFactory(title="Guest blog").authors.add(author)

    superuser_client.post(delete_url(author), {"post": "yes"})

    assert Person.objects.filter(pk=author.pk).exists()


@pytest.mark.parametrize("factory", [ArticleFactory, EventFactory, ProgrammeFactory])
def test_admin_refuses_deleting_a_published_hero_image(factory, superuser_client):
    image = ImageFactory()
    factory(hero_image=image)

    superuser_client.post(delete_url(image), {"post": "yes"})

    assert Image.objects.filter(pk=image.pk).exists()


def test_bulk_delete_action_is_refused_too(superuser_client):
    image = ImageFactory()
    ArticleFactory(hero_image=image)

    superuser_client.post(
        reverse("admin:filmhub_image_changelist"),
        {"action": "delete_selected", "_selected_action": [image.pk], "post": "yes"},
    )

    assert Image.objects.filter(pk=image.pk).exists()


def test_an_image_only_drafts_use_can_be_deleted(superuser_client):
    image = ImageFactory()
    draft = ArticleFactory(hero_image=image, status=Status.DRAFT, publish_at=None)

    response = superuser_client.post(delete_url(image), {"post": "yes"})

    assert response.status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()
    draft.refresh_from_db()
    assert draft.hero_image is None


def test_deleting_outside_the_admin_is_refused_as_well():
    author = PersonFactory()
    ArticleFactory().authors.add(author)

    with pytest.raises(ProtectedError), transaction.atomic():
        author.delete()
    with pytest.raises(ProtectedError), transaction.atomic():
        Person.objects.filter(pk=author.pk).delete()

    assert Person.objects.filter(pk=author.pk).exists()


def test_an_image_a_city_shows_cannot_be_deleted():
    image = ImageFactory()
    CityFactory(hero_image=image)

    with pytest.raises(ProtectedError), transaction.atomic():
        image.delete()


def test_an_image_that_a_scheduled_article_uses_cannot_be_deleted(superuser_client):
    import datetime

    from django.utils import timezone

    image = ImageFactory()
    ArticleFactory(hero_image=image, publish_at=timezone.now() + datetime.timedelta(days=1))

    superuser_client.post(delete_url(image), {"post": "yes"})

    assert Image.objects.filter(pk=image.pk).exists()

"""The pages the admin's "View on site" opens: public when published, 404 otherwise."""

import pytest

from filmhub.publishing import Status
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [ArticleFactory, ProgrammeFactory, EventFactory])
def test_published_item_has_a_public_page(factory, client):
    item = factory(title="A public item")

    response = client.get(item.get_absolute_url())

    assert response.status_code == 200
    assert "A public item" in response.text
    assert "Preview" not in response.text


@pytest.mark.parametrize("factory", [ArticleFactory, ProgrammeFactory, EventFactory])
@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW])
def test_unpublished_item_is_not_found(factory, status, client):
    item = factory(status=status, publish_at=None)

    assert client.get(item.get_absolute_url()).status_code == 404


def test_event_page_shows_local_time_with_the_zone_named(client):
    busan = CityFactory(name="Busan", time_zone="Asia/Seoul")
    event = EventFactory(city=busan, starts_at="2026-10-01T10:00:00Z", ends_at="2026-10-01T13:00Z")

    assert "1 October 2026, 19:00 KST" in client.get(event.get_absolute_url()).text


def test_author_series_and_city_pages_list_only_published_articles(client):
    author, series, city = PersonFactory(), SeriesFactory(), CityFactory()
    live = ArticleFactory(title="Live column", series=series)
    draft = ArticleFactory(
        title="Draft column", series=series, status=Status.DRAFT, publish_at=None
    )
    for article in (live, draft):
        article.authors.add(author)

    author_page = client.get(author.get_absolute_url()).text
    series_page = client.get(series.get_absolute_url()).text

    assert "Live column" in author_page
    assert "Draft column" not in author_page
    assert "Live column" in series_page
    assert "Draft column" not in series_page
    assert client.get(city.get_absolute_url()).status_code == 200

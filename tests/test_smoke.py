import pytest

from tests.factories import ArticleFactory, EventFactory, ImageFactory


@pytest.mark.django_db
def test_factories_make_public_content(client):
    article = ArticleFactory(hero_image=ImageFactory())
    event = EventFactory()

    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(event.get_absolute_url()).status_code == 200

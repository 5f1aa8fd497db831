import pytest
from django.core.cache import cache
from django.test import Client

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """A rolled-back test leaves the content generation where its saves moved it, so what
    was kept for that generation would describe rows that are gone."""
    cache.clear()


def client_for(role: str | None, **user_fields) -> Client:
    client = Client()
    client.force_login(UserFactory(role=role, **user_fields))
    return client


@pytest.fixture
def contributor_client(db) -> Client:
    return client_for("Contributor")


@pytest.fixture
def editor_client(db) -> Client:
    return client_for("Editor")


@pytest.fixture
def administrator_client(db) -> Client:
    return client_for("Administrator")


@pytest.fixture
def superuser_client(db) -> Client:
    return client_for(None, is_superuser=True)

"""/healthz tells a load balancer whether this process can reach the database and cache."""

import pytest
from django.db import OperationalError, connections
from django.urls import reverse

pytestmark = pytest.mark.django_db

HEALTHZ = reverse("filmhub:healthz")


def test_healthy_when_database_and_cache_answer(client):
    response = client.get(HEALTHZ)

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_names_the_database_when_it_fails(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connections["default"], "cursor", refuse)

    response = client.get(HEALTHZ)

    assert response.status_code == 503
    assert response.json() == {"status": "failing", "database": "failing", "cache": "ok"}


def test_names_the_cache_when_it_fails(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
        }
    }

    response = client.get(HEALTHZ)

    assert response.status_code == 503
    assert response.json() == {"status": "failing", "database": "ok", "cache": "failing"}


def test_names_a_cache_that_keeps_nothing(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    assert client.get(HEALTHZ).json()["cache"] == "failing"


def test_never_cached_and_checked_afresh_each_time(client, settings):
    settings.FILMHUB_PAGE_CACHE_SECONDS = 300

    first = client.get(HEALTHZ)
    second = client.get(HEALTHZ)

    assert "no-store" in first["Cache-Control"]
    assert "X-Cache" not in first
    assert "X-Cache" not in second


def test_answers_over_plain_http_where_https_is_enforced(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get(HEALTHZ).status_code == 200
    assert client.get(reverse("filmhub:home")).status_code == 301

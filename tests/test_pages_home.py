"""Home, the city index and city hubs, and the error pages."""

import datetime
from html.parser import HTMLParser

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.defaults import server_error

from filmhub.publishing import Status
from tests.factories import (
    ArticleFactory,
    CityFactory,
    EventFactory,
    ImageFactory,
    OrganisationFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db
HOME = reverse("filmhub:home")


class SectionLinks(HTMLParser):
    """The link texts inside each <section>, keyed by the section heading's id."""

    def __init__(self):
        super().__init__()
        self.sections: dict[str, list[str]] = {}
        self._section = None
        self._in_link = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self._section = attrs.get("aria-labelledby")
            self.sections[self._section] = []
        elif tag == "a" and self._section:
            self._in_link = True

    def handle_endtag(self, tag):
        if tag == "section":
            self._section = None
        elif tag == "a":
            self._in_link = False

    def handle_data(self, data):
        if self._in_link and self._section and data.strip():
            self.sections[self._section].append(data.strip())


def sections_of(html: str) -> dict[str, list[str]]:
    parser = SectionLinks()
    parser.feed(html)
    return parser.sections


def test_home_shows_lead_news_events_open_calls_and_cities(client):
    now = timezone.now()
    busan = CityFactory(name="Busan")
    ArticleFactory(title="Older story", publish_at=now - datetime.timedelta(days=2))
    ArticleFactory(title="Lead story", publish_at=now - datetime.timedelta(hours=1))
    EventFactory(title="Festival next week", city=busan)
    ProgrammeFactory(title="Closes later", applications_close_at=now + datetime.timedelta(days=40))
    ProgrammeFactory(title="Closes first", applications_close_at=now + datetime.timedelta(days=3))

    response = client.get(HOME)
    sections = sections_of(response.text)

    assert response.status_code == 200
    assert 'id="lead-title"' in response.text
    assert "Lead story" in response.text
    assert "Older story" in sections["latest-news"]
    assert "Lead story" not in sections["latest-news"]
    assert "Festival next week" in sections["upcoming-events"]
    calls = [title for title in sections["open-calls"] if title.startswith("Closes")]
    assert calls == ["Closes first", "Closes later"]
    assert "Busan" in sections["cities"]


def test_home_shows_nothing_unpublished(client):
    later = timezone.now() + datetime.timedelta(days=1)
    ArticleFactory(title="Draft story", status=Status.DRAFT, publish_at=None)
    ArticleFactory(title="Scheduled story", publish_at=later)
    EventFactory(title="Draft event", status=Status.IN_REVIEW, publish_at=None)
    ProgrammeFactory(title="Scheduled call", publish_at=later)

    page = client.get(HOME).text

    for title in ["Draft story", "Scheduled story", "Draft event", "Scheduled call"]:
        assert title not in page


def test_home_without_content_still_renders(client):
    response = client.get(HOME)

    assert response.status_code == 200
    assert "No upcoming events." in response.text


def make_content(count: int) -> None:
    image = ImageFactory()
    cities = [CityFactory(name=f"City {n}") for n in range(3)]
    for n in range(count):
        city = cities[n % 3]
        ArticleFactory(hero_image=image).cities.add(city)
        EventFactory(city=city, hero_image=image)
        ProgrammeFactory(hero_image=image).cities.add(city)


@pytest.mark.parametrize("url_name", ["home", "city-list"])
def test_query_count_does_not_grow_with_content(url_name, client, django_assert_num_queries):
    url = reverse(f"filmhub:{url_name}")
    make_content(3)
    # The home page's articles, events and their cities, calls and cities; before them,
    # once per content change, when the earliest unfinished event starts and each city's
    # upcoming events.
    with django_assert_num_queries(7 if url_name == "home" else 3) as few:
        client.get(url)
    make_content(30)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(url)


def test_city_hub_query_count_does_not_grow(client, django_assert_num_queries):
    make_content(3)
    city = CityFactory(name="City 0")
    with django_assert_num_queries(7) as few:
        client.get(city.get_absolute_url())
    make_content(30)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(city.get_absolute_url())


def test_city_hub_shows_only_its_own_published_content(client):
    busan, bristol = (
        CityFactory(name="Busan"),
        CityFactory(name="Bristol", time_zone="Europe/London"),
    )
    EventFactory(title="Busan market", city=busan)
    EventFactory(title="Bristol screening", city=bristol)
    EventFactory(title="Busan draft", city=busan, status=Status.DRAFT, publish_at=None)
    ArticleFactory(title="About Busan").cities.add(busan)
    ArticleFactory(title="Draft about Busan", status=Status.DRAFT, publish_at=None).cities.add(
        busan
    )
    ProgrammeFactory(title="Busan residency").cities.add(busan)
    OrganisationFactory(name="Busan Film Commission", city=busan)

    sections = sections_of(client.get(busan.get_absolute_url()).text)

    assert "Busan market" in sections["city-events"]
    assert "Bristol screening" not in sections["city-events"]
    assert "Busan draft" not in sections["city-events"]
    assert "About Busan" in sections["city-news"]
    assert "Draft about Busan" not in sections["city-news"]
    assert "Busan residency" in sections["city-programmes"]
    assert "Busan Film Commission" in client.get(busan.get_absolute_url()).text


def test_city_index_counts_only_published_upcoming_events(client):
    busan = CityFactory(name="Busan")
    EventFactory(city=busan)
    EventFactory(city=busan, status=Status.DRAFT, publish_at=None)
    past_start = timezone.now() - datetime.timedelta(days=5)
    EventFactory(city=busan, starts_at=past_start, ends_at=past_start + datetime.timedelta(hours=2))

    page = client.get(reverse("filmhub:city-list")).text

    assert "1 upcoming event" in page
    assert "2 upcoming events" not in page


def test_unknown_city_is_a_friendly_404(client):
    response = client.get("/cities/atlantis/")

    assert response.status_code == 404
    assert "This page is not showing" in response.text
    assert 'href="/events/"' in response.text


def test_server_error_page_renders_without_a_database(django_assert_num_queries):
    request = RequestFactory().get("/")

    with django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content

"""The RSS and Atom news feeds, read with feedparser as a feed reader would."""

import datetime
from urllib.parse import urlsplit

import feedparser
import pytest
from django.urls import reverse

from articles.models import Article
from filmhub.publishing import Status
from tests.factories import (
    CityFactory,
    PersonFactory,
    SeriesFactory,
    TopicFactory,
    article,
    unpublished_states,
)
from tests.html import card_titles, parse, parse_document

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NOW = datetime.datetime(2026, 9, 15, 3, 0, tzinfo=UTC)
NEWS = reverse("articles:article-list")
RSS = reverse("articles:news-rss")
ATOM = reverse("articles:news-atom")
FEEDS = [RSS, ATOM]

UNPUBLISHED = unpublished_states(NOW)


@pytest.fixture(autouse=True)
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def days_ago(days: float) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def read_feed(client, url: str) -> feedparser.FeedParserDict:
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def titles(feed: feedparser.FeedParserDict) -> list[str]:
    return [entry.title for entry in feed.entries]


@pytest.mark.parametrize(
    ("url", "content_type", "version"),
    [(RSS, "application/rss+xml", "rss20"), (ATOM, "application/atom+xml", "atom10")],
)
def test_feed_is_valid_and_of_its_format(client, url, content_type, version):
    article("A story")

    response = client.get(url)

    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    assert feed.version == version
    assert feed.feed.title == "filmhub news"
    assert feed.feed.link == "http://testserver/news/"


@pytest.mark.parametrize("url", FEEDS)
def test_items_carry_title_summary_authors_dates_categories_and_full_url(client, url):
    series = SeriesFactory(name="Ko-pick")
    item = article(
        "Busan opens its new studio",
        summary="Three sound stages by the sea.",
        kind="feature",
        series=series,
        publish_at=days_ago(2),
        topics=[TopicFactory(name="Studios"), TopicFactory(name="Infrastructure")],
        authors=[PersonFactory(name="Kim Ji-won"), PersonFactory(name="Sam Lee")],
    )
    Article.objects.filter(pk=item.pk).update(updated_at=days_ago(1))

    (entry,) = read_feed(client, url).entries

    assert entry.title == "Busan opens its new studio"
    assert entry.summary == "Three sound stages by the sea."
    assert entry.author == "Kim Ji-won, Sam Lee"
    assert entry.link == f"http://testserver{item.get_absolute_url()}"
    assert entry.id == entry.link
    assert datetime.datetime(*entry.published_parsed[:6], tzinfo=UTC) == days_ago(2)
    assert {tag.term for tag in entry.tags} == {"Feature", "Ko-pick", "Studios", "Infrastructure"}
    if url == ATOM:
        assert datetime.datetime(*entry.updated_parsed[:6], tzinfo=UTC) == days_ago(1)


@pytest.mark.parametrize("url", FEEDS)
def test_feed_lists_published_articles_only(client, url):
    article("Public", publish_at=days_ago(1))
    for number, fields in enumerate(UNPUBLISHED):
        article(f"Unpublished {number}", **fields)

    assert titles(read_feed(client, url)) == ["Public"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_holds_the_latest_thirty(client, url):
    for number in range(35):
        article(f"Story {number}", publish_at=days_ago(number + 1))

    assert titles(read_feed(client, url)) == [f"Story {number}" for number in range(30)]


ALL_PUBLIC = [
    "Busan studio",
    "Bristol festival",
    "Busan column",
    "Both cities",
    "Nowhere in particular",
]


@pytest.fixture
def filtered_content():
    busan = CityFactory(name="Busan")
    bristol = CityFactory(name="Bristol", country="United Kingdom", time_zone="Europe/London")
    studios, festivals = TopicFactory(name="Studios"), TopicFactory(name="Festivals")
    column = SeriesFactory(name="Ko-pick")
    article("Busan studio", cities=[busan], topics=[studios], publish_at=days_ago(1))
    article("Bristol festival", cities=[bristol], topics=[festivals], publish_at=days_ago(2))
    article(
        "Busan column",
        kind="column",
        series=column,
        cities=[busan],
        topics=[festivals],
        publish_at=days_ago(3),
    )
    article("Both cities", cities=[busan, bristol], kind="feature", publish_at=days_ago(4))
    article("Nowhere in particular", publish_at=days_ago(5))
    article("Busan draft", cities=[busan], status=Status.DRAFT, publish_at=None)
    article("Busan scheduled", cities=[busan], publish_at=NOW + datetime.timedelta(days=1))


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ALL_PUBLIC),
        ("city=busan", ["Busan studio", "Busan column", "Both cities"]),
        ("topic=festivals", ["Bristol festival", "Busan column"]),
        ("series=ko-pick", ["Busan column"]),
        ("kind=feature", ["Both cities"]),
        ("city=busan&topic=festivals&kind=column", ["Busan column"]),
        # Unknown values are ignored, as on the list.
        ("city=atlantis&topic=studios", ["Busan studio"]),
        ("kind=poetry", ALL_PUBLIC),
    ],
)
def test_filtered_feed_lists_what_the_filtered_list_shows(
    client, filtered_content, url, query, expected
):
    page = parse(client.get(f"{NEWS}?{query}").text)

    feed = read_feed(client, f"{url}?{query}")

    assert titles(feed) == card_titles(page) == expected


def test_filtered_feed_names_its_filters_and_links_to_the_filtered_list(client, filtered_content):
    feed = read_feed(client, f"{RSS}?city=busan&series=ko-pick&page=2")

    assert feed.feed.title == "filmhub news: Busan, Ko-pick"
    assert feed.feed.link == "http://testserver/news/?city=busan&series=ko-pick"


def feed_links(html: str) -> dict[str, str]:
    """The autodiscovery links in the page's <head>, by type."""
    head = parse_document(html).find("head")
    return {
        link.attrs["type"]: link.attrs["href"]
        for link in head.find_all("link", rel="alternate")
        if link.attrs.get("type") in ("application/rss+xml", "application/atom+xml")
    }


def assert_discovered_feeds_list(client, page_url: str, expected: list[str]) -> dict[str, str]:
    response = client.get(page_url)
    assert response.status_code == 200
    links = feed_links(response.text)
    assert set(links) == {"application/rss+xml", "application/atom+xml"}
    for href in links.values():
        assert titles(read_feed(client, href)) == expected
    return links


def test_news_list_announces_the_feed_of_its_filters(client, filtered_content):
    links = assert_discovered_feeds_list(
        client, f"{NEWS}?city=busan&topic=&page=1", ["Busan studio", "Busan column", "Both cities"]
    )

    assert urlsplit(links["application/rss+xml"]).path == RSS
    assert urlsplit(links["application/rss+xml"]).query == "city=busan"


def test_news_list_shows_subscribe_links(client, filtered_content):
    page = parse(client.get(f"{NEWS}?kind=feature").text)

    links = page.find("p", "feed-links").links()

    assert links["RSS"] == f"{RSS}?kind=feature"
    assert links["Atom"] == f"{ATOM}?kind=feature"


def test_series_page_announces_the_series_feed(client, filtered_content):
    assert_discovered_feeds_list(
        client, reverse("articles:series-detail", args=["ko-pick"]), ["Busan column"]
    )


def test_city_hub_announces_the_city_news_feed(client, filtered_content):
    assert_discovered_feeds_list(
        client,
        reverse("filmhub:city-detail", args=["busan"]),
        ["Busan studio", "Busan column", "Both cities"],
    )


def test_home_page_announces_the_news_feed(client, filtered_content):
    assert_discovered_feeds_list(
        client,
        reverse("filmhub:home"),
        [
            "Busan studio",
            "Bristol festival",
            "Busan column",
            "Both cities",
            "Nowhere in particular",
        ],
    )


def make_articles(count: int, city, topic) -> None:
    for number in range(count):
        article(
            f"Story {number}",
            cities=[city],
            topics=[topic, TopicFactory()],
            authors=[PersonFactory(), PersonFactory()],
            series=SeriesFactory(),
            publish_at=days_ago(number + 1),
        )


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize(
    ("query", "queries"),
    [
        # The articles, their authors, their topics.
        ("", 3),
        # And one to look up each of the city and topic given.
        ("city=busan&topic=studios", 5),
    ],
)
def test_feed_query_count_does_not_grow_with_the_content(
    client, django_assert_num_queries, url, query, queries
):
    city, topic = CityFactory(name="Busan"), TopicFactory(name="Studios")
    make_articles(2, city, topic)
    with django_assert_num_queries(queries):
        assert len(read_feed(client, f"{url}?{query}").entries) == 2

    make_articles(40, city, topic)
    with django_assert_num_queries(queries):
        assert len(read_feed(client, f"{url}?{query}").entries) == 30

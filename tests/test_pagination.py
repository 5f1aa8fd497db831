"""Paging cannot be abused: every public list stops at MAX_PAGES pages, a deeper page
number is refused before the list is queried, and counting stops past the last page."""

import pytest
from django.core.paginator import EmptyPage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from filmhub import listing
from filmhub.listing import CappedPaginator
from filmhub.search import backends
from filmhub.search import views as search_views
from tests.factories import (
    ArticleFactory,
    EventFactory,
    PersonFactory,
    ProgrammeFactory,
    SeriesFactory,
)
from tests.html import card_titles, parse, query_of, result_count

pytestmark = pytest.mark.django_db

PER_PAGE = 12


@pytest.fixture
def content() -> dict[str, str]:
    """A public item in every list; the addresses of the lists."""
    series, person = SeriesFactory(), PersonFactory()
    ArticleFactory(series=series).authors.add(person)
    EventFactory()
    ProgrammeFactory()
    return {
        "news": reverse("articles:article-list"),
        "programmes": reverse("programmes:programme-list"),
        "events": reverse("programmes:event-list"),
        "series": series.get_absolute_url(),
        "person": person.get_absolute_url(),
    }


# What a list page asks before its items: the series or the person.
# Events: when the earliest unfinished event starts, asked once per content change.
LISTS = [("news", 0), ("programmes", 0), ("events", 1), ("series", 1), ("person", 1)]


def many_articles(count: int) -> tuple[str, str]:
    """`count` public articles, all in one series by one author; that series and author."""
    series, person = SeriesFactory(), PersonFactory()
    for number in range(count):
        ArticleFactory(title=f"Story {number:02}", series=series).authors.add(person)
    return series.get_absolute_url(), person.get_absolute_url()


def count_queries(captured: CaptureQueriesContext) -> list[str]:
    return [query["sql"] for query in captured.captured_queries if "COUNT(" in query["sql"]]


@pytest.mark.parametrize(("name", "queries"), LISTS)
@pytest.mark.parametrize("page_number", [listing.MAX_PAGES + 1, 999_999_999, 10**30])
def test_a_page_beyond_the_last_reachable_one_is_not_found_without_querying_the_list(
    client, django_assert_num_queries, content, name, queries, page_number
):
    with django_assert_num_queries(queries):
        response = client.get(content[name], {"page": page_number})

    assert response.status_code == 404


@pytest.mark.parametrize(("name", "queries"), LISTS)
def test_a_page_past_the_end_costs_one_limited_count(client, content, name, queries):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(content[name], {"page": listing.MAX_PAGES})

    assert response.status_code == 404
    assert len(captured) == queries + 1
    [count] = count_queries(captured)
    assert f"LIMIT {listing.MAX_PAGES * PER_PAGE + 1}" in count


@pytest.mark.parametrize(("name", "queries"), LISTS)
def test_every_list_counts_no_further_than_its_last_reachable_page(client, content, name, queries):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(content[name])

    assert response.status_code == 200
    [count] = count_queries(captured)
    assert f"LIMIT {listing.MAX_PAGES * PER_PAGE + 1}" in count


def test_a_long_list_says_more_than_and_pages_up_to_the_cap(client, monkeypatch):
    monkeypatch.setattr(listing, "MAX_PAGES", 2)
    many_articles(2 * PER_PAGE + 5)
    news = reverse("articles:article-list")

    first = parse(client.get(news).text)
    last = parse(client.get(news, {"page": "2"}).text)

    assert result_count(first) == "More than 24 results"
    pages = [link.attrs["href"] for link in first.find("nav", "pagination").find_all("a")]
    assert [query_of(href) for href in pages] == [{"page": ["2"]}, {"page": ["2"]}]
    assert card_titles(last) == [f"Story {number:02}" for number in range(16, 4, -1)]
    assert last.find("a", rel="next") is None
    assert client.get(news, {"page": "3"}).status_code == 404
    assert card_titles(parse(client.get(news, {"page": "last"}).text)) == card_titles(last)


@pytest.mark.parametrize("which", [0, 1])
def test_a_long_series_or_author_page_says_more_than(client, monkeypatch, which):
    monkeypatch.setattr(listing, "MAX_PAGES", 2)
    url = many_articles(2 * PER_PAGE + 1)[which]

    page = parse(client.get(url).text)

    assert page.find("p", "meta").text == "More than 24 articles"
    assert client.get(url, {"page": "2"}).status_code == 200
    assert client.get(url, {"page": "3"}).status_code == 404


def test_a_list_that_just_fills_the_last_page_is_counted_exactly(client, monkeypatch):
    monkeypatch.setattr(listing, "MAX_PAGES", 2)
    series_url, _ = many_articles(2 * PER_PAGE)

    assert result_count(parse(client.get(reverse("articles:article-list")).text)) == "24 results"
    assert parse(client.get(series_url).text).find("p", "meta").text == "24 articles"


def test_the_paginator_counts_one_past_its_cap_and_refuses_deeper_pages(
    django_assert_num_queries,
):
    for number in range(7):
        ArticleFactory(title=f"Story {number}")
    paginator = CappedPaginator(Article.objects.order_by("pk"), 2, max_pages=3)

    with CaptureQueriesContext(connection) as captured:
        assert paginator.count == 6
    assert not paginator.count_is_exact
    assert paginator.count_limit == 6
    assert paginator.num_pages == 3
    [count] = count_queries(captured)
    assert "LIMIT 7" in count
    assert "ORDER BY" not in count
    assert [item.title for item in paginator.page(3)] == ["Story 4", "Story 5"]
    with django_assert_num_queries(0), pytest.raises(EmptyPage):
        CappedPaginator(Article.objects.all(), 2, max_pages=3).page(4)


def test_the_paginator_counts_a_short_list_exactly():
    paginator = CappedPaginator(list(range(5)), 2, max_pages=3)

    assert (paginator.count, paginator.count_is_exact, paginator.num_pages) == (5, True, 3)


def test_a_huge_search_page_is_counted_no_further_than_the_cap(
    client, django_assert_num_queries, monkeypatch
):
    """Search pages on as far as there are matches, but not past MAX_PAGES pages: a huge
    page number shows the last reachable page, and the count stops one match past it."""
    monkeypatch.setattr(listing, "MAX_PAGES", 3)
    monkeypatch.setattr(search_views, "RESULTS_PER_PAGE", 2)
    monkeypatch.setattr(search_views, "PAGES_AHEAD", 1)
    monkeypatch.setattr(backends, "RANKED_LIMIT", 4)
    for number in range(13):
        ArticleFactory(title=f"Reel {number:02}")

    # The city choices of the form, the count and the page of results.
    with django_assert_num_queries(3):
        response = client.get(reverse("filmhub:search"), {"q": "reel", "page": "999999999"})

    page = parse(response.text)
    assert result_count(page) == "More than 6 results"
    titles = [item.find("h3").text for item in page.find_all("li", "search-result")]
    assert titles == ["Reel 08", "Reel 07"]
    assert page.find("a", rel="next") is None

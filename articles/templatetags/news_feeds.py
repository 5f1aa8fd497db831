"""Addresses of the news feeds, for autodiscovery links and subscribe buttons."""

from django import template
from django.http import QueryDict
from django.urls import reverse

from articles.feeds import news_filter_query, with_query

register = template.Library()


@register.simple_tag
def news_feed_url(feed_type: str, query: QueryDict | None = None, **filters: str) -> str:
    """The "rss" or "atom" feed of the news a query string lists, or of the given filters.

    {% news_feed_url "rss" request.GET %} on the filtered list, where the page number is
    dropped; {% news_feed_url "atom" city=city.slug %} elsewhere.
    """
    combined = query.copy() if query is not None else QueryDict(mutable=True)
    for name, value in filters.items():
        combined[name] = value
    return with_query(reverse(f"articles:news-{feed_type}"), news_filter_query(combined))

"""RSS and Atom feeds of the news, for any filtered news list.

A feed takes the same query string as /news/ and runs it through the same ArticleFilter,
so /news/?city=busan and /news/feed/rss/?city=busan list the same articles in the same
order; per-city, per-topic and per-series feeds are such query strings. A value the filter
does not know is ignored, as on the list.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from articles.filters import ArticleFilter
from articles.models import Article
from articles.views import article_cards
from filmhub.listing import active_filters

# Enough for a reader that polls daily; older items are on the site.
FEED_LENGTH = 30


def news_filter_query(query: QueryDict) -> QueryDict:
    """The part of a query string the news filters read: no page number, no empty values."""
    kept = QueryDict(mutable=True)
    for name in ArticleFilter.base_filters:
        if values := [value for value in query.getlist(name) if value.strip()]:
            kept.setlist(name, values)
    return kept


def with_query(url: str, query: QueryDict) -> str:
    return f"{url}?{query.urlencode()}" if query else url


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    url_name = "articles:news-rss"

    def get_object(self, request: HttpRequest, *args, **kwargs) -> ArticleFilter:
        query = news_filter_query(request.GET)
        # Bound only when filtered, as FilterView does.
        return ArticleFilter(query or None, queryset=article_cards(Article.objects.all()))

    def title(self, filterset: ArticleFilter) -> str:
        values = [active.value for active in active_filters(self._query(filterset), filterset)]
        if not values:
            return _("filmhub news")
        return _("filmhub news: %(filters)s") % {"filters": ", ".join(values)}

    def description(self, filterset: ArticleFilter) -> str:
        return _("News, features, guest posts, columns and analysis from the cities of film.")

    def link(self, filterset: ArticleFilter) -> str:
        return with_query(reverse("articles:article-list"), self._query(filterset))

    def feed_url(self, filterset: ArticleFilter) -> str:
        return with_query(reverse(self.url_name), self._query(filterset))

    def items(self, filterset: ArticleFilter) -> QuerySet:
        return filterset.qs.prefetch_related("authors", "topics")[:FEED_LENGTH]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.summary

    def item_author_name(self, item: Article) -> str | None:
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_pubdate(self, item: Article) -> datetime.datetime:
        return item.publish_at

    def item_updateddate(self, item: Article) -> datetime.datetime:
        return max(item.updated_at, item.publish_at)

    def item_categories(self, item: Article) -> list[str]:
        categories = [str(item.get_kind_display())]
        if item.series:
            categories.append(item.series.name)
        return categories + [topic.name for topic in item.topics.all()]

    def item_guid_is_permalink(self, item: Article) -> bool:
        # The guid is the article's address, which is fixed once published.
        return True

    @staticmethod
    def _query(filterset: ArticleFilter) -> QueryDict:
        return filterset.data if filterset.is_bound else QueryDict()


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    url_name = "articles:news-atom"

    def subtitle(self, filterset: ArticleFilter) -> str:
        return self.description(filterset)

from django.db.models import Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from articles.filters import ArticleFilter
from articles.models import Article, Series
from filmhub.listing import FilteredListView
from filmhub.views import ArticlesOfView, PublishableDetailView
from programmes.models import Event, Programme


def article_cards(queryset: QuerySet) -> QuerySet:
    """Public articles with what includes/article_card.html shows, newest first."""
    return (
        queryset.published().select_related("hero_image", "series").order_by("-publish_at", "-pk")
    )


class ArticleListView(FilteredListView):
    filterset_class = ArticleFilter
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return article_cards(Article.objects.all())


def series_neighbours(article: Article) -> tuple[Article | None, Article | None]:
    """The public articles just before and just after this one in its series, in one query."""
    if article.series_id is None or article.publish_at is None:
        return None, None
    siblings = Article.objects.published().filter(series_id=article.series_id).values("pk")
    at = article.publish_at
    before = siblings.filter(Q(publish_at__lt=at) | Q(publish_at=at, pk__lt=article.pk))
    after = siblings.filter(Q(publish_at__gt=at) | Q(publish_at=at, pk__gt=article.pk))
    neighbours = Article.objects.filter(
        Q(pk=Subquery(before.order_by("-publish_at", "-pk")[:1]))
        | Q(pk=Subquery(after.order_by("publish_at", "pk")[:1]))
    ).only("title", "slug", "publish_at")
    previous = following = None
    for neighbour in neighbours:
        if (neighbour.publish_at, neighbour.pk) < (at, article.pk):
            previous = neighbour
        else:
            following = neighbour
    return previous, following


class ArticleDetailView(PublishableDetailView):
    model = Article

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("hero_image", "series")
            .prefetch_related(
                "authors",
                "cities",
                "topics",
                # Related items are chosen by hand and may be unpublished since.
                Prefetch(
                    "related_articles",
                    queryset=article_cards(Article.objects.all()),
                    to_attr="public_related_articles",
                ),
                Prefetch(
                    "related_events",
                    queryset=Event.objects.published().for_cards().order_by("starts_at", "pk"),
                    to_attr="public_related_events",
                ),
                Prefetch(
                    "related_programmes",
                    queryset=Programme.objects.published()
                    .in_phase_order()
                    .select_related("hero_image"),
                    to_attr="public_related_programmes",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        article = self.object
        previous, following = series_neighbours(article)
        # A correction on the day of publication is not news; a later update is.
        updated = article.publish_at is not None and timezone.localdate(
            article.updated_at
        ) > timezone.localdate(article.publish_at)
        return super().get_context_data(
            previous_in_series=previous,
            next_in_series=following,
            updated_at=article.updated_at if updated else None,
            **kwargs,
        )


class SeriesDetailView(ArticlesOfView):
    template_name = "articles/series_detail.html"

    def get_object_queryset(self) -> QuerySet:
        return Series.objects.select_related("image")

from django.views.generic import DetailView

from articles.filters import ArticleFilter
from articles.models import Article, Series
from filmhub.listing import FilteredListView
from filmhub.views import PublishableDetailView


class ArticleListView(FilteredListView):
    filterset_class = ArticleFilter
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return (
            Article.objects.published()
            .select_related("hero_image", "series")
            .order_by("-publish_at")
        )


class ArticleDetailView(PublishableDetailView):
    model = Article

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("hero_image", "series")
            .prefetch_related("authors", "cities", "topics")
        )


class SeriesDetailView(DetailView):
    model = Series

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().order_by("-publish_at")
        return super().get_context_data(articles=articles, **kwargs)

from django.urls import path

from articles import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    # Two segments each, so that no article slug can shadow them.
    path("feed/rss/", feeds.NewsFeed(), name="news-rss"),
    path("feed/atom/", feeds.AtomNewsFeed(), name="news-atom"),
    path("series/<slug:slug>/", views.SeriesDetailView.as_view(), name="series-detail"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
]

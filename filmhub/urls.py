import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from filmhub import views
from filmhub.health import healthz
from filmhub.search.views import search
from filmhub.security import serve_media
from filmhub.sitemaps import SITEMAPS

app_name = "filmhub"

site_patterns = [
    path("", views.home, name="home"),
    path("cities/", views.CityListView.as_view(), name="city-list"),
    path("cities/<slug:slug>/", views.CityDetailView.as_view(), name="city-detail"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("search/", search, name="search"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("healthz", healthz, name="healthz"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "filmhub:sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]

# The public site in English at its unprefixed addresses and in Korean under /ko/
# (filmhub/languages.py); the admin once, in English.
urlpatterns = [
    path("admin/", admin.site.urls),
    *i18n_patterns(
        path("", include((site_patterns, "filmhub"))),
        path("news/", include("articles.urls")),
        path("", include("programmes.urls")),
        prefix_default_language=False,
    ),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, serve_media, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # static() adds nothing with debug off: `make serve` on one machine, without a proxy.
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

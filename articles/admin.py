from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Series
from filmhub.admin_base import PublishableAdmin, SiteAdmin
from filmhub.admin_languages import TranslatedAdmin


@admin.register(Series)
class SeriesAdmin(TranslatedAdmin, SiteAdmin):
    list_display = ["name", "slug", "updated_at"]
    list_filter = [("updated_at", admin.DateFieldListFilter)]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["image"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Article)
class ArticleAdmin(TranslatedAdmin, PublishableAdmin):
    list_display = ["title", "kind", "series", "publication", "updated_at", "hero_thumbnail"]
    list_filter = ["status", "kind", "series", "cities", "topics"]
    list_select_related = ["series", "hero_image"]
    search_fields = ["title", "summary", "body", "authors__name"]
    date_hierarchy = "publish_at"
    autocomplete_fields = [
        "hero_image",
        "series",
        "authors",
        "cities",
        "topics",
        "related_articles",
        "related_events",
        "related_programmes",
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "series", "summary", "body", "hero_image"]}),
        (_("People and places"), {"fields": ["authors", "cities", "topics"]}),
        (
            _("Syndication"),
            {"fields": ["source_name", "source_url"], "classes": ["collapse"]},
        ),
        (
            _("Related content"),
            {"fields": ["related_articles", "related_events", "related_programmes"]},
        ),
        PublishableAdmin.publishing_fieldset,
    ]

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchKind(models.TextChoices):
    ARTICLE = "article", _("Article")
    PROGRAMME = "programme", _("Programme")
    EVENT = "event", _("Event")
    CITY = "city", _("City")
    PERSON = "person", _("Person")


class SearchEntry(models.Model):
    """One public item as the search index sees it; written only by filmhub.search.

    The full-text index over title_terms, body_terms and facets is not a Django field:
    an FTS5 table on SQLite and a tsvector column with a GIN index on PostgreSQL, made in
    the migrations. On PostgreSQL a trigger turns the terms into the tsvector and then
    empties them, so the text is not kept twice; read the terms back only on SQLite. The
    row copies what a result shows (title, address, date), so a page of results costs
    one query.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=20, choices=SearchKind)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    url = models.CharField(max_length=300)
    # An entry per language: the item's text as its page in that language shows it.
    language = models.CharField(max_length=8, default="en")
    # Kind and cities as words of their own ("kindevent city3"), so that the full-text
    # index filters by them as it matches: see filmhub.search.text.facet.
    facets = models.CharField(max_length=1000, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    # Null for items public as soon as they exist; otherwise the row is found from then on.
    publish_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "filmhub"
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="searchentry_one_per_item_and_language",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=SearchKind.values), name="searchentry_kind_valid"
            ),
        ]

    def __str__(self):
        return self.title

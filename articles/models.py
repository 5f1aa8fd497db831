from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from filmhub.publishing import Publishable, publishing_permissions
from filmhub.slugs import SluggedModel


class Series(SluggedModel):
    """A recurring column, such as Ko-pick, with its own page and feed."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "filmhub.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:series-detail", kwargs={"slug": self.slug})


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    FEATURE = "feature", _("Feature")
    GUEST_POST = "guest_post", _("Guest post")
    COLUMN = "column", _("Column")
    ANALYSIS = "analysis", _("Analysis")


class Article(Publishable):
    kind = models.CharField(_("kind"), max_length=20, choices=ArticleKind, default=ArticleKind.NEWS)
    series = models.ForeignKey(
        Series,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    authors = models.ManyToManyField(
        "filmhub.Person", verbose_name=_("authors"), blank=True, related_name="articles"
    )
    cities = models.ManyToManyField(
        "filmhub.City", verbose_name=_("cities"), blank=True, related_name="articles"
    )
    source_name = models.CharField(
        _("source"),
        max_length=150,
        blank=True,
        help_text=_("For a syndicated piece: the publication it first appeared in."),
    )
    source_url = models.URLField(
        _("source address"),
        blank=True,
        help_text=_("The original's address; search engines treat it as the canonical one."),
    )
    related_articles = models.ManyToManyField(
        "self", verbose_name=_("related articles"), blank=True, symmetrical=False
    )
    related_events = models.ManyToManyField(
        "programmes.Event", verbose_name=_("related events"), blank=True, related_name="articles"
    )
    related_programmes = models.ManyToManyField(
        "programmes.Programme",
        verbose_name=_("related programmes"),
        blank=True,
        related_name="articles",
    )

    class Meta(Publishable.Meta):
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = publishing_permissions("articles", "article")
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(kind__in=ArticleKind.values),
                name="article_kind_valid",
            ),
            models.CheckConstraint(
                condition=~Q(source_url="") | Q(source_name=""),
                name="article_source_has_address",
                violation_error_message=_("Give the address of the original with its source."),
            ),
        ]

    def get_absolute_url(self):
        return reverse("articles:article-detail", kwargs={"slug": self.slug})

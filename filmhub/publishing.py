"""The publishing base shared by every public content type.

An item is public when its status is "published" and its publication time has come.
`published()` is the one definition of that, used by every public surface; scheduled
publishing needs no job, because the query compares with the clock.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filmhub.richtext import RichTextField
from filmhub.slugs import SluggedModel


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED, publish_at__lte=timezone.now())

    def published_or_scheduled(self):
        """Everything an editor has released, whether or not its time has come."""
        return self.filter(status=Status.PUBLISHED)

    def scheduled(self):
        return self.filter(status=Status.PUBLISHED, publish_at__gt=timezone.now())

    def in_review(self):
        return self.filter(status=Status.IN_REVIEW)


class Publishable(SluggedModel):
    slug_source = "title"

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("The standfirst: one or two sentences shown in lists, feeds and cards."),
    )
    body = RichTextField(_("body"), blank=True)
    hero_image = models.ForeignKey(
        "filmhub.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = models.ManyToManyField(
        "filmhub.Topic", verbose_name=_("topics"), blank=True, related_name="%(class)ss"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("Left blank, publishing sets it to now. A future time schedules it."),
    )
    # Set once, at the first publication: from then on the address is public and fixed.
    first_published_at = models.DateTimeField(_("first published"), null=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-publish_at"]
        indexes = [
            models.Index(fields=["status", "publish_at"], name="%(class)s_published_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values),
                name="%(app_label)s_%(class)s_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(publish_at__isnull=False),
                name="%(app_label)s_%(class)s_published_has_time",
                violation_error_message=_("A published item needs a publication time."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED:
            self.publish_at = self.publish_at or timezone.now()
            self.first_published_at = self.first_published_at or self.publish_at
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.status == Status.PUBLISHED and self.publish_at is None:
            # Before the constraint check runs: "publish" with no time means now.
            self.publish_at = timezone.now()
        if self.pk and self.first_published_at:
            stored_slug = (
                type(self)
                ._default_manager.filter(pk=self.pk)
                .values_list("slug", flat=True)
                .first()
            )
            if stored_slug and self.slug != stored_slug:
                raise ValidationError(
                    {
                        "slug": _(
                            "This item has been published at its address; changing the slug "
                            "would break links to it. Keep “%(slug)s”."
                        )
                        % {"slug": stored_slug}
                    }
                )

    @property
    def is_public(self) -> bool:
        return (
            self.status == Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        return self.status == Status.PUBLISHED and not self.is_public

    def publish(self, when=None) -> None:
        self.status = Status.PUBLISHED
        self.publish_at = when or self.publish_at or timezone.now()

    def unpublish(self) -> None:
        self.status = Status.DRAFT


def publishing_permissions(verbose_name_plural: str, codename_model: str) -> list[tuple[str, str]]:
    """The permission that separates editors from contributors, for one content model."""
    return [
        (
            f"publish_{codename_model}",
            f"Can publish, schedule, unpublish and restore {verbose_name_plural}",
        )
    ]

"""The site-wide models: the city facet, organisations, people, topics and images.

The publishing base shared by articles, programmes and events lives in publishing.py.
"""

import zoneinfo
from functools import cached_property, partial

import reversion
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Length, Trim
from django.db.models.lookups import GreaterThan
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from filmhub.images import clean_uploaded_image, validate_image_upload
from filmhub.renditions import (
    generate_renditions_or_log,
    manifest_names,
    remove_renditions,
    rendition_folder,
)
from filmhub.richtext import RichTextField
from filmhub.slugs import SluggedModel

TIME_ZONE_CHOICES = sorted((name, name) for name in zoneinfo.available_timezones())


class Designation(models.TextChoices):
    FILM = "film", _("City of Film")
    MEDIA_ARTS = "media_arts", _("City of Media Arts")
    DESIGN = "design", _("City of Design")
    LITERATURE = "literature", _("City of Literature")
    MUSIC = "music", _("City of Music")
    CRAFTS = "crafts", _("City of Crafts and Folk Art")
    GASTRONOMY = "gastronomy", _("City of Gastronomy")
    NONE = "", _("No UNESCO designation")


# Versions leave the manifest out: reverting restores an old focal point but not a list
# of files deleted since, and the empty manifest makes the next save regenerate them.
@reversion.register(exclude=["renditions"])
class Image(models.Model):
    """An entry of the image library, reused by any content that shows it."""

    file = models.ImageField(
        _("file"),
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        validators=[validate_image_upload],
        help_text=_("JPEG, PNG, WebP or AVIF. Location data is removed on upload."),
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only if the picture adds nothing to the text; it then needs no alt text."
        ),
    )
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    focal_x = models.PositiveSmallIntegerField(
        _("focal point, across (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("Where crops keep the subject: 0 is the left edge, 100 the right."),
    )
    focal_y = models.PositiveSmallIntegerField(
        _("focal point, down (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("0 is the top edge, 100 the bottom."),
    )
    # Made on save, read by the {% picture %} tag: see filmhub/renditions.py.
    renditions = models.JSONField(_("renditions"), default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")
        constraints = [
            models.CheckConstraint(
                condition=Q(is_decorative=True) | Q(GreaterThan(Length(Trim("alt_text")), 0)),
                name="image_alt_text_or_decorative",
                violation_error_message=_("Describe the picture, or mark it as decorative."),
            ),
            models.CheckConstraint(
                condition=Q(focal_x__lte=100, focal_y__lte=100),
                name="image_focal_point_in_frame",
            ),
        ]

    def __str__(self):
        return self.alt_text or self.caption or self.file.name

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self.file = clean_uploaded_image(self.file)
        update_fields = kwargs.get("update_fields")
        picture_fields = {"file", "focal_x", "focal_y"}
        stored = None
        refreshed = False
        if self.file and (update_fields is None or picture_fields & {*update_fields}):
            stored = self._stored_rendition_inputs()
            if self._renditions_outdated(stored):
                self._make_renditions()
                refreshed = True
                if update_fields is not None:
                    kwargs["update_fields"] = {*update_fields, "renditions"}
            else:
                # The row's manifest lists the files that exist; this instance may be older.
                self.renditions = stored["renditions"]
        super().save(*args, **kwargs)
        if refreshed:
            self._remove_replaced_renditions(stored)

    def clean(self):
        if not self.is_decorative and not self.alt_text.strip():
            raise ValidationError(
                {"alt_text": _("Describe the picture, or mark it as decorative.")}
            )

    def _stored_rendition_inputs(self) -> dict | None:
        if self.pk is None:
            return None
        return (
            type(self)
            ._default_manager.filter(pk=self.pk)
            .values("file", "focal_x", "focal_y", "renditions")
            .first()
        )

    def _renditions_outdated(self, stored: dict | None) -> bool:
        return (
            stored is None
            or not self.file._committed
            or not stored["renditions"]
            or stored["file"] != self.file.name
            or (stored["focal_x"], stored["focal_y"]) != (self.focal_x, self.focal_y)
        )

    def _make_renditions(self) -> None:
        if not self.file._committed:
            # FileField.pre_save would store the upload anyway; doing it first gives the
            # final storage name, from which the renditions' paths derive.
            self.file.save(self.file.name, self.file.file, save=False)
        self.renditions = generate_renditions_or_log(self)

    def _remove_replaced_renditions(self, stored: dict | None) -> None:
        # Only after the commit: a rolled-back save leaves the old manifest in the row,
        # and its files must still be there.
        folders = {rendition_folder(self.file.name)}
        replaced = set()
        if stored and stored["file"]:
            folders.add(rendition_folder(stored["file"]))
            replaced = manifest_names(stored["renditions"])
        transaction.on_commit(
            partial(remove_renditions, manifest_names(self.renditions), replaced, folders),
            using=self._state.db,
        )


class City(SluggedModel):
    """The facet that joins everything: events happen in one, articles concern some."""

    name = models.CharField(_("name"), max_length=100)
    country = models.CharField(_("country"), max_length=100)
    designation = models.CharField(
        _("UNESCO designation"), max_length=20, choices=Designation, blank=True
    )
    designation_year = models.PositiveSmallIntegerField(
        _("designated in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2004), MaxValueValidator(2100)],
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        help_text=_("Event times in this city are shown in this zone."),
    )
    profile = RichTextField(_("profile"), blank=True)
    hero_image = models.ForeignKey(
        Image,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        constraints = [
            models.CheckConstraint(
                condition=Q(designation__in=Designation.values),
                name="city_designation_valid",
            ),
            models.CheckConstraint(
                condition=~Q(designation="") | Q(designation_year__isnull=True),
                name="city_designation_year_needs_designation",
                violation_error_message=_("A designation year needs a designation."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("filmhub:city-detail", kwargs={"slug": self.slug})

    @cached_property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


class OrganisationKind(models.TextChoices):
    FILM_COMMISSION = "film_commission", _("Film commission")
    GOVERNMENT = "government", _("Government or council")
    AGENCY = "agency", _("Public agency")
    ACADEMY = "academy", _("Academy or school")
    UNIVERSITY = "university", _("University")
    FESTIVAL = "festival", _("Festival")
    MARKET = "market", _("Market")
    VENUE = "venue", _("Cinema or venue")
    NETWORK = "network", _("Network")
    COMPANY = "company", _("Company")
    OTHER = "other", _("Other")


class Organisation(SluggedModel):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind, default=OrganisationKind.OTHER
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey(
        Image,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name


class Person(SluggedModel):
    """An author or a contact."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role"), max_length=150, blank=True, help_text=_("For example: Manager, Film Hub")
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        Image,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("filmhub:person-detail", kwargs={"slug": self.slug})


class Topic(SluggedModel):
    name = models.CharField(_("name"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


# The search index lives in its own package but is one of this app's models.
from filmhub.search.models import SearchEntry  # noqa: E402, F401

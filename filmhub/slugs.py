from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


def unique_slug(instance: models.Model, text: str) -> str:
    """A slug from text that no other row of the model uses yet."""
    field = instance._meta.get_field("slug")
    # Titles in Hangul slugify to nothing in ASCII; the model name keeps the URL usable.
    base = slugify(text)[: field.max_length - 8].strip("-") or instance._meta.model_name
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    candidate, number = base, 2
    while candidate in instance.reserved_slugs or others.filter(slug=candidate).exists():
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class SluggedModel(models.Model):
    """A model addressed by a unique slug, generated from `slug_source` when left blank."""

    slug_source = "name"

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("The last part of the page address. Left blank, it is made from the name."),
    )

    # Slugs whose address another page has, such as a feed at the same path with ".ics".
    reserved_slugs: frozenset[str] = frozenset()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, getattr(self, self.slug_source))
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # An item that already has the address keeps it: its own page works, and a
        # published slug can no longer change.
        has_it = type(self)._default_manager.filter(pk=self.pk, slug=self.slug).exists
        if self.slug in self.reserved_slugs and not (self.pk and has_it()):
            raise ValidationError(
                {"slug": _("“%(slug)s” is the address of another page.") % {"slug": self.slug}}
            )

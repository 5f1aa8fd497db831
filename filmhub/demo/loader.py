"""Load the demo content into the database, creating only what is missing.

Every item is keyed by its slug. An item that exists is left exactly as it is, so a
second run changes nothing and editors' changes to demo items survive; many-to-many
links are set only on the run that creates the item. Items without real dates come in
editions named after the current period (see filmhub.demo.content), so a run in a later
period adds the new editions and leaves the earlier ones as closed calls and past events.
"""

import datetime
import re
import secrets
from collections import Counter
from typing import Any

import reversion
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone, translation

from articles.models import Article, Series
from filmhub.demo import content
from filmhub.demo.placeholders import placeholder_jpeg
from filmhub.models import City, Image, Organisation, Person, Topic
from programmes.models import Event, Programme, Venue

ADMIN_USERNAME = "admin"


class DemoLoader:
    def __init__(self, now: datetime.datetime | None = None):
        self.now = now or timezone.now()
        self.created: Counter[str] = Counter()
        self._images: dict[str, Image] = {}
        self._rows: dict[tuple[type[models.Model], str], models.Model] = {}

    def load(self) -> Counter[str]:
        # A spec's plain keys ("title") are English and its "_ko" keys Korean; with Korean
        # active, django-modeltranslation would read the plain keys as Korean instead.
        with (
            translation.override(settings.LANGUAGE_CODE),
            transaction.atomic(),
            reversion.create_revision(),
        ):
            # The first version of each demo item, so editors can always go back to it.
            reversion.set_comment("Demo content loaded by load_demo.")
            self._load_all()
        return self.created

    def _load_all(self) -> None:
        for spec in content.CITIES:
            self.ensure(City, spec, hero_image=self.image(spec["image"]))
        for spec in content.ORGANISATIONS:
            self.ensure(Organisation, spec, city=self.ref(City, spec["city"]))
        for spec in content.PEOPLE:
            self.ensure(Person, spec, organisation=self.ref(Organisation, spec["organisation"]))
        for spec in content.TOPICS:
            self.ensure(Topic, spec)
        for spec in content.SERIES:
            self.ensure(Series, spec, image=self.image(spec["image"]))
        for spec in content.VENUES:
            self.ensure(Venue, spec, city=self.ref(City, spec["city"]))

        for spec in content.programmes(self.now):
            self.ensure(
                Programme,
                spec,
                hero_image=self.image(spec["image"]),
                status="published",
                many={
                    "cities": (City, spec["cities"]),
                    "topics": (Topic, spec["topics"]),
                    "hosts": (Organisation, spec["hosts"]),
                    "partners": (Organisation, spec["partners"]),
                },
            )

        for spec in content.events(self.now):
            self.ensure(
                Event,
                spec,
                hero_image=self.image(spec["image"]),
                status="published",
                city=self.ref(City, spec["city"]),
                venue=self.ref(Venue, spec.get("venue")),
                parent=self.ref(Event, spec.get("parent")),
                programme=self.ref(Programme, spec.get("programme")),
                many={
                    "organisers": (Organisation, spec["organisers"]),
                    "topics": (Topic, spec["topics"]),
                },
            )

        for spec in content.articles(self.now):
            self.ensure(
                Article,
                spec,
                hero_image=self.image(spec["image"]),
                series=self.ref(Series, spec.get("series")),
                many={
                    "authors": (Person, spec["authors"]),
                    "cities": (City, spec["cities"]),
                    "topics": (Topic, spec["topics"]),
                    "related_events": (Event, spec.get("related_events", [])),
                    "related_programmes": (Programme, spec.get("related_programmes", [])),
                },
            )

    def ensure(
        self,
        model: type[models.Model],
        spec: dict[str, Any],
        *,
        many: dict[str, tuple[type[models.Model], list[str]]] | None = None,
        **related: Any,
    ) -> models.Model:
        """The row with spec's slug; created (and validated) from spec if missing."""
        slug = spec["slug"]
        existing = model._default_manager.filter(slug=slug).first()
        if existing is not None:
            self._rows[model, slug] = existing
            return existing
        field_names = {field.name for field in model._meta.concrete_fields}
        values = {
            key: value() if callable(value) else value
            for key, value in {**spec, **related}.items()
            if key in field_names
        }
        obj = model(**values)
        # The model's own validation catches demo data that the admin would refuse.
        obj.full_clean()
        obj.save()
        for name, (related_model, slugs) in (many or {}).items():
            getattr(obj, name).set([self.ref(related_model, s) for s in slugs])
        self._rows[model, slug] = obj
        self.created[str(model._meta.verbose_name_plural)] += 1
        return obj

    def ref(self, model: type[models.Model], slug: str | None) -> models.Model | None:
        """The row a spec refers to by slug: demo rows first, then whatever the database has."""
        if slug is None:
            return None
        if (model, slug) not in self._rows:
            self._rows[model, slug] = model._default_manager.get(slug=slug)
        return self._rows[model, slug]

    def image(self, key: str):
        """A callable giving the placeholder picture for key, made only when first needed."""

        def get_or_make() -> Image:
            if key not in self._images:
                self._images[key] = self._existing_image(key) or self._make_image(key)
            return self._images[key]

        return get_or_make

    def _existing_image(self, key: str) -> Image | None:
        # Storage may have added a random suffix if the name was taken (a reused media folder).
        pattern = rf"(^|/)demo-{re.escape(key)}(_[A-Za-z0-9]{{7}})?\.jpg$"
        return (
            Image.objects.filter(credit=content.IMAGE_CREDIT, file__regex=pattern)
            .order_by("pk")
            .first()
        )

    def _make_image(self, key: str) -> Image:
        image = Image(
            alt_text=content.image_alt_text(key),
            caption=f"Placeholder for {content.IMAGES[key]}",
            credit=content.IMAGE_CREDIT,
        )
        image.file = ContentFile(placeholder_jpeg(key), name=f"demo-{key}.jpg")
        image.full_clean()
        image.save()
        self.created[str(Image._meta.verbose_name_plural)] += 1
        return image


def create_administrator() -> tuple[str, str] | None:
    """An "admin" superuser with a random password, if the site has no superuser yet.

    Returns (username, password) when it creates one, None otherwise. The password is
    never stored in clear, so the caller shows it once.
    """
    user_model = get_user_model()
    if user_model._default_manager.filter(is_superuser=True).exists():
        return None
    if user_model._default_manager.filter(username=ADMIN_USERNAME).exists():
        raise AdministratorNameTaken(ADMIN_USERNAME)
    password = secrets.token_urlsafe(12)
    user_model._default_manager.create_superuser(
        username=ADMIN_USERNAME, email="", password=password
    )
    return ADMIN_USERNAME, password


class AdministratorNameTaken(Exception):
    """No superuser exists, but a non-superuser already uses the administrator's name."""

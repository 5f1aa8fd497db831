"""Refuse to delete a city, person or image that public content still uses.

A cascade would silently strip published pages of their city, author or picture, and
PROTECT cannot help with many-to-many relations or tell drafts from published items.
The admin shows the usages before deleting (see GuardedDeleteAdmin); the pre_delete
signal below is the backstop for every other way of deleting.
"""

from django.apps import apps
from django.db import models
from django.db.models.deletion import ProtectedError
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from filmhub.models import City, Image, Person
from filmhub.publishing import Publishable

GUARDED_MODELS = (City, Person, Image)


def public_usages(obj: models.Model, limit: int = 20) -> list[models.Model]:
    """Items that point at obj and are public or scheduled to be, and pages (cities,
    people, series) that are public as soon as they exist."""
    usages: list[models.Model] = []
    for model in apps.get_models():
        is_content = issubclass(model, Publishable)
        # Models with a page of their own but no workflow (cities, people, series) are
        # public as soon as they exist.
        if not is_content and not hasattr(model, "get_absolute_url"):
            continue
        for field in model._meta.get_fields():
            if not (field.concrete and field.is_relation and field.related_model is type(obj)):
                continue
            queryset = model._default_manager.filter(**{field.name: obj})
            if is_content:
                # Scheduled items count: they will go live with whatever they point at.
                queryset = queryset.published_or_scheduled()
            usages.extend(queryset[: limit - len(usages)])
            if len(usages) >= limit:
                return usages
    return usages


@receiver(pre_delete)
def refuse_deleting_what_public_content_uses(sender, instance, **kwargs) -> None:
    if sender not in GUARDED_MODELS:
        return
    if usages := public_usages(instance):
        raise ProtectedError(
            f"{instance} is used by published content and cannot be deleted.", set(usages)
        )

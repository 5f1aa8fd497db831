"""Writing SearchEntry rows from content: one item at a time, or the whole index."""

from collections.abc import Iterable, Iterator

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import translation

from filmhub.planner import refresh_statistics
from filmhub.publishing import Publishable, Status
from filmhub.search.models import SearchEntry, SearchKind
from filmhub.search.text import facet, index_terms, plain_text

# (app label, model name, kind)
INDEXED_MODELS = [
    ("articles", "Article", SearchKind.ARTICLE),
    ("programmes", "Programme", SearchKind.PROGRAMME),
    ("programmes", "Event", SearchKind.EVENT),
    ("filmhub", "City", SearchKind.CITY),
    ("filmhub", "Person", SearchKind.PERSON),
]


def indexed_models() -> dict[type[models.Model], SearchKind]:
    return {apps.get_model(app, name): kind for app, name, kind in INDEXED_MODELS}


def is_indexed(instance: models.Model) -> bool:
    """Published or scheduled content, and every city and person."""
    return not isinstance(instance, Publishable) or instance.status == Status.PUBLISHED


def _city_ids(instance: models.Model) -> list[int]:
    model_name = instance._meta.model_name
    if model_name == "city":
        return [instance.pk]
    if model_name == "event":
        return [instance.city_id]
    if hasattr(instance, "cities"):
        return [city.pk for city in instance.cities.all()]
    return []


def _title_and_body(instance: models.Model) -> tuple[str, str]:
    model_name = instance._meta.model_name
    if model_name == "city":
        return instance.name, " ".join([instance.country, plain_text(instance.profile)])
    if model_name == "person":
        return instance.name, " ".join([instance.role, instance.bio])
    body = " ".join(part for part in [instance.summary, plain_text(instance.body)] if part)
    return instance.title, body


def entry_for(instance: models.Model, kind: SearchKind, language: str) -> SearchEntry:
    """The entry for the item's page in `language`: its text in that language, or in
    English where it has none, as the page shows it."""
    with translation.override(language):
        title, body = _title_and_body(instance)
        url = instance.get_absolute_url()
    body = " ".join(body.split())
    date, publish_at = None, None
    if isinstance(instance, Publishable):
        publish_at = instance.publish_at
        date = getattr(instance, "starts_at", None) or instance.publish_at
    return SearchEntry(
        content_type=ContentType.objects.get_for_model(instance),
        object_id=instance.pk,
        kind=kind,
        title=title,
        body=body,
        title_terms=index_terms(title),
        body_terms=index_terms(body),
        url=url,
        language=language,
        facets=" ".join(
            [facet("kind", kind), *(facet("city", city_id) for city_id in _city_ids(instance))]
        ),
        date=date,
        publish_at=publish_at,
    )


def update_entry(instance: models.Model) -> None:
    kind = indexed_models().get(type(instance))
    if kind is None:
        return
    if not is_indexed(instance):
        remove_entry(instance)
        return
    fields = [field.name for field in SearchEntry._meta.concrete_fields if not field.primary_key]
    for entry in entries_for(instance, kind):
        SearchEntry.objects.update_or_create(
            content_type=entry.content_type,
            object_id=entry.object_id,
            language=entry.language,
            defaults={name: getattr(entry, name) for name in fields},
        )


def entries_for(instance: models.Model, kind: SearchKind) -> list[SearchEntry]:
    """One entry for each language the site is in."""
    return [entry_for(instance, kind, language) for language, _name in settings.LANGUAGES]


def remove_entry(instance: models.Model) -> None:
    SearchEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance), object_id=instance.pk
    ).delete()


def _all_entries(batch_size: int) -> Iterator[SearchEntry]:
    for model, kind in indexed_models().items():
        queryset = model._default_manager.all()
        if issubclass(model, Publishable):
            queryset = queryset.published_or_scheduled()
        if model._meta.model_name == "event":
            queryset = queryset.select_related("city")
        if hasattr(model, "cities"):
            queryset = queryset.prefetch_related("cities")
        for instance in queryset.order_by("pk").iterator(chunk_size=batch_size):
            yield from entries_for(instance, kind)


def _batches(entries: Iterable[SearchEntry], size: int) -> Iterator[list[SearchEntry]]:
    batch: list[SearchEntry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rebuild_index(batch_size: int = 500) -> int:
    """Replace every entry with one made from the content now; returns the number made."""
    count = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for batch in _batches(_all_entries(batch_size), batch_size):
            SearchEntry.objects.bulk_create(batch)
            count += len(batch)
    # Fresh statistics, or the planner judges the new table by the old one's size.
    refresh_statistics(connection, SearchEntry._meta.db_table)
    return count

"""Keeping the index current: every save, delete and change of cities updates one entry.

Fixtures loaded with `loaddata` (raw saves) are skipped, as their relations may not be
there yet: run `manage.py rebuild_search_index` afterwards. Entries are filed under a
city by its key, so renaming a city's slug leaves them correct.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from filmhub.search.indexing import indexed_models, remove_entry, update_entry


def entry_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        update_entry(instance)


def entry_deleted(sender, instance, **kwargs) -> None:
    remove_entry(instance)


def cities_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        update_entry(instance)
    elif pk_set:
        for item in model._default_manager.filter(pk__in=pk_set):
            update_entry(item)


def connect() -> None:
    for model in indexed_models():
        uid = f"filmhub.search.{model._meta.label}"
        post_save.connect(entry_saved, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(entry_deleted, sender=model, dispatch_uid=f"{uid}.delete")
        cities = getattr(model, "cities", None)
        if cities is not None and hasattr(cities, "through"):
            m2m_changed.connect(cities_changed, sender=cities.through, dispatch_uid=f"{uid}.m2m")

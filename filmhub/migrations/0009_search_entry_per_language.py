"""A search entry per item and language: its text as the page in that language shows it.
Existing entries are the English ones; `rebuild_search_index` adds the Korean ones."""

from importlib import import_module

from django.db import migrations, models

FACETS = import_module("filmhub.migrations.0006_search_facets")


def restore_sqlite_triggers(apps, schema_editor):
    """SQLite changes a table's constraints by copying it into a new table, and the copy
    leaves behind the triggers that keep the full-text index in step: made again here."""
    if schema_editor.connection.vendor != "sqlite":
        return
    statements = FACETS.SQL["sqlite"]["forward"]
    for statement in statements:
        if statement.startswith("CREATE TRIGGER") or "'rebuild'" in statement:
            schema_editor.execute(statement, params=None)


def keep_english_entries(apps, schema_editor):
    """Going back to one entry per item: the English one."""
    apps.get_model("filmhub", "SearchEntry").objects.exclude(language="en").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("filmhub", "0008_korean_versions"),
    ]

    operations = [
        # Backwards, last: the copies made going back leave the triggers behind too.
        migrations.RunPython(migrations.RunPython.noop, restore_sqlite_triggers),
        migrations.RemoveConstraint(
            model_name="searchentry",
            name="searchentry_one_per_item",
        ),
        migrations.AddField(
            model_name="searchentry",
            name="language",
            field=models.CharField(default="en", max_length=8),
        ),
        migrations.RunPython(migrations.RunPython.noop, keep_english_entries),
        migrations.AddConstraint(
            model_name="searchentry",
            constraint=models.UniqueConstraint(
                fields=("content_type", "object_id", "language"),
                name="searchentry_one_per_item_and_language",
            ),
        ),
        migrations.RunPython(restore_sqlite_triggers, migrations.RunPython.noop),
    ]

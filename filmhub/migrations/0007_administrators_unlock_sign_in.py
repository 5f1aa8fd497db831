"""Administrators may unlock a sign-in that django-axes locked: its records of failed
attempts in the admin (README, "Security")."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations ran; the group needs them now.
    axes = apps.get_app_config("axes")
    axes.models_module = True
    create_permissions(axes, apps=apps, verbosity=0)
    axes.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrator, _ = Group.objects.get_or_create(name="Administrator")
    # By key: the historical Permission class may differ from the one the group's field
    # expects when several migrations run in a row.
    axes_permissions = Permission.objects.filter(content_type__app_label="axes")
    administrator.permissions.add(*axes_permissions.values_list("pk", flat=True))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.permissions.through.objects.filter(
        group__name="Administrator", permission__content_type__app_label="axes"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("filmhub", "0006_search_facets"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""The staff roles as groups: Contributor, Editor and Administrator.

A contributor writes and submits; an editor also publishes, schedules, unpublishes and
restores (the publish_<model> permissions); an administrator manages everything,
including cities, organisations, users and roles.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


ROLES = {
    "Contributor": {
        "articles.article": ["add", "change", "delete", "view"],
        "programmes.programme": ["add", "change", "delete", "view"],
        "programmes.event": ["add", "change", "delete", "view"],
        "programmes.venue": ["add", "change", "view"],
        "filmhub.image": ["add", "change", "view"],
        "articles.series": ["view"],
        "filmhub.city": ["view"],
        "filmhub.organisation": ["view"],
        "filmhub.person": ["view"],
        "filmhub.topic": ["view"],
    },
    "Editor": {
        "articles.article": ["add", "change", "delete", "view", "publish"],
        "programmes.programme": ["add", "change", "delete", "view", "publish"],
        "programmes.event": ["add", "change", "delete", "view", "publish"],
        "programmes.venue": ["add", "change", "delete", "view"],
        "filmhub.image": ["add", "change", "delete", "view"],
        "articles.series": ["add", "change", "delete", "view"],
        "filmhub.person": ["add", "change", "delete", "view"],
        "filmhub.topic": ["add", "change", "delete", "view"],
        "filmhub.city": ["view"],
        "filmhub.organisation": ["add", "change", "view"],
    },
}
ADMINISTRATOR_APPS = ["filmhub", "articles", "programmes", "auth"]


def codename(action: str, model: str) -> str:
    return f"{action}_{model}"


def create_roles(apps, schema_editor):
    # Permissions are normally made after all migrations ran; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=role)
        for label, actions in grants.items():
            app_label, model = label.split(".")
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=[codename(action, model) for action in actions],
                )
            )
    administrator, _ = Group.objects.get_or_create(name="Administrator")
    administrator.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=ADMINISTRATOR_APPS)
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[*ROLES, "Administrator"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("filmhub", "0001_initial"),
        ("articles", "0001_initial"),
        ("programmes", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]

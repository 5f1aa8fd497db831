"""What `manage.py check --deploy` adds about the site's own name (security.py adds the
media address check)."""

import ipaddress

from django.conf import settings
from django.core import checks


def is_local_name(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@checks.register(checks.Tags.compatibility, deploy=True)
def check_site_domain(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Calendar apps recognise an event by its UID, which ends with the site's name: two
    sites both calling themselves localhost would give different events the same UID."""
    if not is_local_name(settings.SITE_DOMAIN):
        return []
    return [
        checks.Warning(
            f"The site's own name is {settings.SITE_DOMAIN!r}, which is not a public name: "
            "calendar entries would not be told apart from another site's.",
            hint="Set FILMHUB_SITE_DOMAIN, or list the site's name first in DJANGO_ALLOWED_HOSTS.",
            id="filmhub.W002",
        )
    ]

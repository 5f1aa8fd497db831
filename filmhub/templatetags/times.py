"""Times for machines: the datetime attribute of <time>."""

import datetime

from django import template

register = template.Library()


@register.filter(expects_localtime=True)
def machine_time(moment: datetime.datetime | None) -> str:
    """ISO 8601 to the second, in the current time zone: "2026-10-01T19:00:00+09:00".

    Django's "c" format adds the microseconds that an item published "now" has, and HTML
    allows at most three digits of a second: the page would not be valid.
    """
    if not isinstance(moment, datetime.datetime):
        return ""
    return moment.isoformat(timespec="seconds")

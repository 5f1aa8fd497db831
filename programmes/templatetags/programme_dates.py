"""How a programme's dates read: deadlines with the zone named, and the days it runs."""

import datetime
import zoneinfo

from django import template
from django.utils import dateformat, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from filmhub.templatetags.times import machine_time
from programmes.models import Phase, Programme
from programmes.templatetags.events import DAY, date_range, zone_label

register = template.Library()

MOMENT = pgettext_lazy("format of a programme's deadline", "j F Y, H:i")


@register.filter(expects_localtime=True)
def zone_name(moment: datetime.datetime | None) -> str:
    """The zone a time is shown in, inside {% timezone %}: "KST", "UTC", "UTC+07"."""
    return zone_label(moment) if isinstance(moment, datetime.datetime) else ""


@register.simple_tag
def date_span(first: datetime.date | None, last: datetime.date | None) -> str:
    """When a programme runs: "1–10 October 2026", "from 1 October 2026"."""
    if first and last:
        return date_range(first, last)
    if first:
        return _("from %(day)s") % {"day": dateformat.format(first, DAY)}
    if last:
        return _("until %(day)s") % {"day": dateformat.format(last, DAY)}
    return ""


def moment_html(moment: datetime.datetime, zone: zoneinfo.ZoneInfo) -> SafeString:
    local = timezone.localtime(moment, zone)
    return format_html(
        '<time datetime="{}">{} {}</time>',
        machine_time(local),
        dateformat.format(local, MOMENT),
        zone_label(local),
    )


def day_html(day: datetime.date) -> SafeString:
    return format_html(
        '<time datetime="{}">{}</time>', day.isoformat(), dateformat.format(day, DAY)
    )


@register.simple_tag
def key_date(programme: Programme, time_zone: str = "UTC") -> SafeString:
    """The one date a card gives: the one that matters in the programme's phase.

    Cards do not know the programme's cities, so times are in UTC, with the zone named.
    """
    phase, now = programme.phase, timezone.now()
    zone = zoneinfo.ZoneInfo(time_zone)
    opens, closes = programme.applications_open_at, programme.applications_close_at
    if phase in {Phase.OPEN, Phase.CLOSING_SOON}:
        if phase == Phase.CLOSING_SOON:
            return format_html(
                "{} {} <strong>({})</strong>",
                _("Deadline:"),
                moment_html(closes, zone),
                _("%(time)s left") % {"time": timeuntil(closes, now, depth=1)},
            )
        return format_html("{} {}", _("Deadline:"), moment_html(closes, zone))
    if phase == Phase.UPCOMING:
        if opens and opens > now:
            return format_html("{} {}", _("Applications open:"), moment_html(opens, zone))
        return format_html("{} {}", _("Starts:"), day_html(programme.runs_from))
    if phase == Phase.RUNNING:
        return format_html("{} {}", _("Runs until:"), day_html(programme.runs_to))
    if closes:
        return format_html("{} {}", _("Closed:"), moment_html(closes, zone))
    if programme.runs_to:
        return format_html("{} {}", _("Ended:"), day_html(programme.runs_to))
    return SafeString("")

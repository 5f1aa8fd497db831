"""How an event's dates read: in its city's zone, with the zone named."""

import datetime

from django import template
from django.utils import dateformat
from django.utils.translation import gettext, pgettext_lazy

from programmes.models import Event

register = template.Library()

DAY = pgettext_lazy("format of an event's date", "j F Y")
TIME = pgettext_lazy("format of an event's time", "H:i")
# Korean reads 오후 7시 on the hour and 오후 7시 30분 otherwise: a format of its own.
TIME_ON_THE_HOUR = pgettext_lazy("format of an event's time on the hour", "H:i")
# The first day of a range leaves out what the last day repeats: "1–10 October 2026",
# "28 September – 3 October 2026". A language that puts the year first swaps them.
FIRST_IN_MONTH = pgettext_lazy("first day of a range of dates within a month", "j")
LAST_IN_MONTH = pgettext_lazy("last day of a range of dates within a month", "j F Y")
FIRST_IN_YEAR = pgettext_lazy("first day of a range of dates within a year", "j F")
LAST_IN_YEAR = pgettext_lazy("last day of a range of dates within a year", "j F Y")


def zone_label(moment: datetime.datetime) -> str:
    """KST or BST; a zone without a common abbreviation reads as an offset, UTC+07."""
    name = moment.tzname() or ""
    return f"UTC{name}" if name.startswith(("+", "-")) else name


def clock_time(moment: datetime.datetime) -> str:
    on_the_hour = moment.minute == 0
    return dateformat.format(moment, TIME_ON_THE_HOUR if on_the_hour else TIME)


def date_range(first: datetime.date, last: datetime.date) -> str:
    if first == last:
        return dateformat.format(first, DAY)
    if (first.year, first.month) == (last.year, last.month):
        return gettext("%(first)s–%(last)s") % {
            "first": dateformat.format(first, FIRST_IN_MONTH),
            "last": dateformat.format(last, LAST_IN_MONTH),
        }
    if first.year == last.year:
        first_text = dateformat.format(first, FIRST_IN_YEAR)
        last_text = dateformat.format(last, LAST_IN_YEAR)
    else:
        first_text, last_text = dateformat.format(first, DAY), dateformat.format(last, DAY)
    return gettext("%(first)s – %(last)s") % {"first": first_text, "last": last_text}


def day_and_time(moment: datetime.datetime) -> str:
    return gettext("%(day)s, %(time)s") % {
        "day": dateformat.format(moment, DAY),
        "time": clock_time(moment),
    }


@register.simple_tag
def event_dates(event: Event, full: bool = False) -> str:
    """When the event takes place, in its city's zone.

    Cards and headings give the days, with the start time of a one-day event:
    "1 October 2026, 19:00 KST" or "1–10 October 2026". `full` adds the end:
    "1 October 2026, 19:00–22:00 KST". All-day events read as dates only.
    """
    start, end = event.local_starts_at, event.local_ends_at
    first, last = event.local_date_span
    if event.all_day or (first != last and not full):
        return date_range(first, last)
    if not full or start == end:
        return f"{day_and_time(start)} {zone_label(start)}"
    if first == last:
        return gettext("%(day)s, %(start)s–%(end)s %(zone)s") % {
            "day": dateformat.format(start, DAY),
            "start": clock_time(start),
            "end": clock_time(end),
            "zone": zone_label(start),
        }
    if zone_label(start) == zone_label(end):
        return gettext("%(start)s – %(end)s %(zone)s") % {
            "start": day_and_time(start),
            "end": day_and_time(end),
            "zone": zone_label(start),
        }
    # The clocks change during the event (a festival in late October in Europe).
    return gettext("%(start)s %(start_zone)s – %(end)s %(end_zone)s") % {
        "start": day_and_time(start),
        "start_zone": zone_label(start),
        "end": day_and_time(end),
        "end_zone": zone_label(end),
    }


@register.simple_tag
def event_start_time(event: Event) -> str:
    """The start time alone, for a day that is already given: "19:00 KST"."""
    start = event.local_starts_at
    return f"{clock_time(start)} {zone_label(start)}"

"""Addresses of the calendar feeds, carrying the filters of the page they are on."""

from django import template
from django.http import QueryDict
from django.urls import reverse

from programmes.filters import EventFilter

register = template.Library()


@register.simple_tag
def event_calendar_feed_url(query: QueryDict | None = None) -> str:
    """The .ics feed of the events a list's query string selects; the page number is dropped."""
    kept = QueryDict(mutable=True)
    for name in EventFilter.base_filters:
        if query is not None and (values := [value for value in query.getlist(name) if value]):
            kept.setlist(name, values)
    url = reverse("programmes:event-calendar-feed")
    return f"{url}?{kept.urlencode()}" if kept else url

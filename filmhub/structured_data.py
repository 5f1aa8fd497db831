"""schema.org JSON-LD for every public page type, built as dicts and serialised safely.

One function per type; `structured_data_for()` picks the ones a page needs. Related
items are included only when public, whatever the page itself is: a staff preview of a
published event still never names a draft parent or sub-event.
"""

import datetime
import json
from collections.abc import Callable

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from articles.models import Article, Series
from filmhub.models import City, Organisation, Person
from filmhub.seo import SITE_NAME, card_image, plain_text
from programmes.models import AttendanceMode, Event, EventStatus, Programme

SCHEMA = "https://schema.org"
Absolute = Callable[[str], str]

EVENT_STATUSES = {
    EventStatus.SCHEDULED: f"{SCHEMA}/EventScheduled",
    EventStatus.POSTPONED: f"{SCHEMA}/EventPostponed",
    EventStatus.CANCELLED: f"{SCHEMA}/EventCancelled",
    EventStatus.MOVED_ONLINE: f"{SCHEMA}/EventMovedOnline",
}
ATTENDANCE_MODES = {
    AttendanceMode.IN_PERSON: f"{SCHEMA}/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: f"{SCHEMA}/MixedEventAttendanceMode",
}

# The same characters django.utils.html.json_script escapes: none of them can then end
# the <script> element or open a comment, whatever the data holds.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data: dict) -> SafeString:
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def compact(data: dict) -> dict:
    """The dict without empty values, which schema.org consumers read as errors."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def thing(schema_type: str, **properties) -> dict:
    return compact({"@context": SCHEMA, "@type": schema_type, **properties})


def image_url(image, absolute: Absolute) -> str | None:
    card = card_image(image, absolute)
    return card.url if card else None


def publisher(absolute: Absolute) -> dict:
    return {"@type": "Organization", "name": SITE_NAME, "url": absolute(reverse("filmhub:home"))}


def organisation_data(organisation: Organisation, absolute: Absolute) -> dict:
    return compact(
        {
            "@type": "Organization",
            "name": organisation.name,
            "url": organisation.website,
            "description": organisation.description,
        }
    )


def person_reference(person: Person, absolute: Absolute) -> dict:
    return {"@type": "Person", "name": person.name, "url": absolute(person.get_absolute_url())}


def breadcrumbs(trail: list[tuple[str, str]], absolute: Absolute) -> dict:
    """A BreadcrumbList from (name, path) pairs, Home first."""
    return thing(
        "BreadcrumbList",
        itemListElement=[
            {"@type": "ListItem", "position": position, "name": name, "item": absolute(path)}
            for position, (name, path) in enumerate(trail, start=1)
        ],
    )


def home_crumb() -> tuple[str, str]:
    return (_("Home"), reverse("filmhub:home"))


def website_data(absolute: Absolute) -> dict:
    return thing("WebSite", name=SITE_NAME, url=absolute(reverse("filmhub:home")))


def article_data(article: Article, absolute: Absolute) -> dict:
    url = absolute(article.get_absolute_url())
    return thing(
        "NewsArticle",
        headline=article.title,
        description=article.summary,
        url=url,
        mainEntityOfPage={"@type": "WebPage", "@id": url},
        datePublished=article.publish_at.isoformat(timespec="seconds")
        if article.publish_at
        else None,
        dateModified=article.updated_at.isoformat(timespec="seconds"),
        author=[person_reference(author, absolute) for author in article.authors.all()],
        image=image_url(article.hero_image, absolute),
        publisher=publisher(absolute),
        articleSection=article.get_kind_display(),
        # A syndicated piece names the original it is based on.
        isBasedOn=article.source_url,
        sameAs=article.source_url,
    )


def event_dates(event: Event) -> dict:
    """Start and end with the city's UTC offset, or the local days of an all-day event."""
    if event.all_day:
        first, last = event.local_date_span
        return {"startDate": first.isoformat(), "endDate": last.isoformat()}
    return {
        "startDate": event.local_starts_at.isoformat(timespec="seconds"),
        "endDate": event.local_ends_at.isoformat(timespec="seconds"),
    }


def event_location(event: Event, absolute: Absolute) -> dict | list[dict]:
    city = event.city
    place = compact(
        {
            "@type": "Place",
            "name": event.venue.name if event.venue else city.name,
            "url": event.venue.website if event.venue else absolute(city.get_absolute_url()),
            "address": compact(
                {
                    "@type": "PostalAddress",
                    "streetAddress": " ".join(event.venue.address.split()) if event.venue else "",
                    "addressLocality": city.name,
                    "addressCountry": city.country,
                }
            ),
            "geo": (
                {
                    "@type": "GeoCoordinates",
                    "latitude": float(event.venue.latitude),
                    "longitude": float(event.venue.longitude),
                }
                if event.venue and event.venue.latitude is not None
                else None
            ),
        }
    )
    online = compact(
        {"@type": "VirtualLocation", "url": event.online_url or absolute(event.get_absolute_url())}
    )
    mode = attendance_mode(event)
    if mode == AttendanceMode.ONLINE:
        return online
    if mode == AttendanceMode.MIXED:
        return [place, online]
    return place


def attendance_mode(event: Event) -> str:
    if event.event_status == EventStatus.MOVED_ONLINE:
        return AttendanceMode.ONLINE
    return event.attendance_mode


def event_reference(event: Event, absolute: Absolute, *, with_dates: bool = True) -> dict:
    reference = {"@type": "Event", "name": event.title, "url": absolute(event.get_absolute_url())}
    return reference | event_dates(event) if with_dates else reference


def public_sub_events(event: Event) -> list[Event]:
    # The detail view prefetches them; anything else asks the database.
    sub_events = getattr(event, "public_sub_events", None)
    if sub_events is None:
        sub_events = event.sub_events.published().select_related("city").order_by("starts_at")
    return list(sub_events)


def event_data(event: Event, absolute: Absolute) -> dict:
    parent = event.parent if event.parent_id else None
    return thing(
        "Event",
        name=event.title,
        description=event.summary or plain_text(event.body),
        url=absolute(event.get_absolute_url()),
        image=image_url(event.hero_image, absolute),
        **event_dates(event),
        eventStatus=EVENT_STATUSES[event.event_status],
        eventAttendanceMode=ATTENDANCE_MODES[attendance_mode(event)],
        location=event_location(event, absolute),
        organizer=[organisation_data(org, absolute) for org in event.organisers.all()],
        offers=(
            {"@type": "Offer", "url": event.registration_url}
            if event.registration_url and event.event_status != EventStatus.CANCELLED
            else None
        ),
        superEvent=(
            # Without dates: they would cost a query for the parent's city.
            event_reference(parent, absolute, with_dates=False)
            if parent is not None and parent.is_public
            else None
        ),
        subEvent=[event_reference(sub, absolute) for sub in public_sub_events(event)],
    )


def programme_data(programme: Programme, absolute: Absolute) -> dict:
    cities = list(programme.cities.all())
    # As on the page: dates are given in the first city's zone.
    zone = cities[0].zone if cities else datetime.UTC

    def local_date(moment: datetime.datetime | None) -> str | None:
        return timezone.localtime(moment, zone).date().isoformat() if moment else None

    return thing(
        "EducationalOccupationalProgram",
        name=programme.title,
        description=programme.summary or plain_text(programme.body),
        url=absolute(programme.get_absolute_url()),
        image=image_url(programme.hero_image, absolute),
        programType=programme.get_kind_display(),
        provider=[organisation_data(host, absolute) for host in programme.hosts.all()],
        applicationStartDate=local_date(programme.applications_open_at),
        applicationDeadline=local_date(programme.applications_close_at),
        startDate=programme.runs_from.isoformat() if programme.runs_from else None,
        endDate=programme.runs_to.isoformat() if programme.runs_to else None,
        location=[
            {"@type": "City", "name": city.name, "url": absolute(city.get_absolute_url())}
            for city in cities
        ],
        sameAs=programme.application_url,
    )


def city_data(city: City, absolute: Absolute) -> dict:
    return thing(
        "City",
        name=city.name,
        description=plain_text(city.profile),
        url=absolute(city.get_absolute_url()),
        image=image_url(city.hero_image, absolute),
        containedInPlace={"@type": "Country", "name": city.country},
    )


def city_organisation_data(organisation: Organisation, city: City, absolute: Absolute) -> dict:
    return {
        "@context": SCHEMA,
        **organisation_data(organisation, absolute),
        "location": {"@type": "City", "name": city.name, "url": absolute(city.get_absolute_url())},
    }


def person_data(person: Person, absolute: Absolute) -> dict:
    return thing(
        "Person",
        name=person.name,
        url=absolute(person.get_absolute_url()),
        jobTitle=person.role,
        description=plain_text(person.bio),
        image=image_url(person.photo, absolute),
        worksFor=organisation_data(person.organisation, absolute) if person.organisation else None,
        sameAs=person.website,
    )


def structured_data_for(context, request: HttpRequest) -> list[dict]:
    """The JSON-LD items of the page being rendered: its main thing and its breadcrumbs."""
    absolute = request.build_absolute_uri
    obj = context.get("object")
    home = home_crumb()
    news = (_("News"), reverse("articles:article-list"))
    match obj:
        case Article():
            items = [article_data(obj, absolute)]
            trail = [home, news, (obj.title, obj.get_absolute_url())]
        case Event():
            items = [event_data(obj, absolute)]
            events = (_("Events"), reverse("programmes:event-list"))
            trail = [home, events, (obj.title, obj.get_absolute_url())]
        case Programme():
            items = [programme_data(obj, absolute)]
            programmes = (_("Programmes"), reverse("programmes:programme-list"))
            trail = [home, programmes, (obj.title, obj.get_absolute_url())]
        case City():
            organisations = context.get("organisations")
            if organisations is None:
                organisations = obj.organisations.order_by("name")
            items = [
                city_data(obj, absolute),
                *(city_organisation_data(org, obj, absolute) for org in organisations),
            ]
            cities = (_("Cities"), reverse("filmhub:city-list"))
            trail = [home, cities, (obj.name, obj.get_absolute_url())]
        case Person():
            items = [person_data(obj, absolute)]
            trail = [home, news, (obj.name, obj.get_absolute_url())]
        case Series():
            items = [
                thing(
                    "CollectionPage",
                    name=obj.name,
                    description=plain_text(obj.description),
                    url=absolute(obj.get_absolute_url()),
                )
            ]
            trail = [home, news, (obj.name, obj.get_absolute_url())]
        case _:
            if request.resolver_match and request.resolver_match.view_name == "filmhub:home":
                return [website_data(absolute), {"@context": SCHEMA, **publisher(absolute)}]
            return []
    return [*items, breadcrumbs(trail, absolute)]

from django.urls import path

from programmes import calendars, views

app_name = "programmes"

urlpatterns = [
    # The .ics addresses have a dot, which no slug has, so they never shadow a page. The
    # feeds come first; no event may be slugged "calendar", nor programme "deadlines".
    path("events/calendar.ics", calendars.event_calendar_feed, name="event-calendar-feed"),
    path("events/<slug:slug>.ics", calendars.event_ics, name="event-ics"),
    path("programmes/deadlines.ics", calendars.deadlines_feed, name="programme-deadlines-feed"),
    path("programmes/<slug:slug>.ics", calendars.programme_deadline_ics, name="programme-ics"),
    path("programmes/", views.ProgrammeListView.as_view(), name="programme-list"),
    path("events/", views.EventListView.as_view(), name="event-list"),
    path(
        "programmes/<slug:slug>/",
        views.ProgrammeDetailView.as_view(),
        name="programme-detail",
    ),
    path(
        "events/calendar/<int:year>/<int:month>/",
        views.event_calendar,
        name="event-calendar",
    ),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
]

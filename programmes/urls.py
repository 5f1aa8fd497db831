from django.urls import path

from programmes import views

app_name = "programmes"

urlpatterns = [
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

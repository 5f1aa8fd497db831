import datetime

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from filmhub.admin import EditConflictForm, PublishableAdmin
from programmes.models import Event, Programme, Venue


@admin.register(Venue)
class VenueAdmin(VersionAdmin):
    list_display = ["name", "city", "address"]
    list_filter = ["city"]
    search_fields = ["name", "address", "city__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["city"]
    list_select_related = ["city"]


@admin.register(Programme)
class ProgrammeAdmin(PublishableAdmin):
    list_display = [
        "title",
        "kind",
        "applications_close_at",
        "phase_label",
        "publication",
        "hero_thumbnail",
    ]
    list_filter = ["status", "kind", "cities", "topics"]
    list_select_related = ["hero_image"]
    search_fields = ["title", "summary", "body", "hosts__name", "partners__name"]
    date_hierarchy = "applications_close_at"
    autocomplete_fields = ["hero_image", "cities", "topics", "hosts", "partners"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "summary", "body", "hero_image"]}),
        (_("Who runs it"), {"fields": ["hosts", "partners", "cities", "topics"]}),
        (
            _("Applications"),
            {
                "fields": [
                    "eligibility",
                    "how_to_apply",
                    "application_url",
                    ("applications_open_at", "applications_close_at"),
                ]
            },
        ),
        (_("Dates"), {"fields": [("runs_from", "runs_to")]}),
        PublishableAdmin.publishing_fieldset,
    ]

    @admin.display(description=_("phase"))
    def phase_label(self, obj: Programme) -> str:
        return obj.phase.label


class EventForm(EditConflictForm):
    """Start and end are typed in the event city's local time, whatever the editor's zone.

    An editor in Bristol entering "19:00" for a screening in Busan means 19:00 in Busan.
    """

    LOCAL_FIELDS = ("starts_at", "ends_at")

    class Meta:
        model = Event
        fields = "__all__"
        help_texts = {
            "starts_at": _("Local time in the event's city."),
            "ends_at": _("Local time in the event's city."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            zone = self.instance.city.zone
            for name in self.LOCAL_FIELDS:
                # A naive value is shown as it is, not converted to the editor's zone.
                local = timezone.localtime(getattr(self.instance, name), zone)
                self.initial[name] = local.replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        city = cleaned_data.get("city")
        if city is not None:
            for name in self.LOCAL_FIELDS:
                value = cleaned_data.get(name)
                if isinstance(value, datetime.datetime):
                    # The form read the wall time in the current zone; keep the wall time.
                    wall_time = timezone.localtime(value).replace(tzinfo=None)
                    cleaned_data[name] = wall_time.replace(tzinfo=city.zone)
        return cleaned_data


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    form = EventForm
    list_display = [
        "title",
        "kind",
        "city",
        "local_start",
        "event_status",
        "publication",
        "hero_thumbnail",
    ]
    list_filter = ["status", "kind", "event_status", "city", "attendance_mode"]
    list_select_related = ["city", "hero_image"]
    search_fields = ["title", "summary", "city__name", "venue__name"]
    date_hierarchy = "starts_at"
    autocomplete_fields = [
        "hero_image",
        "city",
        "venue",
        "programme",
        "parent",
        "organisers",
        "topics",
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "summary", "body", "hero_image"]}),
        (
            _("When and where"),
            {
                "fields": [
                    "city",
                    "venue",
                    ("starts_at", "ends_at"),
                    "all_day",
                    "event_status",
                    "attendance_mode",
                    "online_url",
                ]
            },
        ),
        (
            _("Context"),
            {"fields": ["parent", "programme", "organisers", "topics", "registration_url"]},
        ),
        PublishableAdmin.publishing_fieldset,
    ]

    @admin.display(description=_("starts (local time)"), ordering="starts_at")
    def local_start(self, obj: Event) -> str:
        local = obj.local_starts_at
        if obj.all_day:
            return local.strftime("%d %b %Y")
        return f"{local:%d %b %Y %H:%M} {local.tzname()}"

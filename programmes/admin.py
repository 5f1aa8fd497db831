import datetime
import zoneinfo

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filmhub.admin_base import EditConflictForm, InUseGuardAdmin, PublishableAdmin
from filmhub.admin_languages import TranslatedAdmin
from programmes.models import Event, Programme, Venue


@admin.register(Venue)
class VenueAdmin(TranslatedAdmin, InUseGuardAdmin):
    list_display = ["name", "city", "address"]
    list_filter = ["city"]
    search_fields = ["name", "address", "city__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["city"]
    list_select_related = ["city"]


@admin.register(Programme)
class ProgrammeAdmin(TranslatedAdmin, PublishableAdmin):
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


class WallClockDateTimeField(forms.SplitDateTimeField):
    """A date and a time as typed, with no zone yet: the event's city supplies it."""

    widget = AdminSplitDateTime

    def compress(self, data_list):
        if not data_list:
            return None
        day, time = data_list
        if day in self.empty_values:
            raise ValidationError(self.error_messages["invalid_date"], code="invalid_date")
        if time in self.empty_values:
            raise ValidationError(self.error_messages["invalid_time"], code="invalid_time")
        return datetime.datetime.combine(day, time)


def in_zone(wall_time: datetime.datetime, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """The wall time in zone, refusing times that a clock change skips or repeats."""
    aware = wall_time.replace(tzinfo=zone)
    if aware.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None) != wall_time:
        raise ValidationError(
            _("%(time)s does not exist in %(zone)s: the clocks go forward then."),
            params={"time": f"{wall_time:%H:%M}", "zone": zone.key},
            code="nonexistent_time",
        )
    if aware.utcoffset() != wall_time.replace(tzinfo=zone, fold=1).utcoffset():
        raise ValidationError(
            _("%(time)s happens twice in %(zone)s when the clocks go back; choose another time."),
            params={"time": f"{wall_time:%H:%M}", "zone": zone.key},
            code="ambiguous_time",
        )
    return aware


class EventForm(EditConflictForm):
    """Start and end are typed in the event city's local time, whatever the editor's zone.

    An editor in Bristol entering "19:00" for a screening in Busan means 19:00 in Busan.
    """

    LOCAL_FIELDS = ("starts_at", "ends_at")

    starts_at = WallClockDateTimeField(
        label=_("Starts"), help_text=_("Local time in the event's city.")
    )
    ends_at = WallClockDateTimeField(
        label=_("Ends"), help_text=_("Local time in the event's city.")
    )

    class Meta:
        model = Event
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            zone = self.instance.city.zone
            for name in self.LOCAL_FIELDS:
                local = timezone.localtime(getattr(self.instance, name), zone)
                self.initial[name] = local.replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        city = cleaned_data.get("city")
        # Without a valid city the form fails anyway; the admin's zone keeps values aware.
        zone = city.zone if city else timezone.get_current_timezone()
        for name in self.LOCAL_FIELDS:
            wall_time = cleaned_data.get(name)
            if isinstance(wall_time, datetime.datetime):
                try:
                    cleaned_data[name] = in_zone(wall_time, zone)
                except ValidationError as error:
                    self.add_error(name, error)
        return cleaned_data


@admin.register(Event)
class EventAdmin(TranslatedAdmin, PublishableAdmin):
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

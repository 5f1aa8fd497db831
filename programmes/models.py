import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from filmhub.publishing import Publishable, PublishableQuerySet, publishing_permissions
from filmhub.slugs import SluggedModel

# Applications that close within this many days are flagged as closing soon.
CLOSING_SOON = datetime.timedelta(days=14)


class Venue(SluggedModel):
    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    city = models.ForeignKey(
        "filmhub.City", verbose_name=_("city"), on_delete=models.PROTECT, related_name="venues"
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="venue_coordinates_both_or_neither",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.city}" if self.city_id else self.name


class ProgrammeKind(models.TextChoices):
    INCUBATOR = "incubator", _("Incubator")
    SKILLS = "skills", _("Skills programme")
    RESIDENCY = "residency", _("Residency")
    TRAINING = "training", _("Training")
    MARKET = "market", _("Market programme")
    CALL = "call", _("Open call")
    FUND = "fund", _("Fund")


class Phase(models.TextChoices):
    """Where a programme stands, derived from its dates rather than stored."""

    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for applications")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    RUNNING = "running", _("Running")
    CLOSED = "closed", _("Closed")


def phase_conditions(now: datetime.datetime) -> dict[Phase, Q]:
    """Programme.phase as database conditions, one for each phase, at the time `now`.

    Written in the same steps as the property, so that the two agree at every boundary:
    a deadline exactly at now + CLOSING_SOON is closing soon, one exactly at now is
    closed, and a programme whose last day is today is still running.
    """
    today = timezone.localdate(now)
    not_open_yet = Q(applications_open_at__gt=now)
    taking_applications = ~not_open_yet & Q(applications_close_at__gt=now)
    after_applications = ~not_open_yet & ~Q(applications_close_at__gt=now)
    starts_later = Q(runs_from__gt=today)
    runs_until_today_or_later = Q(runs_to__gte=today)
    return {
        Phase.UPCOMING: not_open_yet | (after_applications & starts_later),
        Phase.OPEN: taking_applications & Q(applications_close_at__gt=now + CLOSING_SOON),
        Phase.CLOSING_SOON: taking_applications & Q(applications_close_at__lte=now + CLOSING_SOON),
        Phase.RUNNING: after_applications & ~starts_later & runs_until_today_or_later,
        Phase.CLOSED: after_applications & ~starts_later & ~runs_until_today_or_later,
    }


class ProgrammeQuerySet(PublishableQuerySet):
    # Each method is one or two values of Programme.phase. The primary key breaks ties, so
    # that pages never overlap.

    def open_for_applications(self):
        """Open or closing soon: the deadline soonest first."""
        conditions = phase_conditions(timezone.now())
        return self.filter(conditions[Phase.OPEN] | conditions[Phase.CLOSING_SOON]).order_by(
            "applications_close_at", "pk"
        )

    def closing_soon(self):
        return self.filter(phase_conditions(timezone.now())[Phase.CLOSING_SOON]).order_by(
            "applications_close_at", "pk"
        )

    def upcoming(self):
        """Calls that open later, the soonest first; then programmes that start later."""
        return self.filter(phase_conditions(timezone.now())[Phase.UPCOMING]).in_phase_order()

    def running(self):
        """Under way: ending soonest first."""
        return self.filter(phase_conditions(timezone.now())[Phase.RUNNING]).in_phase_order()

    def finished(self):
        """Closed to applications and over: the latest first."""
        return self.filter(phase_conditions(timezone.now())[Phase.CLOSED]).in_phase_order()

    def in_phase_order(self):
        """Open calls by deadline, then upcoming, running and, last, finished programmes.

        Within a phase, by the date that matters in it. Each key is null outside its phase,
        so it orders that phase alone. A CASE tries its conditions in turn, as
        Programme.phase does, so each step is one comparison: the full phase conditions in
        every key took 11 ms to compile on each query.
        """
        now = timezone.now()
        opens_later = Q(applications_open_at__gt=now)
        taking_applications = Q(applications_close_at__gt=now)
        starts_later = Q(runs_from__gt=timezone.localdate(now))
        runs_until_today_or_later = Q(runs_to__gte=timezone.localdate(now))

        def in_turn(*steps: tuple[Q, str | int | None], default: str | Value | None = None):
            """Programme.phase's steps in its order, each giving a field, a rank or null."""
            return Case(
                *(
                    When(condition, then=F(then) if isinstance(then, str) else Value(then))
                    for condition, then in steps
                ),
                default=F(default) if isinstance(default, str) else default,
            )

        rank = in_turn(
            (opens_later, 1),
            (taking_applications, 0),
            (starts_later, 1),
            (runs_until_today_or_later, 2),
            default=Value(3),
        )
        before_finished = opens_later | taking_applications | starts_later
        return self.alias(phase_rank=rank).order_by(
            "phase_rank",
            in_turn((opens_later, None), (taking_applications, "applications_close_at")).asc(
                nulls_last=True
            ),
            # Calls that open later come before programmes that only start later.
            in_turn((opens_later, "applications_open_at")).asc(nulls_last=True),
            in_turn(
                (opens_later, "runs_from"), (taking_applications, None), (starts_later, "runs_from")
            ).asc(nulls_last=True),
            in_turn((before_finished, None), (runs_until_today_or_later, "runs_to")).asc(
                nulls_last=True
            ),
            in_turn(
                (before_finished | runs_until_today_or_later, None),
                default="applications_close_at",
            ).desc(nulls_last=True),
            in_turn((before_finished | runs_until_today_or_later, None), default="runs_to").desc(
                nulls_last=True
            ),
            "pk",
        )


class Programme(Publishable):
    """A programme or call: incubators, skills programmes, residencies, funds."""

    # /programmes/deadlines.ics is the feed of every deadline.
    reserved_slugs = frozenset({"deadlines"})

    kind = models.CharField(
        _("kind"), max_length=20, choices=ProgrammeKind, default=ProgrammeKind.TRAINING
    )
    cities = models.ManyToManyField(
        "filmhub.City", verbose_name=_("cities"), blank=True, related_name="programmes"
    )
    hosts = models.ManyToManyField(
        "filmhub.Organisation",
        verbose_name=_("hosts"),
        blank=True,
        related_name="hosted_programmes",
    )
    partners = models.ManyToManyField(
        "filmhub.Organisation",
        verbose_name=_("partners"),
        blank=True,
        related_name="partner_programmes",
    )
    eligibility = models.TextField(_("who can apply"), blank=True)
    how_to_apply = models.TextField(_("how to apply"), blank=True)
    application_url = models.URLField(_("application address"), blank=True)
    applications_open_at = models.DateTimeField(_("applications open"), null=True, blank=True)
    applications_close_at = models.DateTimeField(_("applications close"), null=True, blank=True)
    runs_from = models.DateField(_("runs from"), null=True, blank=True)
    runs_to = models.DateField(_("runs to"), null=True, blank=True)

    objects = ProgrammeQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        permissions = publishing_permissions("programmes", "programme")
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(kind__in=ProgrammeKind.values), name="programme_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(applications_open_at__isnull=True)
                | Q(applications_close_at__isnull=True)
                | Q(applications_close_at__gt=F("applications_open_at")),
                name="programme_applications_close_after_open",
                violation_error_message=_("Applications must close after they open."),
            ),
            models.CheckConstraint(
                condition=Q(runs_from__isnull=True)
                | Q(runs_to__isnull=True)
                | Q(runs_to__gte=F("runs_from")),
                name="programme_runs_to_after_from",
                violation_error_message=_("A programme must end on or after its first day."),
            ),
        ]

    def get_absolute_url(self):
        return reverse("programmes:programme-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.applications_open_at
            and self.applications_close_at
            and self.applications_close_at <= self.applications_open_at
        ):
            errors["applications_close_at"] = _("The deadline must come after applications open.")
        if self.runs_from and self.runs_to and self.runs_to < self.runs_from:
            errors["runs_to"] = _("The programme must end on or after its first day.")
        if errors:
            raise ValidationError(errors)

    @property
    def phase(self) -> Phase:
        """Where the programme stands now; phase_conditions() says the same in SQL."""
        now = timezone.now()
        today = timezone.localdate(now)
        if self.applications_open_at and now < self.applications_open_at:
            return Phase.UPCOMING
        if self.applications_close_at and now < self.applications_close_at:
            if self.applications_close_at - now <= CLOSING_SOON:
                return Phase.CLOSING_SOON
            return Phase.OPEN
        if self.runs_from and today < self.runs_from:
            return Phase.UPCOMING
        if self.runs_to and today <= self.runs_to:
            return Phase.RUNNING
        return Phase.CLOSED


class EventKind(models.TextChoices):
    FESTIVAL = "festival", _("Festival")
    MARKET = "market", _("Market")
    SCREENING = "screening", _("Screening")
    MEETING = "meeting", _("Meeting")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")


class EventStatus(models.TextChoices):
    """Whether the event goes ahead; schema.org's eventStatus has the same values."""

    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")
    MOVED_ONLINE = "moved_online", _("Moved online")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


def earliest_unfinished_start(ago: datetime.timedelta) -> datetime.datetime | None:
    """When the earliest event not ended `ago` before now starts (None if there is none):
    no event starting before it is still to come, so lists of upcoming events read the start
    index from there instead of from the first event ever held. It is kept until content
    changes: as time passes events only end, so a kept value stays a safe lower bound, just
    a looser one. Computed again should the clock be earlier than when it was kept (tests
    travel in time)."""
    from filmhub.caching import per_generation

    now = timezone.now()

    def compute() -> tuple[datetime.datetime, datetime.datetime | None]:
        unfinished = Event.objects.filter(ends_at__gte=now - ago)
        return now, unfinished.aggregate(first=models.Min("starts_at"))["first"]

    name = f"events:earliest-unfinished-start:{ago.total_seconds():.0f}"
    computed_at, first = per_generation(name, compute)
    if computed_at > now:
        computed_at, first = compute()
    return first


class EventQuerySet(PublishableQuerySet):
    def unfinished(self, ago: datetime.timedelta = datetime.timedelta(0)):
        """Events that had not ended `ago` before now (by default: have not ended yet)."""
        since = earliest_unfinished_start(ago)
        if since is None:
            return self.none()
        return self.filter(ends_at__gte=timezone.now() - ago, starts_at__gte=since)

    # The primary key breaks ties between events starting together, so pages never overlap.
    def upcoming(self):
        return self.unfinished().order_by("starts_at", "pk")

    def for_cards(self):
        """With what an event's card and calendar entry show. The city comes in a query of
        its own: joined in, it lets SQLite start from the cities and read all of each one's
        upcoming events before sorting them (at 50,000 events, 128 ms for the home page's
        six instead of 2 ms)."""
        return self.select_related("venue", "hero_image").prefetch_related("city")

    def past(self):
        # An event ends after it starts: the start bound lets the start index answer.
        now = timezone.now()
        return self.filter(ends_at__lt=now, starts_at__lt=now).order_by("-starts_at", "-pk")


class Event(Publishable):
    """A festival, market, screening or meeting, held in one city and shown in its zone."""

    # /events/calendar.ics is the feed of every event.
    reserved_slugs = frozenset({"calendar"})

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind, default=EventKind.MEETING)
    city = models.ForeignKey(
        "filmhub.City", verbose_name=_("city"), on_delete=models.PROTECT, related_name="events"
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_(
            "Shown with dates only; it runs from the first day's start to the last day's end."
        ),
    )
    event_status = models.CharField(
        _("event status"), max_length=20, choices=EventStatus, default=EventStatus.SCHEDULED
    )
    attendance_mode = models.CharField(
        _("attendance"), max_length=20, choices=AttendanceMode, default=AttendanceMode.IN_PERSON
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        db_index=False,
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sub_events",
        db_index=False,
        help_text=_("The larger event this one belongs to, such as the festival of a market."),
    )
    organisers = models.ManyToManyField(
        "filmhub.Organisation", verbose_name=_("organisers"), blank=True, related_name="events"
    )
    registration_url = models.URLField(_("tickets or registration"), blank=True)
    online_url = models.URLField(_("online address"), blank=True)

    objects = EventQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = publishing_permissions("events", "event")
        indexes = [
            *Publishable.Meta.indexes,
            models.Index(fields=["city", "starts_at"], name="event_city_start"),
            models.Index(fields=["starts_at"], name="event_starts_at"),
            models.Index(fields=["ends_at"], name="event_ends_at"),
            # Few events belong to a programme or a larger event. Indexing only those keeps
            # SQLite's statistics from counting the empty ones as one huge group, which
            # made its planner scan every event instead of using the index.
            models.Index(
                fields=["programme"],
                condition=Q(programme__isnull=False),
                name="event_programme",
            ),
            models.Index(fields=["parent"], condition=Q(parent__isnull=False), name="event_parent"),
        ]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(ends_at__gte=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
            models.CheckConstraint(condition=Q(kind__in=EventKind.values), name="event_kind_valid"),
            models.CheckConstraint(
                condition=Q(event_status__in=EventStatus.values), name="event_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(attendance_mode__in=AttendanceMode.values),
                name="event_attendance_mode_valid",
            ),
        ]

    def save(self, *args, **kwargs):
        if self.all_day:
            self.starts_at, self.ends_at = self.whole_days()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("programmes:event-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        if self.venue_id and self.city_id and self.venue.city_id != self.city_id:
            errors["venue"] = _("This venue is in %(city)s, not in the event's city.") % {
                "city": self.venue.city
            }
        if self.parent_id and self.pk and self._parent_chain_contains(self.pk):
            errors["parent"] = _("An event cannot be part of itself.")
        if errors:
            raise ValidationError(errors)

    def _parent_chain_contains(self, pk: int) -> bool:
        seen, parent = set(), self.parent
        while parent is not None and parent.pk not in seen:
            if parent.pk == pk:
                return True
            seen.add(parent.pk)
            parent = parent.parent
        return False

    def whole_days(self) -> tuple[datetime.datetime, datetime.datetime]:
        """An all-day event runs from local midnight of its first day to the end of its last."""
        zone = self.city.zone
        first = timezone.localtime(self.starts_at, zone).date()
        last = timezone.localtime(self.ends_at, zone).date()
        return (
            datetime.datetime.combine(first, datetime.time.min, tzinfo=zone),
            datetime.datetime.combine(last, datetime.time(23, 59, 59), tzinfo=zone),
        )

    @property
    def local_starts_at(self) -> datetime.datetime:
        return timezone.localtime(self.starts_at, self.city.zone)

    @property
    def local_ends_at(self) -> datetime.datetime:
        return timezone.localtime(self.ends_at, self.city.zone)

    @property
    def local_date_span(self) -> tuple[datetime.date, datetime.date]:
        """The first and last day the event takes up, in its city."""
        start, end = self.local_starts_at, self.local_ends_at
        last = end.date()
        # A screening that ends at midnight does not take up the next day.
        if end > start and end.time() == datetime.time.min:
            last -= datetime.timedelta(days=1)
        return start.date(), last

"""Bulk synthetic content for load and scale tests (the generate_content command).

Rows are written with bulk_create, which skips Model.save(): the slug, the status,
publish_at and first_published_at are set here rather than by the publishing base.
bulk_create does call each field's pre_save() (Django's insert compiler does), so
rich text is still sanitised and created_at / updated_at are still stamped; the bodies
below are plain, clean HTML all the same.
"""

import datetime
import random
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.db import models, transaction
from django.utils import timezone

from articles.models import Article, ArticleKind
from filmhub.models import City, Topic
from filmhub.publishing import Status
from programmes.models import Event, EventKind, Programme, ProgrammeKind

SLUG_PREFIX = "synthetic-"
BATCH_SIZE = 500

# Cities made only when the database has none, clearly marked as synthetic.
FALLBACK_CITIES = [
    ("synthetic-city-west", "Synthetic City West", "Europe/London"),
    ("synthetic-city-east", "Synthetic City East", "Asia/Seoul"),
]
# Zones for the cities `--cities` adds, taken in turn: real IANA names, spread round the
# world, with half- and three-quarter-hour offsets and both hemispheres' daylight saving.
SYNTHETIC_CITY_ZONES = [
    "Europe/London",
    "Asia/Seoul",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Africa/Lagos",
    "Europe/Berlin",
    "America/Los_Angeles",
    "Asia/Kathmandu",
    "Pacific/Auckland",
    "America/Mexico_City",
    "Asia/Tokyo",
    "Australia/Adelaide",
    "Africa/Nairobi",
    "America/St_Johns",
]

ADJECTIVES = [
    "Quiet",
    "Restless",
    "Coastal",
    "Late-night",
    "Open-air",
    "Restored",
    "Northern",
    "Hidden",
    "Second",
    "Unfinished",
    "Bright",
    "Borrowed",
]
NOUNS = [
    "premiere",
    "harbour",
    "screening",
    "pitch",
    "residency",
    "archive",
    "studio",
    "location",
    "market",
    "script",
    "season",
    "workshop",
]


class SyntheticContent:
    def __init__(self, seed: int | None = None, now: datetime.datetime | None = None):
        self.rng = random.Random(seed)
        self.now = now or timezone.now()

    def generate(
        self, articles: int = 0, events: int = 0, programmes: int = 0, cities: int = 0
    ) -> dict[str, int]:
        """Create the items asked for, spread over every city, after making sure there are
        at least `cities` of them (synthetic ones make up the difference)."""
        with transaction.atomic():
            added_cities = self._add_cities(cities - City.objects.count())
            self.cities = list(City.objects.order_by("pk")) or self._make_cities()
            self.zones = {city.pk: ZoneInfo(city.time_zone) for city in self.cities}
            self.topics = list(Topic.objects.order_by("pk"))
            created = {
                "cities": added_cities,
                "articles": self._articles(articles),
                "events": self._events(events),
                "programmes": self._programmes(programmes),
            }
        return created

    # Helpers -------------------------------------------------------------------------

    def _make_cities(self) -> list[City]:
        return [
            City.objects.get_or_create(
                slug=slug, defaults={"name": name, "country": "Synthetica", "time_zone": zone}
            )[0]
            for slug, name, zone in FALLBACK_CITIES
        ]

    def _add_cities(self, count: int) -> int:
        slugs = self._slugs(City, "city", max(count, 0))
        for slug in slugs:
            number = int(slug.rsplit("-", 1)[1])
            City.objects.create(
                slug=slug,
                name=f"Synthetic City {number}",
                country="Synthetica",
                time_zone=SYNTHETIC_CITY_ZONES[(number - 1) % len(SYNTHETIC_CITY_ZONES)],
            )
        return len(slugs)

    def _phrase(self) -> str:
        return f"{self.rng.choice(ADJECTIVES)} {self.rng.choice(NOUNS)}"

    def _body(self, what: str, city: City) -> str:
        return (
            f"<p>Synthetic {what} set in {city.name}, generated for load and scale tests.</p>\n"
            f"<p>{self._phrase()}, {self._phrase().lower()} and "
            f"{self._phrase().lower()}.</p>"
        )

    def _published(self, obj: models.Model, publish_at: datetime.datetime) -> None:
        obj.status = Status.PUBLISHED
        obj.publish_at = publish_at
        obj.first_published_at = publish_at

    def _slugs(self, model: type[models.Model], kind: str, count: int) -> list[str]:
        """count new slugs, numbered on from the highest one already in the database."""
        prefix = f"{SLUG_PREFIX}{kind}-"
        pattern = re.compile(rf"{re.escape(prefix)}(\d+)")
        existing = model._default_manager.filter(slug__startswith=prefix).values_list(
            "slug", flat=True
        )
        highest = max(
            (int(match[1]) for slug in existing.iterator() if (match := pattern.fullmatch(slug))),
            default=0,
        )
        return [f"{prefix}{number}" for number in range(highest + 1, highest + count + 1)]

    def _save(
        self,
        model: type[models.Model],
        objs: list[models.Model],
        links: dict[str, list[list[models.Model]]],
    ) -> int:
        model._default_manager.bulk_create(objs, batch_size=BATCH_SIZE)
        if objs and objs[0].pk is None:
            # Databases that do not return ids from a bulk insert.
            ids = dict(
                model._default_manager.filter(slug__in=[o.slug for o in objs]).values_list(
                    "slug", "pk"
                )
            )
            for obj in objs:
                obj.pk = ids[obj.slug]
        for name, targets_per_obj in links.items():
            field = model._meta.get_field(name)
            through = field.remote_field.through
            source = field.m2m_field_name()
            target = field.m2m_reverse_field_name()
            rows = [
                through(**{f"{source}_id": obj.pk, f"{target}_id": other.pk})
                for obj, targets in zip(objs, targets_per_obj, strict=True)
                for other in _unique(targets)
            ]
            through._default_manager.bulk_create(rows, batch_size=BATCH_SIZE * 2)
        return len(objs)

    def _some_topics(self) -> list[Topic]:
        if not self.topics:
            return []
        return self.rng.sample(self.topics, k=min(len(self.topics), self.rng.randint(0, 2)))

    # Content -------------------------------------------------------------------------

    def _articles(self, count: int) -> int:
        objs, cities, topics = [], [], []
        for slug in self._slugs(Article, "article", count):
            city = self.rng.choice(self.cities)
            kind = self.rng.choice([k for k in ArticleKind.values if k != ArticleKind.COLUMN])
            article = Article(
                slug=slug,
                kind=kind,
                title=f"Synthetic {ArticleKind(kind).label.lower()}: {self._phrase()} in {city}",
                summary="Synthetic content for load and scale tests.",
                body=self._body("article", city),
            )
            age = datetime.timedelta(
                days=self.rng.randint(1, 730), seconds=self.rng.randint(0, 86_399)
            )
            self._published(article, self.now - age)
            objs.append(article)
            cities.append([city, *self.rng.sample(self.cities, k=self.rng.randint(0, 1))])
            topics.append(self._some_topics())
        return self._save(Article, objs, {"cities": cities, "topics": topics})

    def _events(self, count: int) -> int:
        objs, topics = [], []
        for slug in self._slugs(Event, "event", count):
            city = self.rng.choice(self.cities)
            zone = self.zones[city.pk]
            day = self.now.astimezone(zone).date() + datetime.timedelta(
                days=self.rng.randint(-365, 365)
            )
            all_day = self.rng.random() < 0.2
            if all_day:
                starts_at = datetime.datetime.combine(day, datetime.time(0, 0), tzinfo=zone)
                last_day = day + datetime.timedelta(days=self.rng.randint(0, 9))
                ends_at = datetime.datetime.combine(last_day, datetime.time(23, 59), tzinfo=zone)
            else:
                starts_at = datetime.datetime.combine(
                    day,
                    datetime.time(self.rng.randint(9, 20), self.rng.choice((0, 30))),
                    tzinfo=zone,
                )
                ends_at = starts_at + datetime.timedelta(minutes=self.rng.randint(2, 16) * 15)
            kind = self.rng.choice(EventKind.values)
            event = Event(
                slug=slug,
                kind=kind,
                title=f"Synthetic {EventKind(kind).label.lower()}: {self._phrase()} in {city}",
                summary="Synthetic content for load and scale tests.",
                body=self._body("event", city),
                city=city,
                starts_at=starts_at,
                ends_at=ends_at,
                all_day=all_day,
            )
            lead_time = datetime.timedelta(days=self.rng.randint(7, 90))
            self._published(
                event, min(starts_at - lead_time, self.now - datetime.timedelta(days=1))
            )
            objs.append(event)
            topics.append(self._some_topics())
        return self._save(Event, objs, {"topics": topics})

    def _programmes(self, count: int) -> int:
        objs, cities, topics = [], [], []
        for slug in self._slugs(Programme, "programme", count):
            city = self.rng.choice(self.cities)
            opens = self.now + datetime.timedelta(
                days=self.rng.randint(-180, 30), hours=self.rng.randint(0, 23)
            )
            closes = opens + datetime.timedelta(days=self.rng.randint(14, 90))
            runs_from = closes.date() + datetime.timedelta(days=self.rng.randint(7, 30))
            kind = self.rng.choice(ProgrammeKind.values)
            programme = Programme(
                slug=slug,
                kind=kind,
                title=f"Synthetic {ProgrammeKind(kind).label.lower()}: {self._phrase()} in {city}",
                summary="Synthetic content for load and scale tests.",
                body=self._body("programme", city),
                eligibility="Anyone; this programme does not exist.",
                applications_open_at=opens,
                applications_close_at=closes,
                runs_from=runs_from,
                runs_to=runs_from + datetime.timedelta(days=self.rng.randint(7, 120)),
            )
            self._published(programme, min(opens, self.now) - datetime.timedelta(days=1))
            objs.append(programme)
            cities.append([city])
            topics.append(self._some_topics())
        return self._save(Programme, objs, {"cities": cities, "topics": topics})


def _unique(items: Iterable[models.Model]) -> list[models.Model]:
    return list({item.pk: item for item in items}.values())

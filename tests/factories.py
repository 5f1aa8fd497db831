"""Factories for every model, in one place."""

import datetime
import io

import factory
import PIL.Image
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.models import Article, Series
from filmhub.models import City, Image, Organisation, Person, Topic
from filmhub.publishing import Status
from programmes.models import Event, Programme, Venue


def image_bytes(
    image_format: str = "JPEG", size: tuple[int, int] = (64, 48), **save_options
) -> bytes:
    output = io.BytesIO()
    PIL.Image.new("RGB", size, (180, 40, 30)).save(output, format=image_format, **save_options)
    return output.getvalue()


def uploaded_image(
    name: str = "picture.jpg", image_format: str = "JPEG", **kwargs
) -> SimpleUploadedFile:
    content_type = f"image/{image_format.lower()}"
    return SimpleUploadedFile(name, image_bytes(image_format, **kwargs), content_type=content_type)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if extracted:
            user.groups.add(Group.objects.get(name=extracted))
        if create:
            user.save()


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Image

    file = factory.LazyFunction(uploaded_image)
    alt_text = factory.Sequence(lambda n: f"A crowd outside a cinema, picture {n}")
    credit = "Demo photographer"


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City
        django_get_or_create = ["name"]

    name = "Busan"
    country = "Republic of Korea"
    designation = "film"
    designation_year = 2014
    time_zone = "Asia/Seoul"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Film Commission {n}")
    kind = "film_commission"
    city = factory.SubFactory(CityFactory)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Author {n}")
    role = "Writer"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series

    name = factory.Sequence(lambda n: f"Column {n}")


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Cinema Centre {n}")
    city = factory.SubFactory(CityFactory)


class PublishableFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Item number {n}")
    summary = "A short standfirst."
    body = "<p>Body text.</p>"
    status = Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class ArticleFactory(PublishableFactory):
    class Meta:
        model = Article

    kind = "news"


class ProgrammeFactory(PublishableFactory):
    class Meta:
        model = Programme

    kind = "incubator"
    applications_open_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(days=10)
    )
    applications_close_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=30)
    )


class EventFactory(PublishableFactory):
    class Meta:
        model = Event

    kind = "festival"
    city = factory.SubFactory(CityFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=3))


def unpublished_states(now: datetime.datetime) -> list[dict]:
    """Field values for the three states that must never reach a public surface."""
    return [
        {"status": Status.DRAFT, "publish_at": None},
        {"status": Status.IN_REVIEW, "publish_at": None},
        # Scheduled: published, but only from next week.
        {"status": Status.PUBLISHED, "publish_at": now + datetime.timedelta(days=7)},
    ]


def article(title: str, *, cities=(), topics=(), authors=(), **fields) -> Article:
    """A published article (unless fields say otherwise) with its many-to-many links."""
    item = ArticleFactory(title=title, **fields)
    item.cities.add(*cities)
    item.topics.add(*topics)
    item.authors.add(*authors)
    return item

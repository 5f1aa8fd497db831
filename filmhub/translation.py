"""The texts of cities, organisations, people and topics that have a Korean version.
Slugs are shared by both languages: see the README's Languages section."""

from modeltranslation.translator import TranslationOptions, register

from filmhub.models import City, Organisation, Person, Topic


@register(City)
class CityTranslation(TranslationOptions):
    fields = ("name", "country", "profile")


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ("name", "role", "bio")


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name", "description")

"""The texts of programmes, events and venues that have a Korean version."""

from modeltranslation.translator import TranslationOptions, register

from programmes.models import Event, Programme, Venue


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name", "address")


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "eligibility", "how_to_apply")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "summary", "body")

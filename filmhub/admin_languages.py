"""The admin's side of the two languages: every translated text once per language, next
to each other (django-modeltranslation), search in both, and a filter for what still
lacks Korean."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationBaseModelAdmin
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

# The site's second language; English is the default and always complete.
TRANSLATION_LANGUAGE = "ko"


def missing_translation_q(model, language: str = TRANSLATION_LANGUAGE) -> Q:
    """Items with a text that has English but nothing in `language`."""
    missing = Q()
    for field in translator.get_options_for_model(model).fields:
        english, other = f"{field}_{settings.LANGUAGE_CODE}", f"{field}_{language}"
        missing |= Q(**{f"{english}__gt": ""}) & (
            Q(**{other: ""}) | Q(**{f"{other}__isnull": True})
        )
    return missing


def in_every_language(model, search_field: str) -> list[str]:
    """An admin search field once per language when it ends in a translated text, followed
    from `model` through its relations ("city__name" is "city__name_en", "city__name_ko")."""
    prefix = search_field[0] if search_field[0] in "^=@" else ""
    *relations, name = search_field.removeprefix(prefix).split("__")
    target = model
    for relation in relations:
        target = target._meta.get_field(relation).related_model
    try:
        translated = translator.get_options_for_model(target).fields
    except NotRegistered:
        return [search_field]
    if name not in translated:
        return [search_field]
    return [
        prefix + "__".join([*relations, build_localized_fieldname(name, language)])
        for language, _name in settings.LANGUAGES
    ]


class KoreanVersionFilter(admin.SimpleListFilter):
    title = _("Korean version")
    parameter_name = "korean"

    def lookups(self, request, model_admin):
        return [("missing", _("Missing or incomplete")), ("complete", _("Complete"))]

    def queryset(self, request, queryset):
        missing = missing_translation_q(queryset.model)
        if self.value() == "missing":
            return queryset.filter(missing)
        if self.value() == "complete":
            return queryset.exclude(missing)
        return queryset


class TranslatedAdmin(TranslationAdmin):
    """For the models with texts in both languages (their translation.py)."""

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), KoreanVersionFilter]

    def get_search_fields(self, request):
        # Otherwise a name is looked for in the admin's language only: an editor could not
        # find an article by its Korean title, nor pick a city by its Korean name.
        return [
            field
            for search_field in super().get_search_fields(request)
            for field in in_every_language(self.model, search_field)
        ]

    def get_readonly_fields(self, request, obj=None):
        # modeltranslation's own ends the chain at `readonly_fields`; the site's admins
        # decide per request (who may publish, whether the address is fixed).
        return self.replace_orig_field(
            super(TranslationBaseModelAdmin, self).get_readonly_fields(request, obj)
        )

    def get_prepopulated_fields(self, request, obj=None):
        # The slug follows the English title: one address for both languages.
        fields = super(TranslationBaseModelAdmin, self).get_prepopulated_fields(request, obj)
        return {
            target: tuple(
                build_localized_fieldname(source, settings.LANGUAGE_CODE)
                if source in self.trans_opts.fields
                else source
                for source in sources
            )
            for target, sources in fields.items()
        }

"""The admin for the site-wide models; the shared machinery is in admin_base.py."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from filmhub.admin_base import InUseGuardAdmin, SiteAdmin, thumbnail
from filmhub.admin_languages import TranslatedAdmin
from filmhub.images import check_extension
from filmhub.models import City, Image, Organisation, Person, Topic

admin.site.site_header = _("filmhub administration")
admin.site.site_title = _("filmhub")
admin.site.index_title = _("Content and settings")


@admin.register(Image)
class ImageAdmin(InUseGuardAdmin):
    list_display = ["preview", "__str__", "credit", "is_decorative", "dimensions", "created_at"]
    list_display_links = ["preview", "__str__"]
    list_filter = ["is_decorative", ("created_at", admin.DateFieldListFilter)]
    search_fields = ["alt_text", "caption", "credit", "file"]
    date_hierarchy = "created_at"
    readonly_fields = ["preview", "dimensions", "created_at", "updated_at"]
    fields = [
        "file",
        "preview",
        "alt_text",
        "is_decorative",
        "caption",
        "credit",
        ("focal_x", "focal_y"),
        "dimensions",
        ("created_at", "updated_at"),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "file":
            # Django's own check names every format Pillow reads; ours names the four we take.
            formfield.validators = [check_extension]
        return formfield

    @admin.display(description=_("preview"))
    def preview(self, obj: Image) -> str:
        return thumbnail(obj)

    @admin.display(description=_("size"))
    def dimensions(self, obj: Image) -> str:
        return f"{obj.width} × {obj.height}" if obj.width else "—"


@admin.register(City)
class CityAdmin(TranslatedAdmin, InUseGuardAdmin):
    list_display = ["name", "country", "designation", "designation_year", "time_zone", "hero"]
    list_filter = ["designation", "country"]
    search_fields = ["name", "country"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["hero_image"]
    list_select_related = ["hero_image"]

    @admin.display(description=_("image"))
    def hero(self, obj: City) -> str:
        return thumbnail(obj.hero_image)


@admin.register(Organisation)
class OrganisationAdmin(TranslatedAdmin, SiteAdmin):
    list_display = ["name", "kind", "city", "website"]
    list_filter = ["kind", "city"]
    search_fields = ["name", "city__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["city", "logo"]
    list_select_related = ["city"]


@admin.register(Person)
class PersonAdmin(TranslatedAdmin, InUseGuardAdmin):
    list_display = ["name", "role", "organisation", "portrait"]
    list_filter = ["organisation"]
    search_fields = ["name", "role", "organisation__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organisation", "photo"]
    list_select_related = ["organisation", "photo"]

    @admin.display(description=_("photo"))
    def portrait(self, obj: Person) -> str:
        return thumbnail(obj.photo)


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin, SiteAdmin):
    list_display = ["name", "slug", "description"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}

"""The staff side: the publishing workflow shared by all content, and the site-wide models.

Roles are groups (see migrations/0002_roles.py). What separates an editor from a
contributor is one permission per content model, `publish_<model>`; every check below
reads it on the server, so a hidden button is never the only guard.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion import create_revision, set_comment, set_user
from reversion.admin import VersionAdmin

from filmhub.models import City, Image, Organisation, Person, Topic
from filmhub.protection import public_usages
from filmhub.publishing import Publishable, Status

admin.site.site_header = _("filmhub administration")
admin.site.site_title = _("filmhub")
admin.site.index_title = _("Content and settings")


def thumbnail(image: Image | None) -> str:
    if not image or not image.file:
        return "—"
    return format_html(
        '<img src="{}" alt="" class="filmhub-thumb" width="64" height="40" loading="lazy">',
        image.file.url,
    )


class EditConflictForm(forms.ModelForm):
    """Refuse a save when someone else saved the item after this form was opened.

    Without it the second of two editors silently overwrites the first one's work.
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_version"].initial = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        opened = cleaned_data.get("opened_version")
        if self.instance.pk and opened:
            saved = (
                type(self.instance)
                ._default_manager.filter(pk=self.instance.pk)
                .values_list("updated_at", flat=True)
                .first()
            )
            if saved and saved.isoformat() != opened:
                raise ValidationError(
                    _(
                        "Someone else saved this item at %(time)s, after you opened it. "
                        "Copy your changes, reload the page to see theirs, and apply yours again."
                    )
                    % {"time": timezone.localtime(saved).strftime("%H:%M:%S")},
                    code="edit_conflict",
                )
        return cleaned_data


class GuardedDeleteAdmin(admin.ModelAdmin):
    """Shows the public items that still use an object and refuses to delete it."""

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        for obj in objs:
            for usage in public_usages(obj):
                protected.append(
                    format_html(
                        "{} “{}” ({})",
                        usage._meta.verbose_name.capitalize(),
                        usage,
                        _("published, uses “%(name)s”") % {"name": obj},
                    )
                )
        return deleted, model_count, perms_needed, protected


class AdminAssetsMixin:
    class Media:
        css = {"all": ["admin/filmhub.css"]}


class PublishableAdmin(AdminAssetsMixin, VersionAdmin):
    """The workflow shared by articles, programmes and events."""

    form = EditConflictForm
    actions = ["submit_for_review", "publish", "unpublish", "duplicate_as_draft"]
    list_per_page = 50
    save_on_top = True
    publishing_fieldset = (
        _("Publishing"),
        {
            "fields": [
                "status",
                "publish_at",
                "first_published_at",
                "created_at",
                "updated_at",
                "opened_version",
            ]
        },
    )

    # -- permissions ---------------------------------------------------------------------

    def has_publish_permission(self, request: HttpRequest, obj: Publishable | None = None) -> bool:
        opts = self.opts
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def has_change_permission(self, request, obj=None):
        # A contributor may not change what is live: that would publish unreviewed text.
        if (
            obj is not None
            and obj.status == Status.PUBLISHED
            and not self.has_publish_permission(request)
        ):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if (
            obj is not None
            and obj.status == Status.PUBLISHED
            and not self.has_publish_permission(request)
        ):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = ["first_published_at", "created_at", "updated_at"]
        if not self.has_publish_permission(request, obj):
            readonly.append("publish_at")
        if obj is not None and obj.first_published_at:
            readonly.append("slug")
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.first_published_at:
            return {}
        return {"slug": ["title"]}

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [
                (value, label) for value, label in Status.choices if value != Status.PUBLISHED
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if obj.status == Status.PUBLISHED and not self.has_publish_permission(request, obj):
            raise PermissionDenied
        super().save_model(request, obj, form, change)

    # Restoring a revision or recovering a deleted item can put old text live.
    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def changelist_view(self, request, extra_context=None):
        # reversion's template shows "Recover deleted" to whoever has this flag.
        context = {
            "has_change_permission": self.has_change_permission(request)
            and self.has_publish_permission(request)
        }
        return super().changelist_view(request, context | (extra_context or {}))

    # -- list columns --------------------------------------------------------------------

    @admin.display(description=_("publication"), ordering="publish_at")
    def publication(self, obj: Publishable) -> str:
        if obj.status == Status.PUBLISHED:
            when = timezone.localtime(obj.publish_at).strftime("%d %b %Y %H:%M")
            if obj.is_scheduled:
                return format_html(
                    '<span class="filmhub-state scheduled">{} {}</span>', _("Scheduled for"), when
                )
            return format_html(
                '<span class="filmhub-state published">{} {}</span>', _("Published"), when
            )
        return format_html(
            '<span class="filmhub-state {}">{}</span>', obj.status, obj.get_status_display()
        )

    @admin.display(description=_("image"))
    def hero_thumbnail(self, obj: Publishable) -> str:
        return thumbnail(obj.hero_image)

    # -- actions -------------------------------------------------------------------------

    def _apply(self, request, objects, change, comment: str, message: str) -> None:
        """Change each object in its own revision, so that every step can be undone."""
        count = 0
        for obj in objects:
            change(obj)
            try:
                obj.full_clean()
            except ValidationError as error:
                self.message_user(
                    request,
                    _("“%(title)s” was left unchanged: %(errors)s")
                    % {"title": obj, "errors": " ".join(error.messages)},
                    messages.ERROR,
                )
                continue
            with transaction.atomic(), create_revision():
                obj.save()
                set_user(request.user)
                set_comment(comment)
                self.log_change(request, obj, comment)
            count += 1
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Submit for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._apply(
            request,
            queryset.filter(status=Status.DRAFT),
            lambda obj: setattr(obj, "status", Status.IN_REVIEW),
            _("Submitted for review."),
            _("%(count)d item(s) submitted for review."),
        )

    @admin.action(description=_("Publish"), permissions=["publish"])
    def publish(self, request, queryset):
        self._apply(
            request,
            queryset.exclude(status=Status.PUBLISHED),
            lambda obj: obj.publish(),
            _("Published."),
            _("%(count)d item(s) published."),
        )

    @admin.action(description=_("Unpublish (back to draft)"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._apply(
            request,
            queryset.filter(status=Status.PUBLISHED),
            lambda obj: obj.unpublish(),
            _("Unpublished."),
            _("%(count)d item(s) unpublished."),
        )

    @admin.action(description=_("Duplicate as draft"), permissions=["add"])
    def duplicate_as_draft(self, request, queryset):
        copies = []
        for original in queryset:
            with transaction.atomic(), create_revision():
                copy = duplicate(original)
                set_user(request.user)
                set_comment(_("Duplicated from “%(title)s”.") % {"title": original.title})
                self.log_addition(request, copy, [{"added": {}}])
            copies.append(copy)
        self.message_user(
            request,
            ngettext("%(count)d draft copy made.", "%(count)d draft copies made.", len(copies))
            % {"count": len(copies)},
            messages.SUCCESS,
        )


def duplicate(original: Publishable) -> Publishable:
    """A draft copy with a new slug and the same relations."""
    relations = {
        field.name: list(getattr(original, field.name).all())
        for field in original._meta.many_to_many
    }
    copy = type(original).objects.get(pk=original.pk)
    copy.pk = copy.id = None
    copy._state.adding = True
    copy.title = _("%(title)s (copy)") % {"title": original.title}
    copy.slug = ""
    copy.status = Status.DRAFT
    copy.publish_at = copy.first_published_at = None
    copy.save()
    for name, related in relations.items():
        getattr(copy, name).set(related)
    return copy


@admin.register(Image)
class ImageAdmin(AdminAssetsMixin, GuardedDeleteAdmin, VersionAdmin):
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

    @admin.display(description=_("preview"))
    def preview(self, obj: Image) -> str:
        return thumbnail(obj)

    @admin.display(description=_("size"))
    def dimensions(self, obj: Image) -> str:
        return f"{obj.width} × {obj.height}" if obj.width else "—"


@admin.register(City)
class CityAdmin(AdminAssetsMixin, GuardedDeleteAdmin, VersionAdmin):
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
class OrganisationAdmin(VersionAdmin):
    list_display = ["name", "kind", "city", "website"]
    list_filter = ["kind", "city"]
    search_fields = ["name", "city__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["city", "logo"]
    list_select_related = ["city"]


@admin.register(Person)
class PersonAdmin(AdminAssetsMixin, GuardedDeleteAdmin, VersionAdmin):
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
class TopicAdmin(VersionAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

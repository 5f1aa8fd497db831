"""What every ModelAdmin of the site shares: roles, revisions, the publishing workflow.

Roles are groups (see migrations/0002_roles.py). What separates an editor from a
contributor is one permission per content model, `publish_<model>`; every check here reads
it on the server, so a hidden button is never the only guard.
"""

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import quote, unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion import create_revision, set_comment, set_user
from reversion.admin import VersionAdmin
from reversion.models import Version

from filmhub.models import Image
from filmhub.protection import public_usages
from filmhub.publishing import Publishable, Status
from filmhub.security import ContentSecurityAdminMixin


def publish_permission(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def is_editor(user) -> bool:
    """Editors and administrators may publish something; contributors may not."""
    return any(
        user.has_perm(publish_permission(model))
        for model in apps.get_models()
        if issubclass(model, Publishable)
    )


def thumbnail(image: Image | None) -> str:
    if not image or not image.file:
        return "—"
    return format_html(
        '<img src="{}" alt="" class="filmhub-thumb" width="64" height="40" loading="lazy">',
        image.file.url,
    )


class TolerantAutocompleteMixin:
    """Django's autocomplete widget looks submitted ids up as they are: "abc" for a numeric
    key raises ValueError while rendering the form again. Such values are left out here;
    the form field reports them as an invalid choice."""

    def optgroups(self, name, value, attr=None):
        target = self.field.remote_field.get_related_field()

        def could_be_a_key(raw) -> bool:
            try:
                target.to_python(raw)
            except ValidationError:
                return False
            return True

        return super().optgroups(name, [raw for raw in value if could_be_a_key(raw)], attr)


class TolerantAutocompleteSelect(TolerantAutocompleteMixin, AutocompleteSelect):
    pass


class TolerantAutocompleteSelectMultiple(TolerantAutocompleteMixin, AutocompleteSelectMultiple):
    pass


class TolerantChangeList(ChangeList):
    """A date-hierarchy link for the year 9999 makes Django compute the year 10000."""

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error


class EditConflictForm(forms.ModelForm):
    """Refuse a save when someone else saved the item after this form was opened.

    Without it the second of two editors silently overwrites the first one's work.
    `stored_row` is the row as it was before a revision view reverted it in place.
    """

    stored_row: dict | None = None
    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_version"].initial = self.saved_version().isoformat()

    def saved_version(self):
        if self.stored_row:
            return self.stored_row["updated_at"]
        return (
            type(self.instance)
            ._default_manager.filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )

    def clean(self):
        cleaned_data = super().clean()
        opened = cleaned_data.get("opened_version")
        if self.instance.pk and opened:
            saved = self.saved_version()
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


class AdminAssetsMixin:
    class Media:
        css = {"all": ["admin/filmhub.css"]}


class SiteAdmin(ContentSecurityAdminMixin, AdminAssetsMixin, VersionAdmin):
    """The base of every admin: revisions that only editors restore, and no 500s on
    hand-edited URLs or form posts."""

    def has_restore_permission(self, request: HttpRequest) -> bool:
        return is_editor(request.user)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not self.has_restore_permission(request):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_restore_permission(request):
            raise PermissionDenied
        version = Version.objects.filter(pk=version_id).select_related("content_type").first()
        if version and version.content_type.model_class() is self.model and version.object:
            # Recovered already: the success message links back here. This form would put
            # the deleted state back over every later change, past the edit-conflict guard.
            item = version.object
            self.message_user(
                request,
                _("“%(item)s” has been recovered already; this is how it is now.") % {"item": item},
                messages.INFO,
            )
            opts = self.model._meta
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", quote(item.pk))
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self.has_restore_permission(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def changelist_view(self, request, extra_context=None):
        # reversion's template shows "Recover deleted" to whoever has this flag.
        context = {
            "has_change_permission": self.has_change_permission(request)
            and self.has_restore_permission(request)
        }
        return super().changelist_view(request, context | (extra_context or {}))

    def get_changelist(self, request, **kwargs):
        return TolerantChangeList

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = TolerantAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class InUseGuardAdmin(SiteAdmin):
    """For things that published content shows (a city, an author, a picture, a venue):
    contributors cannot change them, and nobody can delete them while they are in use."""

    def has_change_permission(self, request, obj=None):
        if obj is not None and not is_editor(request.user) and public_usages(obj, limit=1):
            return False
        return super().has_change_permission(request, obj)

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        for obj in objs:
            for usage in public_usages(obj):
                protected.append(
                    format_html(
                        "{} “{}” ({})",
                        usage._meta.verbose_name.capitalize(),
                        usage,
                        _("published or scheduled, uses “%(name)s”") % {"name": obj},
                    )
                )
        return deleted, model_count, perms_needed, protected


class PublishableAdmin(SiteAdmin):
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
        return request.user.has_perm(publish_permission(self.model))

    def has_restore_permission(self, request: HttpRequest) -> bool:
        return self.has_publish_permission(request)

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

    def address_is_fixed(self, request, obj) -> bool:
        stored = getattr(request, "filmhub_stored_row", None)
        return bool(
            (obj is not None and obj.first_published_at)
            or (stored and stored["first_published_at"])
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = ["first_published_at", "created_at", "updated_at"]
        if not self.has_publish_permission(request, obj):
            readonly.append("publish_at")
        if self.address_is_fixed(request, obj):
            readonly.append("slug")
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        if self.address_is_fixed(request, obj):
            return {}
        return {"slug": ["title"]}

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [
                (value, label) for value, label in Status.choices if value != Status.PUBLISHED
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if stored := getattr(request, "filmhub_stored_row", None):
            form = type(form.__name__, (form,), {"stored_row": stored})
        return form

    def save_model(self, request, obj, form, change):
        if obj.status == Status.PUBLISHED and not self.has_publish_permission(request, obj):
            raise PermissionDenied
        stored = getattr(request, "filmhub_stored_row", None)
        if stored and stored["first_published_at"]:
            # A restored revision brings back old text, never an older address.
            obj.slug = stored["slug"]
            obj.first_published_at = stored["first_published_at"]
        super().save_model(request, obj, form, change)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # reversion reverts the row in place before the form opens; remember it as it was.
        try:
            request.filmhub_stored_row = (
                self.model._default_manager.filter(pk=unquote(object_id))
                .values("slug", "first_published_at", "updated_at")
                .first()
            )
        except (ValueError, ValidationError):
            raise Http404 from None
        return super().revision_view(request, object_id, version_id, extra_context)

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

    def _apply(self, request, objects, change, comment: str) -> int:
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
        return count

    def _report(self, request, message: str, count: int) -> None:
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Submit for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = self._apply(
            request,
            queryset.filter(status=Status.DRAFT),
            lambda obj: setattr(obj, "status", Status.IN_REVIEW),
            _("Submitted for review."),
        )
        self._report(
            request,
            ngettext(
                "%(count)d item submitted for review.",
                "%(count)d items submitted for review.",
                count,
            ),
            count,
        )

    @admin.action(description=_("Publish"), permissions=["publish"])
    def publish(self, request, queryset):
        count = self._apply(
            request,
            queryset.exclude(status=Status.PUBLISHED),
            lambda obj: obj.publish(),
            _("Published."),
        )
        self._report(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count),
            count,
        )

    @admin.action(description=_("Unpublish (back to draft)"), permissions=["publish"])
    def unpublish(self, request, queryset):
        count = self._apply(
            request,
            queryset.filter(status=Status.PUBLISHED),
            lambda obj: obj.unpublish(),
            _("Unpublished."),
        )
        self._report(
            request,
            ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count),
            count,
        )

    @admin.action(description=_("Duplicate as draft"), permissions=["add"])
    def duplicate_as_draft(self, request, queryset):
        count = 0
        for original in queryset:
            with transaction.atomic(), create_revision():
                copy = duplicate(original)
                set_user(request.user)
                set_comment(_("Duplicated from “%(title)s”.") % {"title": original.title})
                self.log_addition(request, copy, [{"added": {}}])
            count += 1
        self._report(
            request,
            ngettext("%(count)d draft copy made.", "%(count)d draft copies made.", count),
            count,
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
    suffix = str(_(" (copy)"))
    room = copy._meta.get_field("title").max_length - len(suffix)
    copy.title = original.title[:room] + suffix
    copy.slug = ""
    copy.status = Status.DRAFT
    copy.publish_at = copy.first_published_at = None
    copy.save()
    for name, related in relations.items():
        getattr(copy, name).set(related)
    return copy

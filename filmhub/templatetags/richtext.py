from django import template
from django.utils.safestring import SafeString, mark_safe

from filmhub.richtext import sanitise_html

register = template.Library()


@register.filter
def rich_text(html: str) -> SafeString:
    """Stored rich text, cleaned once more on the way out.

    Saves clean it already, but a revision restore or a bulk update writes rows without
    the field's save hook; cleaning on output keeps those from reaching a page unchecked.
    """
    return mark_safe(sanitise_html(html or ""))

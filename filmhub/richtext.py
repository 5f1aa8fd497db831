"""Rich text: edited in a WYSIWYG editor, stored as sanitised HTML.

The editor's extensions and the nh3 allow-list come from one configuration, so the
server keeps exactly what the editor can make and drops everything else (scripts,
event handlers, style attributes, javascript: links).
"""

from django_prose_editor.fields import ProseEditorField

EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
}


class RichTextField(ProseEditorField):
    """HTML edited with the prose editor and sanitised on every save, not only in forms."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EDITOR_EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        # Content loaded by commands or the shell skips form cleaning; sanitise here too.
        value = self.sanitize(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value


def sanitise_html(html: str) -> str:
    """Clean HTML with the same allow-list as the rich-text fields."""
    return RichTextField().sanitize(html)
